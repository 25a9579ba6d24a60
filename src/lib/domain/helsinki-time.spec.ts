import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isLocalDate, startOfWeek, weekdayOf } from './dates';
import {
	fromHelsinki,
	fromHelsinkiExisting,
	helsinkiDayBounds,
	helsinkiInstants,
	helsinkiOffsetMinutes,
	toHelsinki
} from './helsinki-time';

const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

/** Last Sunday of a month, as a local date. */
function lastSunday(year: number, month: number): string {
	const last = new Date(Date.UTC(year, month, 0));
	const back = last.getUTCDay();
	return new Date(last.getTime() - back * 24 * HOUR).toISOString().slice(0, 10);
}

describe('Helsinki time', () => {
	it('knows winter and summer offsets', () => {
		expect(helsinkiOffsetMinutes(Date.parse('2026-01-15T12:00:00Z'))).toBe(120);
		expect(helsinkiOffsetMinutes(Date.parse('2026-07-15T12:00:00Z'))).toBe(180);
	});

	it('converts wall times both ways', () => {
		expect(iso(fromHelsinki('2026-12-01', '10:00'))).toBe('2026-12-01T08:00:00.000Z');
		expect(iso(fromHelsinki('2026-06-01', '10:00'))).toBe('2026-06-01T07:00:00.000Z');
		expect(toHelsinki(Date.parse('2026-12-01T08:00:00Z'))).toEqual({
			date: '2026-12-01',
			time: '10:00',
			weekday: 2,
			offsetMinutes: 120
		});
		// Late evening UTC is already the next day in Helsinki.
		expect(toHelsinki(Date.parse('2026-12-31T22:30:00Z')).date).toBe('2027-01-01');
	});

	it('switches at 01:00 UTC on the last Sundays of March and October 2026', () => {
		expect(toHelsinki(Date.parse('2026-03-29T00:59:00Z')).time).toBe('02:59');
		expect(toHelsinki(Date.parse('2026-03-29T01:00:00Z')).time).toBe('04:00');
		expect(toHelsinki(Date.parse('2026-10-25T00:59:00Z')).time).toBe('03:59');
		expect(toHelsinki(Date.parse('2026-10-25T01:00:00Z')).time).toBe('03:00');
	});

	it('has no 03:30 on the spring day and two on the autumn day', () => {
		expect(helsinkiInstants('2026-03-29', '03:30')).toEqual([]);
		expect(fromHelsinkiExisting('2026-03-29', '03:30')).toBeNull();
		expect(iso(fromHelsinki('2026-03-29', '03:30'))).toBe('2026-03-29T01:30:00.000Z'); // 04:30 EEST
		expect(helsinkiInstants('2026-10-25', '03:30').map(iso)).toEqual([
			'2026-10-25T00:30:00.000Z',
			'2026-10-25T01:30:00.000Z'
		]);
		expect(iso(fromHelsinki('2026-10-25', '03:30'))).toBe('2026-10-25T00:30:00.000Z');
	});

	it('gives 23- and 25-hour days at the changes', () => {
		const spring = helsinkiDayBounds('2026-03-29');
		const autumn = helsinkiDayBounds('2026-10-25');
		expect((spring.end - spring.start) / HOUR).toBe(23);
		expect((autumn.end - autumn.start) / HOUR).toBe(25);
		expect(helsinkiDayBounds('2026-06-01').end - helsinkiDayBounds('2026-06-01').start).toBe(
			24 * HOUR
		);
	});

	it('does calendar arithmetic on local dates', () => {
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(weekdayOf('2026-11-30')).toBe(1);
		expect(weekdayOf('2026-12-06')).toBe(7);
		expect(startOfWeek('2026-12-06')).toBe('2026-11-30');
		expect(isLocalDate('2026-02-30')).toBe(false);
		expect(isLocalDate('2028-02-29')).toBe(true);
	});

	it('round-trips every minute-aligned instant of 2026–2030 (property)', () => {
		const from = Date.parse('2026-01-01T00:00:00Z') / 60_000;
		const to = Date.parse('2031-01-01T00:00:00Z') / 60_000;
		fc.assert(
			fc.property(fc.integer({ min: from, max: to }), (minute) => {
				const instant = minute * 60_000;
				const local = toHelsinki(instant);
				const back = helsinkiInstants(local.date, local.time);
				expect(back).toContain(instant);
				expect([120, 180]).toContain(local.offsetMinutes);
			}),
			{ numRuns: 3000 }
		);
	});

	it('round-trips wall times around every DST change of 2026–2030 (property)', () => {
		const changes = [2026, 2027, 2028, 2029, 2030].flatMap((y) => [
			{ date: lastSunday(y, 3), kind: 'spring' as const },
			{ date: lastSunday(y, 10), kind: 'autumn' as const }
		]);
		fc.assert(
			fc.property(
				fc.constantFrom(...changes),
				fc.integer({ min: -1, max: 1 }),
				fc.integer({ min: 0, max: 23 * 60 + 59 }),
				(change, dayShift, minuteOfDay) => {
					const date = addDays(change.date, dayShift);
					const time = `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
					const instants = helsinkiInstants(date, time);
					const inChangeHour = dayShift === 0 && minuteOfDay >= 180 && minuteOfDay < 240;
					const expected = inChangeHour ? (change.kind === 'spring' ? 0 : 2) : 1;
					expect(instants).toHaveLength(expected);
					for (const i of instants) expect(toHelsinki(i)).toMatchObject({ date, time });
					// 'compatible' always gives an instant; it shows the same time unless in the gap.
					const compatible = toHelsinki(fromHelsinki(date, time));
					if (expected > 0) expect(compatible).toMatchObject({ date, time });
					else expect(compatible.time).toBe(`04:${time.slice(3)}`);
				}
			),
			{ numRuns: 2000 }
		);
	});

	it('agrees with the EU rule: change instants are 01:00 UTC on the last Sundays', () => {
		for (const y of [2026, 2027, 2028, 2029, 2030]) {
			const spring = Date.parse(`${lastSunday(y, 3)}T01:00:00Z`);
			const autumn = Date.parse(`${lastSunday(y, 10)}T01:00:00Z`);
			expect(helsinkiOffsetMinutes(spring - 1)).toBe(120);
			expect(helsinkiOffsetMinutes(spring)).toBe(180);
			expect(helsinkiOffsetMinutes(autumn - 1)).toBe(180);
			expect(helsinkiOffsetMinutes(autumn)).toBe(120);
		}
	});
});
