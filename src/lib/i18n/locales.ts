/**
 * The one locale table: each app language's BCP 47 tag, and the formatters built from it. Every
 * date, month, number and euro amount on screen, in a message or on the server is formatted here
 * (money through lib/domain/money.ts), so the languages cannot drift apart.
 *
 * Finnish and Swedish as written in Finland. English as British English writes it: day before
 * month (12/01/2026), and euros as €1,234.50, which is also how euro-area English writes them.
 *
 * The start page loads this module: it holds no messages and builds each formatter once, on
 * first use.
 */
import type { Lang } from './i18n.svelte';

export const LOCALE_TAGS = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const satisfies Record<
	Lang,
	string
>;

export type AppLocale = keyof typeof LOCALE_TAGS;

const HELSINKI = 'Europe/Helsinki';

const DATE_STYLES = {
	/** 12.1.2026 */
	date: { day: 'numeric', month: 'numeric', year: 'numeric' },
	/** maanantaina 12.1. */
	weekday: { weekday: 'long', day: 'numeric', month: 'numeric' },
	/** maanantaina 12.1.2026 */
	weekdayYear: { weekday: 'long', day: 'numeric', month: 'numeric', year: 'numeric' },
	/** tammikuu 2026 */
	month: { month: 'long', year: 'numeric' },
	/** 12.1.2026 klo 14.00 */
	dateTime: {
		day: 'numeric',
		month: 'numeric',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit'
	}
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

type DateStyle = keyof typeof DATE_STYLES;
/** UTC: a calendar date or month, shown as written. Helsinki: an instant, on a Helsinki clock. */
type Zone = 'UTC' | typeof HELSINKI;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: AppLocale, style: DateStyle, timeZone: Zone): Intl.DateTimeFormat {
	const key = `${lang} ${style} ${timeZone}`;
	let format = dateFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(LOCALE_TAGS[lang], { ...DATE_STYLES[style], timeZone });
		dateFormats.set(key, format);
	}
	return format;
}

/** Noon UTC of a `YYYY-MM-DD` calendar date, or null when the text is not one. */
function calendarNoon(localDate: string): number | null {
	const [y, m, d] = localDate.split('-').map(Number);
	if (!y || !m || !d) return null;
	return Date.UTC(y, m - 1, d, 12);
}

/** A calendar date (`YYYY-MM-DD`, or the date part of an ISO timestamp) as `12.1.2026`. */
export function formatLocalDate(localDate: string, lang: AppLocale): string {
	const noon = calendarNoon(localDate.slice(0, 10));
	return noon === null ? localDate : dateFormat(lang, 'date', 'UTC').format(noon);
}

/** A calendar date with its weekday: "maanantaina 12.1." (with the year: "maanantaina 12.1.2026"). */
export function dayLabel(localDate: string, lang: AppLocale, withYear = false): string {
	const noon = calendarNoon(localDate);
	if (noon === null) return localDate;
	return dateFormat(lang, withYear ? 'weekdayYear' : 'weekday', 'UTC').format(noon);
}

/** A `YYYY-MM` month as "tammikuu 2026". */
export function formatMonth(month: string, lang: AppLocale): string {
	return dateFormat(lang, 'month', 'UTC').format(Date.parse(`${month}-01T00:00:00Z`));
}

/** The Helsinki date of an instant (ISO), e.g. `27.11.2026`. */
export function helsinkiDate(iso: string, lang: AppLocale): string {
	return dateFormat(lang, 'date', HELSINKI).format(Date.parse(iso));
}

/** The Helsinki date and time of an instant (ISO), e.g. `27.11.2026 klo 12.30`. */
export function helsinkiDateTime(iso: string, lang: AppLocale): string {
	return dateFormat(lang, 'dateTime', HELSINKI).format(Date.parse(iso));
}

const numberFormats = new Map<AppLocale, Intl.NumberFormat>();

/** A plain number in the language's notation: `1,5` in Finnish and Swedish, `1.5` in English. */
export function formatNumber(value: number, lang: AppLocale): string {
	let format = numberFormats.get(lang);
	if (!format) {
		format = new Intl.NumberFormat(LOCALE_TAGS[lang]);
		numberFormats.set(lang, format);
	}
	return format.format(value);
}

const currencyFormats = new Map<AppLocale, Intl.NumberFormat>();

/** Euros with two decimals, for lib/domain/money.ts (the one door for money). */
export function euroFormat(lang: AppLocale): Intl.NumberFormat {
	let format = currencyFormats.get(lang);
	if (!format) {
		format = new Intl.NumberFormat(LOCALE_TAGS[lang], {
			style: 'currency',
			currency: 'EUR',
			minimumFractionDigits: 2,
			maximumFractionDigits: 2
		});
		currencyFormats.set(lang, format);
	}
	return format;
}
