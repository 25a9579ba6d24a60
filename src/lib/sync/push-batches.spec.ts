import { describe, expect, it } from 'vitest';
import type { Mutation } from '$lib/schemas/sync';
import { problemAnswer } from '$lib/api/client';
import { fitByBytes, jsonBytes, pushBody, readRefusal as readAnswer, shrink } from './push-batches';

/** The refusal as the sync transport hands it over: the body read once into text and problem. */
const readRefusal = (status: number, statusText: string, body: string) =>
	readAnswer(status, statusText, problemAnswer(status, body));

function decision(i: number, noteLength: number): Mutation {
	return {
		mutationId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
		entity: 'decisions',
		entityId: `d${i}`,
		op: 'upsert',
		fields: { note: 'ä'.repeat(noteLength) },
		baseVersion: 0
	};
}

describe('fitByBytes', () => {
	it('keeps the push body within the budget, counting UTF-8 bytes', () => {
		const mutations = Array.from({ length: 280 }, (_, i) => decision(i, 2000));
		const budget = 512 * 1024;
		const fitted = fitByBytes(mutations, budget);
		expect(fitted.length).toBeGreaterThan(0);
		expect(fitted.length).toBeLessThan(280);
		expect(new TextEncoder().encode(pushBody(fitted)).byteLength).toBeLessThanOrEqual(budget);
		// One more would not have fitted: the batch is as large as allowed.
		const oneMore = mutations.slice(0, fitted.length + 1);
		expect(jsonBytes({ mutations: oneMore })).toBeGreaterThan(budget);
	});

	it('sends a single entry over the budget alone rather than nothing', () => {
		expect(fitByBytes([decision(1, 2000), decision(2, 1)], 100)).toHaveLength(1);
		expect(fitByBytes([], 100)).toEqual([]);
	});

	it('halves the limits below a refused batch', () => {
		const refused = Array.from({ length: 10 }, (_, i) => decision(i, 100));
		const limits = shrink({ count: 1000, bytes: 1024 * 1024 }, refused);
		expect(limits.count).toBe(5);
		expect(fitByBytes(refused, limits.bytes).length).toBeLessThanOrEqual(5);
	});
});

describe('readRefusal', () => {
	it('reads 413 and any answer that says "too large" as too large', () => {
		expect(readRefusal(413, 'Payload Too Large', '')).toEqual({ kind: 'tooLarge' });
		expect(
			readRefusal(500, 'Internal Server Error', 'request body size exceeded BODY_SIZE_LIMIT')
		).toEqual({ kind: 'tooLarge' });
		expect(readRefusal(502, 'Bad Gateway', 'Request Entity Too Large')).toEqual({
			kind: 'tooLarge'
		});
	});

	it('names the mutations a 400 is about', () => {
		const body = JSON.stringify({
			message: 'Invalid push body',
			issues: [
				{ path: 'mutations.3.baseVersion', message: 'newer' },
				{ path: 'mutations.1.fields', message: 'bad' },
				{ path: 'mutations.3.entity', message: 'bad' }
			]
		});
		expect(readRefusal(400, 'Bad Request', body)).toMatchObject({
			kind: 'invalid',
			indexes: [1, 3]
		});
		expect(readRefusal(400, 'Bad Request', 'not json')).toEqual({
			kind: 'invalid',
			indexes: [],
			issues: []
		});
	});

	it('leaves answers that are not about the batch to the caller', () => {
		for (const status of [200, 401, 429, 500, 503]) {
			expect(readRefusal(status, '', '{"message":"Internal Error"}')).toBeNull();
		}
	});
});
