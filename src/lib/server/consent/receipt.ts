/**
 * The consent receipt in the fields of the Kantara Initiative Consent Receipt Specification
 * v1.1 (KI-CR-v1.1.0), in the language the tenant saw the consent text in. Unsigned (no
 * `publicKey`): its integrity rests on the server ledger, which `npm run consent:verify` checks.
 *
 * The controller (the organisation running the housing-advice service) comes from the
 * environment, with placeholders that make a misconfiguration obvious on the receipt:
 *   CONSENT_CONTROLLER_NAME, CONSENT_CONTROLLER_CONTACT, CONSENT_CONTROLLER_EMAIL,
 *   CONSENT_CONTROLLER_PHONE, CONSENT_CONTROLLER_STREET, CONSENT_CONTROLLER_POSTAL_CODE,
 *   CONSENT_CONTROLLER_LOCALITY, CONSENT_CONTROLLER_COUNTRY (2 letters, default FI),
 *   CONSENT_CONTROLLER_URL (optional), CONSENT_POLICY_URL (default `<origin>/privacy`).
 */
import type { Kysely } from 'kysely';
import type { ConsentLanguage } from '$lib/consent-texts';
import { toHelsinki } from '$lib/domain/helsinki-time';
import type { KantaraReceipt } from '$lib/schemas/consent';
import type { Database } from '../db/schema';
import type { TenantConsent } from './consents';
import { findConsentText } from './texts';

export interface ControllerConfig {
	name: string;
	contact: string;
	email: string;
	phone: string;
	address: {
		streetAddress: string;
		postalCode: string;
		addressLocality: string;
		addressCountry: string;
	};
	url?: string;
	policyUrl: string;
}

function validUrl(value: string | undefined): string | undefined {
	if (!value) return undefined;
	try {
		return new URL(value).toString();
	} catch {
		return undefined;
	}
}

export function controllerFromEnv(
	origin: string,
	env: NodeJS.ProcessEnv = process.env
): ControllerConfig {
	const get = (key: string, fallback: string) => env[key]?.trim() || fallback;
	const country = get('CONSENT_CONTROLLER_COUNTRY', 'FI').toUpperCase();
	const url = validUrl(env.CONSENT_CONTROLLER_URL?.trim());
	return {
		name: get('CONSENT_CONTROLLER_NAME', 'Asumisneuvonta'),
		contact: get('CONSENT_CONTROLLER_CONTACT', 'Tietosuojavastaava / Data protection officer'),
		email: get('CONSENT_CONTROLLER_EMAIL', 'tietosuoja@asumisneuvonta.example'),
		phone: get('CONSENT_CONTROLLER_PHONE', '+358 9 000 0000'),
		address: {
			streetAddress: get('CONSENT_CONTROLLER_STREET', 'Osoite puuttuu (CONSENT_CONTROLLER_STREET)'),
			postalCode: get('CONSENT_CONTROLLER_POSTAL_CODE', '00100'),
			addressLocality: get('CONSENT_CONTROLLER_LOCALITY', 'Helsinki'),
			addressCountry: /^[A-Z]{2}$/.test(country) ? country : 'FI'
		},
		...(url ? { url } : {}),
		policyUrl: validUrl(env.CONSENT_POLICY_URL?.trim()) ?? new URL('/privacy', origin).toString()
	};
}

/** Kantara purpose categories (spec appendix): the service's own use, or sharing for it. */
const CORE_FUNCTION = 'Core Function';
const THIRD_PARTY_CORE = '3rd Party Sharing for Core Function';

/** `YYYY-MM-DD` in Helsinki, for the human-readable termination line. */
function helsinkiDate(iso: string): string {
	return toHelsinki(Date.parse(iso)).date;
}

/**
 * The receipt of `consent` in the exact words of the version it was given under (built in or
 * published, texts.ts), whatever version is current now.
 */
export async function buildReceipt(
	db: Kysely<Database>,
	consent: TenantConsent,
	controller: ControllerConfig
): Promise<KantaraReceipt> {
	const language = consent.given.language as ConsentLanguage;
	const text = await findConsentText(db, consent.given.textVersion, language);
	if (!text) throw new Error(`consent text ${consent.given.textVersion}/${language} is missing`);
	const { status, given, row } = consent;
	const kind = given.recipientKind;
	const thirdParty = kind !== 'advisorService';
	const recipientLabel = text.recipients[kind].label;
	const thirdPartyName = row.recipient_name ?? recipientLabel;
	const categories = status.terms.categories;
	// Everything here is confidential to the tenant; all but contact details reveal their finances
	// or social welfare, which Finnish law treats as confidential client data.
	const sensitiveCategories = categories.filter((c) => c !== 'contactDetails');
	return {
		version: 'KI-CR-v1.1.0',
		jurisdiction: 'FI',
		consentTimestamp: Math.floor(Date.parse(status.givenAt) / 1000),
		collectionMethod: given.collectionMethod,
		consentReceiptID: status.consentId,
		language,
		piiPrincipalId: consent.subjectId,
		piiControllers: [
			{
				piiController: controller.name,
				onBehalf: false,
				contact: controller.contact,
				address: controller.address,
				email: controller.email,
				phone: controller.phone,
				...(controller.url ? { piiControllerUrl: controller.url } : {})
			}
		],
		policyUrl: controller.policyUrl,
		services: [
			{
				service: `${controller.name}: ${text.title}`,
				purposes: [
					{
						purpose: text.purpose,
						purposeCategory: [thirdParty ? THIRD_PARTY_CORE : CORE_FUNCTION],
						consentType: 'EXPLICIT',
						piiCategory: categories.map((c) => text.categories[c].label),
						primaryPurpose: true,
						termination: text.termination.replace('{date}', helsinkiDate(status.terms.validUntil)),
						thirdPartyDisclosure: thirdParty,
						...(thirdParty ? { thirdPartyName } : {})
					}
				]
			}
		],
		sensitive: sensitiveCategories.length > 0,
		...(sensitiveCategories.length > 0
			? { spiCat: sensitiveCategories.map((c) => text.categories[c].label) }
			: {}),
		'x-vuokraApu': {
			consentId: status.consentId,
			state: status.state,
			validUntil: status.terms.validUntil,
			withdrawnAt: status.withdrawnAt,
			textVersion: given.textVersion,
			categories: [...categories],
			recipientKind: kind
		}
	};
}
