/**
 * The tenant's situation map: the one source of its data shapes, shared by the browser store,
 * the sync endpoint and the domain rules. Written with zod/mini so the client pays only for
 * the checks it uses.
 *
 * Every synced row carries a stable client-generated `id`, `createdAt` and `updatedAt` stamps
 * (client clock, for display and ordering only) and the server `version` it was last based on (0 = never synced).
 * Money is integer cents; `null` means "not filled in yet", which the summary treats as zero.
 */
import { z } from 'zod/mini';
import {
	BENEFIT_STATUSES,
	BENEFITS,
	DEBT_STATUSES,
	DEBT_TYPES,
	DECISION_TYPES,
	EXPENSE_CATEGORIES,
	FREQUENCIES,
	INCOME_SOURCES,
	MAX_CENTS
} from './constants';
import {
	checkinSchema,
	paymentSchema,
	planSchema,
	type Checkin,
	type Payment,
	type PlanRow
} from './plan';
import { noteText } from './text';

export * from './constants';

const cents = z.int().check(z.minimum(0), z.maximum(MAX_CENTS));
const optionalCents = z.nullable(cents);
const isoDate = z.nullable(z.iso.date());
// What the tenant types: NUL and other control characters are refused (text.ts), tab and line
// breaks kept, since a one-line field may receive a paste from a spreadsheet.
const shortText = noteText(200);
const longText = noteText(2000);
const id = z.string().check(z.minLength(1), z.maxLength(64));

const rowMeta = {
	id,
	/** Client clock at creation: orders list rows (debts, decisions) stably while they are edited. */
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime(),
	version: z.int().check(z.minimum(0))
};

export const householdSchema = z.object({
	...rowMeta,
	adults: z.nullable(z.int().check(z.minimum(0), z.maximum(20))),
	children: z.nullable(z.int().check(z.minimum(0), z.maximum(20))),
	municipality: shortText
});
export type Household = z.infer<typeof householdSchema>;

export const eventMarkSchema = z.object({ happened: z.boolean(), date: isoDate });
export type EventMark = z.infer<typeof eventMarkSchema>;

export const homeSchema = z.object({
	...rowMeta,
	/** A key from the known landlords list, `other` (then `landlordOther` names it), or null. */
	landlordId: z.nullable(shortText),
	landlordOther: shortText,
	rentCents: optionalCents,
	dueDay: z.nullable(z.int().check(z.minimum(1), z.maximum(31))),
	arrearsCents: optionalCents,
	arrearsMonths: z.nullable(z.number().check(z.minimum(0), z.maximum(120))),
	reminder: eventMarkSchema,
	collectionLetter: eventMarkSchema,
	termination: eventMarkSchema,
	evictionApplication: eventMarkSchema,
	judgment: eventMarkSchema,
	evictionDate: eventMarkSchema
});
export type Home = z.infer<typeof homeSchema>;

export const incomeSchema = z.object({
	...rowMeta,
	source: z.enum(INCOME_SOURCES),
	amountCents: optionalCents,
	frequency: z.enum(FREQUENCIES)
});
export type Income = z.infer<typeof incomeSchema>;

export const expenseSchema = z.object({
	...rowMeta,
	category: z.enum(EXPENSE_CATEGORIES),
	amountCents: optionalCents,
	frequency: z.enum(FREQUENCIES)
});
export type Expense = z.infer<typeof expenseSchema>;

export const debtSchema = z.object({
	...rowMeta,
	creditor: shortText,
	type: z.enum(DEBT_TYPES),
	balanceCents: optionalCents,
	monthlyPaymentCents: optionalCents,
	status: z.enum(DEBT_STATUSES)
});
export type Debt = z.infer<typeof debtSchema>;

export const benefitSchema = z.object({
	...rowMeta,
	benefit: z.enum(BENEFITS),
	status: z.enum(BENEFIT_STATUSES)
});
export type BenefitRow = z.infer<typeof benefitSchema>;

export const decisionSchema = z.object({
	...rowMeta,
	type: z.enum(DECISION_TYPES),
	date: isoDate,
	note: longText
});
export type Decision = z.infer<typeof decisionSchema>;

/** Entity name -> row schema. Entity names are also the Dexie table names and the sync wire names. */
export const ENTITY_SCHEMAS = {
	household: householdSchema,
	home: homeSchema,
	incomes: incomeSchema,
	expenses: expenseSchema,
	debts: debtSchema,
	benefits: benefitSchema,
	decisions: decisionSchema,
	plans: planSchema,
	payments: paymentSchema,
	checkins: checkinSchema
} as const;
export type EntityName = keyof typeof ENTITY_SCHEMAS;
export const ENTITY_NAMES = Object.keys(ENTITY_SCHEMAS) as EntityName[];

export interface EntityRows {
	household: Household;
	home: Home;
	incomes: Income;
	expenses: Expense;
	debts: Debt;
	benefits: BenefitRow;
	decisions: Decision;
	plans: PlanRow;
	payments: Payment;
	checkins: Checkin;
}

/** Everything the domain rules need to describe where the tenant stands. */
export interface Situation {
	household: Household | undefined;
	home: Home | undefined;
	incomes: Income[];
	expenses: Expense[];
	debts: Debt[];
	benefits: BenefitRow[];
	decisions: Decision[];
}
