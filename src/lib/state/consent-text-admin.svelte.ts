/**
 * The admin's consent text page (/admin/consent-texts; src/lib/server/consent/README.md, "Text
 * versions"): the list of versions, a read-only view of any of them, and the "new version" form,
 * prefilled from the current version, every field in fi, sv and en. The form is checked here with
 * the same rules as the server (the shared schema's limits and `placeholderIssues`), and the
 * server's field issues (`texts.fi.title`) land next to the same fields. What the admin typed is a
 * draft (`keepStaffDraft`), so a reload loses nothing; publishing forgets it.
 */
import { fetchConsentTextList, publishConsentText } from '$lib/api/consent-texts';
import { issuesByPath, type ApiResult } from '$lib/api/client';
import { CONSENT_LANGUAGES, type ConsentLanguage, type ConsentText } from '$lib/consent-texts';
import {
	CONSENT_TEXT_FIELDS,
	MAX_FIELD_LENGTH,
	fieldValue,
	placeholderIssues,
	placeholdersIn,
	type ConsentTextContentSet
} from '$lib/consent-texts/fields';
import { hasControlCharacter, hasNoteControlCharacter } from '$lib/schemas/text';
import type { ConsentTextList, PublishConsentTextBody } from '$lib/schemas/consent-texts';
import { consentTextOf } from './consent-text.svelte';
import type { Load } from './admin-state.svelte';
import type { Drafted } from './staff-draft.svelte';

/** The form's values: per language, per field path. */
export type ConsentTextValues = Record<ConsentLanguage, Record<string, string>>;

/** What is kept across a reload. */
export interface ConsentTextDraft {
	basedOn: string;
	values: ConsentTextValues;
}

/** Why a field is refused (keys of the page's messages). */
export type ConsentFieldError = 'empty' | 'tooLong' | 'control' | 'placeholders' | 'invalid';

export type PublishOutcome = 'published' | 'invalid' | 'offline' | 'failed' | 'changed' | null;

/** `fi.recipients.landlord.label`: a field of one language, as the errors are keyed. */
export const fieldKey = (lang: ConsentLanguage, path: string) => `${lang}.${path}`;

/** The input's id for a field of one language. */
export const fieldId = (lang: ConsentLanguage, path: string) =>
	`ct-${lang}-${path.replaceAll('.', '-')}`;

export function isConsentTextDraft(value: unknown): value is ConsentTextDraft {
	if (typeof value !== 'object' || value === null) return false;
	const draft = value as Record<string, unknown>;
	if (typeof draft.basedOn !== 'string') return false;
	const values = draft.values as Record<string, unknown> | undefined;
	return CONSENT_LANGUAGES.every((lang) => {
		const v = values?.[lang];
		return (
			typeof v === 'object' &&
			v !== null &&
			CONSENT_TEXT_FIELDS.every((f) => typeof (v as Record<string, unknown>)[f.path] === 'string')
		);
	});
}

function valuesOf(texts: Record<ConsentLanguage, ConsentText>): ConsentTextValues {
	const out = {} as ConsentTextValues;
	for (const lang of CONSENT_LANGUAGES) {
		out[lang] = Object.fromEntries(
			CONSENT_TEXT_FIELDS.map((f) => [f.path, fieldValue(texts[lang], f.path)])
		);
	}
	return out;
}

/** The nested text of one language from the form's flat values (trimmed, as the server stores it). */
function nested(values: Record<string, string>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const field of CONSENT_TEXT_FIELDS) {
		const keys = field.path.split('.');
		let at = out;
		for (const key of keys.slice(0, -1)) {
			at[key] ??= {};
			at = at[key] as Record<string, unknown>;
		}
		at[keys.at(-1)!] = (values[field.path] ?? '').trim();
	}
	return out;
}

async function textsOf(version: string): Promise<Record<ConsentLanguage, ConsentText> | null> {
	const texts = await Promise.all(CONSENT_LANGUAGES.map((lang) => consentTextOf(version, lang)));
	if (texts.some((t) => t === null)) return null;
	return Object.fromEntries(CONSENT_LANGUAGES.map((lang, i) => [lang, texts[i]])) as Record<
		ConsentLanguage,
		ConsentText
	>;
}

export class ConsentTextAdminState implements Drafted<ConsentTextDraft> {
	list = $state.raw<Load<ConsentTextList>>({ kind: 'loading' });
	/** The version shown read-only, and its texts once loaded. */
	viewing = $state.raw<{
		version: string;
		texts: Load<Record<ConsentLanguage, ConsentText>>;
	} | null>(null);

	/** The new version being written: null when there is no form open. */
	basedOn = $state<string | null>(null);
	values = $state<ConsentTextValues>({ fi: {}, sv: {}, en: {} });
	/** The texts of `basedOn` (its placeholders are the rule); null until loaded. */
	base = $state.raw<Record<ConsentLanguage, ConsentText> | null>(null);
	starting = $state(false);
	errors = $state<Record<string, ConsentFieldError>>({});
	publishing = $state(false);
	outcome = $state<PublishOutcome>(null);
	publishedVersion = $state('');

	async reload(): Promise<void> {
		const result = await fetchConsentTextList();
		this.list = loaded(result);
	}

	/** The version new consents are given under now (both kinds once one is published). */
	get current(): string | null {
		return this.list.kind === 'ok' ? this.list.data.current.landlord : null;
	}

	async view(version: string): Promise<void> {
		this.viewing = { version, texts: { kind: 'loading' } };
		const texts = await textsOf(version);
		if (this.viewing?.version !== version) return;
		this.viewing = { version, texts: texts ? { kind: 'ok', data: texts } : { kind: 'error' } };
	}

	/** Opens the form prefilled from the current version. False when it cannot be read. */
	async startNew(): Promise<boolean> {
		const current = this.current;
		if (!current || this.starting) return false;
		this.starting = true;
		const texts = await textsOf(current);
		this.starting = false;
		if (!texts) return false;
		this.base = texts;
		this.values = valuesOf(texts);
		this.errors = {};
		this.outcome = null;
		this.basedOn = current;
		return true;
	}

	/** Closes the form and forgets the draft. */
	discard(): void {
		this.basedOn = null;
		this.base = null;
		this.errors = {};
	}

	draft(): ConsentTextDraft | null {
		return this.basedOn === null ? null : { basedOn: this.basedOn, values: this.values };
	}

	restoreDraft(saved: ConsentTextDraft): void {
		this.basedOn = saved.basedOn;
		this.values = saved.values;
		void textsOf(saved.basedOn).then((texts) => {
			if (this.basedOn === saved.basedOn) this.base = texts;
		});
	}

	/** The placeholders a field must keep (from the version the form started from). */
	placeholders(lang: ConsentLanguage, path: string): string[] {
		return placeholdersIn(fieldValue(this.base?.[lang], path));
	}

	body(): PublishConsentTextBody | null {
		if (this.basedOn === null) return null;
		const texts = Object.fromEntries(
			CONSENT_LANGUAGES.map((lang) => [lang, nested(this.values[lang])])
		) as unknown as ConsentTextContentSet;
		return { basedOn: this.basedOn, texts };
	}

	/** Checks every field as the server will; true when the form can be published. */
	validate(): boolean {
		const errors: Record<string, ConsentFieldError> = {};
		for (const lang of CONSENT_LANGUAGES) {
			for (const field of CONSENT_TEXT_FIELDS) {
				const value = (this.values[lang][field.path] ?? '').trim();
				const error: ConsentFieldError | null =
					value === ''
						? 'empty'
						: value.length > MAX_FIELD_LENGTH[field.shape]
							? 'tooLong'
							: (field.shape === 'line' ? hasControlCharacter : hasNoteControlCharacter)(value)
								? 'control'
								: null;
				if (error) errors[fieldKey(lang, field.path)] = error;
			}
		}
		const body = this.body();
		if (body && this.base) {
			for (const issue of placeholderIssues(this.base, body.texts)) {
				const key = issue.path.replace(/^texts\./, '');
				errors[key] ??= 'placeholders';
			}
		}
		this.errors = errors;
		this.outcome = Object.keys(errors).length > 0 ? 'invalid' : null;
		return this.outcome === null;
	}

	/** Publishes the form (after the page's confirm step). True when published. */
	async publish(): Promise<boolean> {
		if (this.publishing || !this.validate()) return false;
		const body = this.body();
		if (!body) return false;
		this.publishing = true;
		const result = await publishConsentText(body);
		this.publishing = false;
		if (result.ok) {
			this.publishedVersion = result.data.version.version;
			this.outcome = 'published';
			this.discard();
			await this.reload();
			return true;
		}
		this.outcome = outcomeOf(result);
		if (!result.offline) {
			const errors: Record<string, ConsentFieldError> = {};
			for (const [path] of issuesByPath(result.problem)) {
				const match = /^texts\.(fi|sv|en)\.(.+)$/.exec(path);
				if (match) errors[`${match[1]}.${match[2]}`] = 'invalid';
			}
			this.errors = errors;
		}
		return false;
	}
}

function loaded<T>(result: ApiResult<T>): Load<T> {
	if (result.ok) return { kind: 'ok', data: result.data };
	return result.offline ? { kind: 'offline' } : { kind: 'error' };
}

function outcomeOf(result: ApiResult<unknown>): PublishOutcome {
	if (result.ok) return 'published';
	if (result.offline) return 'offline';
	if (result.problem.code === 'changed_meanwhile') return 'changed';
	return result.problem.code === 'invalid' ? 'invalid' : 'failed';
}
