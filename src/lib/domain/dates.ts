/**
 * Calendar arithmetic, the one home for it (docs/conventions.md §19). No time zone is involved:
 * a local date is a `YYYY-MM-DD` string and a month a `YYYY-MM` string, both read as a day on a
 * calendar, never as an instant, so no daylight-saving change can move them. Helsinki wall
 * clocks and instants live in helsinki-time.ts.
 *
 * Three kinds of value, three names, so a month string is never passed where a date is meant:
 * - `addDays`, `addMonths`, `daysBetween`, `weekdayOf`, `startOfWeek`: local dates;
 * - `addMonthsToMonth`, `monthsBetween`, `daysInMonth`: `YYYY-MM` months;
 * - `addMonthsToInstant`: a `Date`, whose UTC calendar date moves and whose time of day stays.
 *
 * Month-end rule (the same everywhere): adding months keeps the day of the month, clamped to the
 * last day of a shorter month. 31 January + 1 month is 28 February (29th in a leap year), never
 * 3 March; 29 February + 12 months is 28 February. Clamping is not undone by adding more months:
 * 31 January + 1 + 1 month is 28 March, while 31 January + 2 months is 31 March.
 */

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM`, months 01-12. */
export const MONTH_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])$/;

function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

/** A real calendar day written `YYYY-MM-DD` (2026-02-30 is not one). */
export function isLocalDate(value: string): boolean {
	const m = DATE_RE.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const probe = new Date(Date.UTC(y, mo - 1, d));
	return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

export function isMonth(value: string): boolean {
	return MONTH_PATTERN.test(value);
}

/** The date's midnight read as UTC: a calendar arithmetic helper, not an instant. */
function dayMs(date: string): number {
	if (!isLocalDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
	return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8)));
}

function dateOfMs(ms: number): string {
	const d = new Date(ms);
	return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: string, days: number): string {
	return dateOfMs(dayMs(date) + days * DAY_MS);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
	return Math.round((dayMs(b) - dayMs(a)) / DAY_MS);
}

/** ISO weekday (1 = Monday ... 7 = Sunday) of a local date. */
export function weekdayOf(date: string): number {
	const day = new Date(dayMs(date)).getUTCDay();
	return day === 0 ? 7 : day;
}

/** The Monday of the week containing `date`. */
export function startOfWeek(date: string): string {
	return addDays(date, 1 - weekdayOf(date));
}

/** Months since year 0, so month arithmetic is integer arithmetic. */
function monthIndex(month: string): number {
	if (!MONTH_PATTERN.test(month)) throw new RangeError(`Not a YYYY-MM month: ${month}`);
	return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthFromIndex(index: number): string {
	const year = Math.floor(index / 12);
	const month = (index % 12) + 1;
	return `${pad(year, 4)}-${pad(month)}`;
}

/** A `YYYY-MM` month plus `count` months (negative goes back). */
export function addMonthsToMonth(month: string, count: number): string {
	return monthFromIndex(monthIndex(month) + count);
}

/** Whole months from `from` to `to`, both `YYYY-MM` (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
	return monthIndex(to) - monthIndex(from);
}

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a `YYYY-MM` month. */
export function daysInMonth(month: string): number {
	const m = monthIndex(month) % 12;
	if (m === 1 && isLeapYear(Number(month.slice(0, 4)))) return 29;
	return MONTH_LENGTHS[m] ?? 31;
}

/** A local date plus `months` calendar months, clamped to the end of a shorter month (above). */
export function addMonths(date: string, months: number): string {
	dayMs(date);
	const month = addMonthsToMonth(date.slice(0, 7), months);
	const day = Math.min(Number(date.slice(8)), daysInMonth(month));
	return `${month}-${pad(day)}`;
}

/**
 * An instant plus `months` calendar months of its UTC date, clamped like `addMonths`; the time of
 * day stays. 31 August 09:00Z + 6 months is 28 February 09:00Z (29th in a leap year).
 */
export function addMonthsToInstant(instant: Date, months: number): Date {
	const ms = instant.getTime();
	const midnight = Math.floor(ms / DAY_MS) * DAY_MS;
	return new Date(dayMs(addMonths(dateOfMs(midnight), months)) + (ms - midnight));
}
