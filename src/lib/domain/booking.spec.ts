import { describe, expect, it } from 'vitest';
import type { Home } from '$lib/schemas/situation';
import {
	candidateSlots,
	clashes,
	compareUrgency,
	effectiveStatus,
	findFreeSlot,
	freeSlots,
	holdExpiry,
	isCurrentBooking,
	isLive,
	nearestSlots,
	openingHours,
	slotsByDay,
	urgencyOf,
	urgencyRank,
	type AdvisorAvailability,
	type BookingTimes
} from './booking';
import { fromHelsinki, toHelsinki } from './helsinki-time';

const MIN = 60_000;
const HOUR = 60 * MIN;

function advisor(overrides: Partial<AdvisorAvailability> = {}): AdvisorAvailability {
	return {
		advisorId: 'a1',
		meetingMinutes: 45,
		bufferMinutes: 15,
		minNoticeMinutes: 120,
		horizonDays: 30,
		channels: ['office', 'phone', 'video'],
		// Mon–Fri 9–12, Tue also 13–15.
		weekly: [1, 2, 3, 4, 5]
			.map((weekday) => ({ weekday, start: '09:00', end: '12:00' }))
			.concat([{ weekday: 2, start: '13:00', end: '15:00' }]),
		exceptions: [],
		...overrides
	};
}

const NOW = Date.parse('2026-11-30T06:00:00Z'); // Monday 08:00 in Helsinki
const local = (ms: number) => {
	const t = toHelsinki(ms);
	return `${t.date} ${t.time}`;
};

function booking(
	date: string,
	time: string,
	minutes: number,
	extra: Partial<BookingTimes> = {}
): BookingTimes {
	const startsAt = fromHelsinki(date, time);
	return {
		id: `${date}T${time}`,
		advisorId: 'a1',
		startsAt,
		endsAt: startsAt + minutes * MIN,
		status: 'confirmed',
		holdExpiresAt: null,
		...extra
	};
}

describe('free slots', () => {
	it('lays meetings back to back with buffers inside opening hours', () => {
		const slots = freeSlots(advisor(), [], NOW, { from: '2026-12-01', days: 1 });
		expect(slots.map((s) => local(s.startsAt))).toEqual([
			'2026-12-01 09:00',
			'2026-12-01 10:00',
			'2026-12-01 11:00',
			'2026-12-01 13:00',
			'2026-12-01 14:00'
		]);
		expect(slots[0]?.endsAt).toBe((slots[0]?.startsAt ?? 0) + 45 * MIN);
		expect(slots[0]?.advisorIds).toEqual(['a1']);
	});

	it('respects minimum notice and the horizon', () => {
		// Now is Monday 08:00; notice 2 h -> 09:00 is too soon, 10:00 is fine.
		const today = freeSlots(advisor(), [], NOW, { from: '2026-11-30', days: 1 });
		expect(today.map((s) => local(s.startsAt))).toEqual(['2026-11-30 10:00', '2026-11-30 11:00']);
		const far = freeSlots(advisor({ horizonDays: 2 }), [], NOW, { from: '2026-11-30', days: 10 });
		expect(far.some((s) => toHelsinki(s.startsAt).date === '2026-12-02')).toBe(true);
		expect(far.some((s) => toHelsinki(s.startsAt).date === '2026-12-03')).toBe(false);
	});

	it('takes a day off and special hours from exceptions', () => {
		const av = advisor({
			exceptions: [
				{ date: '2026-12-01', ranges: [], note: 'sick' },
				{ date: '2026-12-05', ranges: [{ start: '10:00', end: '11:00' }], note: 'Saturday clinic' }
			]
		});
		expect(openingHours(av, '2026-12-01')).toEqual([]);
		const slots = freeSlots(av, [], NOW, { from: '2026-12-01', days: 5 });
		expect(slots.some((s) => toHelsinki(s.startsAt).date === '2026-12-01')).toBe(false);
		expect(
			slots
				.filter((s) => toHelsinki(s.startsAt).date === '2026-12-05')
				.map((s) => local(s.startsAt))
		).toEqual(['2026-12-05 10:00']);
	});

	it('blocks live bookings with their buffers, not dead ones', () => {
		const range = { from: '2026-12-01', days: 1 };
		// 10:20–11:05 confirmed: kills 10:00 (overlap) and 11:00 (inside buffer).
		const confirmed = booking('2026-12-01', '10:20', 45);
		expect(freeSlots(advisor(), [confirmed], NOW, range).map((s) => local(s.startsAt))).toEqual([
			'2026-12-01 09:00',
			'2026-12-01 13:00',
			'2026-12-01 14:00'
		]);
		const heldUntilLater = booking('2026-12-01', '09:00', 45, {
			status: 'requested',
			holdExpiresAt: NOW + HOUR
		});
		const heldButExpired = { ...heldUntilLater, holdExpiresAt: NOW };
		const declined = { ...heldUntilLater, status: 'declined' as const };
		const names = (b: BookingTimes[]) =>
			freeSlots(advisor(), b, NOW, range).map((s) => local(s.startsAt));
		expect(names([heldUntilLater])).not.toContain('2026-12-01 09:00');
		expect(names([heldButExpired])).toContain('2026-12-01 09:00');
		expect(names([declined])).toContain('2026-12-01 09:00');
		// Another advisor's booking does not block a1.
		expect(names([{ ...heldUntilLater, advisorId: 'a2' }])).toContain('2026-12-01 09:00');
	});

	it('unions advisors for the service', () => {
		const a1 = advisor();
		const a2 = advisor({
			advisorId: 'a2',
			channels: ['phone'],
			weekly: [{ weekday: 2, start: '09:00', end: '10:00' }]
		});
		const busy = booking('2026-12-01', '09:00', 45);
		const slots = freeSlots([a1, a2], [busy], NOW, { from: '2026-12-01', days: 1 });
		const nine = slots.find((s) => local(s.startsAt) === '2026-12-01 09:00');
		expect(nine?.advisorIds).toEqual(['a2']);
		expect(nine?.channels).toEqual(['phone']);
		const free = freeSlots([a1, a2], [], NOW, { from: '2026-12-01', days: 1 });
		expect(free.find((s) => local(s.startsAt) === '2026-12-01 09:00')).toMatchObject({
			advisorIds: ['a1', 'a2'],
			channels: ['office', 'phone', 'video']
		});
	});

	it('skips wall times that do not exist and keeps meetings 45 real minutes over DST', () => {
		const night = advisor({
			minNoticeMinutes: 0,
			weekly: [{ weekday: 7, start: '02:00', end: '05:00' }]
		});
		const spring = freeSlots(night, [], Date.parse('2026-03-01T00:00:00Z'), {
			from: '2026-03-29',
			days: 1
		});
		// 02:00, (03:00 does not exist), 04:00 — and 02:00 + 45 min ends at 02:45.
		expect(spring.map((s) => local(s.startsAt))).toEqual(['2026-03-29 02:00', '2026-03-29 04:00']);
		const autumn = freeSlots(night, [], Date.parse('2026-10-01T00:00:00Z'), {
			from: '2026-10-25',
			days: 1
		});
		expect(autumn.map((s) => local(s.startsAt))).toEqual([
			'2026-10-25 02:00',
			'2026-10-25 03:00',
			'2026-10-25 04:00'
		]);
		for (const s of [...spring, ...autumn]) expect(s.endsAt - s.startsAt).toBe(45 * MIN);
	});

	it('offers a time only when it is exactly a free slot with that channel', () => {
		const av = advisor({ channels: ['phone'] });
		const at = fromHelsinki('2026-12-01', '10:00');
		expect(findFreeSlot(av, [], NOW, at, 'phone')).not.toBeNull();
		expect(findFreeSlot(av, [], NOW, at, 'office')).toBeNull();
		expect(findFreeSlot(av, [], NOW, at + 5 * MIN, 'phone')).toBeNull();
		const own = booking('2026-12-01', '10:00', 45, { id: 'own' });
		expect(findFreeSlot(av, [own], NOW, at, 'phone')).toBeNull();
		expect(findFreeSlot(av, [own], NOW, at, 'phone', 'own')).not.toBeNull();
	});

	it('finds the nearest free times on either side', () => {
		const slots = freeSlots(advisor(), [], NOW, { from: '2026-12-01', days: 2 });
		const target = fromHelsinki('2026-12-01', '13:00');
		expect(nearestSlots(slots, target, 3).map((s) => local(s.startsAt))).toEqual([
			'2026-12-01 11:00',
			'2026-12-01 13:00',
			'2026-12-01 14:00'
		]);
	});

	it('groups by local day, keeping empty days', () => {
		const range = { from: '2026-12-05', days: 3 };
		const days = slotsByDay(freeSlots(advisor(), [], NOW, range), range);
		expect(days.map((d) => [d.date, d.weekday, d.slots.length])).toEqual([
			['2026-12-05', 6, 0],
			['2026-12-06', 7, 0],
			['2026-12-07', 1, 3]
		]);
		expect(days[2]?.slots[0]).toMatchObject({
			localDate: '2026-12-07',
			localStart: '09:00',
			localEnd: '09:45',
			startsAt: '2026-12-07T07:00:00.000Z'
		});
	});
});

describe('holds and liveness', () => {
	it('expires a request once its hold passes', () => {
		const b = { status: 'requested' as const, holdExpiresAt: NOW };
		expect(effectiveStatus(b, NOW - 1)).toBe('requested');
		expect(effectiveStatus(b, NOW)).toBe('expired');
		expect(isLive(b, NOW)).toBe(false);
		expect(isLive({ status: 'confirmed', holdExpiresAt: null }, NOW)).toBe(true);
		expect(isLive({ status: 'cancelled', holdExpiresAt: null }, NOW)).toBe(false);
	});

	it('never holds past the meeting itself', () => {
		expect(holdExpiry(NOW, NOW + 100 * HOUR, 48)).toBe(NOW + 48 * HOUR);
		expect(holdExpiry(NOW, NOW + 5 * HOUR, 48)).toBe(NOW + 5 * HOUR);
	});

	it('treats touching meetings as clashing only within the buffer', () => {
		const a = { startsAt: 0, endsAt: 45 * MIN };
		const b = { startsAt: 60 * MIN, endsAt: 105 * MIN };
		expect(clashes(a, b, 15)).toBe(false);
		expect(clashes(a, b, 16)).toBe(true);
		expect(clashes(a, { startsAt: 45 * MIN, endsAt: 90 * MIN }, 0)).toBe(false);
	});
});

describe('urgency', () => {
	const mark = (happened: boolean, date: string | null = null) => ({ happened, date });
	function home(overrides: Partial<Home> = {}): Home {
		return {
			id: 'home',
			createdAt: '2026-11-01T00:00:00.000Z',
			updatedAt: '2026-11-01T00:00:00.000Z',
			version: 1,
			landlordId: null,
			landlordOther: '',
			rentCents: 80_000,
			dueDay: 1,
			arrearsCents: 160_000,
			arrearsMonths: 2,
			reminder: mark(false),
			collectionLetter: mark(false),
			termination: mark(false),
			evictionApplication: mark(false),
			judgment: mark(false),
			evictionDate: mark(false),
			...overrides
		};
	}
	const today = '2026-11-30';

	it('reads stage and the nearest upcoming eviction-path date', () => {
		const u = urgencyOf(
			home({ judgment: mark(true, '2026-11-20'), evictionDate: mark(true, '2026-12-14') }),
			NOW,
			today
		);
		expect(u).toMatchObject({
			stage: 'evictionScheduled',
			nextDeadline: '2026-12-14',
			daysToDeadline: 14
		});
		expect(urgencyOf(undefined, NOW, today)).toMatchObject({ severity: -1, stage: null });
	});

	it('orders by stage, then deadline, then age', () => {
		const items = [
			{ name: 'unknown-old', urgency: urgencyOf(undefined, NOW - 10 * HOUR, today) },
			{ name: 'arrears', urgency: urgencyOf(home(), NOW, today) },
			{
				name: 'court-late',
				urgency: urgencyOf(home({ evictionApplication: mark(true, '2026-12-20') }), NOW, today)
			},
			{
				name: 'court-soon',
				urgency: urgencyOf(home({ evictionApplication: mark(true, '2026-12-03') }), NOW, today)
			},
			{
				name: 'court-none-old',
				urgency: urgencyOf(home({ evictionApplication: mark(true) }), NOW - HOUR, today)
			},
			{
				name: 'court-none-new',
				urgency: urgencyOf(home({ evictionApplication: mark(true) }), NOW, today)
			},
			{ name: 'unknown-new', urgency: urgencyOf(undefined, NOW, today) }
		];
		expect(urgencyRank(items).map((i) => i.name)).toEqual([
			'court-soon',
			'court-late',
			'court-none-old',
			'court-none-new',
			'arrears',
			'unknown-old',
			'unknown-new'
		]);
		expect(compareUrgency(items[0]!.urgency, items[0]!.urgency)).toBe(0);
	});
});

describe('candidate slots across midnight', () => {
	it('keep the buffer between the last meeting of a day and the first of the next', () => {
		// Found by the property test: Wednesday 21:15–23:45 and Thursday 00:00–00:15.
		const av = {
			advisorId: 'a1',
			meetingMinutes: 15,
			bufferMinutes: 30,
			minNoticeMinutes: 0,
			horizonDays: 10,
			channels: ['video' as const],
			weekly: [
				{ weekday: 3, start: '21:15', end: '23:45' },
				{ weekday: 4, start: '00:00', end: '00:15' }
			],
			exceptions: []
		};
		const now = fromHelsinki('2027-06-07', '00:00');
		const slots = candidateSlots(av, { from: '2027-06-07', days: 7 }, now);
		expect(slots.length).toBeGreaterThan(0);
		for (let i = 1; i < slots.length; i++) {
			expect(slots[i]!.startsAt - slots[i - 1]!.endsAt).toBeGreaterThanOrEqual(30 * 60_000);
		}
	});
});

describe('isCurrentBooking', () => {
	const now = '2026-12-01T10:00:00.000Z';
	const booking = (status: string, endsAt: string, proposedTimes: string[] = []) => ({
		status,
		endsAt,
		proposedTimes
	});

	it('keeps upcoming requested and confirmed bookings current', () => {
		expect(isCurrentBooking(booking('requested', '2026-12-02T10:00:00.000Z'), now)).toBe(true);
		expect(isCurrentBooking(booking('confirmed', '2026-12-01T10:00:01.000Z'), now)).toBe(true);
	});

	it('keeps a decline current only while it offers other times', () => {
		const later = '2026-12-02T10:00:00.000Z';
		expect(isCurrentBooking(booking('declined', later, ['2026-12-03T08:00:00.000Z']), now)).toBe(
			true
		);
		expect(isCurrentBooking(booking('declined', later), now)).toBe(false);
	});

	it('moves ended, cancelled and expired bookings to history', () => {
		expect(isCurrentBooking(booking('confirmed', now), now)).toBe(false);
		expect(isCurrentBooking(booking('requested', '2026-11-30T10:00:00.000Z'), now)).toBe(false);
		expect(isCurrentBooking(booking('cancelled', '2026-12-02T10:00:00.000Z'), now)).toBe(false);
		expect(isCurrentBooking(booking('expired', '2026-12-02T10:00:00.000Z'), now)).toBe(false);
	});
});
