/**
 * Converting amounts paid or received at any rhythm into a monthly figure, the unit every budget
 * line and the payment plan use.
 */
import type { Frequency } from '$lib/schemas/situation';
import { toCents, type Cents } from './money';

/** Months per payment as an exact fraction, so rounding happens once, at the end. */
export interface MonthlyFactor {
	readonly num: number;
	readonly den: number;
}

/**
 * A year has 52 weeks (not 4 weeks a month, which would undercount weekly pay by 8 %).
 * One-offs are not monthly income or spending: the summary reports them separately.
 */
export const MONTHLY_FACTORS = {
	weekly: { num: 52, den: 12 },
	biweekly: { num: 26, den: 12 },
	fourWeekly: { num: 13, den: 12 },
	monthly: { num: 1, den: 1 },
	quarterly: { num: 1, den: 3 },
	yearly: { num: 1, den: 12 },
	oneOff: { num: 0, den: 1 }
} as const satisfies Record<Frequency, MonthlyFactor>;

/**
 * The monthly equivalent of `amount` paid at frequency `f`, rounded half up to the cent.
 * `null` ("not filled in") counts as zero. Amounts are schema-validated cents (0..MAX_CENTS), so
 * `amount * num * 2` stays below 2^53 and the integer arithmetic below is exact.
 */
export function monthlyCents(amount: number | null, f: Frequency): Cents {
	if (amount === null) return toCents(0);
	const { num, den } = MONTHLY_FACTORS[f];
	return toCents(Math.floor((amount * num * 2 + den) / (2 * den)));
}
