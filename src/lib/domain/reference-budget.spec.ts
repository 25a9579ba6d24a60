import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	FREQUENCIES,
	HOUSEHOLD_ID,
	type Expense,
	type ExpenseCategory,
	type Frequency,
	type Household
} from '$lib/schemas/situation';
import {
	REFERENCE_CATEGORIES,
	REFERENCE_MONTHLY_CENTS,
	referenceCents,
	spendingHints
} from './reference-budget';

const stamp = { createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', version: 0 };

function household(adults: number | null, children: number | null): Household {
	return { id: HOUSEHOLD_ID, ...stamp, adults, children, municipality: '' };
}

let nextId = 0;
function expense(
	category: ExpenseCategory,
	amountCents: number | null,
	frequency: Frequency = 'monthly'
): Expense {
	nextId += 1;
	return { id: `e${nextId}`, ...stamp, category, amountCents, frequency };
}

const FOOD_ADULT = REFERENCE_MONTHLY_CENTS.food.adult;

describe('referenceCents', () => {
	it('counts one adult when adults are missing or zero', () => {
		expect(referenceCents('food', undefined)).toBe(FOOD_ADULT);
		expect(referenceCents('food', household(null, null))).toBe(FOOD_ADULT);
		expect(referenceCents('food', household(0, null))).toBe(FOOD_ADULT);
	});

	it('adds adults and children', () => {
		const { adult, child } = REFERENCE_MONTHLY_CENTS.food;
		expect(referenceCents('food', household(2, 3))).toBe(2 * adult + 3 * child);
	});

	it('keeps a one-person total in the reference-budget ballpark', () => {
		// Flexible categories only; housing and utilities make up the rest of the 1,251-1,761 €.
		const total = REFERENCE_CATEGORIES.reduce((sum, c) => sum + referenceCents(c, undefined), 0);
		expect(total).toBeGreaterThan(400_00);
		expect(total).toBeLessThan(1_251_00);
	});
});

describe('spendingHints', () => {
	it('gives no hints for categories not filled in', () => {
		expect(spendingHints({ household: undefined, expenses: [] })).toEqual([]);
		expect(spendingHints({ household: undefined, expenses: [expense('food', null)] })).toEqual([]);
	});

	it('flags spending above 1.5x the reference as high, but not at exactly 1.5x', () => {
		const atLimit = (FOOD_ADULT * 3) / 2;
		expect(spendingHints({ household: undefined, expenses: [expense('food', atLimit)] })).toEqual(
			[]
		);
		expect(
			spendingHints({ household: undefined, expenses: [expense('food', atLimit + 1)] })
		).toEqual([
			{ category: 'food', kind: 'high', referenceCents: FOOD_ADULT, spentCents: atLimit + 1 }
		]);
	});

	it('flags food below 0.4x the reference as low, but not at exactly 0.4x', () => {
		const atLimit = (FOOD_ADULT * 2) / 5;
		expect(spendingHints({ household: undefined, expenses: [expense('food', atLimit)] })).toEqual(
			[]
		);
		expect(spendingHints({ household: undefined, expenses: [expense('food', 0)] })).toEqual([
			{ category: 'food', kind: 'low', referenceCents: FOOD_ADULT, spentCents: 0 }
		]);
	});

	it('never flags low spending outside food', () => {
		const expenses = REFERENCE_CATEGORIES.filter((c) => c !== 'food').map((c) => expense(c, 0));
		expect(spendingHints({ household: household(1, 1), expenses })).toEqual([]);
	});

	it('scales the reference with the household', () => {
		const spent = 2 * FOOD_ADULT; // high for one adult, normal for two
		expect(
			spendingHints({ household: undefined, expenses: [expense('food', spent)] })
		).toHaveLength(1);
		expect(
			spendingHints({ household: household(2, 0), expenses: [expense('food', spent)] })
		).toEqual([]);
	});

	it('sums rows in a category and converts them to monthly, ignoring one-offs', () => {
		const weekly = 100_00; // 433.33 €/month
		const hints = spendingHints({
			household: undefined,
			expenses: [expense('food', weekly, 'weekly'), expense('food', 200_00, 'weekly')]
		});
		expect(hints).toEqual([
			{ category: 'food', kind: 'high', referenceCents: FOOD_ADULT, spentCents: 130000 }
		]);
		expect(
			spendingHints({ household: undefined, expenses: [expense('hobbies', 900_00, 'oneOff')] })
		).toEqual([]);
	});

	it('gives no hint for children costs in a household without children', () => {
		expect(
			spendingHints({ household: household(1, 0), expenses: [expense('children', 500_00)] })
		).toEqual([]);
	});

	it('only ever hints for filled categories, with kind matching the thresholds (property)', () => {
		const row = fc.record({
			category: fc.constantFrom(...REFERENCE_CATEGORIES),
			amount: fc.option(fc.integer({ min: 0, max: 5_000_00 })),
			frequency: fc.constantFrom(...FREQUENCIES)
		});
		fc.assert(
			fc.property(
				fc.array(row, { maxLength: 12 }),
				fc.option(fc.integer({ min: 0, max: 6 })),
				fc.option(fc.integer({ min: 0, max: 6 })),
				(rows, adults, children) => {
					const expenses = rows.map((r) => expense(r.category, r.amount, r.frequency));
					const h = household(adults, children);
					for (const hint of spendingHints({ household: h, expenses })) {
						const filled = rows.some(
							(r) => r.category === hint.category && r.amount !== null && r.frequency !== 'oneOff'
						);
						expect(filled).toBe(true);
						expect(hint.referenceCents).toBe(referenceCents(hint.category, h));
						if (hint.kind === 'high')
							expect(hint.spentCents * 2).toBeGreaterThan(hint.referenceCents * 3);
						else {
							expect(hint.category).toBe('food');
							expect(hint.spentCents * 5).toBeLessThan(hint.referenceCents * 2);
						}
					}
				}
			)
		);
	});
});
