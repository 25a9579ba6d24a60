/**
 * Free text as the server stores it. PostgreSQL refuses NUL in `text` columns (a 500 where a 400
 * belongs), SQLite would keep it, and other control characters corrupt what the text is later
 * written into (iCalendar lines, email headers, logs). So every free-text field of the shared
 * schemas refuses them: one-line fields (names, addresses) any control character including line
 * breaks; notes keep tab and line breaks, the only ones a person types. Refusing rather than
 * stripping keeps "what you sent is what is stored" (a field the client shows as saved was saved
 * as shown).
 */
import { z } from 'zod/mini';

// C0 controls, DEL, C1 controls, and the Unicode line/paragraph separators (U+2028/9), which
// JavaScript and many parsers treat as line breaks.
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// The same minus tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export const CONTROL_MESSAGE = 'must not contain control characters';

/** True when `text` has a character `oneLine` refuses. */
export function hasControlCharacter(text: string): boolean {
	return ANY_CONTROL.test(text);
}

/** True when `text` has a character `noteText` refuses (line breaks and tab are allowed). */
export function hasNoteControlCharacter(text: string): boolean {
	return CONTROL_EXCEPT_LINE_BREAKS.test(text);
}

/** A one-line text of at most `max` characters (no control characters, no line breaks). */
export function oneLineText(max: number) {
	return z.string().check(
		z.maxLength(max),
		z.refine((s) => !ANY_CONTROL.test(s), CONTROL_MESSAGE)
	);
}

/** A trimmed one-line text of `min`-`max` characters. */
export function trimmedOneLine(min: number, max: number) {
	return z.string().check(
		z.trim(),
		z.minLength(min),
		z.maxLength(max),
		z.refine((s) => !ANY_CONTROL.test(s), CONTROL_MESSAGE)
	);
}

/** A note of at most `max` characters: tab and line breaks allowed, other controls not. */
export function noteText(max: number) {
	return z.string().check(
		z.maxLength(max),
		z.refine((s) => !CONTROL_EXCEPT_LINE_BREAKS.test(s), CONTROL_MESSAGE)
	);
}

/** A trimmed note of `min`-`max` characters. */
export function trimmedNote(min: number, max: number) {
	return z.string().check(
		z.trim(),
		z.minLength(min),
		z.maxLength(max),
		z.refine((s) => !CONTROL_EXCEPT_LINE_BREAKS.test(s), CONTROL_MESSAGE)
	);
}

/**
 * Dates a person can mean in this service. Outside them date arithmetic leaves the range a
 * `YYYY-MM-DD` string or a JavaScript Date can hold (`RangeError`), so queries and bodies with
 * such dates are refused as invalid rather than computed with.
 */
export const MIN_DATE = '2000-01-01';
export const MAX_DATE = '2099-12-31';
const MIN_INSTANT = Date.parse(`${MIN_DATE}T00:00:00Z`);
const MAX_INSTANT = Date.parse(`${MAX_DATE}T23:59:59.999Z`);

export const DATE_RANGE_MESSAGE = `must be between ${MIN_DATE} and ${MAX_DATE}`;

/** `YYYY-MM-DD` within MIN_DATE..MAX_DATE (the format itself is checked elsewhere). */
export function isDateInRange(date: string): boolean {
	return date >= MIN_DATE && date <= MAX_DATE;
}

/** An ISO instant within the same range. */
export function isInstantInRange(instant: string): boolean {
	const ms = Date.parse(instant);
	return Number.isFinite(ms) && ms >= MIN_INSTANT && ms <= MAX_INSTANT;
}

/** `YYYY-MM-DD`, a real calendar date, within range. */
export function dateInRange() {
	return z.iso.date().check(z.refine(isDateInRange, DATE_RANGE_MESSAGE));
}

/** An ISO 8601 instant with offset, within range. */
export function instantInRange(options: { offset?: boolean } = { offset: true }) {
	return z.iso.datetime(options).check(z.refine(isInstantInRange, DATE_RANGE_MESSAGE));
}
