/**
 * Laws of the slot rules over random calendars (fast-check): whatever the template, exceptions,
 * buffers and bookings, a free slot lies inside opening hours, respects notice, and clashes with
 * no live booking; booking free slots one by one never yields two clashing live bookings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '$lib/schemas/booking';
import {
	clashes,
	findFreeSlot,
	freeSlots,
	isLive,
	openingHours,
	type AdvisorAvailability,
	type BookingTimes
} from './booking';
import { minutesOfTime, timeOfMinutes, toHelsinki } from './helsinki-time';

const MIN = 60_000;

const rangeArb = fc
	.tuple(fc.integer({ min: 0, max: 22 * 4 }), fc.integer({ min: 1, max: 10 * 4 }))
	.map(([a, len]) => ({
		start: timeOfMinutes(a * 15),
		end: timeOfMinutes(Math.min(23 * 60 + 45, a * 15 + len * 15))
	}))
	.filter((r) => minutesOfTime(r.start) < minutesOfTime(r.end));

function disjoint<T extends { start: string; end: string }>(ranges: T[]): T[] {
	const out: T[] = [];
	for (const r of [...ranges].sort((a, b) => minutesOfTime(a.start) - minutesOfTime(b.start))) {
		const last = out[out.length - 1];
		if (!last || minutesOfTime(r.start) >= minutesOfTime(last.end)) out.push(r);
	}
	return out;
}

// Around the spring and autumn changes of 2027 as well as ordinary weeks.
const fromArb = fc.constantFrom('2027-03-26', '2027-10-22', '2027-06-07', '2028-02-26');

const availabilityArb = (advisorId: string) =>
	fc.record({
		advisorId: fc.constant(advisorId),
		meetingMinutes: fc.constantFrom(15, 30, 45, 60, 90),
		bufferMinutes: fc.constantFrom(0, 5, 15, 30),
		minNoticeMinutes: fc.constantFrom(0, 60, 24 * 60),
		horizonDays: fc.integer({ min: 1, max: 10 }),
		channels: fc.subarray([...CHANNELS], { minLength: 1 }),
		weekly: fc
			.array(fc.tuple(fc.integer({ min: 1, max: 7 }), rangeArb), { maxLength: 10 })
			.map((xs) =>
				[1, 2, 3, 4, 5, 6, 7].flatMap((weekday) =>
					disjoint(xs.filter(([d]) => d === weekday).map(([, r]) => ({ weekday, ...r })))
				)
			),
		exceptions: fc
			.array(
				fc.record({
					offset: fc.integer({ min: 0, max: 7 }),
					ranges: fc.array(rangeArb, { maxLength: 2 }).map(disjoint)
				}),
				{ maxLength: 3 }
			)
			.map((xs) => xs)
	}) satisfies fc.Arbitrary<Omit<AdvisorAvailability, 'exceptions'> & { exceptions: unknown }>;

function withDates(
	raw: Omit<AdvisorAvailability, 'exceptions'> & {
		exceptions: { offset: number; ranges: { start: string; end: string }[] }[];
	},
	from: string
): AdvisorAvailability {
	const seen = new Set<string>();
	const exceptions = raw.exceptions
		.map((e) => {
			const d = new Date(Date.parse(`${from}T12:00:00Z`) + e.offset * 86_400_000);
			return { date: d.toISOString().slice(0, 10), ranges: e.ranges, note: '' };
		})
		.filter((e) => (seen.has(e.date) ? false : (seen.add(e.date), true)));
	return { ...raw, exceptions };
}

describe('slot laws (property)', () => {
	it('free slots lie in opening hours, respect notice, and clash with no live booking', () => {
		fc.assert(
			fc.property(
				availabilityArb('a1'),
				fromArb,
				fc.integer({ min: -2 * 24 * 60, max: 2 * 24 * 60 }),
				fc.array(
					fc.record({
						dayOffset: fc.integer({ min: 0, max: 7 }),
						minute: fc.integer({ min: 0, max: 23 * 60 }),
						length: fc.integer({ min: 10, max: 120 }),
						status: fc.constantFrom('requested', 'confirmed', 'cancelled', 'declined', 'expired'),
						holdMinutes: fc.integer({ min: -600, max: 600 })
					}),
					{ maxLength: 8 }
				),
				(raw, from, nowShift, rawBookings) => {
					const av = withDates(raw, from);
					const base = Date.parse(`${from}T00:00:00Z`);
					const now = base + nowShift * MIN;
					const bookings: BookingTimes[] = rawBookings.map((b, i) => {
						const startsAt = base + b.dayOffset * 86_400_000 + b.minute * MIN;
						return {
							id: `b${i}`,
							advisorId: 'a1',
							startsAt,
							endsAt: startsAt + b.length * MIN,
							status: b.status as BookingTimes['status'],
							holdExpiresAt: b.status === 'requested' ? now + b.holdMinutes * MIN : null
						};
					});
					const range = { from, days: 8 };
					const slots = freeSlots(av, bookings, now, range);
					for (const s of slots) {
						expect(s.endsAt - s.startsAt).toBe(av.meetingMinutes * MIN);
						expect(s.startsAt).toBeGreaterThanOrEqual(now + av.minNoticeMinutes * MIN);
						const start = toHelsinki(s.startsAt);
						const hours = openingHours(av, start.date);
						const m = minutesOfTime(start.time);
						expect(hours.some((r) => m >= minutesOfTime(r.start) && m < minutesOfTime(r.end))).toBe(
							true
						);
						for (const b of bookings) {
							if (isLive(b, now)) expect(clashes(s, b, av.bufferMinutes)).toBe(false);
						}
						expect(findFreeSlot(av, bookings, now, s.startsAt, av.channels[0]!)).not.toBeNull();
					}
					// Slots of one advisor never clash with each other.
					for (let i = 1; i < slots.length; i++) {
						expect(clashes(slots[i - 1]!, slots[i]!, av.bufferMinutes)).toBe(false);
					}
				}
			),
			{ numRuns: 150 }
		);
	});

	it('booking free slots one by one never leaves two clashing live bookings', () => {
		fc.assert(
			fc.property(
				availabilityArb('a1'),
				availabilityArb('a2'),
				fromArb,
				fc.array(fc.nat(), { minLength: 1, maxLength: 15 }),
				(raw1, raw2, from, picks) => {
					const avs = [withDates(raw1, from), withDates(raw2, from)];
					const now = Date.parse(`${from}T00:00:00Z`);
					const range = { from, days: 8 };
					const bookings: BookingTimes[] = [];
					for (const pick of picks) {
						const slots = freeSlots(avs, bookings, now, range);
						if (slots.length === 0) break;
						const slot = slots[pick % slots.length]!;
						const advisorId = slot.advisorIds[pick % slot.advisorIds.length]!;
						bookings.push({
							id: `b${bookings.length}`,
							advisorId,
							startsAt: slot.startsAt,
							endsAt: slot.endsAt,
							status: 'requested',
							holdExpiresAt: now + 60 * MIN
						});
					}
					for (const av of avs) {
						const mine = bookings.filter((b) => b.advisorId === av.advisorId);
						for (let i = 0; i < mine.length; i++)
							for (let j = i + 1; j < mine.length; j++)
								expect(clashes(mine[i]!, mine[j]!, av.bufferMinutes)).toBe(false);
					}
				}
			),
			{ numRuns: 100 }
		);
	});
});
