/**
 * Booking rules (src/lib/server/bookings/README.md): which times are free, which bookings
 * occupy a calendar, and in what order an advisor's queue is shown. Pure: the server calls these
 * inside its serialised write transaction with the rows it has just read, and the same code
 * answers the slot list, so "offered" and "accepted" can never disagree.
 *
 * Times: instants are epoch milliseconds (UTC); the weekly template and date exceptions are
 * Helsinki wall-clock times (helsinki-time.ts). A meeting lasts `meetingMinutes` of real time, so
 * a meeting across a DST change is still that long.
 */
import type {
	BookingStatus,
	Channel,
	DateException,
	Slot,
	TimeRange,
	WeeklyHours
} from '$lib/schemas/booking';
import type { Home } from '$lib/schemas/situation';
import { evictionStage, stageSeverity, type EvictionStage } from './eviction';
import { addDays, daysBetween, weekdayOf } from './dates';
import {
	fromHelsinki,
	fromHelsinkiExisting,
	minutesOfTime,
	timeOfMinutes,
	toHelsinki
} from './helsinki-time';

const MINUTE = 60_000;

export interface AdvisorAvailability {
	advisorId: string;
	meetingMinutes: number;
	/** Free time kept between two meetings (on both sides of every booking). */
	bufferMinutes: number;
	/** Earliest bookable start is now + this. */
	minNoticeMinutes: number;
	/** Bookings open this many days ahead: up to the end of Helsinki's today + this many days. */
	horizonDays: number;
	channels: readonly Channel[];
	weekly: readonly WeeklyHours[];
	/** One per date at most; `ranges: []` is a day off. */
	exceptions: readonly DateException[];
}

/** What the rules need to know of an existing booking. */
export interface BookingTimes {
	id?: string;
	advisorId: string;
	startsAt: number;
	endsAt: number;
	status: BookingStatus;
	/** For `requested`: the hold ends here (the slot is free from this instant). */
	holdExpiresAt: number | null;
}

/** A free time for one or more advisors. */
export interface FreeSlot {
	startsAt: number;
	endsAt: number;
	advisorIds: string[];
	channels: Channel[];
}

export interface SlotRange {
	/** First Helsinki local date, `YYYY-MM-DD`. */
	from: string;
	days: number;
}

/**
 * A requested booking holds its slot only until its hold expires; it is then `expired` whether
 * or not a writer has marked it yet (holds are expired lazily: at read time, and in the write
 * transaction that next touches the calendar).
 */
export function effectiveStatus(
	b: Pick<BookingTimes, 'status' | 'holdExpiresAt'>,
	now: number
): BookingStatus {
	return holdExpired(b, now) ? 'expired' : b.status;
}

/** Occupies the advisor's calendar at `now`: confirmed, or requested with a live hold. */
export function isLive(b: Pick<BookingTimes, 'status' | 'holdExpiresAt'>, now: number): boolean {
	const status = effectiveStatus(b, now);
	return status === 'requested' || status === 'confirmed';
}

/**
 * Two meetings clash when they overlap or come closer than the buffer. The buffer applies
 * between meetings, not at the edges of opening hours.
 */
export function clashes(
	a: { startsAt: number; endsAt: number },
	b: { startsAt: number; endsAt: number },
	bufferMinutes: number
): boolean {
	const buffer = bufferMinutes * MINUTE;
	return a.startsAt < b.endsAt + buffer && b.startsAt < a.endsAt + buffer;
}

/** The hold of a request made at `now` for a meeting at `startsAt`: never past the meeting. */
export function holdExpiry(now: number, startsAt: number, holdHours: number): number {
	return Math.min(now + holdHours * 60 * MINUTE, startsAt);
}

/** The opening hours of one local date: its exception if any, else the weekly template. */
export function openingHours(av: AdvisorAvailability, date: string): TimeRange[] {
	const exception = av.exceptions.find((e) => e.date === date);
	if (exception) return [...exception.ranges];
	const weekday = weekdayOf(date);
	return av.weekly
		.filter((w) => w.weekday === weekday)
		.map((w) => ({ start: w.start, end: w.end }));
}

/**
 * The candidate meeting starts of one advisor on the dates in `range`, before bookings are
 * considered: back to back from the start of each opening range, a meeting plus a buffer apart,
 * each ending within its range. Wall times that do not exist (the spring DST gap) are skipped.
 */
export function candidateSlots(
	av: AdvisorAvailability,
	range: SlotRange,
	now: number
): { startsAt: number; endsAt: number }[] {
	const out: { startsAt: number; endsAt: number }[] = [];
	const earliest = now + av.minNoticeMinutes * MINUTE;
	const lastDate = addDays(toHelsinki(now).date, av.horizonDays);
	const step = av.meetingMinutes + av.bufferMinutes;
	// Ranges that touch (09–12 and 12–15, or 21–24 and the next day's 00–01) must still keep the
	// buffer between their meetings, so the last meeting end carries over from day to day.
	let previousEnd = Number.NEGATIVE_INFINITY;
	for (let d = 0; d < range.days; d++) {
		const date = addDays(range.from, d);
		if (date > lastDate) break;
		const ranges = openingHours(av, date).sort(
			(a, b) => minutesOfTime(a.start) - minutesOfTime(b.start)
		);
		for (const r of ranges) {
			const rangeEnd = fromHelsinki(date, r.end);
			const lastStart = minutesOfTime(r.end) - av.meetingMinutes;
			for (let m = minutesOfTime(r.start); m <= lastStart; m += step) {
				const startsAt = fromHelsinkiExisting(date, timeOfMinutes(m));
				if (startsAt === null) continue;
				const endsAt = startsAt + av.meetingMinutes * MINUTE;
				if (endsAt > rangeEnd || startsAt < earliest) continue;
				if (startsAt < previousEnd + av.bufferMinutes * MINUTE) continue;
				previousEnd = endsAt;
				out.push({ startsAt, endsAt });
			}
		}
	}
	return out.sort((a, b) => a.startsAt - b.startsAt);
}

/** Free slots of one advisor: candidates that clash with no live booking of theirs. */
export function advisorFreeSlots(
	av: AdvisorAvailability,
	bookings: readonly BookingTimes[],
	now: number,
	range: SlotRange,
	/** A booking that does not count as busy (the one being moved). */
	ignoreBookingId?: string
): FreeSlot[] {
	const busy = bookings
		.filter((b) => b.advisorId === av.advisorId && b.id !== ignoreBookingId && isLive(b, now))
		.sort((a, b) => a.startsAt - b.startsAt);
	const out: FreeSlot[] = [];
	for (const c of candidateSlots(av, range, now)) {
		if (busy.some((b) => clashes(c, b, av.bufferMinutes))) continue;
		out.push({ ...c, advisorIds: [av.advisorId], channels: [...av.channels] });
	}
	return out;
}

/**
 * Free slots of several advisors. With one advisor this is that advisor's list; with many it is
 * "the service": the union, where slots at the same start and end merge (their advisors and
 * channels listed together).
 */
export function freeSlots(
	availability: AdvisorAvailability | readonly AdvisorAvailability[],
	bookings: readonly BookingTimes[],
	now: number,
	range: SlotRange,
	ignoreBookingId?: string
): FreeSlot[] {
	const list = Array.isArray(availability)
		? (availability as readonly AdvisorAvailability[])
		: [availability as AdvisorAvailability];
	const merged = new Map<string, FreeSlot>();
	for (const av of list) {
		for (const s of advisorFreeSlots(av, bookings, now, range, ignoreBookingId)) {
			const key = `${s.startsAt}/${s.endsAt}`;
			const seen = merged.get(key);
			if (!seen) {
				merged.set(key, s);
				continue;
			}
			seen.advisorIds = [...new Set([...seen.advisorIds, ...s.advisorIds])].sort();
			seen.channels = CHANNEL_ORDER.filter(
				(c) => seen.channels.includes(c) || s.channels.includes(c)
			);
		}
	}
	return [...merged.values()].sort((a, b) => a.startsAt - b.startsAt || a.endsAt - b.endsAt);
}
const CHANNEL_ORDER: readonly Channel[] = ['office', 'phone', 'video'];

/** The Helsinki local date a slot starting at `startsAt` is listed under. */
export function slotDate(startsAt: number): string {
	return toHelsinki(startsAt).date;
}

/**
 * Is `startsAt` (with `channel`) offered to this advisor right now? True only when it is exactly
 * one of their free slots: on the grid, within hours, notice and horizon, clashing with nothing.
 */
export function findFreeSlot(
	av: AdvisorAvailability,
	bookings: readonly BookingTimes[],
	now: number,
	startsAt: number,
	channel: Channel,
	ignoreBookingId?: string
): FreeSlot | null {
	if (!av.channels.includes(channel)) return null;
	const range = { from: slotDate(startsAt), days: 1 };
	return (
		advisorFreeSlots(av, bookings, now, range, ignoreBookingId).find(
			(s) => s.startsAt === startsAt
		) ?? null
	);
}

/** The `count` free slots nearest to `target` (either side), in time order. */
export function nearestSlots(slots: readonly FreeSlot[], target: number, count = 3): FreeSlot[] {
	return [...slots]
		.sort(
			(a, b) =>
				Math.abs(a.startsAt - target) - Math.abs(b.startsAt - target) || a.startsAt - b.startsAt
		)
		.slice(0, count)
		.sort((a, b) => a.startsAt - b.startsAt);
}

/** The wire form of a slot, with its Helsinki labels. */
export function slotView(s: FreeSlot): Slot {
	const start = toHelsinki(s.startsAt);
	const end = toHelsinki(s.endsAt);
	return {
		startsAt: new Date(s.startsAt).toISOString(),
		endsAt: new Date(s.endsAt).toISOString(),
		localDate: start.date,
		localStart: start.time,
		localEnd: end.time,
		advisorIds: s.advisorIds,
		channels: s.channels
	};
}

/** Slots grouped by Helsinki local date; every date in the range appears, maybe with none. */
export function slotsByDay(
	slots: readonly FreeSlot[],
	range: SlotRange
): { date: string; weekday: number; slots: Slot[] }[] {
	const days = Array.from({ length: range.days }, (_, i) => {
		const date = addDays(range.from, i);
		return { date, weekday: weekdayOf(date), slots: [] as Slot[] };
	});
	const byDate = new Map(days.map((d) => [d.date, d]));
	for (const s of slots) {
		const view = slotView(s);
		byDate.get(view.localDate)?.slots.push(view);
	}
	return days;
}

// ---- The advisor's queue ----------------------------------------------------------------------

/** What the queue knows about a request's urgency. `severity` -1 = situation not shared. */
export interface UrgencyKey {
	stage: EvictionStage | null;
	severity: number;
	/** The nearest eviction-path date from today on (eviction, court step), if any. */
	nextDeadline: string | null;
	daysToDeadline: number | null;
	/** When the request was made (epoch ms): older first among equals. */
	requestedAt: number;
}

/** Events whose date is a deadline ahead of the tenant (the day of eviction, court steps). */
const DEADLINE_EVENTS = ['evictionDate', 'judgment', 'evictionApplication'] as const;

/**
 * The urgency of a request from the tenant's home situation (only when the tenant has shared it
 * under consent; pass `undefined` otherwise) and the request time. `today` is a Helsinki date.
 */
export function urgencyOf(
	home: Home | null | undefined,
	requestedAt: number,
	today: string
): UrgencyKey {
	if (!home) {
		return { stage: null, severity: -1, nextDeadline: null, daysToDeadline: null, requestedAt };
	}
	const stage = evictionStage(home);
	const upcoming = DEADLINE_EVENTS.map((e) => home[e].date)
		.filter((d): d is string => typeof d === 'string' && d >= today)
		.sort();
	const nextDeadline = upcoming[0] ?? null;
	return {
		stage,
		severity: stageSeverity(stage),
		nextDeadline,
		daysToDeadline: nextDeadline === null ? null : daysBetween(today, nextDeadline),
		requestedAt
	};
}

/**
 * Queue order, most urgent first: eviction stage severity (later stage first; unknown last),
 * then days until the nearest eviction date or court step (sooner first; none last), then the
 * request's age (older first).
 */
export function compareUrgency(a: UrgencyKey, b: UrgencyKey): number {
	if (a.severity !== b.severity) return b.severity - a.severity;
	const da = a.daysToDeadline ?? Number.POSITIVE_INFINITY;
	const db = b.daysToDeadline ?? Number.POSITIVE_INFINITY;
	if (da !== db) return da < db ? -1 : 1;
	return a.requestedAt - b.requestedAt;
}

/** `items` sorted most urgent first (a stable copy). */
export function urgencyRank<T extends { urgency: UrgencyKey }>(items: readonly T[]): T[] {
	return [...items].sort((a, b) => compareUrgency(a.urgency, b.urgency));
}

/**
 * The one rule for a lapsed hold: a request whose hold ends at or before `now` (or never had
 * one) no longer holds its slot. The SQL filters that select live holds (`hold_expires_at >
 * now`) are the same rule written for the database.
 */
export function holdExpired(
	b: Pick<BookingTimes, 'status' | 'holdExpiresAt'>,
	now: number
): boolean {
	return b.status === 'requested' && (b.holdExpiresAt === null || b.holdExpiresAt <= now);
}

/**
 * Whether a tenant's booking is current (shown at the top of "my bookings") rather than history:
 * it has not ended yet by the server's clock (ISO instants compare as text), and it is still
 * standing (requested or confirmed) or was declined with other times the tenant can pick from.
 */
export function isCurrentBooking(
	booking: { status: string; endsAt: string; proposedTimes: readonly unknown[] },
	serverTime: string
): boolean {
	if (booking.endsAt <= serverTime) return false;
	return (
		booking.status === 'requested' ||
		booking.status === 'confirmed' ||
		(booking.status === 'declined' && booking.proposedTimes.length > 0)
	);
}
