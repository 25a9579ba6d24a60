/**
 * The fixed vocabularies of the situation map, with no zod: domain rules and pages import these
 * without pulling the schema machinery into the first page load. `situation.ts` builds the
 * schemas from them and re-exports them.
 */

export const FREQUENCIES = [
	'weekly',
	'biweekly',
	'fourWeekly',
	'monthly',
	'quarterly',
	'yearly',
	'oneOff'
] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const INCOME_SOURCES = [
	'salary',
	'unemployment',
	'housingAllowance',
	'socialAssistance',
	'pension',
	'studentAid',
	'sicknessAllowance',
	'childBenefit',
	'maintenanceSupport',
	'other'
] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

/** `rent` and `debtRepayments` are derived from the home and debts steps, never typed twice. */
export const EXPENSE_CATEGORIES = [
	'rent',
	'electricity',
	'water',
	'homeInsurance',
	'food',
	'clothing',
	'health',
	'hygiene',
	'transport',
	'phoneInternet',
	'children',
	'hobbies',
	'debtRepayments',
	'other'
] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];
export const DERIVED_EXPENSES = ['rent', 'debtRepayments'] as const satisfies ExpenseCategory[];

export const DEBT_TYPES = [
	'rentArrears',
	'consumerLoan',
	'instantLoan',
	'creditCard',
	'collection',
	'enforcement',
	'tax',
	'fines',
	'other'
] as const;
export type DebtType = (typeof DEBT_TYPES)[number];

export const DEBT_STATUSES = ['current', 'late', 'collection', 'enforcement', 'agreed'] as const;
export type DebtStatus = (typeof DEBT_STATUSES)[number];

export const BENEFITS = [
	'housingAllowance',
	'basicSocialAssistance',
	'supplementarySocialAssistance',
	'preventiveSocialAssistance',
	'unemploymentBenefit',
	'sicknessAllowance',
	'pension',
	'studentAid',
	'childBenefit',
	'maintenanceSupport'
] as const;
export type Benefit = (typeof BENEFITS)[number];

export const BENEFIT_STATUSES = ['notApplied', 'waiting', 'granted', 'refused'] as const;
export type BenefitStatus = (typeof BENEFIT_STATUSES)[number];

export const DECISION_TYPES = [
	'kela',
	'socialServices',
	'court',
	'enforcement',
	'landlord',
	'other'
] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

/** Steps on the eviction path, in the order they happen (docs/domain.md, "Finnish context worth knowing"). */
export const EVICTION_EVENTS = [
	'reminder',
	'collectionLetter',
	'termination',
	'evictionApplication',
	'judgment',
	'evictionDate'
] as const;
export type EvictionEvent = (typeof EVICTION_EVENTS)[number];

export const MAX_CENTS = 100_000_000_00; // 100 million euros: far beyond any household, catches typos.

export const HOUSEHOLD_ID = 'household';
export const HOME_ID = 'home';

/** The debt key of the current landlord's arrears (`home.arrearsCents`), which has no debt row. */
export const HOME_ARREARS_DEBT_ID = 'homeArrears';
/**
 * The `debtId` of a payment of the running rent (not of a debt): the follow-up tracks it month by
 * month, since an unpaid month's rent is the first sign of arrears coming back.
 */
export const CURRENT_RENT_ID = 'currentRent';

/** Longest plan the planner proposes and a row may hold (10 years). */
export const MAX_PLAN_MONTHS = 120;
/** More debts than any household has; bounds the row size (months x debts cents). */
export const MAX_PLAN_DEBTS = 50;

/** Check-ins this many months after a plan is agreed ("was this month's rent paid in full?"). */
export const CHECKIN_MONTHS = [1, 3, 6, 12] as const;
export const CHECKIN_ANSWERS = ['yes', 'partly', 'no'] as const;
export type CheckinAnswer = (typeof CHECKIN_ANSWERS)[number];

/** Why a case is on the advisor's follow-up list (domain/follow-up.ts weighs them). */
export const FOLLOW_UP_REASONS = [
	'missedInstalment',
	'unpaidRent',
	'checkinNo',
	'lateInstalment',
	'partlyRent',
	'checkinPartly'
] as const;
export type FollowUpReason = (typeof FOLLOW_UP_REASONS)[number];
