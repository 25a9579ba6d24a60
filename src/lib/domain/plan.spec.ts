import { describe, expect, it } from 'vitest';
import { HOME_ARREARS_DEBT_ID, planSchema } from '$lib/schemas/plan';
import { HOME_ID, type Debt, type Home, type Situation } from '$lib/schemas/situation';
import { addMonthsToMonth, daysInMonth } from './dates';
import {
	applyAdjustments,
	defaultLivingFloor,
	dueDateIn,
	firstPlanMonth,
	planFromRow,
	planInputFromSituation,
	planToRowData,
	proposePlan,
	splitProRata,
	validatePlan,
	type PlanDebtInput,
	type PlanInput
} from './plan';
import { computeSummary } from './summary';

const stamp = { createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', version: 0 };
const notHappened = { happened: false, date: null };

function input(overrides: Partial<PlanInput> = {}): PlanInput {
	return {
		incomeCents: 200_000,
		livingFloorCents: 90_000,
		rentCents: 70_000,
		debts: [],
		dueDay: 2,
		startMonth: '2025-03',
		...overrides
	};
}

const arrears = (balanceCents: number, id = HOME_ARREARS_DEBT_ID): PlanDebtInput => ({
	id,
	creditor: 'Landlord Oy',
	type: 'rentArrears',
	balanceCents,
	currentLandlord: true
});
const loan = (id: string, balanceCents: number): PlanDebtInput => ({
	id,
	creditor: `Lender ${id}`,
	type: 'consumerLoan',
	balanceCents
});

const column = (plan: ReturnType<typeof proposePlan>, id: string): number[] =>
	plan.months.map((m) => m.instalments[id] ?? 0);

describe('months and due dates', () => {
	it('clamps the due day to the month length', () => {
		expect(dueDateIn('2025-02', 31)).toBe('2025-02-28');
		expect(dueDateIn('2024-02', 31)).toBe('2024-02-29');
		expect(dueDateIn('2025-04', 31)).toBe('2025-04-30');
		expect(dueDateIn('2025-01', 2)).toBe('2025-01-02');
		expect(daysInMonth('1900-02')).toBe(28);
		expect(daysInMonth('2000-02')).toBe(29);
	});

	it('adds months across years', () => {
		expect(addMonthsToMonth('2025-11', 3)).toBe('2026-02');
		expect(addMonthsToMonth('2025-01', -1)).toBe('2024-12');
	});

	it('starts this month only while its due date is ahead', () => {
		expect(firstPlanMonth('2025-03-02', 2)).toBe('2025-03');
		expect(firstPlanMonth('2025-03-03', 2)).toBe('2025-04');
		expect(firstPlanMonth('2025-02-28', 31)).toBe('2025-02');
	});
});

describe('splitProRata', () => {
	it('adds up exactly and gives remainders to the largest fractions', () => {
		expect(splitProRata(100, [1, 1, 1])).toEqual([34, 33, 33]);
		expect(splitProRata(10, [3, 7])).toEqual([3, 7]);
		expect(splitProRata(1, [1, 2])).toEqual([0, 1]);
		expect(splitProRata(5, [0, 0])).toEqual([0, 0]);
		expect(splitProRata(0, [5, 5])).toEqual([0, 0]);
	});

	it('stays exact with balances whose products exceed 2^53', () => {
		const shares = splitProRata(9_999_999_999, [9_999_999_999, 9_999_999_998, 3]);
		expect(shares.reduce((s, x) => s + x, 0)).toBe(9_999_999_999);
		// Exact shares 4 999 999 999.00..., 4 999 999 998.5 and 1.49...: the half gets the cent.
		expect(shares).toEqual([4_999_999_999, 4_999_999_999, 1]);
	});
});

describe('proposePlan', () => {
	it('reports noMoney when income does not leave anything after floor and rent', () => {
		const plan = proposePlan(input({ incomeCents: 160_000, debts: [arrears(50_000)] }));
		expect(plan.status).toBe('noMoney');
		expect(plan.availableCents).toBe(0);
		expect(plan.months).toEqual([]);
		expect(plan.warnings).toEqual(['noMoney']);
		expect(plan.debts[0]?.clearedMonth).toBeNull();
		expect(plan.endMonth).toBeNull();
	});

	it('warns when even the rent is not covered, and never goes negative', () => {
		const plan = proposePlan(input({ incomeCents: 100_000, debts: [arrears(50_000)] }));
		expect(plan.marginCents).toBe(-60_000);
		expect(plan.availableCents).toBe(0);
		expect(plan.warnings).toEqual(['noMoney', 'rentNotCovered']);
	});

	it('clears a debt in one month when exactly enough is available', () => {
		const plan = proposePlan(input({ debts: [arrears(40_000)] }));
		expect(plan.availableCents).toBe(40_000);
		expect(plan.months).toHaveLength(1);
		expect(plan.months[0]).toEqual({
			month: '2025-03',
			dueDate: '2025-03-02',
			instalments: { [HOME_ARREARS_DEBT_ID]: 40_000 },
			totalCents: 40_000
		});
		expect(plan.status).toBe('ok');
		expect(plan.endMonth).toBe('2025-03');
		expect(plan.debts[0]?.clearedMonth).toBe('2025-03');
	});

	it('pays one debt in equal instalments and the rest last', () => {
		const plan = proposePlan(input({ incomeCents: 170_000, debts: [loan('a', 25_001)] }));
		expect(column(plan, 'a')).toEqual([10_000, 10_000, 5_001]);
		expect(plan.debts[0]?.clearedMonth).toBe('2025-05');
		expect(plan.plannedCents).toBe(25_001);
	});

	it('pays the landlord first, then tax, then the rest pro rata, and nothing to enforcement', () => {
		const plan = proposePlan(
			input({
				incomeCents: 170_000, // 100 € a month
				debts: [
					loan('a', 8_000),
					{ id: 'tax', creditor: 'Vero', type: 'tax', balanceCents: 5_000 },
					{ id: 'old', creditor: 'Former landlord', type: 'rentArrears', balanceCents: 5_000 },
					{ id: 'enf', creditor: 'Ulosotto', type: 'enforcement', balanceCents: 5_000 },
					loan('b', 4_000),
					arrears(15_000)
				]
			})
		);
		expect(plan.debts.map((d) => d.id)).toEqual([
			HOME_ARREARS_DEBT_ID,
			'tax',
			'a',
			'old',
			'b',
			'enf'
		]);
		expect(plan.debts.map((d) => d.priority)).toEqual([
			'rentArrears',
			'priority',
			'other',
			'other',
			'other',
			'enforcement'
		]);
		expect(column(plan, HOME_ARREARS_DEBT_ID)).toEqual([10_000, 5_000, 0, 0]);
		// The month the current landlord is cleared, its share flows on in the same month.
		expect(column(plan, 'tax')).toEqual([0, 5_000, 0, 0]);
		// A former landlord's arrears do not threaten the current home: ordinary rank, pro rata.
		expect(column(plan, 'a')).toEqual([0, 0, 4_706, 3_294]);
		expect(column(plan, 'old')).toEqual([0, 0, 2_941, 2_059]);
		expect(column(plan, 'b')).toEqual([0, 0, 2_353, 1_647]);
		// Enforcement is already collecting: no voluntary money on top.
		expect(column(plan, 'enf')).toEqual([0, 0, 0, 0]);
		expect(plan.months.map((m) => m.totalCents)).toEqual([10_000, 10_000, 10_000, 7_000]);
		expect(plan.status).toBe('ok');
		expect(plan.warnings).toEqual(['garnishment']);
	});

	it('pays fines and debts marked essential right after the landlord, before tax', () => {
		const plan = proposePlan(
			input({
				incomeCents: 170_000,
				debts: [
					{ id: 'tax', creditor: 'Vero', type: 'tax', balanceCents: 5_000 },
					{
						id: 'power',
						creditor: 'Sähkö Oy',
						type: 'other',
						balanceCents: 5_000,
						essential: true
					},
					{ id: 'fine', creditor: 'Oikeusrekisterikeskus', type: 'fines', balanceCents: 5_000 },
					arrears(5_000)
				]
			})
		);
		expect(plan.debts.map((d) => [d.id, d.priority])).toEqual([
			[HOME_ARREARS_DEBT_ID, 'rentArrears'],
			['power', 'essential'],
			['fine', 'essential'],
			['tax', 'priority']
		]);
		expect(plan.months[0]?.instalments).toEqual({
			[HOME_ARREARS_DEBT_ID]: 5_000,
			power: 5_000,
			fine: 0,
			tax: 0
		});
	});

	it('covers arrears only', () => {
		const plan = proposePlan(input({ incomeCents: 180_000, debts: [arrears(50_000)] }));
		expect(column(plan, HOME_ARREARS_DEBT_ID)).toEqual([20_000, 20_000, 10_000]);
		expect(plan.status).toBe('ok');
	});

	it('leaves zero and unfilled balances out', () => {
		const plan = proposePlan(input({ debts: [loan('zero', 0), arrears(0), loan('a', 100)] }));
		expect(plan.debts.map((d) => d.id)).toEqual(['a']);
		expect(plan.months[0]?.instalments).toEqual({ a: 100 });
		const none = proposePlan(input({ debts: [loan('zero', 0)] }));
		expect(none.status).toBe('ok');
		expect(none.months).toEqual([]);
		expect(none.endMonth).toBeNull();
	});

	it('shares odd amounts pro rata to the cent', () => {
		const plan = proposePlan(
			input({ incomeCents: 160_100, debts: [loan('a', 1_000), loan('b', 1_000), loan('c', 1_000)] })
		);
		expect(plan.months[0]?.instalments).toEqual({ a: 34, b: 33, c: 33 });
		for (const m of plan.months) {
			expect(m.totalCents).toBeLessThanOrEqual(100);
		}
		expect(plan.debts.map((d) => d.plannedCents)).toEqual([1_000, 1_000, 1_000]);
		expect(plan.status).toBe('ok');
	});

	it('aligns due dates with due day 31 through February', () => {
		const plan = proposePlan(
			input({ incomeCents: 161_000, dueDay: 31, startMonth: '2024-01', debts: [loan('a', 3_000)] })
		);
		expect(plan.months.map((m) => m.dueDate)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31']);
	});

	it('warns at the court stage but still proposes', () => {
		const plan = proposePlan(input({ stage: 'courtApplication', debts: [arrears(10_000)] }));
		expect(plan.warnings).toEqual(['courtStage']);
		expect(plan.status).toBe('ok');
		expect(proposePlan(input({ stage: 'terminated', debts: [arrears(1)] })).warnings).toEqual([]);
	});

	it('reports tooLong when the horizon does not clear the debts', () => {
		const plan = proposePlan(input({ incomeCents: 160_001, debts: [loan('a', 500)] }));
		expect(plan.status).toBe('tooLong');
		expect(plan.months).toHaveLength(120);
		expect(plan.debts[0]?.clearedMonth).toBeNull();
		expect(plan.debts[0]?.plannedCents).toBe(120);
		expect(plan.endMonth).toBeNull();
		const short = proposePlan(input({ horizonMonths: 2, debts: [loan('a', 80_001)] }));
		expect(short.status).toBe('tooLong');
		expect(short.months.map((m) => m.totalCents)).toEqual([40_000, 40_000]);
		expect(proposePlan(input({ horizonMonths: 2, debts: [loan('a', 80_000)] })).status).toBe('ok');
		expect(() => proposePlan(input({ horizonMonths: 121 }))).toThrow(RangeError);
	});

	it('is deterministic and does not touch its input', () => {
		const given = input({ debts: [loan('b', 9_999), loan('a', 12_345), arrears(7)] });
		const copy = structuredClone(given);
		expect(proposePlan(given)).toEqual(proposePlan(copy));
		expect(given).toEqual(copy);
	});

	it('rejects input the schemas would reject', () => {
		expect(() => proposePlan(input({ incomeCents: 1.5 }))).toThrow(RangeError);
		expect(() => proposePlan(input({ dueDay: 32 }))).toThrow(RangeError);
		expect(() => proposePlan(input({ startMonth: '2025-13' }))).toThrow(RangeError);
		expect(() => proposePlan(input({ debts: [loan('a', 1), loan('a', 2)] }))).toThrow(RangeError);
		expect(() => proposePlan(input({ debts: [loan('a', -1)] }))).toThrow(RangeError);
	});
});

describe('applyAdjustments and validatePlan', () => {
	const base = proposePlan(
		input({ incomeCents: 170_000, debts: [arrears(30_000), loan('a', 10_000), loan('b', 10_000)] })
	);

	it('has no problems in a proposal', () => {
		expect(validatePlan(base)).toEqual([]);
	});

	it('fixes an instalment and lets the others share the rest', () => {
		const plan = applyAdjustments(base, [{ debtId: HOME_ARREARS_DEBT_ID, monthlyCents: 6_000 }]);
		expect(column(plan, HOME_ARREARS_DEBT_ID)).toEqual([6_000, 6_000, 6_000, 6_000, 6_000]);
		expect(column(plan, 'a')).toEqual([2_000, 2_000, 2_000, 2_000, 2_000]);
		expect(plan.debts[0]?.fixedMonthlyCents).toBe(6_000);
		expect(plan.debts[0]?.clearedMonth).toBe('2025-07');
		expect(validatePlan(plan)).toEqual([]);
		expect(plan.status).toBe('ok');
	});

	it('starts a fixed amount from a given month and returns to automatic on null', () => {
		const plan = applyAdjustments(base, [
			{ debtId: 'a', monthlyCents: 1_000, fromMonth: '2025-04' }
		]);
		expect(column(plan, 'a').slice(0, 3)).toEqual([0, 1_000, 1_000]);
		expect(validatePlan(plan)).toEqual([]);
		const back = applyAdjustments(plan, [{ debtId: 'a', monthlyCents: null }]);
		expect(back).toEqual(base);
	});

	it('reports a month over the money available', () => {
		const plan = applyAdjustments(base, [
			{ debtId: 'a', monthlyCents: 8_000 },
			{ debtId: 'b', monthlyCents: 5_000 }
		]);
		expect(plan.months[0]?.totalCents).toBe(13_000);
		expect(validatePlan(plan)).toEqual([{ code: 'overAvailable', month: '2025-03', cents: 3_000 }]);
	});

	it('reports field-level problems for bad adjustments and never overpays', () => {
		const plan = applyAdjustments(base, [
			{ debtId: 'nope', monthlyCents: 1 },
			{ debtId: 'a', monthlyCents: 12_000 },
			{ debtId: 'b', monthlyCents: 1.5 }
		]);
		expect(validatePlan(plan)).toEqual([
			{ code: 'exceedsBalance', debtId: 'a', cents: 2_000 },
			{ code: 'invalidAmount', debtId: 'b' },
			{ code: 'unknownDebt', debtId: 'nope' }
		]);
		// The fixed amount is capped at what is owed, so the month stays within what is available.
		expect(plan.debts.find((d) => d.id === 'a')?.plannedCents).toBe(10_000);
	});

	it('catches overpaid debts, wrong months and unknown debts in a hand-made schedule', () => {
		const first = base.months[0];
		if (!first) throw new Error('no months');
		const broken = {
			...base,
			months: [
				{ ...first, month: '2025-05', instalments: { ...first.instalments, ghost: 1 } },
				...base.months.slice(1),
				{ ...first, instalments: { a: 100_000 } }
			]
		};
		const codes = validatePlan(broken as typeof base).map((p) => p.code);
		expect(codes).toContain('monthOrder');
		expect(codes).toContain('unknownDebt');
		expect(codes).toContain('overpaid');
		expect(codes).toContain('overAvailable');
	});

	it('pauses a debt with a zero instalment, which then never clears', () => {
		const plan = applyAdjustments(base, [{ debtId: 'b', monthlyCents: 0 }]);
		expect(plan.status).toBe('tooLong');
		expect(plan.debts.find((d) => d.id === 'b')?.clearedMonth).toBeNull();
		expect(plan.debts.find((d) => d.id === 'a')?.clearedMonth).not.toBeNull();
	});
});

describe('from the situation and to a stored row', () => {
	const home: Home = {
		id: HOME_ID,
		...stamp,
		landlordId: 'sato',
		landlordOther: '',
		rentCents: 70_000,
		dueDay: null,
		arrearsCents: 140_000,
		arrearsMonths: 2,
		reminder: { happened: true, date: null },
		collectionLetter: notHappened,
		termination: notHappened,
		evictionApplication: notHappened,
		judgment: notHappened,
		evictionDate: notHappened
	};
	const debt = (id: string, overrides: Partial<Debt>): Debt => ({
		id,
		...stamp,
		creditor: '',
		type: 'consumerLoan',
		balanceCents: null,
		monthlyPaymentCents: null,
		status: 'current',
		...overrides
	});
	const situation: Situation = {
		household: undefined,
		home,
		incomes: [
			{ id: 'salary', ...stamp, source: 'salary', amountCents: 200_000, frequency: 'monthly' }
		],
		expenses: [
			{ id: 'food', ...stamp, category: 'food', amountCents: 40_000, frequency: 'monthly' },
			{ id: 'rent', ...stamp, category: 'rent', amountCents: 99_999, frequency: 'monthly' },
			{ id: 'other', ...stamp, category: 'other', amountCents: 12_000, frequency: 'yearly' }
		],
		debts: [
			debt('d1', { creditor: 'Bank', balanceCents: 30_000, monthlyPaymentCents: 5_000 }),
			debt('d2', { creditor: ' sato oyj ', type: 'rentArrears', balanceCents: 1_000 }),
			debt('d3', { creditor: 'Empty', balanceCents: null })
		],
		benefits: [],
		decisions: []
	};

	it('prefills the floor with own expenses minus rent and repayments', () => {
		const summary = computeSummary(situation);
		// food 400 € + other 120 €/year = 10 €/month; rent and repayments excluded.
		expect(defaultLivingFloor(summary)).toBe(41_000);
	});

	it('builds the planner input with the landlord arrears first', () => {
		const built = planInputFromSituation(situation, { startMonth: '2025-03' });
		// No household filled in: one adult living alone, the basic amount in force in 2025-03
		// (the earliest row of the table) is above the typed 410 €.
		expect(built).toEqual({
			incomeCents: 200_000,
			livingFloorCents: 59_632,
			minimumFloorCents: 59_632,
			reserveCents: 3_000,
			acceptableMonths: 12,
			socialAssistanceIncome: false,
			rentCents: 70_000,
			dueDay: 2,
			startMonth: '2025-03',
			stage: 'reminder',
			debts: [
				{
					id: HOME_ARREARS_DEBT_ID,
					creditor: 'SATO Oyj',
					type: 'rentArrears',
					balanceCents: 140_000,
					currentLandlord: true
				},
				{
					id: 'd1',
					creditor: 'Bank',
					type: 'consumerLoan',
					balanceCents: 30_000,
					currentLandlord: false,
					existing: { kind: 'agreed', monthlyCents: 5_000 }
				},
				{
					id: 'd2',
					creditor: ' sato oyj ',
					type: 'rentArrears',
					balanceCents: 1_000,
					currentLandlord: true
				},
				{
					id: 'd3',
					creditor: 'Empty',
					type: 'consumerLoan',
					balanceCents: 0,
					currentLandlord: false
				}
			]
		});
		expect(
			planInputFromSituation(situation, { startMonth: '2025-03', livingFloorCents: 70_000 })
				.livingFloorCents
		).toBe(70_000);
		// Below the minimum only with an advisor's reason.
		expect(
			planInputFromSituation(situation, { startMonth: '2025-03', livingFloorCents: 1 })
				.livingFloorCents
		).toBe(59_632);
		expect(
			planInputFromSituation(situation, {
				startMonth: '2025-03',
				livingFloorCents: 1,
				floorReason: 'Meals at the day centre'
			}).livingFloorCents
		).toBe(1);
	});

	it('round-trips through a valid stored row, keeping the stored schedule', () => {
		const plan = applyAdjustments(
			proposePlan(planInputFromSituation(situation, { startMonth: '2025-03' })),
			[{ debtId: 'd1', monthlyCents: 1_000 }]
		);
		const data = planToRowData(plan, { revision: 1, basedOnPlanId: null });
		const row = { id: 'p1', ...stamp, ...data };
		expect(planSchema.safeParse(row).success).toBe(true);
		const restored = planFromRow(row, 'reminder');
		expect(restored.months).toEqual(plan.months);
		expect(restored.debts).toEqual(plan.debts);
		expect(restored.status).toBe(plan.status);
		// A schedule with the wrong number of instalments per month is refused.
		const bad = { ...row, months: [{ ...data.months[0], instalmentsCents: [1] }] };
		expect(planSchema.safeParse(bad).success).toBe(false);
	});
});
