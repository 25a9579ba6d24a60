/**
 * The payment plan (maksusuunnitelma): how the money left each month is shared between the
 * tenant's debts. Pure and deterministic, integer cents only (docs/conventions.md §2-3).
 *
 * The plan must never harm the tenant. Rules:
 * - The living-costs floor is the larger of what the tenant typed and the household's minimum: the
 *   basic amount of basic social assistance for its composition (yearly-figures.ts; Laki
 *   toimeentulotuesta 1412/1997 9 §, figures checked 2026-11-30). The tenant or an advisor may
 *   raise it; only an advisor may lower it, with a reason stored in the version (`floorReason`).
 * - A small reserve (default 5 % of the floor, at least 30 €, adjustable) stays outside the plan,
 *   so one unexpected cost does not break it.
 * - Available each month = income - floor - reserve - current rent, never negative. Current rent
 *   is paid first of all: a plan that creates new arrears fails. Income is what reaches the
 *   account (after taxes and enforcement).
 * - Existing agreements stay as they are: an agreed (or on-time) repayment is a fixed instalment
 *   paid from the available money before anything is planned; a garnishment is already deducted
 *   from pay, so it takes nothing from the account and gets no plan money. When the fixed
 *   instalments leave too little, the tenant is told to ask those creditors for a payment break.
 * - Enforcement debts (ulosotto) are already being collected: no plan money by default (an
 *   adjustment may still set a voluntary instalment). Domain notes, checked 2026-11-30.
 * - The rest is paid in this order, each tier only from what the tiers before it left over:
 *   1. rent arrears owed to the landlord of the current home (they decide whether the tenant keeps
 *      the home), one after the other;
 *   2. debts whose non-payment threatens the home or basic needs: fines (muuntorangaistus) and debts
 *      the tenant marks as essential (energy with a cut-off threat), one after the other;
 *   3. tax, one after the other;
 *   4. every other creditor, a former landlord's arrears included (they do not threaten the
 *      current home), pro rata to its remaining balance by the largest-remainder method so the
 *      shares add up to the cent (ties go to the debt listed first).
 * - No debt is ever given more than it still owes; the instalments of a month never add up to more
 *   than is available (unless an adjustment asks for more, which `validatePlan` reports, or the
 *   existing agreements alone already do, which the plan reports and never adds to).
 * - A debt cleared during a month passes the rest of its share to the next debts in the *same*
 *   month, so no money available is left unused while anything is owed.
 * - Debts with a zero (or unfilled) balance are left out of the plan.
 * - Interest and collection fees are not modelled: a re-plan from the real balances corrects for
 *   them (plan-progress.ts, `replanFrom`).
 * - Landlords accept arrears plans of limited length: the current landlord's arrears must clear
 *   within `acceptableMonths` (default 12, per landlord in landlords.ts) or the plan warns.
 * - The horizon is capped (PLAN_HORIZON_MONTHS); debts not cleared by then make the status
 *   'tooLong', and the schedule shows the capped months.
 */
import type { PlanAdjustmentRow, PlanDebtSnapshot, PlanMonthRow, PlanRow } from '$lib/schemas/plan';
import {
	HOME_ARREARS_DEBT_ID,
	MAX_CENTS,
	MAX_PLAN_MONTHS,
	type DebtType
} from '$lib/schemas/constants';
import type { Situation } from '$lib/schemas/situation';
import { addMonthsToMonth, daysInMonth, isMonth, monthsBetween } from './dates';
import { canUsuallyAgreePlan, evictionStage, type EvictionStage } from './eviction';
import {
	acceptableArrearsMonths,
	DEFAULT_ACCEPTABLE_ARREARS_MONTHS,
	landlordName,
	type Landlord
} from './landlords';
import { sumCents, toCents, type Cents } from './money';
import { computeSummary, isGarnished, type Summary } from './summary';
import { figuresOn, socialAssistanceBasicAmount } from './yearly-figures';

/** Ten years: longer plans are not realistic, and the row size stays bounded. */
export const PLAN_HORIZON_MONTHS = MAX_PLAN_MONTHS;

/**
 * Used when the tenant has not filled in the rent due day. Finnish leases commonly make rent due
 * by the 2nd day of the month; the tenant can change it.
 */
export const DEFAULT_DUE_DAY = 2;

/**
 * Landlords commonly accept arrears plans of about a year; a known landlord's own figure is in
 * landlords.ts.
 */
export const DEFAULT_ACCEPTABLE_MONTHS = DEFAULT_ACCEPTABLE_ARREARS_MONTHS;

/** The reserve kept outside the plan: 5 % of the floor, at least 30 €. */
export const RESERVE_SHARE_PERCENT = 5;
export const RESERVE_MINIMUM_CENTS = 30_00;

export const PRIORITY_CLASSES = [
	'rentArrears',
	'essential',
	'priority',
	'other',
	'enforcement'
] as const;
export type PriorityClass = (typeof PRIORITY_CLASSES)[number];

export const PLAN_STATUSES = ['ok', 'noMoney', 'overLength', 'tooLong'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/**
 * Codes for the UI to explain: 'noMoney' points to preventive social assistance, benefits not
 * applied for and booking an advisor; 'courtStage' says the landlord may no longer accept a plan
 * and urges contacting the advisor now; 'rentNotCovered' says income minus living costs does not
 * even cover the current rent, so new arrears will build up; 'socialAssistance' says arrears are a
 * matter for preventive or supplementary social assistance, never for the basic amount;
 * 'overLength' says the landlord's arrears take longer than the landlord usually accepts;
 * 'paymentBreak' says existing agreements leave too little and a payment break should be asked
 * for; 'garnishment' explains the protected amount; 'instantLoan' flags a possible interest-cap
 * breach.
 */
export const PLAN_WARNINGS = [
	'courtStage',
	'noMoney',
	'rentNotCovered',
	'socialAssistance',
	'overLength',
	'paymentBreak',
	'garnishment',
	'instantLoan'
] as const;
export type PlanWarning = (typeof PLAN_WARNINGS)[number];

export interface PlanDebtInput {
	/** A debt row id, or HOME_ARREARS_DEBT_ID for `home.arrearsCents`. */
	id: string;
	creditor: string;
	type: DebtType;
	balanceCents: number;
	/** Rent arrears owed to the current landlord (paid before any other debt). */
	currentLandlord?: boolean;
	/**
	 * A repayment already running: 'agreed' is paid from the account at a fixed amount, 'garnished'
	 * is deducted from pay before it reaches the account.
	 */
	existing?: ExistingRepayment | null;
	/** Non-payment threatens basic needs (energy with a cut-off threat); fines always do. */
	essential?: boolean;
}

export interface ExistingRepayment {
	kind: 'agreed' | 'garnished';
	monthlyCents: number;
}

export interface PlanInput {
	/** Monthly income (`Summary.incomeMonthly`). */
	incomeCents: number;
	/** Essential living costs left untouched each month; prefill with `defaultLivingFloor`. */
	livingFloorCents: number;
	/** Current monthly rent. */
	rentCents: number;
	debts: readonly PlanDebtInput[];
	/** Rent due day 1-31; instalments fall due on the same day, clamped to the month's length. */
	dueDay: number;
	/** First month of the plan, `YYYY-MM`. */
	startMonth: string;
	/** Where the tenant is on the eviction path; defaults to 'none'. */
	stage?: EvictionStage;
	/** Months to plan at most, 1..PLAN_HORIZON_MONTHS (the default). */
	horizonMonths?: number;
	/** The household's minimum floor (social assistance basic amount); 0 when unknown. */
	minimumFloorCents?: number;
	/** An advisor's reason for a floor below the minimum; without it the minimum applies. */
	floorReason?: string;
	/** Kept outside the plan each month; 0 when not given. */
	reserveCents?: number;
	/** Months the landlord accepts for an arrears plan; DEFAULT_ACCEPTABLE_MONTHS when not given. */
	acceptableMonths?: number;
	/** Income includes social assistance. */
	socialAssistanceIncome?: boolean;
}

/** A fixed monthly instalment for one debt from `fromMonth` (default: the start) until cleared. */
export interface PlanAdjustment {
	debtId: string;
	monthlyCents: number;
	fromMonth?: string | null;
}

/** A change to a plan's adjustments; `monthlyCents: null` returns the debt to automatic. */
export interface PlanAdjustmentChange {
	debtId: string;
	monthlyCents: number | null;
	fromMonth?: string | null;
}

export interface PlanDebt {
	id: string;
	creditor: string;
	type: DebtType;
	currentLandlord: boolean;
	priority: PriorityClass;
	/** Owed when the plan starts. */
	balanceCents: Cents;
	/** Sum of this debt's instalments in the schedule. */
	plannedCents: Cents;
	/** The month of the last instalment, or null if the schedule does not clear the debt. */
	clearedMonth: string | null;
	/** The fixed monthly instalment from an adjustment, or null when allocated by the rules. */
	fixedMonthlyCents: Cents | null;
	/** A repayment already running when the plan was made (kept as it is), or null. */
	existing: { kind: ExistingRepayment['kind']; monthlyCents: Cents } | null;
}

export interface PlanMonth {
	month: string;
	/** `YYYY-MM-DD`, the rent due day clamped to the month's length. */
	dueDate: string;
	/** Debt id -> instalment; every debt of the plan has an entry (0 when nothing is due). */
	instalments: Record<string, Cents>;
	totalCents: Cents;
}

export interface Plan {
	/** What the plan was computed from (debts as given, before ordering). */
	input: PlanInput;
	adjustments: PlanAdjustment[];
	/** income - floor - rent; negative when even the rent is not covered. */
	marginCents: Cents;
	/** max(0, marginCents): the most the instalments of a month may add up to. */
	availableCents: Cents;
	/** The floor the plan uses: max(typed, minimum) unless an advisor lowered it with a reason. */
	floorCents: Cents;
	reserveCents: Cents;
	/** Existing agreed instalments paid from the account in the first month. */
	existingCents: Cents;
	/** Garnishments deducted from pay each month (not from the account). */
	garnishedCents: Cents;
	/** What is left to plan after the existing agreed instalments: max(0, available - existing). */
	planMoneyCents: Cents;
	acceptableMonths: number;
	/** The debts with something owed, in payment order (tiers, then input order). */
	debts: PlanDebt[];
	months: PlanMonth[];
	totalDebtCents: Cents;
	plannedCents: Cents;
	/** The month of the last instalment when every debt is cleared; otherwise null. */
	endMonth: string | null;
	status: PlanStatus;
	warnings: PlanWarning[];
}

export const PLAN_PROBLEM_CODES = [
	'unknownDebt',
	'invalidAmount',
	'invalidMonth',
	'duplicateAdjustment',
	'exceedsBalance',
	'overAvailable',
	'overpaid',
	'monthOrder'
] as const;
export type PlanProblemCode = (typeof PLAN_PROBLEM_CODES)[number];

/**
 * A field-level problem. `debtId` names the debt's instalment field, `month` the schedule row;
 * `cents` is the excess where one applies. Codes only: the UI words them.
 */
export interface PlanProblem {
	code: PlanProblemCode;
	debtId?: string;
	month?: string;
	cents?: Cents;
}

// ---------------------------------------------------------------------------------------------
// Months and due dates

/** The due date in `month` for a due day: day 31 in February is the 28th (29th in a leap year). */
export function dueDateIn(month: string, dueDay: number): string {
	const day = Math.min(dueDay, daysInMonth(month));
	return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * The first month a plan can start on `today` (`YYYY-MM-DD`): this month if its due date has not
 * passed yet, otherwise next month.
 */
export function firstPlanMonth(today: string, dueDay: number): string {
	const month = today.slice(0, 7);
	return today <= dueDateIn(month, dueDay) ? month : addMonthsToMonth(month, 1);
}

// ---------------------------------------------------------------------------------------------
// Pro rata

/**
 * Splits `amount` cents in proportion to `weights` by the largest-remainder method: every share is
 * the exact proportion rounded down or up, so it differs from it by less than one cent, and the
 * shares add up to `amount` exactly (to 0 when all weights are 0). Ties go to the lower index.
 * Products are taken in BigInt: cents up to MAX_CENTS squared exceed 2^53.
 */
export function splitProRata(amount: number, weights: readonly number[]): Cents[] {
	toCents(amount);
	const total = sumCents(weights);
	if (total === 0 || amount === 0) return weights.map(() => toCents(0));
	const a = BigInt(amount);
	const t = BigInt(total);
	const shares = weights.map((w) => Number((a * BigInt(w)) / t));
	const remainders = weights.map((w) => (a * BigInt(w)) % t);
	let left = amount - shares.reduce((s, x) => s + x, 0);
	const order = weights
		.map((_, i) => i)
		.sort((i, j) => {
			const ri = remainders[i] ?? 0n;
			const rj = remainders[j] ?? 0n;
			return ri === rj ? i - j : ri > rj ? -1 : 1;
		});
	for (const i of order) {
		if (left === 0) break;
		shares[i] = (shares[i] ?? 0) + 1;
		left -= 1;
	}
	return shares.map(toCents);
}

// ---------------------------------------------------------------------------------------------
// From the situation

/**
 * The essential living costs prefilled as the plan's floor: the tenant's own monthly expenses minus
 * rent and minus debt repayments, i.e. every non-derived expense line (food, electricity, phone,
 * ...). Rent is taken separately, and the plan replaces the current repayments, so neither is part
 * of the floor. One-off expenses are not monthly and are left out (the summary keeps them apart).
 */
export function defaultLivingFloor(summary: Pick<Summary, 'expenseLines'>): Cents {
	return sumCents(summary.expenseLines.filter((l) => !l.derived).map((l) => l.monthlyCents));
}

/**
 * The household's minimum floor on a date: the basic amount of basic social assistance for its
 * composition (yearly-figures.ts). The situation records how many children there are but not
 * their ages, so children count in the 10-17 band unless told otherwise: the higher amount, so an
 * unknown age never lowers the tenant's floor.
 */
export function minimumLivingFloor(
	household: Situation['household'],
	on: string,
	children10to17?: number
): Cents {
	const children = household?.children ?? 0;
	const older = Math.min(children, children10to17 ?? children);
	return toCents(
		socialAssistanceBasicAmount(figuresOn(on), {
			adults: household?.adults ?? 1,
			children10to17: older,
			childrenUnder10: children - older
		})
	);
}

/** The default reserve for a floor: RESERVE_SHARE_PERCENT of it, at least RESERVE_MINIMUM_CENTS. */
export function defaultReserve(floorCents: number): Cents {
	return toCents(
		Math.max(RESERVE_MINIMUM_CENTS, Math.ceil((floorCents * RESERVE_SHARE_PERCENT) / 100))
	);
}

/**
 * The floor a plan uses: what was given, raised to the minimum, unless an advisor lowered it with
 * a reason (only an advisor may lower it, and that is recorded).
 */
export function effectiveFloor(
	input: Pick<PlanInput, 'livingFloorCents' | 'minimumFloorCents' | 'floorReason'>
): number {
	const lowered = (input.floorReason ?? '').trim() !== '';
	return lowered
		? input.livingFloorCents
		: Math.max(input.livingFloorCents, input.minimumFloorCents ?? 0);
}

const normalizeName = (name: string): string => name.trim().toLocaleLowerCase('fi');

/**
 * A repayment already running, from the debts step: a garnishment (the debt is in enforcement and
 * a monthly amount is given) is already deducted from pay; a debt paid on time or under an agreed
 * arrangement with a monthly amount keeps that amount. Late or collection debts have no agreement
 * to keep.
 */
function existingOf(d: Situation['debts'][number]): ExistingRepayment | null {
	const monthly = d.monthlyPaymentCents ?? 0;
	if (monthly <= 0) return null;
	if (isGarnished(d)) return { kind: 'garnished', monthlyCents: monthly };
	if (d.status === 'agreed' || d.status === 'current')
		return { kind: 'agreed', monthlyCents: monthly };
	return null;
}

export interface PlanOptions {
	startMonth: string;
	/** The floor the tenant typed; defaults to `defaultLivingFloor`. Raised to the minimum. */
	livingFloorCents?: number;
	floorReason?: string;
	reserveCents?: number;
	acceptableMonths?: number;
	/** How many of the household's children are 10-17 (default: all of them). */
	children10to17?: number;
	/** The landlord list to name the landlord and its accepted length from (default: shipped). */
	landlords?: readonly Landlord[];
}

/**
 * The planner's input from the situation map: income from the summary, the floor (given, or
 * `defaultLivingFloor`, never below the household minimum), the current rent, the current
 * landlord's arrears (`home.arrearsCents`, creditor = the landlord's name) and every debt row with
 * its running repayment. A rent-arrears debt row whose creditor is the current landlord's name
 * counts as owed to the current landlord too.
 */
export function planInputFromSituation(s: Situation, options: PlanOptions): PlanInput {
	const summary = computeSummary(s);
	const landlord = landlordName(s.home, options.landlords);
	const debts: PlanDebtInput[] = [];
	const homeArrears = s.home?.arrearsCents ?? 0;
	if (homeArrears > 0) {
		debts.push({
			id: HOME_ARREARS_DEBT_ID,
			creditor: landlord,
			type: 'rentArrears',
			balanceCents: homeArrears,
			currentLandlord: true
		});
	}
	for (const d of s.debts) {
		const existing = existingOf(d);
		debts.push({
			id: d.id,
			creditor: d.creditor,
			type: d.type,
			balanceCents: d.balanceCents ?? 0,
			currentLandlord:
				d.type === 'rentArrears' &&
				landlord !== '' &&
				normalizeName(d.creditor) === normalizeName(landlord),
			...(existing ? { existing } : {}),
			...(d.type === 'fines' ? { essential: true } : {})
		});
	}
	const minimum = minimumLivingFloor(s.household, options.startMonth, options.children10to17);
	const floorReason = options.floorReason ?? '';
	const floor = effectiveFloor({
		livingFloorCents: options.livingFloorCents ?? defaultLivingFloor(summary),
		minimumFloorCents: minimum,
		floorReason
	});
	return {
		incomeCents: summary.incomeMonthly,
		livingFloorCents: floor,
		minimumFloorCents: minimum,
		...(floorReason.trim() !== '' ? { floorReason } : {}),
		reserveCents: options.reserveCents ?? defaultReserve(floor),
		acceptableMonths:
			options.acceptableMonths ?? acceptableArrearsMonths(s.home, options.landlords),
		socialAssistanceIncome: summary.incomeLines.some(
			(l) => l.source === 'socialAssistance' && l.monthlyCents > 0
		),
		rentCents: s.home?.rentCents ?? 0,
		debts,
		dueDay: s.home?.dueDay ?? DEFAULT_DUE_DAY,
		startMonth: options.startMonth,
		stage: evictionStage(s.home)
	};
}

/**
 * The step between the summary's "left over" (after the repayments the tenant typed) and the
 * plan's money: add the repayments back (the plan keeps agreed ones and knows garnishments are
 * already deducted), swap the typed living costs for the plan's floor, keep the reserve aside,
 * and take out the agreed instalments that stay as they are. `matches` is false when the plan
 * was made from other income or rent than the summary shows (an older version).
 */
export interface MoneySteps {
	summaryLeftCents: Cents;
	repaymentsCents: Cents;
	/** Typed living costs minus the floor: negative when the floor is higher. */
	floorChangeCents: Cents;
	reserveCents: Cents;
	/** income - floor - reserve - rent (may be negative). */
	marginCents: Cents;
	existingCents: Cents;
	planMoneyCents: Cents;
	matches: boolean;
}

export function moneySteps(summary: Summary, plan: Plan): MoneySteps {
	const repayments =
		summary.expenseLines.find((l) => l.category === 'debtRepayments')?.monthlyCents ?? 0;
	const typed = defaultLivingFloor(summary);
	const rent = summary.expenseLines.find((l) => l.category === 'rent')?.monthlyCents ?? 0;
	return {
		summaryLeftCents: summary.surplus,
		repaymentsCents: toCents(repayments),
		floorChangeCents: toCents(typed - plan.floorCents),
		reserveCents: plan.reserveCents,
		marginCents: plan.marginCents,
		existingCents: plan.existingCents,
		planMoneyCents: plan.planMoneyCents,
		matches: summary.incomeMonthly === plan.input.incomeCents && rent === plan.input.rentCents
	};
}

// ---------------------------------------------------------------------------------------------
// The planner

/**
 * Payment order: 0 current landlord's arrears, 1 essential (fines, energy cut-off), 2 tax,
 * 3 the rest (a former landlord's arrears included), 4 enforcement (no plan money by default).
 */
function rank(d: PlanDebtInput): number {
	// Already collected by enforcement, even the landlord's own arrears: no voluntary money on top.
	if (d.type === 'enforcement' || d.existing?.kind === 'garnished') return 4;
	if (d.type === 'rentArrears' && d.currentLandlord === true) return 0;
	if (d.type === 'fines' || d.essential === true) return 1;
	if (d.type === 'tax') return 2;
	return 3;
}

export function priorityOf(
	d: Pick<PlanDebtInput, 'type' | 'currentLandlord' | 'essential' | 'existing'>
): PriorityClass {
	return (['rentArrears', 'essential', 'priority', 'other', 'enforcement'] as const)[
		rank({ id: '', creditor: '', balanceCents: 0, ...d })
	] as PriorityClass;
}

function assertAmount(value: number, name: string): void {
	if (!Number.isSafeInteger(value) || value < 0 || value > MAX_CENTS) {
		throw new RangeError(`${name} must be integer cents 0..${MAX_CENTS}: ${value}`);
	}
}

/** Throws RangeError on input the schemas would have rejected (a programming error upstream). */
function checkInput(input: PlanInput): void {
	assertAmount(input.incomeCents, 'incomeCents');
	assertAmount(input.livingFloorCents, 'livingFloorCents');
	assertAmount(input.rentCents, 'rentCents');
	assertAmount(input.minimumFloorCents ?? 0, 'minimumFloorCents');
	assertAmount(input.reserveCents ?? 0, 'reserveCents');
	if (!Number.isInteger(input.dueDay) || input.dueDay < 1 || input.dueDay > 31) {
		throw new RangeError(`dueDay must be 1..31: ${input.dueDay}`);
	}
	if (!isMonth(input.startMonth)) throw new RangeError(`Not a YYYY-MM month: ${input.startMonth}`);
	const horizon = input.horizonMonths ?? PLAN_HORIZON_MONTHS;
	// Capped at what a stored row may hold, so every plan can be saved.
	if (!Number.isInteger(horizon) || horizon < 1 || horizon > PLAN_HORIZON_MONTHS) {
		throw new RangeError(`horizonMonths must be 1..${PLAN_HORIZON_MONTHS}: ${horizon}`);
	}
	const acceptable = input.acceptableMonths ?? DEFAULT_ACCEPTABLE_MONTHS;
	if (!Number.isInteger(acceptable) || acceptable < 1 || acceptable > PLAN_HORIZON_MONTHS) {
		throw new RangeError(`acceptableMonths must be 1..${PLAN_HORIZON_MONTHS}: ${acceptable}`);
	}
	const ids = new Set<string>();
	for (const d of input.debts) {
		assertAmount(d.balanceCents, `balance of ${d.id}`);
		if (d.existing) assertAmount(d.existing.monthlyCents, `existing instalment of ${d.id}`);
		if (ids.has(d.id)) throw new RangeError(`Duplicate debt id: ${d.id}`);
		ids.add(d.id);
	}
}

function copyInput(input: PlanInput): PlanInput {
	return {
		...input,
		debts: input.debts.map((d) => ({
			...d,
			...(d.existing ? { existing: { ...d.existing } } : {})
		}))
	};
}

interface Fixed {
	cents: number;
	from: number;
}

/**
 * The instalments the schedule keeps fixed: the adjustments it can honour (invalid ones are
 * ignored here and reported by validatePlan), and for the other debts their existing agreed
 * repayment from the first month.
 */
function usableFixed(
	debts: readonly PlanDebt[],
	adjustments: readonly PlanAdjustment[],
	startMonth: string
): Map<string, Fixed> {
	const ids = new Set(debts.map((d) => d.id));
	const fixed = new Map<string, Fixed>();
	for (const a of adjustments) {
		if (!ids.has(a.debtId) || fixed.has(a.debtId)) continue;
		if (!Number.isSafeInteger(a.monthlyCents) || a.monthlyCents < 0) continue;
		if (a.monthlyCents > MAX_CENTS) continue;
		const from = a.fromMonth ?? null;
		if (from !== null && !isMonth(from)) continue;
		// A month before the start means from the start.
		const offset = from === null ? 0 : Math.max(0, monthsBetween(startMonth, from));
		fixed.set(a.debtId, { cents: a.monthlyCents, from: offset });
	}
	for (const d of debts) {
		if (fixed.has(d.id) || d.existing?.kind !== 'agreed') continue;
		fixed.set(d.id, { cents: d.existing.monthlyCents, from: 0 });
	}
	return fixed;
}

/** Debts the schedule does not pay unless an adjustment says so (enforcement, garnished). */
function outsidePlan(d: PlanDebt, fixed: ReadonlyMap<string, Fixed>): boolean {
	return d.priority === 'enforcement' && !fixed.has(d.id);
}

function orderedDebts(input: PlanInput): PlanDebt[] {
	return input.debts
		.map((d, index) => ({ d, index }))
		.filter(({ d }) => d.balanceCents > 0)
		.sort((x, y) => rank(x.d) - rank(y.d) || x.index - y.index)
		.map(({ d }) => ({
			id: d.id,
			creditor: d.creditor,
			type: d.type,
			currentLandlord: d.type === 'rentArrears' && d.currentLandlord === true,
			priority: priorityOf(d),
			balanceCents: toCents(d.balanceCents),
			plannedCents: toCents(0),
			clearedMonth: null,
			fixedMonthlyCents: null,
			existing: d.existing
				? { kind: d.existing.kind, monthlyCents: toCents(d.existing.monthlyCents) }
				: null
		}));
}

/** The month-by-month allocation described in the module comment. */
function schedule(
	input: PlanInput,
	debts: readonly PlanDebt[],
	available: number,
	adjustments: readonly PlanAdjustment[]
): PlanMonth[] {
	const fixed = usableFixed(debts, adjustments, input.startMonth);
	const lastStart = Math.max(0, ...[...fixed.values()].map((f) => f.from));
	const horizon = input.horizonMonths ?? PLAN_HORIZON_MONTHS;
	const inPlan = debts.map((d) => !outsidePlan(d, fixed));
	const remaining = debts.map((d, i) => (inPlan[i] ? (d.balanceCents as number) : 0));
	let open = remaining.reduce((s, x) => s + x, 0);
	const months: PlanMonth[] = [];

	for (let k = 0; k < horizon && open > 0; k += 1) {
		const pay = debts.map(() => 0);
		const fixedNow = debts.map((d) => {
			const f = fixed.get(d.id);
			return f !== undefined && k >= f.from ? f.cents : null;
		});
		let fixedTotal = 0;
		debts.forEach((_, i) => {
			const f = fixedNow[i];
			if (f === null || f === undefined) return;
			pay[i] = Math.min(f, remaining[i] ?? 0);
			fixedTotal += pay[i] ?? 0;
		});
		let money = Math.max(0, available - fixedTotal);
		const free = (i: number) => inPlan[i] === true && fixedNow[i] === null;

		// Tiers 1-3: one debt after the other.
		debts.forEach((d, i) => {
			if (!free(i) || d.priority === 'other' || d.priority === 'enforcement') return;
			const p = Math.min(money, remaining[i] ?? 0);
			pay[i] = p;
			money -= p;
		});

		// Tier 4: pro rata to what each still owes.
		const others = debts.map((_, i) => i).filter((i) => free(i) && debts[i]?.priority === 'other');
		const owed = others.reduce((s, i) => s + (remaining[i] ?? 0), 0);
		if (money >= owed) {
			for (const i of others) pay[i] = remaining[i] ?? 0;
		} else {
			const shares = splitProRata(
				money,
				others.map((i) => remaining[i] ?? 0)
			);
			others.forEach((i, j) => (pay[i] = shares[j] ?? 0));
		}

		const total = pay.reduce((s, x) => s + x, 0);
		// Nothing paid and no adjustment still to start: every later month would be the same.
		if (total === 0 && k >= lastStart) break;
		const month = addMonthsToMonth(input.startMonth, k);
		// fromEntries defines own properties, so no debt id can reach the prototype.
		const instalments: Record<string, Cents> = Object.fromEntries(
			debts.map((d, i) => [d.id, toCents(pay[i] ?? 0)])
		);
		debts.forEach((_, i) => (remaining[i] = (remaining[i] ?? 0) - (pay[i] ?? 0)));
		open -= total;
		months.push({
			month,
			dueDate: dueDateIn(month, input.dueDay),
			instalments,
			totalCents: toCents(total)
		});
	}
	return months;
}

/** The available money: income - floor - reserve - rent (negative when short). */
function marginOf(input: PlanInput): number {
	return input.incomeCents - input.livingFloorCents - (input.reserveCents ?? 0) - input.rentCents;
}

/** Everything that follows from the input, the adjustments and a schedule. */
function summarize(
	input: PlanInput,
	debts: PlanDebt[],
	adjustments: PlanAdjustment[],
	months: PlanMonth[]
): Plan {
	const margin = marginOf(input);
	const available = Math.max(0, margin);
	const fixed = usableFixed(debts, adjustments, input.startMonth);
	const described = debts.map((d) => {
		let planned = 0;
		let clearedMonth: string | null = null;
		for (const m of months) {
			const p = m.instalments[d.id] ?? 0;
			planned += p;
			if (p > 0 && clearedMonth === null && planned >= d.balanceCents) clearedMonth = m.month;
		}
		const a = adjustments.find((x) => x.debtId === d.id);
		const f = a === undefined ? undefined : fixed.get(d.id);
		return {
			...d,
			plannedCents: toCents(planned),
			clearedMonth,
			fixedMonthlyCents: f === undefined ? null : toCents(f.cents)
		};
	});
	const scheduled = described.filter((d) => !outsidePlan(d, fixed));
	const totalDebt = sumCents(described.map((d) => d.balanceCents));
	const scheduledDebt = sumCents(scheduled.map((d) => d.balanceCents));
	const allCleared = scheduled.every((d) => d.clearedMonth !== null);
	// Agreed instalments kept from an existing arrangement (no adjustment replaces them).
	const existing = sumCents(
		described
			.filter((d) => d.existing?.kind === 'agreed' && d.fixedMonthlyCents === null)
			.map((d) => Math.min(d.existing?.monthlyCents ?? 0, d.balanceCents))
	);
	const garnished = sumCents(
		described
			.filter((d) => d.existing?.kind === 'garnished')
			.map((d) => d.existing?.monthlyCents ?? 0)
	);
	const planMoney = Math.max(0, available - existing);
	// Debts that wait for plan money (not fixed, not outside the plan).
	const waiting = scheduled.filter((d) => !fixed.has(d.id));
	const noMoney = waiting.length > 0 && planMoney === 0;
	const acceptable = input.acceptableMonths ?? DEFAULT_ACCEPTABLE_MONTHS;
	const landlordLate = described.some(
		(d) =>
			d.currentLandlord &&
			(d.clearedMonth === null || monthsBetween(input.startMonth, d.clearedMonth) + 1 > acceptable)
	);
	const status: PlanStatus =
		scheduledDebt === 0
			? 'ok'
			: noMoney
				? 'noMoney'
				: !allCleared
					? 'tooLong'
					: landlordLate
						? 'overLength'
						: 'ok';

	const warnings: PlanWarning[] = [];
	if (!canUsuallyAgreePlan(input.stage ?? 'none')) warnings.push('courtStage');
	if (noMoney) warnings.push('noMoney');
	if (margin < 0) warnings.push('rentNotCovered');
	if (input.socialAssistanceIncome === true && totalDebt > 0) warnings.push('socialAssistance');
	if (landlordLate && status !== 'noMoney') warnings.push('overLength');
	if (existing > 0 && (noMoney || landlordLate || existing > available)) {
		warnings.push('paymentBreak');
	}
	if (described.some((d) => d.priority === 'enforcement')) warnings.push('garnishment');
	if (described.some((d) => d.type === 'instantLoan')) warnings.push('instantLoan');

	const last = months.at(-1);
	return {
		input,
		adjustments,
		marginCents: toCents(margin),
		availableCents: toCents(available),
		floorCents: toCents(input.livingFloorCents),
		reserveCents: toCents(input.reserveCents ?? 0),
		existingCents: existing,
		garnishedCents: garnished,
		planMoneyCents: toCents(planMoney),
		acceptableMonths: acceptable,
		debts: described,
		months,
		totalDebtCents: totalDebt,
		plannedCents: sumCents(described.map((d) => d.plannedCents)),
		endMonth: allCleared && scheduledDebt > 0 && last ? last.month : null,
		status,
		warnings
	};
}

function build(input: PlanInput, adjustments: PlanAdjustment[]): Plan {
	checkInput(input);
	const own = copyInput(input);
	own.livingFloorCents = effectiveFloor(own);
	const debts = orderedDebts(own);
	const available = Math.max(0, marginOf(own));
	return summarize(own, debts, adjustments, schedule(own, debts, available, adjustments));
}

/** Proposes a plan by the rules in the module comment. Same input, deep-equal plan. */
export function proposePlan(input: PlanInput): Plan {
	return build(input, []);
}

/**
 * Sets fixed monthly instalments and recomputes the schedule and the clearing months. Changes are
 * merged into the plan's adjustments by debt (a later change wins; `monthlyCents: null` returns
 * the debt to automatic). A fixed debt gets its amount every month until cleared (the last
 * instalment is what remains); the other debts share what is left by the usual rules. Amounts
 * are used as typed even when they add up to more than is available: `validatePlan` reports it.
 */
export function applyAdjustments(plan: Plan, changes: readonly PlanAdjustmentChange[]): Plan {
	const byDebt = new Map<string, PlanAdjustment>();
	for (const a of plan.adjustments) byDebt.set(a.debtId, { ...a });
	for (const c of changes) {
		if (c.monthlyCents === null) byDebt.delete(c.debtId);
		else {
			byDebt.set(c.debtId, {
				debtId: c.debtId,
				monthlyCents: c.monthlyCents,
				fromMonth: c.fromMonth ?? null
			});
		}
	}
	// Payment order, then unknown ids in the order given, so equal inputs give equal plans.
	const order = new Map(plan.debts.map((d, i) => [d.id, i]));
	const adjustments = [...byDebt.values()].sort(
		(x, y) => (order.get(x.debtId) ?? order.size) - (order.get(y.debtId) ?? order.size)
	);
	return build(plan.input, adjustments);
}

/**
 * Everything wrong with a plan's adjustments and schedule, as field-level codes: unknown debts,
 * amounts that are not whole non-negative cents, bad months, a fixed instalment above the
 * balance, a month over the money available, a debt planned more than it owes, months out of
 * order. An unadjusted proposal never has problems.
 */
export function validatePlan(plan: Plan): PlanProblem[] {
	const problems: PlanProblem[] = [];
	const debtsById = new Map(plan.debts.map((d) => [d.id, d]));
	const seen = new Set<string>();
	for (const a of plan.adjustments) {
		const debt = debtsById.get(a.debtId);
		if (!debt) {
			problems.push({ code: 'unknownDebt', debtId: a.debtId });
			continue;
		}
		if (seen.has(a.debtId)) problems.push({ code: 'duplicateAdjustment', debtId: a.debtId });
		seen.add(a.debtId);
		if (!Number.isSafeInteger(a.monthlyCents) || a.monthlyCents < 0 || a.monthlyCents > MAX_CENTS) {
			problems.push({ code: 'invalidAmount', debtId: a.debtId });
		} else if (a.monthlyCents > debt.balanceCents) {
			problems.push({
				code: 'exceedsBalance',
				debtId: a.debtId,
				cents: toCents(a.monthlyCents - debt.balanceCents)
			});
		}
		if (a.fromMonth != null && !isMonth(a.fromMonth)) {
			problems.push({ code: 'invalidMonth', debtId: a.debtId });
		}
	}

	const planned = new Map<string, number>();
	plan.months.forEach((m, k) => {
		if (!isMonth(m.month) || m.month !== addMonthsToMonth(plan.input.startMonth, k)) {
			problems.push({ code: 'monthOrder', month: m.month });
		}
		let total = 0;
		// Existing agreements the tenant already has are kept even when they alone exceed the money
		// available: that is reported as 'paymentBreak', not blamed on the plan.
		let kept = 0;
		for (const [debtId, cents] of Object.entries(m.instalments)) {
			const debt = debtsById.get(debtId);
			if (debt?.existing?.kind === 'agreed' && debt.fixedMonthlyCents === null) {
				kept += Number.isSafeInteger(cents) && cents > 0 ? cents : 0;
			}
			if (!debtsById.has(debtId)) {
				problems.push({ code: 'unknownDebt', debtId, month: m.month });
				continue;
			}
			if (!Number.isSafeInteger(cents) || cents < 0) {
				problems.push({ code: 'invalidAmount', debtId, month: m.month });
				continue;
			}
			total += cents;
			planned.set(debtId, (planned.get(debtId) ?? 0) + cents);
		}
		const allowed = Math.max(plan.availableCents, kept);
		if (total > allowed) {
			problems.push({ code: 'overAvailable', month: m.month, cents: toCents(total - allowed) });
		}
	});
	for (const d of plan.debts) {
		const p = planned.get(d.id) ?? 0;
		if (p > d.balanceCents) {
			problems.push({ code: 'overpaid', debtId: d.id, cents: toCents(p - d.balanceCents) });
		}
	}
	return problems;
}

// ---------------------------------------------------------------------------------------------
// Stored rows (schemas/plan.ts)

export type PlanRowData = Omit<PlanRow, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

/**
 * The storable part of a plan version. `revision`, `basedOnPlanId` and `note` come from the repo;
 * the plan is saved unagreed (agreeing is a later change of `agreed`/`agreedAt`).
 */
export function planToRowData(
	plan: Plan,
	meta: { revision: number; basedOnPlanId: string | null; note?: string }
): PlanRowData {
	const debts: PlanDebtSnapshot[] = plan.debts.map((d) => ({
		debtId: d.id,
		creditor: d.creditor,
		type: d.type,
		balanceCents: d.balanceCents,
		currentLandlord: d.currentLandlord,
		...(d.existing ? { existing: { ...d.existing } } : {}),
		...(plan.input.debts.find((x) => x.id === d.id)?.essential === true ? { essential: true } : {})
	}));
	const adjustments: PlanAdjustmentRow[] = plan.adjustments.map((a) => ({
		debtId: a.debtId,
		monthlyCents: a.monthlyCents,
		fromMonth: a.fromMonth ?? null
	}));
	const months: PlanMonthRow[] = plan.months.map((m) => ({
		month: m.month,
		dueDate: m.dueDate,
		instalmentsCents: plan.debts.map((d) => m.instalments[d.id] ?? 0)
	}));
	return {
		revision: meta.revision,
		basedOnPlanId: meta.basedOnPlanId,
		startMonth: plan.input.startMonth,
		dueDay: plan.input.dueDay,
		incomeCents: plan.input.incomeCents,
		livingFloorCents: plan.input.livingFloorCents,
		minimumFloorCents: plan.input.minimumFloorCents ?? 0,
		...((plan.input.floorReason ?? '').trim() !== ''
			? { floorReason: plan.input.floorReason }
			: {}),
		reserveCents: plan.reserveCents,
		acceptableMonths: plan.acceptableMonths,
		socialAssistanceIncome: plan.input.socialAssistanceIncome === true,
		rentCents: plan.input.rentCents,
		debts,
		adjustments,
		months,
		agreed: false,
		agreedAt: null,
		note: meta.note ?? ''
	};
}

/**
 * A stored plan version as a Plan, with its *stored* schedule (an agreed schedule never changes
 * when the rules do). `stage` is today's eviction stage, for the warnings.
 */
export function planFromRow(
	row: Omit<PlanRowData, 'revision' | 'basedOnPlanId' | 'agreed' | 'agreedAt' | 'note'>,
	stage: EvictionStage = 'none'
): Plan {
	// Versions saved before the safe-plan rules (December 2026) have no minimum, reserve, length or running repayments: they
	// read as none (0, the default length), so an old agreed plan keeps its meaning.
	const input: PlanInput = {
		incomeCents: row.incomeCents,
		livingFloorCents: row.livingFloorCents,
		rentCents: row.rentCents,
		debts: row.debts.map((d) => ({
			id: d.debtId,
			creditor: d.creditor,
			type: d.type,
			balanceCents: d.balanceCents,
			currentLandlord: d.currentLandlord,
			...(d.existing ? { existing: { ...d.existing } } : {}),
			...(d.essential === true ? { essential: true } : {})
		})),
		dueDay: row.dueDay,
		startMonth: row.startMonth,
		stage,
		// The stored floor is the one the version used: a stored minimum never raises it again.
		...(row.minimumFloorCents !== undefined ? { minimumFloorCents: row.minimumFloorCents } : {}),
		...(row.floorReason ? { floorReason: row.floorReason } : {}),
		...(row.reserveCents !== undefined ? { reserveCents: row.reserveCents } : {}),
		...(row.acceptableMonths !== undefined ? { acceptableMonths: row.acceptableMonths } : {}),
		...(row.socialAssistanceIncome !== undefined
			? { socialAssistanceIncome: row.socialAssistanceIncome }
			: {})
	};
	checkInput(input);
	const debts = orderedDebts(input);
	const months: PlanMonth[] = row.months.map((m) => {
		const instalments: Record<string, Cents> = Object.fromEntries(
			row.debts.flatMap((d, i) =>
				d.balanceCents > 0 ? [[d.debtId, toCents(m.instalmentsCents[i] ?? 0)]] : []
			)
		);
		return {
			month: m.month,
			dueDate: m.dueDate,
			instalments,
			totalCents: sumCents(Object.values(instalments))
		};
	});
	const adjustments: PlanAdjustment[] = row.adjustments.map((a) => ({ ...a }));
	return summarize(input, debts, adjustments, months);
}
