import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOME_ARREARS_DEBT_ID } from '$lib/schemas/plan';
import { proposePlan, type PlanInput } from './plan';
import { addDays } from './dates';
import { computeProgress, replanFrom, type PaymentRecord } from './plan-progress';

const H = HOME_ARREARS_DEBT_ID;

function input(overrides: Partial<PlanInput> = {}): PlanInput {
	return {
		incomeCents: 170_000,
		livingFloorCents: 90_000,
		rentCents: 70_000, // 100 € a month available
		debts: [
			{
				id: H,
				creditor: 'Landlord',
				type: 'rentArrears',
				balanceCents: 30_000,
				currentLandlord: true
			},
			{ id: 'a', creditor: 'Bank', type: 'consumerLoan', balanceCents: 10_000 }
		],
		dueDay: 2,
		startMonth: '2025-03',
		...overrides
	};
}

// Landlord 100 € on 2 Mar, 2 Apr, 2 May; the bank 100 € on 2 Jun.
const plan = proposePlan(input());
const pay = (date: string, amountCents: number, debtId = H): PaymentRecord => ({
	date,
	amountCents,
	debtId
});
const landlord = (today: string, payments: PaymentRecord[] = []) =>
	computeProgress(plan, payments, today).debts[0];

describe('addDays', () => {
	it('crosses months, leap days and years', () => {
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
		expect(addDays('2025-12-31', 7)).toBe('2026-01-07');
	});
});

describe('computeProgress', () => {
	it('is on track before the first due date, with the next instalment shown', () => {
		expect(landlord('2025-02-20')).toMatchObject({
			status: 'onTrack',
			expectedByTodayCents: 0,
			shortfallCents: 0,
			overdueSince: null,
			nextDueDate: '2025-03-02',
			nextDueCents: 10_000
		});
	});

	it('stays on track within the grace days, then turns late, then missed', () => {
		expect(landlord('2025-03-09')).toMatchObject({
			status: 'onTrack',
			shortfallCents: 10_000,
			overdueSince: '2025-03-02'
		});
		expect(landlord('2025-03-10')?.status).toBe('late');
		expect(landlord('2025-04-02')?.status).toBe('late');
		expect(landlord('2025-04-03')?.status).toBe('missed');
		expect(computeProgress(plan, [], '2025-04-03').status).toBe('missed');
	});

	it('honours a custom grace period', () => {
		expect(computeProgress(plan, [], '2025-03-04', { graceDays: 1 }).debts[0]?.status).toBe('late');
	});

	it('counts a partial payment as not covering the instalment', () => {
		expect(landlord('2025-03-10', [pay('2025-03-02', 5_000)])).toMatchObject({
			status: 'late',
			paidCents: 5_000,
			shortfallCents: 5_000
		});
	});

	it('is back on track once a late instalment is made up', () => {
		const payments = [pay('2025-03-02', 10_000), pay('2025-04-20', 10_000)];
		expect(landlord('2025-04-12', payments.slice(0, 1))?.status).toBe('late');
		expect(landlord('2025-04-21', payments)).toMatchObject({
			status: 'onTrack',
			expectedByTodayCents: 20_000,
			shortfallCents: 0,
			nextDueDate: '2025-05-02',
			nextDueCents: 10_000
		});
	});

	it('treats paying ahead as on track and shows what is left of the next instalment', () => {
		expect(landlord('2025-03-03', [pay('2025-03-01', 15_000)])).toMatchObject({
			status: 'onTrack',
			nextDueDate: '2025-04-02',
			nextDueCents: 5_000,
			remainingCents: 15_000
		});
	});

	it('marks a debt cleared, reports overpayment, and the plan cleared when all are', () => {
		const payments = [pay('2025-03-02', 35_000), pay('2025-03-02', 10_000, 'a')];
		const progress = computeProgress(plan, payments, '2025-03-03');
		expect(progress.debts[0]).toMatchObject({
			status: 'cleared',
			remainingCents: 0,
			overpaidCents: 5_000,
			nextDueDate: null,
			overdueSince: null
		});
		expect(progress.status).toBe('cleared');
		expect(progress.remainingCents).toBe(0);
	});

	it('keeps payments for unknown debts apart and ignores those before `since`', () => {
		const payments = [pay('2025-02-01', 10_000), pay('2025-03-02', 100, 'other')];
		const progress = computeProgress(plan, payments, '2025-03-03', { since: '2025-02-15' });
		expect(progress.paidCents).toBe(0);
		expect(progress.unmatched).toEqual([payments[1]]);
		expect(computeProgress(plan, payments, '2025-03-03').paidCents).toBe(10_000);
	});

	it('uses clamped due dates: due day 31 is missed after 28 February', () => {
		const jan = proposePlan(input({ dueDay: 31, startMonth: '2025-01' }));
		expect(jan.months.slice(0, 2).map((m) => m.dueDate)).toEqual(['2025-01-31', '2025-02-28']);
		expect(computeProgress(jan, [], '2025-02-28').debts[0]?.status).toBe('late');
		expect(computeProgress(jan, [], '2025-03-01').debts[0]?.status).toBe('missed');
	});

	it('never flags a tenant who pays every instalment on its due date', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 31 }),
				fc.array(fc.integer({ min: 1, max: 60_000 }), { minLength: 1, maxLength: 5 }),
				fc.integer({ min: 0, max: 400 }),
				(dueDay, balances, offset) => {
					const p = proposePlan(
						input({
							dueDay,
							debts: balances.map((b, i) => ({
								id: `d${i}`,
								creditor: '',
								type: i === 0 ? 'rentArrears' : 'creditCard',
								balanceCents: b
							}))
						})
					);
					const payments = p.months.flatMap((m) =>
						Object.entries(m.instalments)
							.filter(([, c]) => c > 0)
							.map(([debtId, c]) => pay(m.dueDate, c, debtId))
					);
					const today = addDays('2025-02-20', offset);
					const paidSoFar = payments.filter((x) => x.date <= today);
					const progress = computeProgress(p, paidSoFar, today);
					expect(['onTrack', 'cleared']).toContain(progress.status);
					expect(progress.shortfallCents).toBe(0);
					const last = p.months.at(-1);
					if (p.status === 'ok' && last && today >= last.dueDate) {
						expect(progress.status).toBe('cleared');
					}
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('replanFrom', () => {
	it('starts from the real balances and the next due date, leaving cleared debts out', () => {
		const payments = [pay('2025-03-02', 10_000), pay('2025-03-02', 10_000, 'a')];
		const next = replanFrom(plan, payments, '2025-04-05');
		expect(next.startMonth).toBe('2025-05');
		expect(next.debts).toEqual([
			{
				id: H,
				creditor: 'Landlord',
				type: 'rentArrears',
				balanceCents: 20_000,
				currentLandlord: true
			}
		]);
		expect(next.incomeCents).toBe(plan.input.incomeCents);
		expect(replanFrom(plan, [], '2025-04-01').startMonth).toBe('2025-04');
		const again = proposePlan(next);
		expect(again.months.map((m) => m.instalments[H])).toEqual([10_000, 10_000]);
	});
});
