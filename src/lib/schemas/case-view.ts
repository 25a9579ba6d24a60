/**
 * GET /api/advisor/cases/[tenantId]: a tenant's situation as an advisor may see it, cut to the
 * categories the tenant's consents allow (lib/server/consent/case-view.ts builds it). A section
 * the consent does not cover is absent, and so is every summary figure derived from it. The
 * server's builder is typed by these shapes and the advisor's page parses the answer with them.
 */
import { z } from 'zod/mini';
import { CONSENT_CATEGORIES } from '$lib/domain/consent';
import { EVICTION_STAGES } from '$lib/domain/eviction';
import type { Cents } from '$lib/domain/money';
import { REFERENCE_CATEGORIES } from '$lib/domain/reference-budget';
import {
	BENEFITS,
	DEBT_TYPES,
	EXPENSE_CATEGORIES,
	FOLLOW_UP_REASONS,
	INCOME_SOURCES
} from './constants';
import { paymentSchema, planSchema } from './plan';
import {
	benefitSchema,
	debtSchema,
	decisionSchema,
	expenseSchema,
	homeSchema,
	incomeSchema
} from './situation';

const cents = z.custom<Cents>((v) => Number.isSafeInteger(v));
const consentCategory = z.enum(CONSENT_CATEGORIES);

/**
 * The summary figures a consent may reveal, each under the category it is derived from
 * (SUMMARY_FIELD_CATEGORY on the server).
 */
export const caseSummarySchema = z.object({
	incomeMonthly: z.optional(cents),
	oneOffIncome: z.optional(cents),
	oneOffExpenses: z.optional(cents),
	expensesMonthly: z.optional(cents),
	incomeLines: z.optional(
		z.array(z.object({ source: z.enum(INCOME_SOURCES), monthlyCents: cents }))
	),
	expenseLines: z.optional(
		z.array(
			z.object({ category: z.enum(EXPENSE_CATEGORIES), monthlyCents: cents, derived: z.boolean() })
		)
	),
	surplus: z.optional(cents),
	hints: z.optional(
		z.array(
			z.object({
				category: z.enum(REFERENCE_CATEGORIES),
				kind: z.enum(['high', 'low']),
				referenceCents: cents,
				spentCents: cents
			})
		)
	),
	totalDebt: z.optional(cents),
	rentArrears: z.optional(cents),
	arrearsMonths: z.optional(z.number()),
	stage: z.optional(z.enum(EVICTION_STAGES)),
	urgent: z.optional(z.boolean()),
	canUsuallyAgreePlan: z.optional(z.boolean()),
	groundsForEviction: z.optional(z.boolean()),
	benefitsNotApplied: z.optional(z.array(z.enum(BENEFITS)))
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

/**
 * One debt of a plan version as an advisor sees it. The payment-plan category promises the
 * instalments, schedule, payments and status; who the creditor is, what the debt is and how much
 * is owed belong to other categories (the current landlord's arrears to `rentArrears`, other
 * debts to `debts`) and are null unless that category is consented too.
 */
export const planDebtViewSchema = z.object({
	debtId: z.string(),
	currentLandlord: z.boolean(),
	creditor: z.nullable(z.string()),
	type: z.nullable(z.enum(DEBT_TYPES)),
	balanceCents: z.nullable(z.number())
});
export type PlanDebtView = z.infer<typeof planDebtViewSchema>;

/**
 * A plan version cut to the consented categories: income and living costs belong to
 * `incomeExpenses`, rent to `rentArrears` or `incomeExpenses`, each debt's details as in
 * PlanDebtView; withheld figures are null. Schedule, adjustments, status and note stay.
 */
export const planViewSchema = z.object({
	...planSchema.shape,
	incomeCents: z.nullable(z.number()),
	livingFloorCents: z.nullable(z.number()),
	rentCents: z.nullable(z.number()),
	debts: z.array(planDebtViewSchema)
});
export type PlanView = z.infer<typeof planViewSchema>;

/** An active consent of the tenant (any recipient), so contacts can be recorded under it. */
export const caseConsentSchema = z.object({
	id: z.string(),
	recipient: z.object({ kind: z.string(), name: z.nullable(z.string()) }),
	categories: z.array(consentCategory),
	validUntil: z.string()
});
export type CaseConsent = z.infer<typeof caseConsentSchema>;

export const casePagingSchema = z.object({
	page: z.number(),
	pageSize: z.number(),
	/** True when some list has rows after this page. */
	more: z.boolean()
});
export type CasePaging = z.infer<typeof casePagingSchema>;

export const caseViewSchema = z.object({
	tenantId: z.string(),
	/** The identifier staff see without a name: the same as on the tenant's consent receipt. */
	ref: z.string(),
	/** The categories this view was cut to (also what the access log records). */
	categories: z.array(consentCategory),
	viewedAt: z.string(),
	paging: casePagingSchema,
	consents: z.array(caseConsentSchema),
	summary: caseSummarySchema,
	contactDetails: z.optional(
		z.object({
			name: z.nullable(z.string()),
			email: z.string(),
			municipality: z.nullable(z.string())
		})
	),
	rentArrears: z.optional(
		z.object({ home: z.nullable(homeSchema), decisions: z.array(decisionSchema) })
	),
	incomeExpenses: z.optional(
		z.object({
			household: z.nullable(
				z.object({ adults: z.nullable(z.number()), children: z.nullable(z.number()) })
			),
			incomes: z.array(incomeSchema),
			expenses: z.array(expenseSchema)
		})
	),
	debts: z.optional(z.object({ debts: z.array(debtSchema) })),
	benefitDecisions: z.optional(
		z.object({ benefits: z.array(benefitSchema), decisions: z.array(decisionSchema) })
	),
	paymentPlan: z.optional(
		z.object({
			/** This page of plan versions, newest first. */
			plans: z.array(planViewSchema),
			/** This page of payments, newest first. */
			payments: z.array(paymentSchema),
			/** The version in force (the agreed one, else the newest), whatever the page. */
			current: z.nullable(planViewSchema),
			/** Payments the current version's progress counts (from its agreement on). */
			currentPayments: z.array(paymentSchema)
		})
	)
});
export type CaseView = z.infer<typeof caseViewSchema>;

/** GET /api/advisor/follow-up: the advisor's cases with a sign of arrears coming back. */
export const followUpListSchema = z.object({
	items: z.array(
		z.object({
			tenantId: z.string(),
			caseId: z.string(),
			ref: z.string(),
			reasons: z.array(z.enum(FOLLOW_UP_REASONS)),
			urgency: z.number(),
			overdueSince: z.nullable(z.string())
		})
	)
});
export type FollowUpList = z.infer<typeof followUpListSchema>;
