/**
 * The one door for money in and out of the app (docs/conventions.md §3): text typed by a tenant becomes
 * integer cents here, and cents become text here. Nothing else parses or formats euros.
 *
 * Parsing never multiplies floats: "0,29" * 100 is 28.999999999999996 in doubles, so digits are
 * combined as integers instead.
 */
import { MAX_CENTS } from '$lib/schemas/constants';
import { euroFormat, type AppLocale } from '$lib/i18n/locales';

/** Integer euro cents. May be negative only where a rule says so (e.g. a monthly deficit). */
export type Cents = number & { readonly __brand: 'Cents' };

export type MoneyLocale = AppLocale;

/** Codes, not messages: the UI translates them. */
export const MONEY_ERRORS = [
	'invalid',
	'negative',
	'tooManyDecimals',
	'tooLarge',
	'ambiguous'
] as const;
export type MoneyError = (typeof MONEY_ERRORS)[number];

export type ParseMoneyResult = { ok: true; cents: Cents | null } | { ok: false; error: MoneyError };

/** Brands a number as cents; throws on fractions so a rounding bug surfaces where it happens. */
export function toCents(value: number): Cents {
	if (!Number.isSafeInteger(value)) throw new RangeError(`Not integer cents: ${value}`);
	return value as Cents;
}

/** Sums cents exactly (every operand is a safe integer far below 2^53, so doubles stay exact). */
export function sumCents(values: Iterable<number>): Cents {
	let total = 0;
	for (const value of values) total += value;
	return toCents(total);
}

// Group separators people and Intl actually produce: space, NBSP (fi-FI, sv-FI), narrow NBSP
// (newer CLDR), thin space.
const SPACES = /[ \u00A0\u202F\u2009]+/g;
const MINUS = /^[-\u2212]\s*/;
// "e", "eur", "euro", "euroa" are how Finns type the currency without the € key.
const CURRENCY_PREFIX = /^(?:€|eur)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:€|e|eur|euro|euroa)$/i;
const DIGITS = /^\d+$/;
const MAX_EURO_DIGITS = String(Math.floor(MAX_CENTS / 100)).length;

function fail(error: MoneyError): ParseMoneyResult {
	return { ok: false, error };
}

/** `1 234 567` style grouping: first group 1-3 digits, the rest exactly 3. */
function isGrouped(groups: string[]): boolean {
	return groups.every((group, i) => (i === 0 ? /^\d{1,3}$/.test(group) : /^\d{3}$/.test(group)));
}

interface Split {
	integer: string;
	fraction: string;
}

/**
 * Splits a sign- and currency-free number into integer digits and fraction digits, deciding which
 * of `,` / `.` is the decimal separator. Returns an error code when the text cannot be read safely.
 */
function splitNumber(body: string): Split | MoneyError {
	if (!/^[\d ,.\u00A0\u202F\u2009]+$/.test(body) || !/\d/.test(body)) return 'invalid';
	const hasSpaces = /[ \u00A0\u202F\u2009]/.test(body);
	const commas = body.split(',').length - 1;
	const dots = body.split('.').length - 1;

	let decimalSep: ',' | '.' | null = null;
	let groupSep: ',' | '.' | null = null;
	if (commas > 0 && dots > 0) {
		// Both kinds: the last one is the decimal separator, and it may appear only once.
		decimalSep = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
		groupSep = decimalSep === ',' ? '.' : ',';
		if ((decimalSep === ',' ? commas : dots) > 1) return 'invalid';
	} else if (commas + dots > 1) {
		// The same separator repeated can only be grouping (1.234.567).
		groupSep = commas > 0 ? ',' : '.';
	} else if (commas + dots === 1) {
		const sep = commas > 0 ? ',' : '.';
		const [before = '', after = ''] = body.split(sep);
		const couldBeGrouping = !hasSpaces && /^\d{3}$/.test(after) && /^[1-9]\d{0,2}$/.test(before);
		// "1,234" is 1234 to an English reader and 1.234 to a Finnish one: refuse to guess.
		if (couldBeGrouping) return 'ambiguous';
		decimalSep = sep;
	}
	if (groupSep !== null && hasSpaces) return 'invalid'; // two grouping styles at once

	let integerText = body;
	let fraction = '';
	if (decimalSep !== null) {
		const at = body.lastIndexOf(decimalSep);
		integerText = body.slice(0, at);
		fraction = body.slice(at + 1);
		if (!DIGITS.test(fraction)) return 'invalid';
		if (fraction.length > 2) return 'tooManyDecimals';
	}

	const groupPattern = groupSep === null ? SPACES : groupSep === ',' ? /,/g : /\./g;
	const trimmedInteger = integerText.trim();
	if (trimmedInteger === '') {
		// ",50" is fifty cents; a bare separator is nothing.
		return fraction === '' ? 'invalid' : { integer: '0', fraction };
	}
	const groups = trimmedInteger.split(groupPattern);
	if (groups.length > 1 && !isGrouped(groups)) return 'invalid';
	const integer = groups.join('');
	if (!DIGITS.test(integer)) return 'invalid';
	return { integer, fraction };
}

/**
 * Reads a euro amount the way Finnish, Swedish and English speakers type it.
 * Empty input is a valid "not filled in" (`cents: null`), matching the schema's nullable money.
 */
export function parseMoney(text: string): ParseMoneyResult {
	// trim() also strips NBSP and narrow NBSP (both are Unicode spaces).
	let rest = text.trim();
	if (rest === '') return { ok: true, cents: null };

	let negative = false;
	const stripMinus = (): void => {
		if (MINUS.test(rest)) {
			negative = true;
			rest = rest.replace(MINUS, '');
		}
	};
	stripMinus(); // -5 €, -€5
	if (CURRENCY_PREFIX.test(rest)) rest = rest.replace(CURRENCY_PREFIX, '');
	else rest = rest.replace(CURRENCY_SUFFIX, '');
	stripMinus(); // €-5
	rest = rest.trim();

	const split = splitNumber(rest);
	if (typeof split === 'string') {
		// A minus in front of something that reads as a number is the more useful thing to report.
		return negative && split !== 'invalid' ? fail('negative') : fail(split);
	}
	if (negative) return fail('negative');

	const integer = split.integer.replace(/^0+(?=\d)/, '');
	if (integer.length > MAX_EURO_DIGITS) return fail('tooLarge');
	const cents = Number(integer) * 100 + Number(split.fraction.padEnd(2, '0'));
	if (cents > MAX_CENTS) return fail('tooLarge');
	return { ok: true, cents: toCents(cents) };
}

const DECIMAL_SEPARATORS = { fi: ',', sv: ',', en: '.' } as const satisfies Record<
	MoneyLocale,
	string
>;

/** "-123456" -> "-1234.56": exact decimal text, so no float division ever touches the value. */
function toDecimalText(cents: number, separator: string): string {
	const whole = toCents(cents);
	const abs = Math.abs(whole);
	const euros = Math.floor(abs / 100);
	const rest = String(abs % 100).padStart(2, '0');
	return `${whole < 0 ? '-' : ''}${euros}${separator}${rest}`;
}

/** Display form with currency, always two decimals: `1 234,50 €`, `€1,234.50`. */
export function formatMoney(cents: number, locale: MoneyLocale): string {
	// Intl formats decimal strings exactly (ECMA-402 NumberFormat v3), unlike cents / 100.
	const decimal = toDecimalText(cents, '.') as `${number}`;
	return euroFormat(locale).format(decimal);
}

/** Text to refill an input with: no currency, no grouping, locale decimal separator (`1234,50`). */
export function formatMoneyInput(cents: number, locale: MoneyLocale): string {
	return toDecimalText(cents, DECIMAL_SEPARATORS[locale]);
}
