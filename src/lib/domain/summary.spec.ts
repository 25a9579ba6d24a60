import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	BENEFITS,
	DEBT_TYPES,
	EXPENSE_CATEGORIES,
	FREQUENCIES,
	HOME_ID,
	HOUSEHOLD_ID,
	INCOME_SOURCES,
	MAX_CENTS,
	type Debt,
	type DebtType,
	type Expense,
	type ExpenseCategory,
	type Frequency,
	type Home,
	type Income,
	type IncomeSource,
	type Situation
} from '$lib/schemas/situation';
import { emptyRowData, emptySituation } from '$lib/schemas/defaults';
import { computeSummary, filledSteps, invalidAmounts } from './summary';

const stamp = { createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', version: 0 };
let nextId = 0;
const id = (prefix: string): string => `${prefix}${(nextId += 1)}`;

function situationWith(overrides: Partial<Situation> = {}): Situation {
	return { ...emptySituation(), ...overrides };
}

function home(overrides: Partial<Home> = {}): Home {
	return { id: HOME_ID, ...stamp, ...emptyRowData('home', HOME_ID), ...overrides };
}

function income(
	source: IncomeSource,
	amountCents: number | null,
	frequency: Frequency = 'monthly'
): Income {
	return { id: id('i'), ...stamp, source, amountCents, frequency };
}

function expense(
	category: ExpenseCategory,
	amountCents: number | null,
	frequency: Frequency = 'monthly'
): Expense {
	return { id: id('e'), ...stamp, category, amountCents, frequency };
}

function debt(
	type: DebtType,
	balanceCents: number | null,
	monthlyPaymentCents: number | null
): Debt {
	return {
		id: id('d'),
		...stamp,
		creditor: 'Creditor',
		type,
		balanceCents,
		monthlyPaymentCents,
		status: 'current'
	};
}

describe('computeSummary', () => {
	it('summarises an empty situation as zeros with every benefit still to check', () => {
		const summary = computeSummary(situationWith());
		expect(summary).toMatchObject({
			incomeMonthly: 0,
			oneOffIncome: 0,
			expensesMonthly: 0,
			incomeLines: [],
			expenseLines: [],
			surplus: 0,
			totalDebt: 0,
			rentArrears: 0,
			arrearsMonths: 0,
			stage: 'none',
			urgent: false,
			groundsForEviction: false,
			hints: [],
			filledSteps: []
		});
		expect(summary.benefitsNotApplied).toEqual([...BENEFITS]);
	});

	it('works out a realistic tenant', () => {
		const s = situationWith({
			home: home({
				rentCents: 650_00,
				arrearsCents: 1300_00,
				arrearsMonths: 2,
				reminder: { happened: true, date: '2025-01-10' },
				termination: { happened: true, date: '2025-02-10' }
			}),
			incomes: [
				income('salary', 300_00, 'weekly'), // 1300.00 / month
				income('housingAllowance', 250_00),
				income('other', 400_00, 'oneOff')
			],
			expenses: [
				expense('food', 300_00),
				expense('electricity', 90_00, 'quarterly'), // 30.00 / month
				expense('rent', 999_00), // ignored: rent comes from the home step
				expense('debtRepayments', 999_00), // ignored: comes from the debts step
				expense('other', 120_00, 'oneOff')
			],
			debts: [debt('rentArrears', 200_00, 50_00), debt('instantLoan', 800_00, 100_00)]
		});
		const summary = computeSummary(s);
		expect(summary.incomeLines).toEqual([
			{ source: 'salary', monthlyCents: 1300_00 },
			{ source: 'housingAllowance', monthlyCents: 250_00 }
		]);
		expect(summary.incomeMonthly).toBe(1550_00);
		expect(summary.oneOffIncome).toBe(400_00);
		expect(summary.oneOffExpenses).toBe(120_00);
		expect(summary.expenseLines).toEqual([
			{ category: 'rent', monthlyCents: 650_00, derived: true },
			{ category: 'electricity', monthlyCents: 30_00, derived: false },
			{ category: 'food', monthlyCents: 300_00, derived: false },
			{ category: 'debtRepayments', monthlyCents: 150_00, derived: true }
		]);
		expect(summary.expensesMonthly).toBe(1130_00);
		expect(summary.surplus).toBe(420_00);
		expect(summary.totalDebt).toBe(2300_00);
		expect(summary.rentArrears).toBe(1500_00);
		expect(summary.arrearsMonths).toBe(2);
		expect(summary.stage).toBe('terminated');
		expect(summary.urgent).toBe(true);
		expect(summary.canUsuallyAgreePlan).toBe(true);
		expect(summary.groundsForEviction).toBe(true);
		expect(summary.filledSteps).toEqual(['home', 'income', 'expenses', 'debts']);
	});

	it('reports a deficit as a negative surplus', () => {
		const summary = computeSummary(
			situationWith({
				home: home({ rentCents: 700_00 }),
				incomes: [income('unemployment', 600_00)]
			})
		);
		expect(summary.surplus).toBe(-100_00);
	});

	it('leaves rows without an amount out of the lines: the summary shows only what was said', () => {
		// An empty amount is either never filled in or text that is not a valid amount yet.
		const summary = computeSummary(
			situationWith({
				incomes: [income('pension', null), income('salary', 100_00)],
				expenses: [expense('water', null)],
				debts: [debt('creditCard', null, null)]
			})
		);
		expect(summary.incomeLines).toEqual([{ source: 'salary', monthlyCents: 100_00 }]);
		expect(summary.incomeMonthly).toBe(100_00);
		expect(summary.expenseLines).toEqual([]);
		expect(summary.totalDebt).toBe(0);
	});

	it('rounds each row before summing, so lines add up to the totals shown', () => {
		// Three quarterly 1-cent rows: each rounds to 0 monthly; a total computed before rounding would be 1.
		const summary = computeSummary(
			situationWith({
				incomes: [
					income('other', 1, 'quarterly'),
					income('other', 1, 'quarterly'),
					income('other', 1, 'quarterly')
				]
			})
		);
		expect(summary.incomeLines).toEqual([{ source: 'other', monthlyCents: 0 }]);
		expect(summary.incomeMonthly).toBe(0);
	});

	it('keeps lines and totals consistent for any situation (property)', () => {
		const amount = fc.option(fc.integer({ min: 0, max: MAX_CENTS / 1000 }));
		const frequency = fc.constantFrom(...FREQUENCIES);
		const arbitrarySituation = fc.record({
			incomes: fc.array(
				fc
					.tuple(fc.constantFrom(...INCOME_SOURCES), amount, frequency)
					.map(([s, a, f]) => income(s, a, f)),
				{ maxLength: 8 }
			),
			expenses: fc.array(
				fc
					.tuple(fc.constantFrom(...EXPENSE_CATEGORIES), amount, frequency)
					.map(([c, a, f]) => expense(c, a, f)),
				{ maxLength: 10 }
			),
			debts: fc.array(
				fc.tuple(fc.constantFrom(...DEBT_TYPES), amount, amount).map(([t, b, p]) => debt(t, b, p)),
				{ maxLength: 5 }
			),
			rent: amount,
			arrears: amount
		});
		fc.assert(
			fc.property(arbitrarySituation, ({ incomes, expenses, debts, rent, arrears }) => {
				const s = situationWith({
					incomes,
					expenses,
					debts,
					home: home({ rentCents: rent, arrearsCents: arrears })
				});
				const summary = computeSummary(s);
				const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

				expect(sum(summary.incomeLines.map((l) => l.monthlyCents))).toBe(summary.incomeMonthly);
				expect(sum(summary.expenseLines.map((l) => l.monthlyCents))).toBe(summary.expensesMonthly);
				expect(summary.surplus).toBe(summary.incomeMonthly - summary.expensesMonthly);

				// Derived categories come only from home and debts, never from typed rows.
				const rentLine = summary.expenseLines.find((l) => l.category === 'rent');
				expect(rentLine?.monthlyCents).toBe(rent ?? undefined);
				// A garnishment is already out of the income: shown apart, never an expense line.
				const repayments = debts.filter(
					(d) => d.monthlyPaymentCents !== null && d.type !== 'enforcement'
				);
				expect(summary.garnishedMonthly).toBe(
					sum(debts.filter((d) => d.type === 'enforcement').map((d) => d.monthlyPaymentCents ?? 0))
				);
				const repaymentLine = summary.expenseLines.find((l) => l.category === 'debtRepayments');
				expect(repaymentLine?.monthlyCents).toBe(
					repayments.length === 0
						? undefined
						: sum(repayments.map((d) => d.monthlyPaymentCents ?? 0))
				);

				expect(summary.totalDebt).toBe((arrears ?? 0) + sum(debts.map((d) => d.balanceCents ?? 0)));
				expect(summary.rentArrears).toBeLessThanOrEqual(summary.totalDebt);
				expect(summary.oneOffIncome).toBe(
					sum(incomes.filter((i) => i.frequency === 'oneOff').map((i) => i.amountCents ?? 0))
				);
				for (const value of [summary.incomeMonthly, summary.expensesMonthly, summary.surplus]) {
					expect(Number.isSafeInteger(value)).toBe(true);
				}
			})
		);
	});
});

describe('filledSteps', () => {
	it('lists steps with any data, in step order', () => {
		const s = situationWith({
			decisions: [{ id: 'x', ...stamp, type: 'court', date: null, note: '' }],
			household: {
				id: HOUSEHOLD_ID,
				...stamp,
				adults: null,
				children: null,
				municipality: 'Jyväskylä'
			},
			benefits: [{ id: 'b', ...stamp, benefit: 'pension', status: 'granted' }]
		});
		expect(filledSteps(s)).toEqual(['household', 'benefits', 'decisions']);
	});

	it('does not count empty rows for household and home, nor derived expense rows', () => {
		const s = situationWith({
			household: { id: HOUSEHOLD_ID, ...stamp, adults: null, children: null, municipality: '  ' },
			home: home(),
			expenses: [expense('rent', 500_00)]
		});
		expect(filledSteps(s)).toEqual([]);
	});

	it('counts a home with only an eviction event marked', () => {
		const s = situationWith({ home: home({ judgment: { happened: true, date: null } }) });
		expect(filledSteps(s)).toEqual(['home']);
	});
});

describe('what the summary may claim', () => {
	it('does not know the stage while the home step is empty', () => {
		expect(computeSummary(situationWith()).stageKnown).toBe(false);
		expect(computeSummary(situationWith({ home: home() })).stageKnown).toBe(false);
		expect(computeSummary(situationWith({ home: home({ rentCents: 650_00 }) })).stageKnown).toBe(
			true
		);
	});

	it('warns of eviction grounds when the arrears are at least twice the rent', () => {
		const s = situationWith({ home: home({ rentCents: 700_00, arrearsCents: 1400_00 }) });
		expect(computeSummary(s).groundsForEviction).toBe(true);
	});

	it('knows whether there are debts besides the current arrears', () => {
		expect(computeSummary(situationWith()).hasOtherDebts).toBe(false);
		const s = situationWith({ debts: [debt('instantLoan', 800_00, null)] });
		expect(computeSummary(s).hasOtherDebts).toBe(true);
		const none = situationWith({ debts: [debt('instantLoan', null, 50_00)] });
		expect(computeSummary(none).hasOtherDebts).toBe(false);
	});

	it('carries which housing allowance and social assistance route apply', () => {
		const s = situationWith({
			household: { id: HOUSEHOLD_ID, ...stamp, adults: 1, children: 0, municipality: 'Helsinki' },
			incomes: [income('pension', 1100_00)]
		});
		expect(computeSummary(s).benefitContext).toEqual({
			housingAllowance: 'pensioners',
			socialAssistance: 'kelaThenHelsinki'
		});
	});
});

describe('invalidAmounts', () => {
	it('finds the wages typed with a typo, which every total leaves out', () => {
		// The case from the issue: wages 1 650,00 with one typo; the stored value is cleared meanwhile.
		const s = situationWith({
			home: home({ rentCents: 650_00 }),
			incomes: [income('salary', null), income('housingAllowance', 300_00)]
		});
		const drafts = new Map([['incomes/salary/amountCents', '1 65O,00']]);
		expect(invalidAmounts(s, drafts)).toEqual([
			{
				step: 'income',
				entity: 'incomes',
				rowId: 'salary',
				field: 'amountCents',
				text: '1 65O,00'
			}
		]);
	});

	it('lists every money field in step order and ignores other drafts', () => {
		const loan = debt('instantLoan', 100_00, null);
		const drafts = new Map([
			[`debts/${loan.id}/monthlyPaymentCents`, 'x'],
			['expenses/food/amountCents', '12,3x'],
			['home/home/arrearsCents', '-5'],
			['home/home/rentCents', 'abc'],
			['incomes/pension/amountCents', '1,2,3'],
			// Not amounts, not situation fields, or rows that are gone:
			['home/home/dueDay', '40'],
			['household/household/adults', 'two'],
			['plans/p1/monthlyCents', 'x'],
			['payments/x/amountCents', 'x'],
			['debts/removed-debt/balanceCents', 'x'],
			['expenses/rent/amountCents', 'x'],
			['incomes/lottery/amountCents', 'x'],
			['incomes/salary/amountCents/extra', 'x']
		]);
		const found = invalidAmounts(situationWith({ debts: [loan] }), drafts);
		expect(found.map((a) => `${a.step}:${a.rowId}:${a.field}`)).toEqual([
			'home:home:rentCents',
			'home:home:arrearsCents',
			'income:pension:amountCents',
			'expenses:food:amountCents',
			`debts:${loan.id}:monthlyPaymentCents`
		]);
	});

	it('is empty without drafts', () => {
		expect(invalidAmounts(situationWith(), new Map())).toEqual([]);
	});
});

describe('a garnishment is already out of the income', () => {
	it('is shown but not subtracted again: net pay 1 900 €, garnishment 350 €, loan 150 €', () => {
		const s = situationWith({
			incomes: [income('salary', 190_000)],
			debts: [
				{ ...debt('enforcement', 500_000, 35_000), status: 'enforcement' },
				debt('consumerLoan', 300_000, 15_000)
			]
		});
		const summary = computeSummary(s);
		expect(summary.garnishedMonthly).toBe(35_000);
		expect(summary.expenseLines.find((l) => l.category === 'debtRepayments')?.monthlyCents).toBe(
			15_000
		);
		expect(summary.surplus).toBe(190_000 - 15_000);
	});
});
