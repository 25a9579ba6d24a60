import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FREQUENCIES, MAX_CENTS } from '$lib/schemas/situation';
import { MONTHLY_FACTORS, monthlyCents } from './frequency';

/** Half-up rounding of amount * num / den done in BigInt, independent of double precision. */
function referenceMonthly(amount: number, num: number, den: number): number {
	const scaled = BigInt(amount) * BigInt(num) * 2n + BigInt(den);
	return Number(scaled / (2n * BigInt(den)));
}

describe('monthlyCents', () => {
	it.each([
		['weekly', 10000, 43333], // 100 € a week = 433.33 € a month (52/12)
		['biweekly', 10000, 21667], // 216.666... rounds up
		['fourWeekly', 120000, 130000],
		['monthly', 12345, 12345],
		['quarterly', 30000, 10000],
		['quarterly', 100, 33],
		['quarterly', 200, 67],
		['yearly', 120000, 10000],
		['yearly', 6, 1], // 0.5 cent rounds half up
		['yearly', 5, 0],
		['oneOff', 50000, 0]
	] as const)('%s %i -> %i', (frequency, amount, expected) => {
		expect(monthlyCents(amount, frequency)).toBe(expected);
	});

	it('treats a missing amount as zero', () => {
		for (const f of FREQUENCIES) expect(monthlyCents(null, f)).toBe(0);
	});

	it('equals a BigInt half-up reference over the whole range', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: MAX_CENTS }),
				fc.constantFrom(...FREQUENCIES),
				(amount, f) => {
					const { num, den } = MONTHLY_FACTORS[f];
					expect(monthlyCents(amount, f)).toBe(referenceMonthly(amount, num, den));
				}
			),
			{ numRuns: 2000 }
		);
	});

	it('is exact at the top of the range, where float multiplication would drift', () => {
		for (const f of FREQUENCIES) {
			const { num, den } = MONTHLY_FACTORS[f];
			expect(monthlyCents(MAX_CENTS, f)).toBe(referenceMonthly(MAX_CENTS, num, den));
		}
	});

	it('never decreases when the amount grows', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: MAX_CENTS - 1 }),
				fc.constantFrom(...FREQUENCIES),
				(amount, f) => {
					expect(monthlyCents(amount + 1, f)).toBeGreaterThanOrEqual(monthlyCents(amount, f));
				}
			)
		);
	});

	it('is within half a cent of the exact monthly value', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: MAX_CENTS }),
				fc.constantFrom(...FREQUENCIES),
				(amount, f) => {
					const { num, den } = MONTHLY_FACTORS[f];
					// |m*den - amount*num| <= den/2, compared in BigInt to stay exact.
					const diff = BigInt(monthlyCents(amount, f)) * BigInt(den) - BigInt(amount * num);
					const twiceDiff = 2n * (diff < 0n ? -diff : diff);
					expect(twiceDiff <= BigInt(den)).toBe(true);
				}
			)
		);
	});
});
