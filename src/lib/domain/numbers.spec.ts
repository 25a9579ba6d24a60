import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumberInput, parseNumber } from './numbers';

describe('parseNumber', () => {
	const people = { min: 0, max: 20 };
	it('treats empty input as not filled in', () => {
		expect(parseNumber('  ', people)).toEqual({ ok: true, value: null });
	});
	it('reads whole numbers within range', () => {
		expect(parseNumber(' 3 ', people)).toEqual({ ok: true, value: 3 });
		expect(parseNumber('21', people)).toEqual({ ok: false, error: 'range' });
	});
	it('rejects decimals and junk when only whole numbers are allowed', () => {
		expect(parseNumber('1,5', people)).toEqual({ ok: false, error: 'invalid' });
		expect(parseNumber('two', people)).toEqual({ ok: false, error: 'invalid' });
		expect(parseNumber('-1', people)).toEqual({ ok: false, error: 'invalid' });
	});
	it('reads a decimal comma or point when allowed', () => {
		const months = { min: 0, max: 120, decimals: 1 };
		expect(parseNumber('1,5', months)).toEqual({ ok: true, value: 1.5 });
		expect(parseNumber('2.5', months)).toEqual({ ok: true, value: 2.5 });
		expect(parseNumber('2,55', months)).toEqual({ ok: false, error: 'invalid' });
	});
	it('round-trips what it formats, in every language', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1200 }),
				fc.constantFrom('fi', 'sv', 'en'),
				(n, lang) => {
					const value = n / 10;
					const back = parseNumber(formatNumberInput(value, lang), {
						min: 0,
						max: 120,
						decimals: 1
					});
					expect(back).toEqual({ ok: true, value });
				}
			)
		);
	});
});
