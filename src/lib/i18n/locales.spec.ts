import { describe, expect, it } from 'vitest';
import {
	LOCALE_TAGS,
	dayLabel,
	euroFormat,
	formatLocalDate,
	formatMonth,
	formatNumber,
	helsinkiDate,
	helsinkiDateTime
} from './locales';

describe('the locale table', () => {
	it('names one BCP 47 tag per app language', () => {
		expect(LOCALE_TAGS).toEqual({ fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' });
	});

	it('formats calendar dates and months as written, in each language', () => {
		expect(formatLocalDate('2026-01-12', 'fi')).toBe('12.1.2026');
		expect(formatLocalDate('2026-01-12T23:30:00.000Z', 'fi')).toBe('12.1.2026');
		expect(formatLocalDate('2026-01-12', 'sv')).toBe('12.1.2026');
		expect(formatLocalDate('2026-01-12', 'en')).toBe('12/01/2026');
		expect(formatLocalDate('not a date', 'fi')).toBe('not a date');
		expect(formatMonth('2026-01', 'fi')).toBe('tammikuu 2026');
		expect(formatMonth('2026-01', 'sv')).toBe('januari 2026');
		expect(formatMonth('2026-01', 'en')).toBe('January 2026');
	});

	it('names the weekday of a calendar date', () => {
		expect(dayLabel('2026-01-12', 'fi')).toBe('maanantaina 12.1.');
		expect(dayLabel('2026-01-12', 'fi', true)).toBe('maanantaina 12.1.2026');
		expect(dayLabel('2026-01-12', 'en')).toBe('Monday 12/01');
		expect(dayLabel('', 'fi')).toBe('');
	});

	it('shows instants on a Helsinki clock', () => {
		// 22:30 UTC on the 12th is already the 13th in Helsinki.
		expect(helsinkiDate('2026-01-12T22:30:00.000Z', 'fi')).toBe('13.1.2026');
		expect(helsinkiDateTime('2026-01-12T12:30:00.000Z', 'fi')).toBe('12.1.2026 klo 14.30');
		expect(helsinkiDateTime('2026-07-12T12:30:00.000Z', 'en')).toBe('12/07/2026, 15:30');
	});

	it('formats numbers and euros in the language’s notation', () => {
		expect(formatNumber(1.5, 'fi')).toBe('1,5');
		expect(formatNumber(1.5, 'sv')).toBe('1,5');
		expect(formatNumber(1.5, 'en')).toBe('1.5');
		expect(euroFormat('en').format('-1234.50')).toBe('-€1,234.50');
		expect(euroFormat('fi').format('1234.50')).toBe('1\u00a0234,50\u00a0€');
		expect(euroFormat('fi')).toBe(euroFormat('fi'));
	});
});
