/**
 * Consent wire shapes shared by the browser and the server (API reference:
 * src/lib/server/consent/README.md). zod/mini, like the other shared schemas.
 *
 * Request bodies are strict objects: an unknown field is a 400 naming it, so a client cannot
 * believe it set something (a pre-ticked flag, a longer validity) that the server ignored.
 */
import { z } from 'zod/mini';
import {
	CONSENT_CATEGORIES,
	CONSENT_STATES,
	MAX_VALIDITY_MONTHS,
	MIN_VALIDITY_MONTHS,
	RECIPIENT_KINDS,
	recipientNeedsName
} from '$lib/domain/consent';
import { CONSENT_LANGUAGES } from '$lib/consent-texts';
import { LANDLORD_CONSENT_KINDS, LANDLORD_KIND_CATEGORIES } from '$lib/domain/landlord-share';
import { queryInt } from './query';
import { instantInRange, trimmedNote, trimmedOneLine } from './text';

export const consentCategorySchema = z.enum(CONSENT_CATEGORIES);
export const recipientKindSchema = z.enum(RECIPIENT_KINDS);
export const consentLanguageSchema = z.enum(CONSENT_LANGUAGES);

/** Longest recipient name and contact note the server stores. */
export const MAX_RECIPIENT_NAME = 120;
export const MAX_CONTACT_NOTE = 500;

/**
 * Who receives the information. `name` is required for landlord, collectionAgency and other
 * (the UI prefills the landlord's from the situation map); optional for socialOffice (e.g. the
 * office's town); ignored-not-allowed for advisorService, whose name is the controller's.
 */
export const recipientSchema = z
	.strictObject({
		kind: recipientKindSchema,
		name: z.optional(trimmedOneLine(1, MAX_RECIPIENT_NAME))
	})
	.check(
		z.refine((r) => !recipientNeedsName(r.kind) || r.name !== undefined, {
			message: 'Name this recipient',
			path: ['name']
		}),
		z.refine((r) => r.kind !== 'advisorService' || r.name === undefined, {
			message: 'The housing-advice service is not named by the tenant',
			path: ['name']
		})
	);
export type Recipient = z.infer<typeof recipientSchema>;

/** POST /api/consents body. Send the header `Idempotency-Key` too. */
export const giveConsentBodySchema = z
	.strictObject({
		recipient: recipientSchema,
		/** At least one; nothing is assumed. Duplicates are folded; order does not matter. */
		categories: z
			.array(consentCategorySchema)
			.check(
				z.minLength(1, 'Choose at least one category'),
				z.maxLength(CONSENT_CATEGORIES.length)
			),
		/** Whole months, 1-24. Omitted: the default (6). */
		validityMonths: z.optional(
			z.int().check(z.minimum(MIN_VALIDITY_MONTHS), z.maximum(MAX_VALIDITY_MONTHS))
		),
		/** The consent text version and language the tenant was shown (lib/consent-texts). */
		textVersion: z.string().check(z.minLength(1), z.maxLength(40)),
		language: consentLanguageSchema,
		/**
		 * A consent towards a landlord organisation (docs/landlord-share.md): the situation map's
		 * landlord id of the org and what the tenant allows. The recipient is then `landlord` (the
		 * server names it after the org) and the categories are exactly the kind's.
		 */
		landlord: z.optional(
			z.strictObject({
				landlordKey: z.string().check(z.minLength(1), z.maxLength(64)),
				kind: z.enum(LANDLORD_CONSENT_KINDS)
			})
		)
	})
	.check(
		z.refine((b) => b.landlord === undefined || b.recipient.kind === 'landlord', {
			message: 'A consent towards a landlord organisation names the landlord as recipient',
			path: ['recipient', 'kind']
		}),
		z.refine(
			(b) =>
				b.landlord === undefined ||
				sameCategories(b.categories, LANDLORD_KIND_CATEGORIES[b.landlord.kind]),
			{ message: 'The categories are fixed by the landlord consent kind', path: ['categories'] }
		)
	);
export type GiveConsentBody = z.infer<typeof giveConsentBodySchema>;

function sameCategories(a: readonly string[], b: readonly string[]): boolean {
	const set = new Set(a);
	return set.size === b.length && b.every((c) => set.has(c));
}

/** Idempotency-Key header: 8-128 URL-safe characters; a UUID is ideal. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;

/** The Idempotency-Key header a consent is given with (required: a retry must not give twice). */
export const idempotencyKeySchema = z
	.string()
	.check(
		z.regex(
			IDEMPOTENCY_KEY_PATTERN,
			'Send an Idempotency-Key header (8-128 letters, digits, - or _), e.g. a UUID'
		)
	);

/** POST /api/consents/[id]/withdraw takes exactly `{}`. */
export const withdrawConsentBodySchema = z.strictObject({});

/** GET /api/advisor/cases/[tenantId]?page=N: the page of the case's history. */
export const caseViewQuerySchema = z.object({ page: z.optional(queryInt(0, 999_999, 6)) });

export const consentViewSchema = z.object({
	id: z.string(),
	recipient: z.object({ kind: recipientKindSchema, name: z.nullable(z.string()) }),
	categories: z.array(consentCategorySchema),
	/** Fixed: 'resolveRentArrears' (text in the consent text's `purpose`). */
	purpose: z.literal('resolveRentArrears'),
	validityMonths: z.int(),
	givenAt: z.iso.datetime(),
	validUntil: z.iso.datetime(),
	state: z.enum(CONSENT_STATES),
	withdrawnAt: z.nullable(z.iso.datetime()),
	withdrawnBy: z.nullable(z.enum(['tenant', 'erasure'])),
	textVersion: z.string(),
	language: consentLanguageSchema,
	receiptUrl: z.string(),
	/** Set on consents towards a landlord organisation (docs/landlord-share.md). */
	landlord: z.optional(z.object({ orgId: z.string(), kind: z.enum(LANDLORD_CONSENT_KINDS) }))
});
export type ConsentView = z.infer<typeof consentViewSchema>;

export const consentListSchema = z.object({
	consents: z.array(consentViewSchema),
	/** The server's clock when the states were computed. */
	now: z.iso.datetime()
});
export type ConsentList = z.infer<typeof consentListSchema>;

export const consentResponseSchema = z.object({ consent: consentViewSchema });

export const accessLogEntrySchema = z.object({
	id: z.string(),
	advisor: z.object({ name: z.nullable(z.string()), email: z.string() }),
	viewedAt: z.iso.datetime(),
	categories: z.array(consentCategorySchema),
	/** Set when landlord staff looked: their organisation (docs/landlord-share.md). */
	organisation: z.optional(z.string())
});
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;
export const accessLogSchema = z.object({ entries: z.array(accessLogEntrySchema) });

/** POST /api/advisor/cases/[tenantId]/contacts body. */
export const recordContactBodySchema = z.strictObject({
	/** The consent naming the party contacted; must be active and not the service itself. */
	consentId: z.string().check(z.minLength(1), z.maxLength(64)),
	/** When the contact happened (not in the future). */
	contactedAt: instantInRange(),
	note: trimmedNote(1, MAX_CONTACT_NOTE)
});
export type RecordContactBody = z.infer<typeof recordContactBodySchema>;

export const contactEntrySchema = z.object({
	id: z.string(),
	consentId: z.string(),
	recipient: z.object({ kind: recipientKindSchema, name: z.nullable(z.string()) }),
	contactedAt: z.iso.datetime(),
	note: z.string(),
	advisor: z.object({ name: z.nullable(z.string()), email: z.string() }),
	recordedAt: z.iso.datetime()
});
export type ContactEntry = z.infer<typeof contactEntrySchema>;
export const contactListSchema = z.object({ contacts: z.array(contactEntrySchema) });

/** One row of GET /api/advisor/cases. `contact` only with the contactDetails category. */
export const caseListItemSchema = z.object({
	tenantId: z.string(),
	/** The identifier on the tenant's consent receipt (its first 8 characters), for a nameless row. */
	ref: z.string(),
	categories: z.array(consentCategorySchema),
	/** The latest end of the active service consents. */
	validUntil: z.iso.datetime(),
	contact: z.optional(z.object({ name: z.nullable(z.string()), email: z.string() }))
});
export type CaseListItem = z.infer<typeof caseListItemSchema>;
export const caseListSchema = z.object({ cases: z.array(caseListItemSchema) });

// ---------------------------------------------------------------------------------------------
// Kantara Initiative Consent Receipt Specification v1.1 (KI-CR-v1.1.0): the receipt's fields.

const postalAddress = z.object({
	streetAddress: z.string(),
	postalCode: z.string(),
	addressLocality: z.string(),
	addressCountry: z.string().check(z.length(2))
});

export const kantaraPiiControllerSchema = z.strictObject({
	piiController: z.string().check(z.minLength(1)),
	onBehalf: z.optional(z.boolean()),
	contact: z.string().check(z.minLength(1)),
	address: postalAddress,
	email: z.email(),
	phone: z.string().check(z.minLength(1)),
	piiControllerUrl: z.optional(z.url())
});

export const kantaraPurposeSchema = z.strictObject({
	purpose: z.string().check(z.minLength(1)),
	purposeCategory: z.array(z.string()).check(z.minLength(1)),
	consentType: z.enum(['EXPLICIT', 'IMPLICIT']),
	piiCategory: z.array(z.string()).check(z.minLength(1)),
	primaryPurpose: z.optional(z.boolean()),
	termination: z.string().check(z.minLength(1)),
	thirdPartyDisclosure: z.boolean(),
	thirdPartyName: z.optional(z.string().check(z.minLength(1)))
});

export const kantaraServiceSchema = z.strictObject({
	service: z.string().check(z.minLength(1)),
	purposes: z.array(kantaraPurposeSchema).check(z.minLength(1))
});

/**
 * A receipt as the spec defines it: every required field present with its type, nothing else
 * at the top level except the documented optional ones. Extensions this app adds (state,
 * validity, text version) live under the non-Kantara `x-vuokraApu` key, which the spec allows
 * receivers to ignore.
 */
export const kantaraReceiptSchema = z.strictObject({
	version: z.literal('KI-CR-v1.1.0'),
	jurisdiction: z.string().check(z.minLength(2)),
	/** Seconds since the epoch (UTC), as the spec's examples use. */
	consentTimestamp: z.int().check(z.minimum(0)),
	collectionMethod: z.string().check(z.minLength(1)),
	consentReceiptID: z.string().check(z.minLength(1)),
	publicKey: z.optional(z.string()),
	language: z.optional(z.string().check(z.length(2))),
	piiPrincipalId: z.string().check(z.minLength(1)),
	piiControllers: z.array(kantaraPiiControllerSchema).check(z.minLength(1)),
	policyUrl: z.url(),
	services: z.array(kantaraServiceSchema).check(z.minLength(1)),
	sensitive: z.boolean(),
	spiCat: z.optional(z.array(z.string())),
	'x-vuokraApu': z.optional(
		z.object({
			consentId: z.string(),
			state: z.enum(CONSENT_STATES),
			validUntil: z.iso.datetime(),
			withdrawnAt: z.nullable(z.iso.datetime()),
			textVersion: z.string(),
			categories: z.array(consentCategorySchema),
			recipientKind: recipientKindSchema
		})
	)
});
export type KantaraReceipt = z.infer<typeof kantaraReceiptSchema>;
