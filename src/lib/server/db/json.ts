/**
 * JSON helpers for stored rows: JSON column parsers, and canonical JSON for comparing stored
 * values and hashing ledger entries. Values come from JSON and zod, so they are plain data.
 */

/** Deterministic JSON (object keys sorted) so equal values compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => {
		if (isRecord(v)) {
			const sorted: Record<string, unknown> = {};
			for (const k of Object.keys(v).sort()) sorted[k] = v[k];
			return sorted;
		}
		return v;
	});
}

export function sameValue(a: unknown, b: unknown): boolean {
	return canonicalJson(a) === canonicalJson(b);
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses a stored JSON object column; anything else (corruption) reads as empty. */
export function parseObject(text: string | null): Record<string, unknown> {
	if (text === null) return {};
	try {
		const v: unknown = JSON.parse(text);
		return isRecord(v) ? v : {};
	} catch {
		return {};
	}
}

export function parseNumberMap(text: string): Record<string, number> {
	const out: Record<string, number> = {};
	for (const [k, v] of Object.entries(parseObject(text))) if (typeof v === 'number') out[k] = v;
	return out;
}

export function parseStringMap(text: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(parseObject(text))) if (typeof v === 'string') out[k] = v;
	return out;
}
