/**
 * "The payment plan must never harm the tenant": each reproduced case from the review,
 * as the tenant would fill in the situation map.
 */
import { emptySituation } from '$lib/schemas/defaults';
import { describe, expect, it } from 'vitest';
import { HOME_ARREARS_DEBT_ID, planSchema } from '$lib/schemas/plan';
import {
	HOME_ID,
	HOUSEHOLD_ID,
	type Debt,
	type Home,
	type Income,
	type Situation
} from '$lib/schemas/situation';
import {
	applyAdjustments,
	defaultReserve,
	moneySteps,
	planFromRow,
	planInputFromSituation,
	planToRowData,
	proposePlan,
	validatePlan,
	type Plan
} from './plan';
import { computeSummary } from './summary';

const stamp = { createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z', version: 0 };
const notHappened = { happened: false, date: null };
const START = '2026-12';

function home(rentCents: number, arrearsCents: number, landlordId = 'sato'): Home {
	return {
		id: HOME_ID,
		...stamp,
		landlordId,
		landlordOther: '',
		rentCents,
		dueDay: 2,
		arrearsCents,
		arrearsMonths: 2,
		reminder: { happened: true, date: null },
		collectionLetter: notHappened,
		termination: notHappened,
		evictionApplication: notHappened,
		judgment: notHappened,
		evictionDate: notHappened
	};
}
const income = (id: string, source: Income['source'], amountCents: number): Income => ({
	id,
	...stamp,
	source,
	amountCents,
	frequency: 'monthly'
});
const debt = (id: string, overrides: Partial<Debt>): Debt => ({
	id,
	...stamp,
	creditor: id,
	type: 'consumerLoan',
	balanceCents: null,
	monthlyPaymentCents: null,
	status: 'current',
	...overrides
});
function situation(parts: Partial<Situation>): Situation {
	return {
		...emptySituation(),
		household: { id: HOUSEHOLD_ID, ...stamp, adults: 1, children: 0, municipality: '' },
		...parts
	};
}
const column = (plan: Plan, id: string): number[] => plan.months.map((m) => m.instalments[id] ?? 0);

describe('1. the living-costs floor is never zero', () => {
	// Social assistance 900 € + housing allowance 400 €, rent 650 €, no expenses typed.
	const s = situation({
		home: home(65_000, 130_000),
		incomes: [income('sa', 'socialAssistance', 90_000), income('ha', 'housingAllowance', 40_000)]
	});

	it('keeps at least the social assistance basic amount for the household', () => {
		const plan = proposePlan(planInputFromSituation(s, { startMonth: START }));
		// Kela basic amount for one adult living alone from 1.3.2026: 578,43 €; reserve 30 €.
		expect(plan.floorCents).toBe(57_843);
		expect(plan.reserveCents).toBe(3_000);
		expect(plan.months[0]?.totalCents).toBe(130_000 - 65_000 - 57_843 - 3_000);
		for (const m of plan.months) {
			expect(130_000 - 65_000 - m.totalCents).toBeGreaterThanOrEqual(57_843 + 3_000);
		}
	});

	it('says arrears are for preventive or supplementary assistance, not the basic amount', () => {
		const plan = proposePlan(planInputFromSituation(s, { startMonth: START }));
		expect(plan.warnings).toContain('socialAssistance');
	});

	it('counts the household: two adults and two children', () => {
		const family = {
			...s,
			household: { id: HOUSEHOLD_ID, ...stamp, adults: 2, children: 2, municipality: '' }
		};
		// Ages unknown: both children in the 10-17 band (the higher amount).
		expect(planInputFromSituation(family, { startMonth: START }).livingFloorCents).toBe(
			2 * 497_45 + 417_63 + 388_70
		);
		expect(
			planInputFromSituation(family, { startMonth: START, children10to17: 0 }).livingFloorCents
		).toBe(2 * 497_45 + 375_98 + 347_06);
	});

	it('lets the tenant raise the floor, and only an advisor with a reason lower it', () => {
		const raised = planInputFromSituation(s, { startMonth: START, livingFloorCents: 70_000 });
		expect(raised.livingFloorCents).toBe(70_000);
		const typedLow = planInputFromSituation(s, { startMonth: START, livingFloorCents: 30_000 });
		expect(typedLow.livingFloorCents).toBe(57_843);
		const lowered = planInputFromSituation(s, {
			startMonth: START,
			livingFloorCents: 50_000,
			floorReason: 'Food aid covers part of the meals'
		});
		const plan = proposePlan(lowered);
		expect(plan.floorCents).toBe(50_000);
		// The stored version keeps the reason; a lowered floor without one does not parse.
		const row = { id: 'p', ...stamp, ...planToRowData(plan, { revision: 1, basedOnPlanId: null }) };
		expect(row.floorReason).toBe('Food aid covers part of the meals');
		expect(planSchema.safeParse(row).success).toBe(true);
		expect(planSchema.safeParse({ ...row, floorReason: undefined }).success).toBe(false);
	});
});

describe('2. enforcement is not counted twice', () => {
	// Net pay 1 900 € (what reaches the account), wage garnishment 350 €, loan instalment 150 €.
	const s = situation({
		home: home(70_000, 140_000),
		incomes: [income('salary', 'salary', 190_000)],
		expenses: [
			{ id: 'food', ...stamp, category: 'food', amountCents: 45_000, frequency: 'monthly' }
		],
		debts: [
			debt('ulosotto', {
				type: 'enforcement',
				status: 'enforcement',
				balanceCents: 500_000,
				monthlyPaymentCents: 35_000
			}),
			debt('loan', { balanceCents: 300_000, monthlyPaymentCents: 15_000, status: 'current' })
		]
	});

	it('plans no voluntary money to enforcement on top of the garnishment', () => {
		const plan = proposePlan(planInputFromSituation(s, { startMonth: START }));
		expect(column(plan, 'ulosotto').every((c) => c === 0)).toBe(true);
		expect(plan.garnishedCents).toBe(35_000);
		expect(plan.warnings).toContain('garnishment');
	});

	it('offers only what is left after the floor, reserve, rent and the loan instalment', () => {
		const plan = proposePlan(planInputFromSituation(s, { startMonth: START }));
		// 1 900 - 578,43 (minimum above the typed 450) - 30 - 700 = 591,57; minus the loan's 150.
		expect(plan.availableCents).toBe(59_157);
		expect(plan.planMoneyCents).toBe(44_157);
		expect(plan.months[0]?.instalments[HOME_ARREARS_DEBT_ID]).toBe(44_157);
		expect(plan.months[0]?.totalCents).toBe(59_157);
	});

	it('shows the step from the summary "left over" to the plan money', () => {
		const summary = computeSummary(s);
		const plan = proposePlan(planInputFromSituation(s, { startMonth: START }));
		const step = moneySteps(summary, plan);
		// The garnishment is already out of the 1 900 €: the summary does not subtract it again.
		expect(step.summaryLeftCents).toBe(190_000 - 70_000 - 45_000 - 15_000);
		expect(summary.garnishedMonthly).toBe(35_000);
		expect(step.repaymentsCents).toBe(15_000);
		expect(step.floorChangeCents).toBe(45_000 - 57_843);
		expect(
			step.summaryLeftCents + step.repaymentsCents + step.floorChangeCents - step.reserveCents
		).toBe(step.marginCents);
		expect(step.marginCents - step.existingCents).toBe(step.planMoneyCents);
		expect(step.matches).toBe(true);
	});
});

describe('3. existing agreements are kept', () => {
	// A card paid on time, 100 € a month, beside rent arrears.
	const s = situation({
		home: home(70_000, 100_000),
		incomes: [income('salary', 'salary', 200_000)],
		expenses: [
			{ id: 'food', ...stamp, category: 'food', amountCents: 70_000, frequency: 'monthly' }
		],
		debts: [
			debt('card', { type: 'creditCard', balanceCents: 110_000, monthlyPaymentCents: 10_000 })
		]
	});

	it('keeps the card instalment every month, the landlord gets what is left', () => {
		const plan = proposePlan(planInputFromSituation(s, { startMonth: START }));
		const card = column(plan, 'card');
		expect(card.slice(0, 11)).toEqual(Array(11).fill(10_000));
		expect(plan.debts.find((d) => d.id === 'card')?.existing).toEqual({
			kind: 'agreed',
			monthlyCents: 10_000
		});
		// 2 000 - 700 floor - 35 reserve - 700 rent = 565; minus the card's 100.
		expect(plan.months[0]?.instalments[HOME_ARREARS_DEBT_ID]).toBe(46_500);
		expect(validatePlan(plan)).toEqual([]);
	});

	it('tells the tenant to ask for a payment break when the rest is not enough', () => {
		const tight = { ...s, incomes: [income('salary', 'salary', 150_000)] };
		const plan = proposePlan(planInputFromSituation(tight, { startMonth: START }));
		// 1 500 - 700 - 35 - 700 = 65 € available, the card takes 100: nothing left for the landlord.
		expect(column(plan, 'card')[0]).toBe(10_000);
		expect(plan.warnings).toContain('paymentBreak');
		expect(plan.status).toBe('noMoney');
		expect(validatePlan(plan)).toEqual([]);
	});
});

describe('4. the plan length is checked', () => {
	// 2 000 € arrears at 100 € a month: 20 months.
	const s = situation({
		home: home(70_000, 200_000),
		incomes: [income('salary', 'salary', 200_000)],
		expenses: [
			{ id: 'food', ...stamp, category: 'food', amountCents: 120_000, frequency: 'monthly' }
		]
	});

	it('warns beyond the 12 months landlords accept by default', () => {
		const plan = proposePlan(
			planInputFromSituation(s, { startMonth: START, reserveCents: 0, livingFloorCents: 120_000 })
		);
		expect(plan.months).toHaveLength(20);
		expect(plan.acceptableMonths).toBe(12);
		expect(plan.status).toBe('overLength');
		expect(plan.warnings).toContain('overLength');
	});

	it('accepts the plan when the setting allows its length', () => {
		const plan = proposePlan(
			planInputFromSituation(s, {
				startMonth: START,
				reserveCents: 0,
				livingFloorCents: 120_000,
				acceptableMonths: 24
			})
		);
		expect(plan.status).toBe('ok');
		expect(plan.warnings).not.toContain('overLength');
	});
});

describe('5. a reserve stays outside the plan', () => {
	it('is 5 % of the floor, at least 30 €', () => {
		expect(defaultReserve(100_000)).toBe(5_000);
		expect(defaultReserve(20_000)).toBe(3_000);
		expect(defaultReserve(60_001)).toBe(3_001);
	});
});

describe('7. costs the proposal hides', () => {
	it('flags instant loans, whose interest may break the legal cap', () => {
		const plan = proposePlan(
			planInputFromSituation(
				situation({
					incomes: [income('salary', 'salary', 200_000)],
					debts: [debt('quick', { type: 'instantLoan', balanceCents: 50_000, status: 'late' })]
				}),
				{ startMonth: START }
			)
		);
		expect(plan.warnings).toContain('instantLoan');
	});
});

describe('stored versions', () => {
	it('keep the new inputs, and versions saved before them still parse and read as none', () => {
		const s = situation({
			home: home(70_000, 100_000),
			incomes: [income('salary', 'salary', 200_000)],
			debts: [
				debt('card', { type: 'creditCard', balanceCents: 50_000, monthlyPaymentCents: 5_000 })
			]
		});
		const plan = applyAdjustments(
			proposePlan(planInputFromSituation(s, { startMonth: START })),
			[]
		);
		const row = { id: 'p', ...stamp, ...planToRowData(plan, { revision: 1, basedOnPlanId: null }) };
		expect(planSchema.parse(row)).toEqual(row);
		const restored = planFromRow(row);
		expect(restored.months).toEqual(plan.months);
		expect(restored.reserveCents).toBe(plan.reserveCents);
		expect(restored.existingCents).toBe(5_000);

		const {
			minimumFloorCents: _m,
			reserveCents: _r,
			acceptableMonths: _a,
			socialAssistanceIncome: _s,
			...old
		} = row;
		const oldRow = { ...old, debts: old.debts.map(({ existing: _e, ...d }) => d) };
		const parsed = planSchema.parse(oldRow);
		const read = planFromRow(parsed);
		expect(read.reserveCents).toBe(0);
		expect(read.months).toEqual(plan.months);
	});
});
