import { describe, expect, it } from 'vitest';
import {
	CODE_ALPHABET,
	CODE_KEYSPACE_BITS,
	CODE_LENGTH,
	checkSymbol,
	codeFromRandom,
	formatCode,
	readCode
} from './referral-code';

const random = () => crypto.getRandomValues(new Uint8Array(11));

describe('referral codes', () => {
	it('have 55 random bits and twelve symbols of Crockford base32, grouped by four', () => {
		expect(CODE_ALPHABET).toHaveLength(32);
		expect(CODE_ALPHABET).not.toMatch(/[ILOU]/);
		expect(CODE_KEYSPACE_BITS).toBe(55);
		const code = codeFromRandom(random());
		expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
		expect(formatCode(code)).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
		expect(readCode(formatCode(code))).toEqual({ ok: true, code });
	});

	it('use every symbol uniformly: each byte value maps to its low five bits', () => {
		const bytes = new Uint8Array(11).map((_, i) => 32 * i + i);
		expect(codeFromRandom(bytes).slice(0, 11)).toBe(CODE_ALPHABET.slice(0, 11));
		const counts = new Map<string, number>();
		for (let i = 0; i < 2000; i++) {
			for (const c of codeFromRandom(random()).slice(0, 11))
				counts.set(c, (counts.get(c) ?? 0) + 1);
		}
		expect(counts.size).toBe(32);
		// 22,000 symbols, 687.5 expected each; 5 standard deviations is about ±130.
		for (const n of counts.values()) expect(Math.abs(n - 687.5)).toBeLessThan(135);
	});

	it('read what people type: case, spaces, dashes, I/L as 1 and O as 0', () => {
		const code = '0123456789A' + checkSymbol('0123456789A');
		const typed = ` o1 23-4567-89a${code.charAt(11).toLowerCase()} `;
		expect(readCode(typed)).toEqual({ ok: true, code });
		expect(readCode('Ol23456789A' + code.charAt(11))).toEqual({ ok: true, code });
	});

	it('catch every single mistyped symbol and swapped neighbours with the check symbol', () => {
		for (let n = 0; n < 50; n++) {
			const code = codeFromRandom(random());
			for (let i = 0; i < CODE_LENGTH; i++) {
				for (const c of CODE_ALPHABET) {
					if (c === code[i]) continue;
					const wrong = code.slice(0, i) + c + code.slice(i + 1);
					expect(readCode(wrong)).toEqual({ ok: false, reason: 'check' });
				}
			}
			for (let i = 0; i < CODE_LENGTH - 1; i++) {
				if (code[i] === code[i + 1]) continue;
				const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
				const reading = readCode(swapped);
				// Luhn mod N misses exactly one pair of values per position parity; allow that pair only.
				if (reading.ok) expect(new Set([code[i], code[i + 1]])).toEqual(new Set(['0', 'Z']));
			}
		}
	});

	it('say why a text is not a code', () => {
		expect(readCode('  ')).toEqual({ ok: false, reason: 'empty' });
		expect(readCode('ABCD-EFGH')).toEqual({ ok: false, reason: 'length' });
		expect(readCode('ABCD-EFGH-JKU*')).toEqual({ ok: false, reason: 'symbol' });
	});
});
