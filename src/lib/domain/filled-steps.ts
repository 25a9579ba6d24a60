/**
 * Which steps of the situation map hold anything: the step list's marks, the start page's
 * "continue" hint and whether the plan page has something to plan from. Apart from the summary
 * rules, so those pages do not load them for this.
 */
import { DERIVED_EXPENSES, type ExpenseCategory } from '$lib/schemas/constants';
import type { Home, Household, Situation } from '$lib/schemas/situation';
import { STEPS, type Step } from './steps';

/** Rent and debt repayments come from the home and debts steps; rows in them are ignored. */
export const isDerived = (category: ExpenseCategory): boolean =>
	(DERIVED_EXPENSES as readonly ExpenseCategory[]).includes(category);

function hasHouseholdData(household: Household | undefined): boolean {
	if (!household) return false;
	return (
		household.adults !== null || household.children !== null || household.municipality.trim() !== ''
	);
}

export function hasHomeData(home: Home | undefined): boolean {
	if (!home) return false;
	return (
		home.landlordId !== null ||
		home.landlordOther.trim() !== '' ||
		home.rentCents !== null ||
		home.dueDay !== null ||
		home.arrearsCents !== null ||
		home.arrearsMonths !== null ||
		[
			home.reminder,
			home.collectionLetter,
			home.termination,
			home.evictionApplication,
			home.judgment,
			home.evictionDate
		].some((mark) => mark.happened || mark.date !== null)
	);
}

/** Which steps hold anything at all: a progress display, not a validity check. */
export function filledSteps(s: Situation): Step[] {
	const filled: Record<Step, boolean> = {
		household: hasHouseholdData(s.household),
		home: hasHomeData(s.home),
		income: s.incomes.length > 0,
		// Rows in derived categories are ignored everywhere, so they do not count as data either.
		expenses: s.expenses.some((e) => !isDerived(e.category)),
		debts: s.debts.length > 0,
		benefits: s.benefits.length > 0,
		decisions: s.decisions.length > 0
	};
	return STEPS.filter((step) => filled[step]);
}
