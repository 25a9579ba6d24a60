/**
 * Soft "is this reasonable?" hints for the flexible spending categories.
 *
 * The figures are APPROXIMATIONS for hints, NOT limits and not what anyone "should" spend. They are
 * loosely based on the Finnish consumer reference budgets (viitebudjetit, 2025: about
 * 1,251-1,761 EUR a month in total for one person, housing included), rounded and simplified to a
 * per-adult and per-child figure. Households share some costs (one internet line, bulk food), so a
 * linear sum overstates big households a little; the wide 0.4x-1.5x band absorbs that.
 * Never use them to refuse, judge or cap anything: docs/domain.md calls them hints, never limits.
 */
import type { ExpenseCategory, Situation } from '$lib/schemas/situation';
import { monthlyCents } from './frequency';
import { sumCents, toCents, type Cents } from './money';
import { latestFigures, type YearlyFigures } from './yearly-figures';

export const REFERENCE_CATEGORIES = [
	'food',
	'clothing',
	'health',
	'hygiene',
	'transport',
	'phoneInternet',
	'hobbies',
	'children'
] as const satisfies (ExpenseCategory & keyof YearlyFigures['referenceBudget'])[];
export type ReferenceCategory = (typeof REFERENCE_CATEGORIES)[number];

/**
 * Approximate monthly cents per adult and per child (see the module comment: hints only). The
 * figures live in the dated table (yearly-figures.ts); the hints use the newest row.
 */
export const REFERENCE_MONTHLY_CENTS = latestFigures().referenceBudget;

export type HintKind = 'high' | 'low';

export interface Hint {
	category: ReferenceCategory;
	kind: HintKind;
	/** The household's approximate reference for the category, per month. */
	referenceCents: Cents;
	/** What the tenant entered for the category, per month. */
	spentCents: Cents;
}

/** Household size as the hints count it: nobody filled in or 0 adults still means one adult. */
export function householdSize(household: Situation['household']): {
	adults: number;
	children: number;
} {
	return { adults: household?.adults || 1, children: household?.children ?? 0 };
}

/** The household's monthly reference for one category. */
export function referenceCents(
	category: ReferenceCategory,
	household: Situation['household']
): Cents {
	const { adults, children } = householdSize(household);
	const perPerson = REFERENCE_MONTHLY_CENTS[category];
	return toCents(adults * perPerson.adult + children * perPerson.child);
}

/**
 * Hints for categories well above (more than 1.5x) the reference, and for food well below
 * (under 0.4x), where too little may mean going hungry to pay rent. Only categories the tenant
 * actually filled in get a hint: a missing row is "not told yet", not "spends nothing".
 * One-off rows are not monthly spending, so they neither fill a category nor count in it.
 */
export function spendingHints(situation: Pick<Situation, 'household' | 'expenses'>): Hint[] {
	const hints: Hint[] = [];
	for (const category of REFERENCE_CATEGORIES) {
		const rows = situation.expenses.filter(
			(row) => row.category === category && row.amountCents !== null && row.frequency !== 'oneOff'
		);
		if (rows.length === 0) continue;
		const spent = sumCents(rows.map((row) => monthlyCents(row.amountCents, row.frequency)));
		const reference = referenceCents(category, situation.household);
		// No reference (e.g. children's costs with no children) means nothing to compare against.
		if (reference === 0) continue;
		// Integer comparisons: spent > 1.5 * reference, spent < 0.4 * reference.
		if (spent * 2 > reference * 3) {
			hints.push({ category, kind: 'high', referenceCents: reference, spentCents: spent });
		} else if (category === 'food' && spent * 5 < reference * 2) {
			hints.push({ category, kind: 'low', referenceCents: reference, spentCents: spent });
		}
	}
	return hints;
}
