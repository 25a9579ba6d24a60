/**
 * Europe/Helsinki wall-clock time <-> UTC instants, with daylight saving time, using only the
 * platform's Intl time-zone data (no date library). Bookings are stored in UTC and shown in
 * Helsinki time (src/lib/server/bookings/README.md); advisors' weekly hours are Helsinki wall times.
 *
 * Local dates are `YYYY-MM-DD` strings and local times `HH:MM`; instants are epoch milliseconds.
 * Finland follows the EU rule (EET +02:00, EEST +03:00 from the last Sunday of March 03:00 to the
 * last Sunday of October 04:00), but nothing here hard-codes it: the offsets come from Intl.
 */

import { addDays, isLocalDate } from './dates';

// The booking endpoints and the advisor's case page validate dates with these beside Helsinki
// times; calendar arithmetic itself lives in dates.ts.
export { daysBetween, isLocalDate } from './dates';

export const HELSINKI = 'Europe/Helsinki';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface HelsinkiDateTime {
	/** `YYYY-MM-DD` */
	date: string;
	/** `HH:MM` (seconds are dropped: bookings live on minute boundaries) */
	time: string;
	/** ISO weekday: 1 = Monday ... 7 = Sunday */
	weekday: number;
	/** Offset from UTC in minutes at that instant: 120 (EET) or 180 (EEST). */
	offsetMinutes: number;
}

let formatter: Intl.DateTimeFormat | undefined;
function helsinkiFormatter(): Intl.DateTimeFormat {
	formatter ??= new Intl.DateTimeFormat('en-US', {
		timeZone: HELSINKI,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	});
	return formatter;
}

// Offsets change only on whole UTC hours (01:00 UTC in the EU), so one lookup per UTC hour is
// exact. The cache keeps slot generation for weeks of calendars cheap; it is bounded.
const offsetCache = new Map<number, number>();
const OFFSET_CACHE_MAX = 20_000;

/** Helsinki's offset from UTC, in minutes, at `instant`. */
export function helsinkiOffsetMinutes(instant: number): number {
	const hourKey = Math.floor(instant / HOUR);
	const cached = offsetCache.get(hourKey);
	if (cached !== undefined) return cached;
	const parts: Record<string, number> = {};
	for (const p of helsinkiFormatter().formatToParts(new Date(hourKey * HOUR))) {
		if (p.type !== 'literal') parts[p.type] = Number(p.value);
	}
	const asUtc = Date.UTC(
		parts.year ?? 0,
		(parts.month ?? 1) - 1,
		parts.day ?? 1,
		parts.hour ?? 0,
		parts.minute ?? 0,
		parts.second ?? 0
	);
	const offset = Math.round((asUtc - hourKey * HOUR) / MINUTE);
	if (offsetCache.size >= OFFSET_CACHE_MAX) offsetCache.clear();
	offsetCache.set(hourKey, offset);
	return offset;
}

function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

/** The Helsinki wall-clock date and time of a UTC instant. */
export function toHelsinki(instant: number | Date): HelsinkiDateTime {
	const ms = typeof instant === 'number' ? instant : instant.getTime();
	const offsetMinutes = helsinkiOffsetMinutes(ms);
	const local = new Date(ms + offsetMinutes * MINUTE);
	const weekday = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
	return {
		date: `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
		time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
		weekday,
		offsetMinutes
	};
}

export function isLocalTime(value: string): boolean {
	return TIME_RE.test(value);
}

/** Minutes since local midnight of an `HH:MM` time. */
export function minutesOfTime(time: string): number {
	const m = TIME_RE.exec(time);
	if (!m) throw new RangeError(`Not an HH:MM time: ${time}`);
	return Number(m[1]) * 60 + Number(m[2]);
}

export function timeOfMinutes(minutes: number): string {
	return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The wall-clock reading as if it were UTC: a calendar arithmetic helper, not an instant. */
function wallMs(date: string, minutes: number): number {
	const m = DATE_RE.exec(date);
	if (!m || !isLocalDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
	return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + minutes * MINUTE;
}

/**
 * Every UTC instant that shows `date time` on a Helsinki clock, earliest first: one normally,
 * none in the spring gap (03:00–03:59 on the last Sunday of March), two in the repeated autumn
 * hour (03:00–03:59 on the last Sunday of October).
 */
export function helsinkiInstants(date: string, time: string): number[] {
	const wall = wallMs(date, minutesOfTime(time));
	// Candidates: the wall time read with each offset in force around it. A reading is valid when
	// its instant, shown on a Helsinki clock, gives the same wall time back.
	const offsets = new Set([
		helsinkiOffsetMinutes(wall - 14 * HOUR),
		helsinkiOffsetMinutes(wall + 14 * HOUR)
	]);
	return [...offsets]
		.map((o) => wall - o * MINUTE)
		.filter((instant) => instant + helsinkiOffsetMinutes(instant) * MINUTE === wall)
		.sort((a, b) => a - b);
}

/**
 * The UTC instant of a Helsinki wall-clock time, disambiguated like Temporal's 'compatible':
 * a repeated autumn time gives the first (summer-time) instant; a time in the spring gap is read
 * with the offset before the change, so 03:30 on that day becomes 04:30 EEST.
 */
export function fromHelsinki(date: string, time: string): number {
	const instants = helsinkiInstants(date, time);
	const first = instants[0];
	if (first !== undefined) return first;
	const wall = wallMs(date, minutesOfTime(time));
	return wall - helsinkiOffsetMinutes(wall - 14 * HOUR) * MINUTE;
}

/** Like `fromHelsinki`, but `null` for a wall time that does not exist (the spring gap). */
export function fromHelsinkiExisting(date: string, time: string): number | null {
	return helsinkiInstants(date, time)[0] ?? null;
}

/** The UTC instants bounding a Helsinki local day [start, end): 23, 24 or 25 hours long. */
export function helsinkiDayBounds(date: string): { start: number; end: number } {
	return {
		start: fromHelsinki(date, '00:00'),
		end: fromHelsinki(addDays(date, 1), '00:00')
	};
}
