/**
 * The situation map reduced to the numbers and flags the tenant and the advisor look at.
 * Components show these values; they never add money up themselves (docs/conventions.md §2).
 *
 * Invariant: every total is the sum of its already-rounded lines, so the lines on screen always
 * add up exactly to the total on screen.
 */
import {
	EXPENSE_CATEGORIES,
	HOME_ID,
	INCOME_SOURCES,
	type Benefit,
	type ExpenseCategory,
	type Frequency,
	type IncomeSource
} from '$lib/schemas/constants';
import type { EntityName, Situation } from '$lib/schemas/situation';
import { benefitContext, benefitsNotApplied, type BenefitContext } from './benefits';
import {
	arrearsGroundsForEviction,
	canUsuallyAgreePlan,
	evictionStage,
	isUrgent,
	type EvictionStage
} from './eviction';
import { monthlyCents } from './frequency';
import { sumCents, toCents, type Cents } from './money';
import { spendingHints, type Hint } from './reference-budget';
import { STEPS, type Step } from './steps';
import { filledSteps, hasHomeData, isDerived } from './filled-steps';

export { filledSteps };

export interface IncomeLine {
	source: IncomeSource;
	monthlyCents: Cents;
}

export interface ExpenseLine {
	category: ExpenseCategory;
	monthlyCents: Cents;
	/** True for rent and debt repayments, which come from the home and debts steps. */
	derived: boolean;
}

export interface Summary {
	incomeMonthly: Cents;
	/** One-off income (a tax refund, a back payment) is real money but not a monthly budget line. */
	oneOffIncome: Cents;
	/** One-off expenses, reported beside the budget for the same reason. */
	oneOffExpenses: Cents;
	expensesMonthly: Cents;
	incomeLines: IncomeLine[];
	expenseLines: ExpenseLine[];
	/** incomeMonthly - expensesMonthly; negative means a monthly deficit. */
	surplus: Cents;
	/**
	 * What enforcement already takes from pay each month (wage garnishment). Income is what reaches
	 * the account, so this is shown, never subtracted again.
	 */
	garnishedMonthly: Cents;
	totalDebt: Cents;
	rentArrears: Cents;
	arrearsMonths: number;
	stage: EvictionStage;
	urgent: boolean;
	canUsuallyAgreePlan: boolean;
	groundsForEviction: boolean;
	/**
	 * False while the home step is empty: then the stage is 'none' only for want of facts, and the
	 * page must not tell the tenant that all is well.
	 */
	stageKnown: boolean;
	/** Debts besides the current landlord's arrears, which debt advice can help with. */
	hasOtherDebts: boolean;
	benefitsNotApplied: Benefit[];
	/** Which housing allowance and social assistance route apply to this household. */
	benefitContext: BenefitContext;
	hints: Hint[];
	filledSteps: Step[];
}

/**
 * A debt collected by enforcement: its monthly amount is garnished from pay before the income the
 * tenant typed ("after taxes and enforcement") reaches the account, so it is not an expense on top
 * and gets no voluntary plan money. Source: Ulosottokaari 705/2007, 4 luku 48 § (palkan
 * ulosmittaus ja suojaosuus), https://www.finlex.fi/fi/laki/ajantasa/2007/20070705; checked
 * 2026-11-30. One rule for the summary and the planner.
 */
export function isGarnished(d: { status: string; type: string }): boolean {
	return d.status === 'enforcement' || d.type === 'enforcement';
}

/**
 * Sources/categories appear once a monthly row has an amount. A row whose amount is empty (never
 * filled in, or text that is not a valid amount yet) is not a line: the summary shows only what the
 * tenant has actually said.
 */
function groupMonthly<K extends string>(
	order: readonly K[],
	rows: readonly { key: K; amountCents: number | null; frequency: Frequency }[]
): Map<K, Cents> {
	const totals = new Map<K, Cents>();
	for (const key of order) {
		const monthly = rows.filter(
			(r) => r.key === key && r.frequency !== 'oneOff' && r.amountCents !== null
		);
		if (monthly.length === 0) continue;
		totals.set(key, sumCents(monthly.map((r) => monthlyCents(r.amountCents, r.frequency))));
	}
	return totals;
}

function oneOffTotal(rows: readonly { amountCents: number | null; frequency: Frequency }[]): Cents {
	return sumCents(rows.filter((r) => r.frequency === 'oneOff').map((r) => r.amountCents ?? 0));
}

/**
 * Rent and debt repayments are derived: rent from `home.rentCents` (monthly), repayments from each
 * debt's `monthlyPaymentCents`. Expense rows in those categories are ignored so nothing is counted
 * twice. `null` counts as zero everywhere.
 */
export function computeSummary(s: Situation): Summary {
	const incomeTotals = groupMonthly(
		INCOME_SOURCES,
		s.incomes.map((i) => ({ key: i.source, amountCents: i.amountCents, frequency: i.frequency }))
	);
	const incomeLines: IncomeLine[] = [...incomeTotals].map(([source, monthly]) => ({
		source,
		monthlyCents: monthly
	}));

	const typedExpenses = s.expenses.filter((e) => !isDerived(e.category));
	const expenseTotals = groupMonthly(
		EXPENSE_CATEGORIES,
		typedExpenses.map((e) => ({
			key: e.category,
			amountCents: e.amountCents,
			frequency: e.frequency
		}))
	);
	if (s.home?.rentCents != null) expenseTotals.set('rent', toCents(s.home.rentCents));
	const repayments = s.debts.filter((d) => d.monthlyPaymentCents !== null && !isGarnished(d));
	if (repayments.length > 0) {
		expenseTotals.set(
			'debtRepayments',
			sumCents(repayments.map((d) => d.monthlyPaymentCents ?? 0))
		);
	}
	// Re-walk the category order so derived lines sit where the schema lists them.
	const expenseLines: ExpenseLine[] = EXPENSE_CATEGORIES.flatMap((category) => {
		const monthly = expenseTotals.get(category);
		return monthly === undefined
			? []
			: [{ category, monthlyCents: monthly, derived: isDerived(category) }];
	});

	const incomeMonthly = sumCents(incomeLines.map((l) => l.monthlyCents));
	const expensesMonthly = sumCents(expenseLines.map((l) => l.monthlyCents));
	const homeArrears = s.home?.arrearsCents ?? 0;
	const stage = evictionStage(s.home);

	return {
		incomeMonthly,
		oneOffIncome: oneOffTotal(s.incomes),
		oneOffExpenses: oneOffTotal(typedExpenses),
		expensesMonthly,
		incomeLines,
		expenseLines,
		surplus: toCents(incomeMonthly - expensesMonthly),
		garnishedMonthly: sumCents(
			s.debts.filter((d) => isGarnished(d)).map((d) => d.monthlyPaymentCents ?? 0)
		),
		totalDebt: sumCents([homeArrears, ...s.debts.map((d) => d.balanceCents ?? 0)]),
		rentArrears: sumCents([
			homeArrears,
			...s.debts.filter((d) => d.type === 'rentArrears').map((d) => d.balanceCents ?? 0)
		]),
		arrearsMonths: s.home?.arrearsMonths ?? 0,
		stage,
		urgent: isUrgent(stage),
		canUsuallyAgreePlan: canUsuallyAgreePlan(stage),
		groundsForEviction: arrearsGroundsForEviction(s.home),
		stageKnown: hasHomeData(s.home),
		hasOtherDebts: s.debts.some((d) => (d.balanceCents ?? 0) > 0),
		benefitsNotApplied: benefitsNotApplied(s.benefits),
		benefitContext: benefitContext(s),
		hints: spendingHints(s),
		filledSteps: filledSteps(s)
	};
}

/** An amount field whose text is not a valid amount yet, so its value is left out of every total. */
export interface InvalidAmount {
	step: Step;
	entity: EntityName;
	rowId: string;
	field: string;
	/** The text as typed, kept in the drafts table. */
	text: string;
}

/** The money fields of the situation map, by entity; other fields (counts, days) are not amounts. */
const AMOUNT_FIELDS = {
	incomes: { step: 'income', fields: ['amountCents'] },
	expenses: { step: 'expenses', fields: ['amountCents'] },
	home: { step: 'home', fields: ['rentCents', 'arrearsCents'] },
	debts: { step: 'debts', fields: ['balanceCents', 'monthlyPaymentCents'] }
} as const satisfies Partial<Record<EntityName, { step: Step; fields: readonly string[] }>>;

/**
 * Amount fields holding text that is not a valid amount (drafts are keyed
 * `entity/rowId/field`, see situation-repo). Income and expense rows need not exist yet: the
 * first thing typed may be invalid. A debt draft counts only while the debt exists, so a debt
 * removed on another device leaves no notice behind. Ordered by step, then as the step lists them.
 */
export function invalidAmounts(
	s: Pick<Situation, 'debts'>,
	drafts: ReadonlyMap<string, string>
): InvalidAmount[] {
	const found: InvalidAmount[] = [];
	for (const [key, text] of drafts) {
		const [entity, rowId, field, ...rest] = key.split('/');
		if (!entity || !rowId || !field || rest.length > 0 || !Object.hasOwn(AMOUNT_FIELDS, entity))
			continue;
		const spec = AMOUNT_FIELDS[entity as keyof typeof AMOUNT_FIELDS];
		if (!(spec.fields as readonly string[]).includes(field)) continue;
		const known =
			entity === 'incomes'
				? (INCOME_SOURCES as readonly string[]).includes(rowId)
				: entity === 'expenses'
					? (EXPENSE_CATEGORIES as readonly string[]).includes(rowId) &&
						!isDerived(rowId as ExpenseCategory)
					: entity === 'debts'
						? s.debts.some((d) => d.id === rowId)
						: rowId === HOME_ID;
		if (!known) continue;
		found.push({ step: spec.step, entity: entity as EntityName, rowId, field, text });
	}
	// One number per field: step first, then the row as the step lists it, then the field.
	const rank = (a: InvalidAmount): number => {
		const row =
			a.entity === 'incomes'
				? (INCOME_SOURCES as readonly string[]).indexOf(a.rowId)
				: a.entity === 'expenses'
					? (EXPENSE_CATEGORIES as readonly string[]).indexOf(a.rowId)
					: a.entity === 'debts'
						? s.debts.findIndex((d) => d.id === a.rowId)
						: 0;
		const fields: readonly string[] = AMOUNT_FIELDS[a.entity as keyof typeof AMOUNT_FIELDS].fields;
		return (STEPS.indexOf(a.step) * 100_000 + row) * 10 + fields.indexOf(a.field);
	};
	return found.sort((a, b) => rank(a) - rank(b));
}
