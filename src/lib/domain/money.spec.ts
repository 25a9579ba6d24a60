import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CENTS } from '$lib/schemas/situation';
import {
	formatMoney,
	formatMoneyInput,
	parseMoney,
	sumCents,
	toCents,
	type MoneyError,
	type MoneyLocale
} from './money';

const LOCALES = ['fi', 'sv', 'en'] as const satisfies MoneyLocale[];
const NBSP = '\u00A0';
const NNBSP = '\u202F';

function centsOf(text: string): number | null {
	const result = parseMoney(text);
	if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse, got ${result.error}`);
	return result.cents;
}

function errorOf(text: string): MoneyError {
	const result = parseMoney(text);
	if (result.ok) throw new Error(`expected ${JSON.stringify(text)} to fail, got ${result.cents}`);
	return result.error;
}

describe('parseMoney', () => {
	it.each([
		['1234,5', 123450],
		['1 234,50 €', 123450],
		['1234.50', 123450],
		['€1,234.50', 123450],
		['1234', 123400],
		['12,3 €', 1230],
		[`1${NBSP}234,50${NBSP}€`, 123450],
		[`1${NNBSP}234,50${NNBSP}€`, 123450],
		['  42  ', 4200],
		['1.234.567', 123456700],
		['1,234,567', 123456700],
		['1.234.567,89', 123456789],
		['1,234,567.89', 123456789],
		['1 234 567', 123456700],
		['1 234.5', 123450],
		['0,29', 29], // 0.29 * 100 is 28.999... in floats
		['1,1', 110],
		[',50', 50],
		['0', 0],
		['007,5', 750],
		['EUR 12', 1200],
		['12 e', 1200],
		['12 euroa', 1200],
		['1 000 000,00', 100000000]
	])('reads %j as %i cents', (text, expected) => {
		expect(centsOf(text)).toBe(expected);
	});

	it.each(['', '   ', `${NBSP}${NNBSP}`])('treats %j as not filled in', (text) => {
		expect(parseMoney(text)).toEqual({ ok: true, cents: null });
	});

	it.each<[string, MoneyError]>([
		['-5', 'negative'],
		['-5,50 €', 'negative'],
		['−5', 'negative'], // U+2212, which fi-FI uses for negatives
		['€-5', 'negative'],
		['-€5', 'negative'],
		['-1,234', 'negative'], // the sign matters more than the ambiguity
		['1,234', 'ambiguous'],
		['1.234', 'ambiguous'],
		['€999.999', 'ambiguous'],
		['1,234 €', 'ambiguous'],
		['1,505', 'ambiguous'],
		['1,2345', 'tooManyDecimals'],
		['0,123', 'tooManyDecimals'], // a leading zero cannot start a thousands group
		['1234,567', 'tooManyDecimals'], // 4 digits before: not a thousands group
		['1 234,567', 'tooManyDecimals'], // spaces already group, so the comma is decimal
		['1.234.567,891', 'tooManyDecimals'],
		['100 000 000,01', 'tooLarge'],
		['999999999', 'tooLarge'],
		['99999999999999999999999', 'tooLarge'],
		['abc', 'invalid'],
		['€', 'invalid'],
		['-', 'invalid'],
		['12,', 'invalid'],
		[',', 'invalid'],
		['1,2,3', 'invalid'],
		['1.23.456', 'invalid'],
		['1,234.5,6', 'invalid'],
		['12 34', 'invalid'],
		['1.234 567', 'invalid'],
		['1e5', 'invalid'],
		['5 $', 'invalid'],
		['1,234,56', 'invalid'],
		['Infinity', 'invalid'],
		['0x10', 'invalid']
	])('rejects %j as %s', (text, error) => {
		expect(errorOf(text)).toBe(error);
	});

	it('accepts exactly MAX_CENTS', () => {
		expect(centsOf(formatMoneyInput(MAX_CENTS, 'fi'))).toBe(MAX_CENTS);
	});

	it('never throws, and any success is integer cents in range', () => {
		const moneyish = fc.string({
			unit: fc.constantFrom(...'0123456789,.-€ e\u00A0\u202F\u2212'.split(''))
		});
		fc.assert(
			fc.property(fc.oneof(fc.string(), moneyish), (text) => {
				const result = parseMoney(text);
				if (result.ok && result.cents !== null) {
					expect(Number.isSafeInteger(result.cents)).toBe(true);
					expect(result.cents).toBeGreaterThanOrEqual(0);
					expect(result.cents).toBeLessThanOrEqual(MAX_CENTS);
				}
			}),
			{ numRuns: 2000 }
		);
	});

	it('reads n whole euros as n * 100 cents', () => {
		const maxEuros = Math.floor(MAX_CENTS / 100);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: maxEuros }), (euros) => {
				expect(centsOf(String(euros))).toBe(euros * 100);
			})
		);
	});

	it('reads euros and cents as integer arithmetic would, for both decimal separators', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 99_999 }),
				fc.integer({ min: 0, max: 99 }),
				fc.constantFrom(',', '.'),
				(euros, cents, sep) => {
					const text = `${euros}${sep}${String(cents).padStart(2, '0')}`;
					// 4-5 digit integer parts can never look like a thousands group, so never ambiguous.
					expect(centsOf(text)).toBe(euros * 100 + cents);
				}
			)
		);
	});
});

describe('formatMoney', () => {
	it.each<[MoneyLocale, number, string]>([
		['fi', 123450, `1${NBSP}234,50${NBSP}€`],
		['sv', 123450, `1${NBSP}234,50${NBSP}€`],
		['en', 123450, '€1,234.50'],
		['fi', 5, `0,05${NBSP}€`],
		['en', 0, '€0.00'],
		['en', MAX_CENTS, '€100,000,000.00']
	])('%s formats %i as %j', (locale, cents, expected) => {
		// CLDR versions differ on NBSP vs narrow NBSP; normalise so the test checks the shape.
		const normalise = (text: string): string => text.replace(/[\u00A0\u202F]/g, NBSP);
		expect(normalise(formatMoney(cents, locale))).toBe(normalise(expected));
	});

	it('keeps the sign of a deficit', () => {
		expect(formatMoney(-123450, 'en')).toBe('-€1,234.50');
		expect(formatMoney(-1, 'fi')).toMatch(/^[-\u2212]0,01/);
	});

	it('refuses fractional cents rather than rounding them silently', () => {
		expect(() => formatMoney(1.5, 'fi')).toThrow(RangeError);
	});

	it('round-trips through parseMoney in every locale over the whole range', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: MAX_CENTS }),
				fc.constantFrom(...LOCALES),
				(cents, locale) => {
					expect(centsOf(formatMoney(cents, locale))).toBe(cents);
				}
			),
			{ numRuns: 1000 }
		);
	});
});

describe('formatMoneyInput', () => {
	it('writes plain input text with the locale decimal separator', () => {
		expect(formatMoneyInput(123450, 'fi')).toBe('1234,50');
		expect(formatMoneyInput(123450, 'sv')).toBe('1234,50');
		expect(formatMoneyInput(123450, 'en')).toBe('1234.50');
		expect(formatMoneyInput(7, 'fi')).toBe('0,07');
	});

	it('round-trips through parseMoney in every locale over the whole range', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: MAX_CENTS }),
				fc.constantFrom(...LOCALES),
				(cents, locale) => {
					expect(centsOf(formatMoneyInput(cents, locale))).toBe(cents);
				}
			),
			{ numRuns: 1000 }
		);
	});
});

describe('toCents / sumCents', () => {
	it('brands integers and refuses fractions', () => {
		expect(toCents(12)).toBe(12);
		expect(() => toCents(0.1)).toThrow(RangeError);
		expect(() => toCents(Number.NaN)).toThrow(RangeError);
	});

	it('sums exactly', () => {
		expect(sumCents([10, 20, 30])).toBe(60);
		expect(sumCents([])).toBe(0);
	});
});
