/** Parsing of the few non-money numbers the tenant types (people, due day, months behind). */

export type NumberResult =
	{ ok: true; value: number | null } | { ok: false; error: 'invalid' | 'range' };

/**
 * Accepts digits with an optional decimal part after `,` or `.` when `decimals` allows it
 * (months behind can be 1,5). Empty input means "not filled in".
 */
export function parseNumber(
	text: string,
	{ min, max, decimals = 0 }: { min: number; max: number; decimals?: number }
): NumberResult {
	const t = text.trim();
	if (t === '') return { ok: true, value: null };
	const pattern = decimals > 0 ? new RegExp(`^\\d+(?:[.,]\\d{1,${decimals}})?$`) : /^\d+$/;
	if (!pattern.test(t)) return { ok: false, error: 'invalid' };
	const value = Number(t.replace(',', '.'));
	if (value < min || value > max) return { ok: false, error: 'range' };
	return { ok: true, value };
}

/** The text to show for a stored number, with the locale's decimal separator. */
export function formatNumberInput(value: number | null, lang: string): string {
	if (value === null) return '';
	return lang === 'en' ? String(value) : String(value).replace('.', ',');
}
