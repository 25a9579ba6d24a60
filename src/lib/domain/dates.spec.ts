import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	addDays,
	addMonths,
	addMonthsToInstant,
	addMonthsToMonth,
	daysBetween,
	daysInMonth,
	isLocalDate,
	isMonth,
	monthsBetween,
	startOfWeek,
	weekdayOf
} from './dates';

/** Real dates of the years 1000-8999, so decades either way still have four-digit years. */
const localDate = fc
	.date({
		min: new Date('1000-01-01T00:00:00Z'),
		max: new Date('8999-12-31T00:00:00Z'),
		noInvalidDate: true
	})
	.map((d) => d.toISOString().slice(0, 10));
const month = localDate.map((d) => d.slice(0, 7));

describe('local dates', () => {
	it('adds days across month, year and leap-day boundaries', () => {
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
		expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
		expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
	});

	it('knows weekdays and the Monday of a week', () => {
		expect(weekdayOf('2026-11-30')).toBe(1);
		expect(weekdayOf('2026-12-06')).toBe(7);
		expect(startOfWeek('2026-12-06')).toBe('2026-11-30');
		expect(startOfWeek('2026-11-30')).toBe('2026-11-30');
	});

	it('accepts only real calendar days', () => {
		expect(isLocalDate('2028-02-29')).toBe(true);
		expect(isLocalDate('2026-02-29')).toBe(false);
		expect(isLocalDate('2026-02-30')).toBe(false);
		expect(isLocalDate('2026-13-01')).toBe(false);
		expect(isLocalDate('2026-1-01')).toBe(false);
		expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
		expect(() => addDays('2026-02', 1)).toThrow(RangeError);
	});

	it('adding days is undone by subtracting them, and daysBetween measures it (property)', () => {
		fc.assert(
			fc.property(localDate, fc.integer({ min: -366, max: 366 }), (date, n) => {
				const moved = addDays(date, n);
				expect(isLocalDate(moved)).toBe(true);
				expect(addDays(moved, -n)).toBe(date);
				expect(daysBetween(date, moved)).toBe(n);
				expect(moved > date).toBe(n > 0);
			})
		);
	});

	it('puts every date in the week of its Monday (property)', () => {
		fc.assert(
			fc.property(localDate, (date) => {
				const monday = startOfWeek(date);
				expect(weekdayOf(monday)).toBe(1);
				expect(daysBetween(monday, date)).toBe(weekdayOf(date) - 1);
			})
		);
	});
});

describe('months of dates: the month-end rule', () => {
	it('clamps to the last day of a shorter month', () => {
		expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
		expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
		expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
		expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
		expect(addMonths('2026-01-30', 1)).toBe('2026-02-28');
		expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
	});

	it('handles leap days and years', () => {
		expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
		expect(addMonths('2028-02-29', 48)).toBe('2032-02-29');
		expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
		expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
		// Century years are leap years only every 400 years.
		expect(addMonths('1999-01-31', 13)).toBe('2000-02-29');
		expect(addMonths('2099-01-31', 13)).toBe('2100-02-28');
	});

	it('does not undo a clamp: one month twice is not two months', () => {
		expect(addMonths(addMonths('2026-01-31', 1), 1)).toBe('2026-03-28');
		expect(addMonths('2026-01-31', 2)).toBe('2026-03-31');
	});

	it('keeps the day when it fits and lands on the month end when not (property)', () => {
		fc.assert(
			fc.property(localDate, fc.integer({ min: -120, max: 120 }), (date, n) => {
				const moved = addMonths(date, n);
				expect(isLocalDate(moved)).toBe(true);
				const target = addMonthsToMonth(date.slice(0, 7), n);
				expect(moved.slice(0, 7)).toBe(target);
				const day = Number(date.slice(8));
				expect(Number(moved.slice(8))).toBe(Math.min(day, daysInMonth(target)));
			})
		);
	});
});

describe('months', () => {
	it('adds months across years', () => {
		expect(addMonthsToMonth('2025-11', 3)).toBe('2026-02');
		expect(addMonthsToMonth('2025-01', -1)).toBe('2024-12');
		expect(monthsBetween('2025-11', '2026-02')).toBe(3);
		expect(() => addMonthsToMonth('2025-13', 1)).toThrow(RangeError);
		expect(() => addMonthsToMonth('2025-01-01', 1)).toThrow(RangeError);
		expect(isMonth('2025-12')).toBe(true);
		expect(isMonth('2025-00')).toBe(false);
	});

	it('knows the length of a month', () => {
		expect(daysInMonth('2025-02')).toBe(28);
		expect(daysInMonth('2024-02')).toBe(29);
		expect(daysInMonth('1900-02')).toBe(28);
		expect(daysInMonth('2000-02')).toBe(29);
		expect(daysInMonth('2025-04')).toBe(30);
		expect(daysInMonth('2025-12')).toBe(31);
	});

	it('month arithmetic is integer arithmetic (property)', () => {
		fc.assert(
			fc.property(
				month,
				fc.integer({ min: -240, max: 240 }),
				fc.integer({ min: -240, max: 240 }),
				(m, a, b) => {
					expect(addMonthsToMonth(addMonthsToMonth(m, a), b)).toBe(addMonthsToMonth(m, a + b));
					expect(monthsBetween(m, addMonthsToMonth(m, a))).toBe(a);
				}
			)
		);
	});

	it('every month has as many days as the days from its first to the next first (property)', () => {
		fc.assert(
			fc.property(month, (m) => {
				expect(daysBetween(`${m}-01`, `${addMonthsToMonth(m, 1)}-01`)).toBe(daysInMonth(m));
			})
		);
	});
});

describe('months of instants', () => {
	it('moves the UTC date by the month-end rule and keeps the time of day', () => {
		expect(addMonthsToInstant(new Date('2026-08-31T09:00:00Z'), 6).toISOString()).toBe(
			'2027-02-28T09:00:00.000Z'
		);
		expect(addMonthsToInstant(new Date('2027-08-31T09:00:00Z'), 6).toISOString()).toBe(
			'2028-02-29T09:00:00.000Z'
		);
		expect(addMonthsToInstant(new Date('2026-01-31T23:59:59.999Z'), 1).toISOString()).toBe(
			'2026-02-28T23:59:59.999Z'
		);
		expect(addMonthsToInstant(new Date('2026-01-15T00:00:00Z'), 24).toISOString()).toBe(
			'2028-01-15T00:00:00.000Z'
		);
	});

	it('agrees with addMonths on the date part (property)', () => {
		fc.assert(
			fc.property(
				localDate,
				fc.integer({ min: 0, max: 86_399_999 }),
				fc.integer({ min: -24, max: 24 }),
				(date, msOfDay, n) => {
					const instant = new Date(Date.parse(`${date}T00:00:00Z`) + msOfDay);
					const moved = addMonthsToInstant(instant, n).toISOString();
					expect(moved.slice(0, 10)).toBe(addMonths(date, n));
					expect(moved.slice(10)).toBe(instant.toISOString().slice(10));
				}
			)
		);
	});
});
