/**
 * Building blocks for query-string schemas: every parameter arrives as a string (the endpoint
 * wrapper passes each one's first value and drops empty ones), so numbers are digits only
 * ("1e3", "0x10" and "-1" are refused, not coerced) and dates are checked for range too.
 */
import { z } from 'zod/mini';
import { DATE_RANGE_MESSAGE, dateInRange } from './text';

/** Our ids: UUIDs, or the short ids tests use. The same shape as path ids. */
export const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

/** A whole number from `min` to `max` written in at most `digits` digits. */
export function queryInt(min: number, max: number, digits = 15) {
	const pattern = new RegExp(`^\\d{1,${digits}}$`);
	return z.pipe(
		z
			.string()
			.check(
				z.refine(
					(s) => pattern.test(s) && Number(s) >= min && Number(s) <= max,
					`expected an integer from ${min} to ${max}`
				)
			),
		z.transform(Number)
	);
}

/** `YYYY-MM-DD`, a real date within the service's range; one issue whatever is wrong. */
export function queryDate() {
	return z
		.string()
		.check(
			z.refine(
				(s) => dateInRange().safeParse(s).success,
				`expected a date YYYY-MM-DD, ${DATE_RANGE_MESSAGE}`
			)
		);
}

export function queryId(message = 'expected an id') {
	return z.string().check(z.regex(ID_PATTERN, message));
}
