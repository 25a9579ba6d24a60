/**
 * The consent pages' state around the consent API ($lib/api/consents): the offline copy of the
 * tenant's consent views (`loadCached`), withdrawals that wait in the pending-command queue while
 * offline, and the wording of consents in the UI language.
 *
 * Dexie and the queue load on first use, so the advisor's pages (which never queue) do not pay
 * for them.
 */
import {
	consentText,
	CURRENT_CONSENT_TEXT_VERSION,
	type ConsentLanguage
} from '$lib/consent-texts';
import {
	CONSENT_CATEGORIES,
	MAX_VALIDITY_MONTHS,
	MIN_VALIDITY_MONTHS,
	RECIPIENT_KINDS,
	type ConsentCategory,
	type RecipientKind
} from '$lib/domain/consent';
import type { Lang } from '$lib/i18n/i18n.svelte';
import { readProblem } from '$lib/api/client';
import { withdrawUrl } from '$lib/api/consents';
import type { ProblemCode } from '$lib/schemas/problem';

export { loadCached, type Loaded } from './cached';

// --- withdrawals that wait for the network --------------------------------------------------

export const WITHDRAW_KIND = 'consent.withdraw';

function consentIdOf(url: string): string | null {
	const match = /^\/api\/consents\/([^/]+)\/withdraw$/.exec(url);
	return match?.[1] ? decodeURIComponent(match[1]) : null;
}

export interface PendingWithdrawal {
	seq: number;
	consentId: string;
	/** Set when the server refused it for good (e.g. 404): shown, not retried. */
	refused: boolean;
}

/** Withdrawals still in the queue (not yet sent, or refused and not yet dismissed). */
export async function pendingWithdrawals(): Promise<PendingWithdrawal[]> {
	const { appDb } = await import('$lib/db/app-db');
	const rows = await appDb().pending.where('kind').equals(WITHDRAW_KIND).toArray();
	return rows.flatMap((row) => {
		const consentId = consentIdOf(row.url);
		return consentId && row.seq !== undefined
			? [{ seq: row.seq, consentId, refused: !!row.error }]
			: [];
	});
}

export async function dismissPending(seq: number): Promise<void> {
	const { appDb } = await import('$lib/db/app-db');
	await appDb().pending.delete(seq);
}

/**
 * Withdraws at once when online; offline the request waits in the queue (in order, with its own
 * Idempotency-Key) and is sent by the next sync or reconnect. Withdrawing twice is harmless: the
 * server answers `withdrawn: false` for a consent that already ended.
 */
export async function withdrawConsent(
	consentId: string
): Promise<'sent' | 'queued' | { refused: ProblemCode }> {
	const { sendOrQueue } = await import('$lib/sync/pending-client');
	const outcome = await sendOrQueue({
		kind: WITHDRAW_KIND,
		url: withdrawUrl(consentId),
		method: 'POST',
		body: {}
	});
	if (outcome.status === 'refused') {
		return { refused: readProblem(outcome.httpStatus, outcome.body).code };
	}
	return outcome.status;
}

/** Sends whatever waits in the queue (used when the page sees the network come back). */
export async function flushWithdrawals(): Promise<void> {
	const { flushPending } = await import('$lib/sync/pending-client');
	await flushPending();
}

// --- wording ----------------------------------------------------------------------------------

/** The current consent text in the UI language (the one shown when giving consent). */
export function currentText(lang: Lang) {
	const text = consentText(CURRENT_CONSENT_TEXT_VERSION, lang as ConsentLanguage);
	if (!text) throw new Error(`No consent text ${CURRENT_CONSENT_TEXT_VERSION}/${lang}`);
	return text;
}

/** "Vuokranantajasi: Vuokratalot Oy", in the UI language. */
export function recipientLabel(
	recipient: { kind: RecipientKind | string; name: string | null },
	lang: Lang
): string {
	const labels = currentText(lang).recipients;
	const label = labels[recipient.kind as RecipientKind]?.label ?? recipient.kind;
	return recipient.name ? `${label}: ${recipient.name}` : label;
}

export function categoryLabel(category: ConsentCategory, lang: Lang): string {
	return currentText(lang).categories[category]?.label ?? category;
}

// --- the consent form's draft -------------------------------------------------------------------

/** The draft key of the consent form (`drafts` table, written through the typed journal). */
export const CONSENT_FORM_DRAFT_KEY = 'consent/give/form';

/** What the tenant has chosen and typed in the consent form, kept until consent is given. */
export interface ConsentFormDraft {
	kind: RecipientKind | null;
	names: Record<RecipientKind, string>;
	categories: ConsentCategory[];
	months: number;
}

/** Keeps the form as it is now (call from the input or change event). Never throws. */
export function keepConsentForm(form: ConsentFormDraft): void {
	void import('$lib/db/typed-journal')
		.then(({ keepDraft }) => keepDraft(CONSENT_FORM_DRAFT_KEY, JSON.stringify(form)))
		.catch(() => undefined);
}

/** Forgets the kept form (consent was given). */
export function clearConsentForm(): void {
	void import('$lib/db/typed-journal')
		.then(({ keepDraft }) => keepDraft(CONSENT_FORM_DRAFT_KEY, ''))
		.catch(() => undefined);
}

/**
 * The kept form, read back part by part: a part that is not what the form offers (an older
 * version's category, a month out of range) is left out, so the form shows its defaults there.
 * Never throws: without storage the form simply starts empty.
 */
export async function restoreConsentForm(): Promise<Partial<ConsentFormDraft>> {
	// Loaded now, so the first change is kept at once.
	void import('$lib/db/typed-journal').catch(() => undefined);
	const draft = await import('$lib/db/app-db')
		.then(({ appDb }) => appDb().drafts.get(CONSENT_FORM_DRAFT_KEY))
		.catch(() => undefined);
	if (!draft?.text) return {};
	let value: unknown;
	try {
		value = JSON.parse(draft.text);
	} catch {
		return {};
	}
	if (typeof value !== 'object' || value === null) return {};
	const raw = value as Record<string, unknown>;
	const out: Partial<ConsentFormDraft> = {};
	if (isRecipientKind(raw.kind)) out.kind = raw.kind;
	if (typeof raw.names === 'object' && raw.names !== null) {
		const names = raw.names as Record<string, unknown>;
		const kept = Object.fromEntries(
			RECIPIENT_KINDS.map((k) => [k, typeof names[k] === 'string' ? names[k] : ''])
		) as Record<RecipientKind, string>;
		out.names = kept;
	}
	if (Array.isArray(raw.categories)) {
		out.categories = CONSENT_CATEGORIES.filter((c) => (raw.categories as unknown[]).includes(c));
	}
	if (
		typeof raw.months === 'number' &&
		Number.isInteger(raw.months) &&
		raw.months >= MIN_VALIDITY_MONTHS &&
		raw.months <= MAX_VALIDITY_MONTHS
	) {
		out.months = raw.months;
	}
	return out;
}

function isRecipientKind(value: unknown): value is RecipientKind {
	return (RECIPIENT_KINDS as readonly unknown[]).includes(value);
}
