/**
 * Payment plan data that is stored on the device and synced: plan versions (`plans`) and the
 * payments the tenant marks as made (`payments`). zod/mini, like the situation rows, and with the
 * same row conventions: a client-generated `id`, `createdAt`/`updatedAt` display stamps and the
 * server `version` the row was last based on (0 = never synced).
 *
 * A `plans` row is one saved version of a plan. Saving a change creates a new row (`revision` + 1,
 * `basedOnPlanId` pointing at the previous one) instead of editing the old one, so the version a
 * landlord agreed to is never rewritten; only `agreed`/`agreedAt`/`note` change on a saved row.
 * The row stores both what the plan was computed from (the snapshot) and the computed schedule:
 * an agreed schedule is a promise made to creditors and must not change if the planner's rules
 * change in a later release.
 */
import { z } from 'zod/mini';
import {
	CHECKIN_ANSWERS,
	CHECKIN_MONTHS,
	DEBT_TYPES,
	HOME_ARREARS_DEBT_ID,
	MAX_CENTS,
	MAX_PLAN_DEBTS,
	MAX_PLAN_MONTHS
} from './constants';
import { DATE_RANGE_MESSAGE, dateInRange, isDateInRange, noteText, oneLineText } from './text';
import { MONTH_PATTERN } from '$lib/domain/dates';

export { HOME_ARREARS_DEBT_ID, MAX_PLAN_DEBTS, MAX_PLAN_MONTHS };

// Same building blocks as situation.ts (kept local so that file stays untouched by this feature).
const cents = z.int().check(z.minimum(0), z.maximum(MAX_CENTS));
const shortText = oneLineText(200);
const longText = noteText(2000);
const id = z.string().check(z.minLength(1), z.maxLength(64));
const month = z.string().check(z.regex(MONTH_PATTERN));
/** A plan's first month: in the years dates may have (its months run up to 10 years on). */
const startMonth = month.check(z.refine((m) => isDateInRange(`${m}-01`), DATE_RANGE_MESSAGE));

const rowMeta = {
	id,
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime(),
	version: z.int().check(z.minimum(0))
};

/** One debt as it stood when the plan version was made ("based on" balances). */
export const planDebtSnapshotSchema = z.object({
	/** A debt row id, or HOME_ARREARS_DEBT_ID. */
	debtId: id,
	creditor: shortText,
	type: z.enum(DEBT_TYPES),
	balanceCents: cents,
	/** Rent arrears owed to the landlord of the current home: paid before any other debt. */
	currentLandlord: z.boolean(),
	/**
	 * A repayment already running when the version was made, kept as it is: 'agreed' is paid from
	 * the account, 'garnished' is deducted from pay. Absent in versions saved before the safe-plan rules (December 2026).
	 */
	existing: z.optional(z.object({ kind: z.enum(['agreed', 'garnished']), monthlyCents: cents })),
	/** Non-payment threatens basic needs (energy cut-off, fines): paid right after rent arrears. */
	essential: z.optional(z.boolean())
});
export type PlanDebtSnapshot = z.infer<typeof planDebtSnapshotSchema>;

/** A fixed monthly instalment set by the tenant or advisor for one debt. */
export const planAdjustmentSchema = z.object({
	debtId: id,
	monthlyCents: cents,
	/** First month the fixed amount applies; null = from the plan's start. */
	fromMonth: z.nullable(month)
});
export type PlanAdjustmentRow = z.infer<typeof planAdjustmentSchema>;

/** One month of the schedule. `instalmentsCents[i]` is the instalment for `debts[i]`. */
export const planMonthSchema = z.object({
	month,
	/** The instalments' due date: the rent due day, clamped to the month's length. */
	dueDate: z.iso.date(),
	instalmentsCents: z.array(cents).check(z.maxLength(MAX_PLAN_DEBTS))
});
export type PlanMonthRow = z.infer<typeof planMonthSchema>;

export const planSchema = z
	.object({
		...rowMeta,
		/** 1 for the first version; each saved change is a new row with the next number. */
		revision: z.int().check(z.minimum(1)),
		/** The version this one was changed from, or the plan a re-plan started from. */
		basedOnPlanId: z.nullable(id),
		startMonth,
		dueDay: z.int().check(z.minimum(1), z.maximum(31)),
		incomeCents: cents,
		/** Essential living costs the plan leaves untouched (the tenant can adjust it). */
		livingFloorCents: cents,
		/*
		 * Added with the safe-plan rules, optional so versions saved before it still parse (they read as none):
		 * the household minimum the floor was checked against, an advisor's reason for a floor below
		 * it, the reserve kept outside the plan, the arrears plan length the landlord accepts, and
		 * whether income included social assistance.
		 */
		minimumFloorCents: z.optional(cents),
		floorReason: z.optional(noteText(500)),
		reserveCents: z.optional(cents),
		acceptableMonths: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_PLAN_MONTHS))),
		socialAssistanceIncome: z.optional(z.boolean()),
		rentCents: cents,
		debts: z.array(planDebtSnapshotSchema).check(z.maxLength(MAX_PLAN_DEBTS)),
		adjustments: z.array(planAdjustmentSchema).check(z.maxLength(MAX_PLAN_DEBTS)),
		months: z.array(planMonthSchema).check(z.maxLength(MAX_PLAN_MONTHS)),
		agreed: z.boolean(),
		agreedAt: z.nullable(z.iso.datetime()),
		note: longText
	})
	.check(
		z.refine((row) => row.months.every((m) => m.instalmentsCents.length === row.debts.length), {
			message: 'every month needs one instalment per debt',
			path: ['months']
		}),
		// Instalments, adjustments and payments find their debt by id: a repeated id would make
		// every later change of the plan ambiguous (and broke the advisor's plan change).
		z.refine((row) => new Set(row.debts.map((d) => d.debtId)).size === row.debts.length, {
			message: 'a debt appears twice',
			path: ['debts']
		}),
		// Only an advisor may lower the floor below the household minimum, and says why.
		z.refine(
			(row) =>
				row.minimumFloorCents === undefined ||
				row.livingFloorCents >= row.minimumFloorCents ||
				(row.floorReason ?? '').trim() !== '',
			{ message: 'a floor below the minimum needs a reason', path: ['floorReason'] }
		)
	);
export type PlanRow = z.infer<typeof planSchema>;

/** A payment the tenant marks as made towards one debt of the plan. */
export const paymentSchema = z.object({
	...rowMeta,
	date: dateInRange(),
	amountCents: z.int().check(z.minimum(1), z.maximum(MAX_CENTS)),
	/** A debt row id or HOME_ARREARS_DEBT_ID: payments belong to debts, so they survive a re-plan. */
	debtId: id,
	/** The plan version in force when it was recorded (for display), or null. */
	planId: z.nullable(id),
	note: longText
});
export type Payment = z.infer<typeof paymentSchema>;

/**
 * The tenant's answer to a check-in ("was this month's rent paid in full?") 1, 3, 6 and 12 months
 * after a plan was agreed. The row id is the check-in's key (`checkinKey` in domain/reminders.ts:
 * `checkin:<planId>:<months>`), the same on every device, so answering on two devices changes
 * one row; the server's reminders skip a check-in whose key has a row.
 */
export const checkinSchema = z.object({
	...rowMeta,
	key: z.string().check(z.minLength(1), z.maxLength(64)),
	planId: id,
	months: z.union(CHECKIN_MONTHS.map((n) => z.literal(n))),
	answer: z.enum(CHECKIN_ANSWERS)
});
export type Checkin = z.infer<typeof checkinSchema>;

/** Part of the synced entities (situation.ts ENTITY_SCHEMAS) and the Dexie schema. */
export const PLAN_ENTITY_SCHEMAS = {
	plans: planSchema,
	payments: paymentSchema,
	checkins: checkinSchema
} as const;

/**
 * An advisor's change to a tenant's plan (under a consent covering the payment plan): new fixed
 * instalments on top of an existing version. The server computes and stores the new version.
 */
export const advisorPlanChangeSchema = z
	.object({
		basedOnPlanId: id,
		adjustments: z
			.array(
				z.object({
					debtId: id,
					/** null returns the debt to the planner's automatic share. */
					monthlyCents: z.nullable(cents),
					fromMonth: z.optional(z.nullable(month))
				})
			)
			.check(z.maxLength(MAX_PLAN_DEBTS)),
		/**
		 * A new living-costs floor. Below the household minimum only with a reason: advisors may lower
		 * it, and the reason is stored in the version.
		 */
		livingFloor: z.optional(
			z.object({
				cents,
				reason: z.optional(noteText(500))
			})
		),
		note: z.optional(longText)
	})
	.check(
		z.refine((c) => c.adjustments.length > 0 || c.livingFloor !== undefined, {
			message: 'change at least one instalment or the floor',
			path: ['adjustments']
		}),
		z.refine((c) => new Set(c.adjustments.map((a) => a.debtId)).size === c.adjustments.length, {
			message: 'a debt appears twice',
			path: ['adjustments']
		})
	);
export type AdvisorPlanChange = z.infer<typeof advisorPlanChangeSchema>;
