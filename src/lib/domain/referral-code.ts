/**
 * Referral codes a landlord prints on a payment reminder (issue 13; docs/architecture.md,
 * "Landlords").
 *
 * A code is 11 random symbols and one check symbol from Crockford's base32 alphabet (digits and
 * upper-case letters without I, L, O and U), shown in three groups of four: `ABCD-EFGH-JKMN`.
 * Keyspace: 32^11 = 2^55, about 3.6 * 10^16 codes. The check symbol (Luhn mod 32) catches every
 * single mistyped symbol and most swapped neighbours before anything is sent; it adds nothing
 * against guessing, which the keyspace and the lookup rate limit answer.
 *
 * Typing is forgiving as Crockford intends: case, spaces and dashes do not matter, and I/L read
 * as 1, O as 0. Pure and tiny: the start page's lazy code form and the server both use it.
 */

export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Random symbols per code (5 bits each). */
export const CODE_RANDOM_SYMBOLS = 11;
export const CODE_LENGTH = CODE_RANDOM_SYMBOLS + 1;
/** log2 of the number of possible codes. */
export const CODE_KEYSPACE_BITS = CODE_RANDOM_SYMBOLS * 5;
/** Codes expire after this many days unless the landlord chooses otherwise. */
export const DEFAULT_CODE_DAYS = 90;
/** The most codes one mailing creates. */
export const MAX_CODES_PER_MAILING = 10_000;

const VALUE = new Map<string, number>([...CODE_ALPHABET].map((c, i) => [c, i]));
const READ_AS: Record<string, string> = { I: '1', L: '1', O: '0' };

/** Luhn mod N over the alphabet: the symbol that makes the whole code check. */
export function checkSymbol(body: string): string {
	const n = CODE_ALPHABET.length;
	let factor = 2;
	let sum = 0;
	for (let i = body.length - 1; i >= 0; i--) {
		const value = VALUE.get(body.charAt(i));
		if (value === undefined) throw new Error('not a code symbol');
		const addend = factor * value;
		sum += Math.floor(addend / n) + (addend % n);
		factor = factor === 2 ? 1 : 2;
	}
	return CODE_ALPHABET.charAt((n - (sum % n)) % n);
}

/**
 * A new code from 11 random bytes (the caller passes `crypto.getRandomValues` output; each byte's
 * low 5 bits are one symbol, so every symbol is uniform). Canonical form, without dashes.
 */
export function codeFromRandom(bytes: Uint8Array): string {
	if (bytes.length < CODE_RANDOM_SYMBOLS) throw new Error('not enough random bytes');
	let body = '';
	for (let i = 0; i < CODE_RANDOM_SYMBOLS; i++) body += CODE_ALPHABET.charAt(bytes[i]! & 31);
	return body + checkSymbol(body);
}

export type CodeReading =
	{ ok: true; code: string } | { ok: false; reason: 'empty' | 'length' | 'symbol' | 'check' };

/** What a person typed, read as a code: canonical (12 symbols, no dashes) or why not. */
export function readCode(input: string): CodeReading {
	const text = input
		.toUpperCase()
		.replace(/[\s\-–—_.]/g, '')
		.replace(/[ILO]/g, (c) => READ_AS[c] ?? c);
	if (text.length === 0) return { ok: false, reason: 'empty' };
	if (text.length !== CODE_LENGTH) return { ok: false, reason: 'length' };
	for (const c of text) if (!VALUE.has(c)) return { ok: false, reason: 'symbol' };
	if (checkSymbol(text.slice(0, -1)) !== text[CODE_LENGTH - 1])
		return { ok: false, reason: 'check' };
	return { ok: true, code: text };
}

/** `ABCD-EFGH-JKMN`: how a code is printed and shown. */
export function formatCode(code: string): string {
	return code.match(/.{1,4}/g)?.join('-') ?? code;
}
