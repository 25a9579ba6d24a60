/**
 * Versioned consent texts (data, not UI messages): the tenant's client shows
 * `consentText(CURRENT_CONSENT_TEXT_VERSION, lang)` and sends that version and language with the
 * consent; the server refuses a version it does not know. Old versions stay here forever so a
 * receipt can always show what was agreed.
 */
import * as v2026_1 from './2026-1';
import * as v2026_2 from './2026-2';
import * as v2026_3 from './2026-3';
import type { ConsentLanguage, ConsentText } from './types';

export {
	CONSENT_LANGUAGES,
	type ConsentLanguage,
	type ConsentText,
	type LabelledText
} from './types';

export const CONSENT_TEXTS: Readonly<Record<string, Record<ConsentLanguage, ConsentText>>> = {
	[v2026_1.VERSION]: v2026_1.TEXTS,
	[v2026_2.VERSION]: v2026_2.TEXTS,
	[v2026_3.VERSION]: v2026_3.TEXTS
};

/** The version new consents are given under. */
export const CURRENT_CONSENT_TEXT_VERSION = v2026_2.VERSION;

/** The version consents towards a landlord organisation are given under (it has `landlordKinds`). */
export const CURRENT_LANDLORD_CONSENT_TEXT_VERSION = v2026_3.VERSION;

export function isConsentTextVersion(version: string): boolean {
	return Object.hasOwn(CONSENT_TEXTS, version);
}

/** The exact text of `version` in `language`, or undefined for an unknown version. */
export function consentText(version: string, language: ConsentLanguage): ConsentText | undefined {
	return isConsentTextVersion(version) ? CONSENT_TEXTS[version]?.[language] : undefined;
}
