/**
 * Shapes of the consent text API (src/lib/server/consent/README.md, "Text versions"): the texts
 * of a version as the tenant's pages read them, the admin's list of versions and the body of a
 * publish. Placeholders are checked against the previous version by `placeholderIssues`
 * (lib/consent-texts/fields.ts), which needs that version and so is not part of this schema.
 */
import { z } from 'zod/mini';
import { CONSENT_LANGUAGES } from '$lib/consent-texts/types';
import { MAX_FIELD_LENGTH } from '$lib/consent-texts/fields';
import { CONSENT_CATEGORIES, RECIPIENT_KINDS } from '$lib/domain/consent';
import { LANDLORD_CONSENT_KINDS } from '$lib/domain/landlord-share';
import { trimmedNote, trimmedOneLine } from './text';

/** A version's name: `2026-4`. Built-in and published names alike. */
export const CONSENT_TEXT_VERSION_PATTERN = /^\d{4}-\d{1,4}$/;
export const consentTextVersionNameSchema = z
	.string()
	.check(z.maxLength(9), z.regex(CONSENT_TEXT_VERSION_PATTERN));

function keyed<K extends string, S extends z.ZodMiniType>(keys: readonly K[], schema: S) {
	return z.strictObject(Object.fromEntries(keys.map((k) => [k, schema])) as Record<K, S>);
}

function byLanguage<S extends z.ZodMiniType>(schema: S) {
	return keyed(CONSENT_LANGUAGES, schema);
}

// --- what an admin publishes (every field trimmed, non-empty, length-limited) ---------------

const line = trimmedOneLine(1, MAX_FIELD_LENGTH.line);
const paragraph = trimmedNote(1, MAX_FIELD_LENGTH.paragraph);
const labelledInput = z.strictObject({ label: line, description: paragraph });

export const consentTextContentSchema = z.strictObject({
	title: line,
	intro: paragraph,
	purpose: paragraph,
	voluntary: paragraph,
	recipients: keyed(RECIPIENT_KINDS, labelledInput),
	categories: keyed(CONSENT_CATEGORIES, labelledInput),
	validity: paragraph,
	termination: paragraph,
	withdrawal: paragraph,
	accessLog: paragraph,
	confirm: line,
	landlordKinds: keyed(LANDLORD_CONSENT_KINDS, labelledInput)
});

/**
 * POST /api/admin/consent-texts. `basedOn` is the version the editor started from: when another
 * version was published meanwhile the server answers 409 `changed_meanwhile`, so nobody publishes
 * over words they have not read.
 */
export const publishConsentTextBodySchema = z.strictObject({
	basedOn: consentTextVersionNameSchema,
	texts: byLanguage(consentTextContentSchema)
});
export type PublishConsentTextBody = z.infer<typeof publishConsentTextBodySchema>;

// --- what the server answers ------------------------------------------------------------------

const labelled = z.object({ label: z.string(), description: z.string() });

/** One language of a version, as stored (older versions have no landlord kinds). */
export const consentTextSchema = z.object({
	version: z.string(),
	language: z.enum(CONSENT_LANGUAGES),
	title: z.string(),
	intro: z.string(),
	purpose: z.string(),
	voluntary: z.string(),
	recipients: z.object(
		Object.fromEntries(RECIPIENT_KINDS.map((k) => [k, labelled])) as Record<
			(typeof RECIPIENT_KINDS)[number],
			typeof labelled
		>
	),
	categories: z.object(
		Object.fromEntries(CONSENT_CATEGORIES.map((k) => [k, labelled])) as Record<
			(typeof CONSENT_CATEGORIES)[number],
			typeof labelled
		>
	),
	validity: z.string(),
	termination: z.string(),
	withdrawal: z.string(),
	accessLog: z.string(),
	confirm: z.string(),
	landlordKinds: z.optional(
		z.object(
			Object.fromEntries(LANDLORD_CONSENT_KINDS.map((k) => [k, labelled])) as Record<
				(typeof LANDLORD_CONSENT_KINDS)[number],
				typeof labelled
			>
		)
	)
});

/** GET /api/consent-texts/[version]: a version's texts in every language. */
export const consentTextVersionSchema = z.object({
	version: z.string(),
	texts: z.object({ fi: consentTextSchema, sv: consentTextSchema, en: consentTextSchema })
});
export type ConsentTextVersionView = z.infer<typeof consentTextVersionSchema>;

/**
 * GET /api/consent-texts/current: the version new consents are given under, for consents to the
 * service and other parties and for consents towards a landlord organisation (the same version
 * once one has been published).
 */
export const currentConsentTextsSchema = z.object({
	service: consentTextVersionSchema,
	landlord: consentTextVersionSchema
});
export type CurrentConsentTexts = z.infer<typeof currentConsentTextsSchema>;

/** One version in the admin's list. */
export const consentTextSummarySchema = z.object({
	version: z.string(),
	/** Shipped with the app (lib/consent-texts); the others were published by an admin. */
	builtIn: z.boolean(),
	publishedAt: z.nullable(z.string()),
	publishedBy: z.nullable(z.string()),
	/** SHA-256 of the canonical JSON of the texts. */
	digest: z.string()
});
export type ConsentTextSummary = z.infer<typeof consentTextSummarySchema>;

/** GET /api/admin/consent-texts: every version, newest first, and which ones are current. */
export const consentTextListSchema = z.object({
	versions: z.array(consentTextSummarySchema),
	current: z.object({ service: z.string(), landlord: z.string() })
});
export type ConsentTextList = z.infer<typeof consentTextListSchema>;

/** The answer to a publish: the new version (201). */
export const publishedConsentTextSchema = z.object({ version: consentTextSummarySchema });
