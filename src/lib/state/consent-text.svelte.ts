/**
 * Which consent text the tenant's pages show (src/lib/server/consent/README.md, "Text versions").
 *
 * - `CurrentConsentText`: the version new consents are given under. Online it asks the server
 *   (an admin may have published a newer version than this build knows); offline, or when the
 *   server cannot answer, the built-in current version, exactly as before versions could be
 *   published (giving consent needs the network anyway, and the server refuses an outdated
 *   version with 409 `consent_text_outdated`, after which the page calls `load` again). Until the
 *   answer is in, `state` is `loading`, so no page shows one text and then another.
 * - `consentTextOf`: the exact text of any version, for a consent's receipt: built in, or fetched
 *   by name (a version never changes, so the browser's HTTP cache may keep it).
 */
import { fetchConsentTextVersion, fetchCurrentConsentTexts } from '$lib/api/consent-texts';
import {
	consentText,
	CONSENT_TEXTS,
	CURRENT_CONSENT_TEXT_VERSION,
	CURRENT_LANDLORD_CONSENT_TEXT_VERSION,
	type ConsentLanguage,
	type ConsentText
} from '$lib/consent-texts';
import type { Lang } from '$lib/i18n/i18n.svelte';
import { isOnline } from './online.svelte';

/** Consents to the service and other parties, or towards a landlord organisation. */
export type ConsentTextKind = 'service' | 'landlord';

const BUILT_IN: Record<ConsentTextKind, string> = {
	service: CURRENT_CONSENT_TEXT_VERSION,
	landlord: CURRENT_LANDLORD_CONSENT_TEXT_VERSION
};

export type CurrentTextState =
	| { kind: 'loading' }
	| {
			kind: 'ready';
			version: string;
			texts: Record<ConsentLanguage, ConsentText>;
			/** False: the built-in version, because the server could not be asked. */
			fromServer: boolean;
	  };

function builtIn(kind: ConsentTextKind): CurrentTextState {
	const version = BUILT_IN[kind];
	const texts = CONSENT_TEXTS[version];
	if (!texts) throw new Error(`No built-in consent text ${version}`);
	return { kind: 'ready', version, texts, fromServer: false };
}

export class CurrentConsentText {
	readonly #kind: ConsentTextKind;
	state = $state.raw<CurrentTextState>({ kind: 'loading' });

	constructor(kind: ConsentTextKind) {
		this.#kind = kind;
	}

	/** The version shown (null while loading). */
	get version(): string | null {
		return this.state.kind === 'ready' ? this.state.version : null;
	}

	/** The text in `lang` (null while loading). */
	text(lang: Lang): ConsentText | null {
		return this.state.kind === 'ready' ? this.state.texts[lang as ConsentLanguage] : null;
	}

	/** Asks the server for the current version (or takes the built-in one offline). */
	async load(): Promise<void> {
		if (!isOnline()) {
			this.state = builtIn(this.#kind);
			return;
		}
		const result = await fetchCurrentConsentTexts();
		if (!result.ok) {
			this.state = builtIn(this.#kind);
			return;
		}
		const { version, texts } = result.data[this.#kind];
		this.state = { kind: 'ready', version, texts, fromServer: true };
	}
}

/**
 * The exact text of `version` in `lang`: built in at once, else from the server; null when it
 * cannot be had (offline, or unknown).
 */
export async function consentTextOf(version: string, lang: Lang): Promise<ConsentText | null> {
	const shipped = consentText(version, lang as ConsentLanguage);
	if (shipped) return shipped;
	const result = await fetchConsentTextVersion(version);
	return result.ok ? result.data.texts[lang as ConsentLanguage] : null;
}
