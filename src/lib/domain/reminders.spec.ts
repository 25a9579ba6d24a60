import { describe, expect, it } from 'vitest';
import { fromHelsinki, toHelsinki } from './helsinki-time';
import {
	checkinKey,
	computeReminders,
	currentCheckin,
	dueCheckin,
	dueInAppReminders,
	outOfQuietHours,
	retryDelayMs,
	type ReminderPlanRow,
	type ReminderSource
} from './reminders';

const at = (date: string, time: string) => fromHelsinki(date, time);

function source(over: Partial<ReminderSource> = {}): ReminderSource {
	return {
		dueDay: null,
		plans: [],
		payments: [],
		meetings: [],
		answeredCheckins: new Set(),
		...over
	};
}

function plan(over: Partial<ReminderPlanRow> = {}): ReminderPlanRow {
	return {
		id: 'p1',
		revision: 1,
		createdAt: '2026-11-01T10:00:00.000Z',
		agreed: true,
		agreedAt: '2026-11-02T10:00:00.000Z',
		months: [
			{ month: '2026-12', dueDate: '2026-12-05', instalmentsCents: [10_000, 5_000] },
			{ month: '2027-01', dueDate: '2027-01-05', instalmentsCents: [10_000, 5_000] }
		],
		...over
	};
}

describe('outOfQuietHours', () => {
	const quiet = { start: '21:00', end: '08:00' };
	it('moves an evening time to 08:00 the next morning, Helsinki time', () => {
		const moved = outOfQuietHours(at('2026-12-01', '22:30'), quiet);
		expect(toHelsinki(moved)).toMatchObject({ date: '2026-12-02', time: '08:00' });
	});
	it('moves an early morning time to 08:00 the same day', () => {
		expect(outOfQuietHours(at('2026-12-01', '06:59'), quiet)).toBe(at('2026-12-01', '08:00'));
	});
	it('leaves a daytime reminder and the exact end alone; 21:00 is already quiet', () => {
		expect(outOfQuietHours(at('2026-12-01', '08:00'), quiet)).toBe(at('2026-12-01', '08:00'));
		expect(outOfQuietHours(at('2026-12-01', '20:59'), quiet)).toBe(at('2026-12-01', '20:59'));
		expect(outOfQuietHours(at('2026-12-01', '21:00'), quiet)).toBe(at('2026-12-02', '08:00'));
	});
	it('handles quiet hours inside one day and none at all', () => {
		const day = { start: '09:00', end: '12:00' };
		expect(outOfQuietHours(at('2026-12-01', '09:00'), day)).toBe(at('2026-12-01', '12:00'));
		expect(outOfQuietHours(at('2026-12-01', '12:00'), day)).toBe(at('2026-12-01', '12:00'));
		const none = { start: '00:00', end: '00:00' };
		expect(outOfQuietHours(at('2026-12-01', '03:00'), none)).toBe(at('2026-12-01', '03:00'));
	});
	it('keeps the wall time across the daylight-saving change', () => {
		// 28/29 March 2027: clocks go forward; the end of quiet is still 08:00 on the Helsinki clock.
		const moved = outOfQuietHours(at('2027-03-27', '23:00'), quiet);
		expect(toHelsinki(moved)).toMatchObject({ date: '2027-03-28', time: '08:00' });
	});
});

describe('computeReminders', () => {
	const now = at('2026-12-01', '10:00');

	it('reminds of the rent three days before the due day and on the day, at 09:00', () => {
		const keys = computeReminders(source({ dueDay: 5 }), now).map((r) => [r.key, r.dueAt]);
		expect(keys).toContainEqual(['rent:2026-12-05:before', at('2026-12-02', '09:00')]);
		expect(keys).toContainEqual(['rent:2026-12-05:due', at('2026-12-05', '09:00')]);
		expect(keys).toContainEqual(['rent:2027-01-05:due', at('2027-01-05', '09:00')]);
		// November's are long past.
		expect(keys.map(([k]) => k)).not.toContain('rent:2026-11-05:due');
	});

	it('moves the rent reminders when the due day changes', () => {
		const keys = computeReminders(source({ dueDay: 20 }), now).map((r) => r.key);
		expect(keys).toContain('rent:2026-12-20:before');
		expect(keys).not.toContain('rent:2026-12-05:due');
	});

	it('clamps day 31 to the end of a short month', () => {
		const keys = computeReminders(source({ dueDay: 31 }), at('2027-02-01', '10:00')).map(
			(r) => r.key
		);
		expect(keys).toContain('rent:2027-02-28:due');
	});

	it('keeps a reminder whose time passed a moment ago (sent late rather than never)', () => {
		const keys = computeReminders(source({ dueDay: 4 }), at('2026-12-04', '15:00')).map(
			(r) => r.key
		);
		expect(keys).toContain('rent:2026-12-04:due');
		expect(
			computeReminders(source({ dueDay: 4 }), at('2026-12-05', '15:00')).map((r) => r.key)
		).not.toContain('rent:2026-12-04:due');
	});

	it('reminds of each instalment of the agreed plan and of a missed one the day after', () => {
		const list = computeReminders(source({ plans: [plan()] }), now);
		const keys = list.map((r) => r.key);
		expect(keys).toContain('instalment:p1:2026-12');
		expect(keys).toContain('missed:p1:2026-12');
		expect(list.find((r) => r.key === 'missed:p1:2026-12')?.dueAt).toBe(at('2026-12-06', '09:00'));
		expect(list.find((r) => r.key === 'instalment:p1:2026-12')?.page).toBe('/plan');
	});

	it('leaves out instalments already covered by payments since the plan was agreed', () => {
		const paid = source({
			plans: [plan()],
			payments: [
				{ date: '2026-11-20', amountCents: 15_000 },
				// Before the plan was agreed: already in its balances, not a payment of it.
				{ date: '2026-10-01', amountCents: 99_000 }
			]
		});
		const keys = computeReminders(paid, now).map((r) => r.key);
		expect(keys).not.toContain('instalment:p1:2026-12');
		expect(keys).not.toContain('missed:p1:2026-12');
		expect(keys).toContain('instalment:p1:2027-01');
	});

	it('ignores a plan that is not agreed', () => {
		const keys = computeReminders(
			source({ plans: [plan({ agreed: false, agreedAt: null })] }),
			now
		);
		expect(keys).toEqual([]);
	});

	it('asks the check-ins 1, 3, 6 and 12 months after agreeing, unless answered', () => {
		const p = plan({ agreedAt: '2026-11-02T10:00:00.000Z' });
		const list = computeReminders(source({ plans: [p] }), at('2026-12-01', '10:00'), {
			horizonDays: 400
		});
		const checkins = list.filter((r) => r.kind === 'checkin').map((r) => r.date);
		expect(checkins).toEqual(['2026-12-02', '2027-02-02', '2027-05-02', '2027-11-02']);
		const answered = computeReminders(
			source({ plans: [p], answeredCheckins: new Set([checkinKey('p1', 1)]) }),
			at('2026-12-01', '10:00'),
			{ horizonDays: 400 }
		);
		expect(answered.filter((r) => r.kind === 'checkin')).toHaveLength(3);
	});

	it('reminds of a meeting the day before', () => {
		const startsAt = at('2026-12-10', '13:00');
		const list = computeReminders(source({ meetings: [{ id: 'b1', startsAt }] }), now);
		expect(list).toEqual([
			expect.objectContaining({ kind: 'meeting', dueAt: at('2026-12-09', '09:00'), page: '/book' })
		]);
	});

	it('moves reminders out of quiet hours and drops switched-off kinds', () => {
		const list = computeReminders(source({ dueDay: 5 }), now, {
			quiet: { start: '07:00', end: '10:30' },
			kinds: { rent: true }
		});
		expect(list[0]?.dueAt).toBe(at('2026-12-02', '10:30'));
		expect(computeReminders(source({ dueDay: 5 }), now, { kinds: { rent: false } })).toEqual([]);
	});

	it('sorts by time and holds no amounts in keys', () => {
		const list = computeReminders(source({ dueDay: 5, plans: [plan()] }), now);
		const times = list.map((r) => r.dueAt);
		expect(times).toEqual([...times].sort((a, b) => a - b));
		for (const r of list) expect(r.key).not.toMatch(/10000|15000/);
	});
});

describe('dueInAppReminders', () => {
	it('shows what is due now and not dismissed, newest first', () => {
		const dueDay = source({ dueDay: 5 });
		expect(
			dueInAppReminders(dueDay, at('2026-12-03', '12:00'), new Set()).map((r) => r.key)
		).toEqual(['rent:2026-12-05:before']);
		const both = dueInAppReminders(dueDay, at('2026-12-05', '09:30'), new Set(), 4);
		expect(both.map((r) => r.key)).toEqual(['rent:2026-12-05:due', 'rent:2026-12-05:before']);
		const dismissed = dueInAppReminders(
			dueDay,
			at('2026-12-05', '09:30'),
			new Set(['rent:2026-12-05:due']),
			4
		);
		expect(dismissed.map((r) => r.key)).toEqual(['rent:2026-12-05:before']);
		// Past the window, the notice before the due day is no longer shown.
		const later = dueInAppReminders(dueDay, at('2026-12-06', '12:00'), new Set());
		expect(later.map((r) => r.key)).toEqual(['rent:2026-12-05:due']);
	});
	it('ignores quiet hours on the device (the tenant opened the app)', () => {
		const shown = dueInAppReminders(source({ dueDay: 5 }), at('2026-12-05', '07:00'), new Set());
		expect(shown.map((r) => r.key)).toEqual(['rent:2026-12-05:before']);
	});
});

describe('retryDelayMs', () => {
	it('doubles from one minute up to an hour', () => {
		expect([1, 2, 3, 7, 8, 20].map(retryDelayMs)).toEqual([
			60_000, 120_000, 240_000, 3_600_000, 3_600_000, 3_600_000
		]);
	});
});

describe('the check-in the plan page asks', () => {
	// Agreed on 2 November 2026 (Helsinki): check-ins on 2 December, 2 February, 2 May, 2 November.
	const p = plan();

	it('is none before a month has passed, or for a plan not agreed', () => {
		expect(currentCheckin(p, '2026-12-01')).toBeNull();
		expect(currentCheckin({ id: 'p1', agreedAt: null }, '2027-06-01')).toBeNull();
	});

	it('is the newest whose day has come, from that day on', () => {
		expect(currentCheckin(p, '2026-12-02')).toEqual({
			key: checkinKey('p1', 1),
			months: 1,
			date: '2026-12-02'
		});
		expect(currentCheckin(p, '2027-02-01')?.months).toBe(1);
		expect(currentCheckin(p, '2027-02-02')?.months).toBe(3);
		expect(currentCheckin(p, '2027-05-02')?.months).toBe(6);
		expect(currentCheckin(p, '2030-01-01')?.months).toBe(12);
	});

	it('is asked until answered; an unanswered older one gives way to the next', () => {
		const none = new Set<string>();
		expect(dueCheckin(p, none, '2026-12-10')?.key).toBe(checkinKey('p1', 1));
		expect(dueCheckin(p, new Set([checkinKey('p1', 1)]), '2026-12-10')).toBeNull();
		// Never answered in December: in February the question is the three-month one.
		expect(dueCheckin(p, none, '2027-02-03')?.key).toBe(checkinKey('p1', 3));
		expect(dueCheckin(p, new Set([checkinKey('p1', 1)]), '2027-02-03')?.months).toBe(3);
	});

	it('counts from the Helsinki day of the agreement, not the UTC one', () => {
		// 23:30 UTC on 1 November is already 2 November in Helsinki.
		const late = { id: 'p2', agreedAt: '2026-11-01T23:30:00.000Z' };
		expect(currentCheckin(late, '2026-12-01')).toBeNull();
		expect(currentCheckin(late, '2026-12-02')?.date).toBe('2026-12-02');
	});
});

describe('instalment reminders and the running rent', () => {
	it('do not count a rent payment as an instalment paid', () => {
		const now = at('2026-12-05', '08:00');
		const rentPaid = { date: '2026-12-03', amountCents: 15_000, debtId: 'currentRent' };
		const keys = (payments: ReminderSource['payments']) =>
			computeReminders(source({ plans: [plan()], payments }), now).map((r) => r.key);
		expect(keys([rentPaid])).toContain('instalment:p1:2026-12');
		expect(keys([{ ...rentPaid, debtId: 'loan' }])).not.toContain('instalment:p1:2026-12');
	});
});
