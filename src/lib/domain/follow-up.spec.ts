import { describe, expect, it } from 'vitest';
import { CURRENT_RENT_ID } from '$lib/schemas/constants';
import { balanceSeries, followUpReasons, rentMonths } from './follow-up';

const rent = (date: string, amountCents: number) => ({
	date,
	amountCents,
	debtId: CURRENT_RENT_ID
});
const terms = { since: '2026-03-01', dueDay: 5, rentCents: 700_00 };

describe('rentMonths', () => {
	it('starts with the first due date on or after the agreement, and ends with this month', () => {
		expect(rentMonths(terms, [], '2026-05-10').map((m) => [m.month, m.dueDate])).toEqual([
			['2026-03', '2026-03-05'],
			['2026-04', '2026-04-05'],
			['2026-05', '2026-05-05']
		]);
		// Agreed after the due day: that month's rent is in the arrears the plan pays.
		const late = rentMonths({ ...terms, since: '2026-03-20' }, [], '2026-04-01');
		expect(late.map((m) => [m.month, m.status])).toEqual([['2026-04', 'upcoming']]);
	});

	it('covers the months oldest first: paid, partly, unpaid, upcoming', () => {
		const payments = [rent('2026-03-04', 700_00), rent('2026-04-10', 300_00)];
		expect(rentMonths(terms, payments, '2026-05-03').map((m) => m.status)).toEqual([
			'paid',
			'partly',
			'upcoming'
		]);
		expect(rentMonths(terms, payments, '2026-05-06').map((m) => m.status)).toEqual([
			'paid',
			'partly',
			'unpaid'
		]);
		// A late payment that makes up April puts it right; paying ahead covers May before its day.
		const caughtUp = [...payments, rent('2026-04-28', 400_00), rent('2026-04-30', 700_00)];
		expect(rentMonths(terms, caughtUp, '2026-05-03').map((m) => m.status)).toEqual([
			'paid',
			'paid',
			'paid'
		]);
	});

	it('counts only rent payments since the agreement, and nothing without a rent', () => {
		const others = [
			rent('2026-02-27', 700_00),
			{ date: '2026-03-04', amountCents: 700_00, debtId: 'homeArrears' }
		];
		expect(rentMonths(terms, others, '2026-03-10').map((m) => m.status)).toEqual(['unpaid']);
		expect(rentMonths({ ...terms, rentCents: 0 }, [], '2026-05-10')).toEqual([]);
	});
});

describe('balanceSeries', () => {
	const plan = {
		debts: [
			{ id: 'a', balanceCents: 600_00 },
			{ id: 'b', balanceCents: 300_00 }
		],
		months: [
			{ month: '2026-03', dueDate: '2026-03-05', instalments: { a: 300_00, b: 100_00 } },
			{ month: '2026-04', dueDate: '2026-04-05', instalments: { a: 300_00, b: 100_00 } },
			{ month: '2026-05', dueDate: '2026-05-05', instalments: { b: 100_00 } }
		]
	} as unknown as Parameters<typeof balanceSeries>[0];

	it('gives the planned balance after each month and the paid one up to today', () => {
		const payments = [
			{ date: '2026-03-05', amountCents: 400_00, debtId: 'a' },
			{ date: '2026-04-07', amountCents: 100_00, debtId: 'b' },
			rent('2026-04-04', 700_00),
			// Before the agreement: already in the balances.
			{ date: '2026-02-20', amountCents: 50_00, debtId: 'a' }
		];
		expect(balanceSeries(plan, payments, '2026-04-10', '2026-03-01')).toEqual([
			{ month: '2026-03', dueDate: '2026-03-05', plannedCents: 500_00, actualCents: 500_00 },
			{ month: '2026-04', dueDate: '2026-04-05', plannedCents: 100_00, actualCents: 400_00 },
			{ month: '2026-05', dueDate: '2026-05-05', plannedCents: 0, actualCents: null }
		]);
	});

	it('never goes below zero when more is paid than owed', () => {
		const payments = [{ date: '2026-03-02', amountCents: 2_000_00, debtId: 'a' }];
		const series = balanceSeries(plan, payments, '2026-03-10', '2026-03-01');
		expect(series[0]?.actualCents).toBe(0);
	});
});

describe('followUpReasons', () => {
	const calm = {
		progress: 'onTrack' as const,
		rent: [{ status: 'paid' as const }],
		lastCheckin: null
	};

	it('is nothing when the plan and the rent are on track', () => {
		expect(followUpReasons(calm)).toEqual({ reasons: [], urgency: 0 });
		expect(followUpReasons({ ...calm, lastCheckin: 'yes' }).urgency).toBe(0);
		expect(followUpReasons({ ...calm, progress: 'cleared' }).urgency).toBe(0);
	});

	it('names each sign, the weightiest first, and adds them up', () => {
		expect(
			followUpReasons({
				progress: 'late',
				rent: [{ status: 'paid' }, { status: 'unpaid' }],
				lastCheckin: 'no'
			})
		).toEqual({ reasons: ['unpaidRent', 'checkinNo', 'lateInstalment'], urgency: 6 });
		expect(
			followUpReasons({ progress: 'missed', rent: [{ status: 'partly' }], lastCheckin: 'partly' })
		).toEqual({ reasons: ['missedInstalment', 'partlyRent', 'checkinPartly'], urgency: 5 });
	});
});
