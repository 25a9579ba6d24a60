/**
 * The built-in consent text versions (data, not UI messages), shipped with the app. Admins may
 * publish newer versions (stored on the server, migration 0090); `lib/server/consent/texts.ts`
 * decides which version is current and reads any version, built in or published, and the tenant's
 * pages ask the server for the current one (`lib/state/consent-text.svelte.ts`), using these
 * constants only offline or before anything is published. The tenant's client shows a version's
 * text and sends that version and language with the consent; the server refuses an unknown
 * version and, with 409 `consent_text_outdated`, any version but the current one. Old versions
 * stay here forever, frozen (the spec pins their digests), so a receipt can always show what was
 * agreed.
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

/**
 * The version consents to the service and other parties are given under until an admin publishes
 * a version (which then is current for every consent).
 */
export const CURRENT_CONSENT_TEXT_VERSION = v2026_2.VERSION;

/**
 * The version consents towards a landlord organisation are given under (it has `landlordKinds`)
 * until an admin publishes a version.
 */
export const CURRENT_LANDLORD_CONSENT_TEXT_VERSION = v2026_3.VERSION;

export function isConsentTextVersion(version: string): boolean {
	return Object.hasOwn(CONSENT_TEXTS, version);
}

/** The exact text of `version` in `language`, or undefined for an unknown version. */
export function consentText(version: string, language: ConsentLanguage): ConsentText | undefined {
	return isConsentTextVersion(version) ? CONSENT_TEXTS[version]?.[language] : undefined;
}
