/**
 * Referral-code wire shapes shared by the landlord pages, the tenant's landing page and the
 * server (src/lib/server/landlords/README.md). zod/mini; request bodies are strict objects.
 */
import { z } from 'zod/mini';
import { MAX_CODES_PER_MAILING } from '$lib/domain/referral-code';
import { queryInt } from './query';

/** Longest internal reference (a tenant or contract number) the server keeps. */
export const MAX_INTERNAL_REF = 64;
/** Longest text accepted as a typed code (a code is 14 characters with its dashes). */
export const MAX_TYPED_CODE = 40;
export const MAX_CODE_DAYS = 365;
/** Codes per page of the landlord's list. */
export const CODES_PAGE_SIZE = 50;
/**
 * A mailing's opened/used/consented counts are shown only from this size up: counts over a
 * handful of codes would tell the landlord which tenant opened one.
 */
export const MIN_REPORT_SIZE = 20;

export const CODE_STATUSES = ['active', 'expired', 'revoked'] as const;
export type CodeStatus = (typeof CODE_STATUSES)[number];

const internalRef = z.string().check(
	z.trim(),
	z.maxLength(MAX_INTERNAL_REF),
	z.refine((s) => !/[\p{Cc}\p{Cf}]/u.test(s), 'must not contain control characters')
);

/** POST /api/landlord/codes: one code or a whole mailing, in one transaction. */
export const createCodesBodySchema = z
	.strictObject({
		count: z.int().check(z.minimum(1), z.maximum(MAX_CODES_PER_MAILING)),
		/** One per code, in order ('' for none); omitted: no references. */
		internalRefs: z.optional(z.array(internalRef).check(z.maxLength(MAX_CODES_PER_MAILING))),
		/** Days until the codes expire; omitted: 90. */
		expiresInDays: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_CODE_DAYS)))
	})
	.check(
		z.refine((b) => b.internalRefs === undefined || b.internalRefs.length === b.count, {
			message: 'give one reference per code',
			path: ['internalRefs']
		})
	);
export type CreateCodesBody = z.infer<typeof createCodesBodySchema>;

export const createdCodeSchema = z.object({
	id: z.string(),
	/** Formatted `ABCD-EFGH-JKMN`. Shown once: the server keeps only its hash. */
	code: z.string(),
	internalRef: z.nullable(z.string())
});
export type CreatedCode = z.infer<typeof createdCodeSchema>;

export const createCodesAnswerSchema = z.object({
	mailingId: z.string(),
	expiresAt: z.string(),
	codes: z.array(createdCodeSchema)
});
export type CreateCodesAnswer = z.infer<typeof createCodesAnswerSchema>;

export const codeListQuerySchema = z.object({
	status: z.optional(z.enum(CODE_STATUSES)),
	page: z.optional(queryInt(1, 100_000, 6))
});

export const codeRowSchema = z.object({
	id: z.string(),
	mailingId: z.string(),
	internalRef: z.nullable(z.string()),
	createdAt: z.string(),
	expiresAt: z.string(),
	revokedAt: z.nullable(z.string()),
	status: z.enum(CODE_STATUSES)
});
export type CodeRow = z.infer<typeof codeRowSchema>;

export const mailingSummarySchema = z.object({
	id: z.string(),
	createdAt: z.string(),
	size: z.number(),
	/** Null below MIN_REPORT_SIZE codes. */
	report: z.nullable(z.object({ opened: z.number(), used: z.number(), consented: z.number() }))
});
export type MailingSummary = z.infer<typeof mailingSummarySchema>;

export const codeListSchema = z.object({
	org: z.object({ name: z.string() }),
	codes: z.array(codeRowSchema),
	total: z.number(),
	page: z.number(),
	pageSize: z.number(),
	mailings: z.array(mailingSummarySchema)
});
export type CodeList = z.infer<typeof codeListSchema>;

export const revokeAnswerSchema = z.object({ code: codeRowSchema });

/** POST /api/referral/lookup and /api/referral/attach. */
export const codeBodySchema = z.strictObject({
	code: z.string().check(z.minLength(1), z.maxLength(MAX_TYPED_CODE))
});

export const referralLandlordSchema = z.object({
	name: z.string(),
	/** The organisation's entry in the situation map's landlord list, if it has one. */
	landlordKey: z.nullable(z.string())
});
export type ReferralLandlord = z.infer<typeof referralLandlordSchema>;

export const lookupAnswerSchema = z.object({
	state: z.enum(['valid', 'expired', 'revoked']),
	landlord: referralLandlordSchema,
	expiresAt: z.string()
});
export type LookupAnswer = z.infer<typeof lookupAnswerSchema>;

export const attachAnswerSchema = z.object({ landlord: referralLandlordSchema });
