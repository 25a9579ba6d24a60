import { describe, expect, it } from 'vitest';
import {
	HttpProblem,
	json,
	rateLimit,
	readBodyLimited,
	resetRateLimits,
	withJsonErrors
} from '$lib/server/http/guards';

describe('rateLimit', () => {
	it('allows a burst of `limit`, then refills at limit/window', async () => {
		resetRateLimits();
		const t0 = 1_000_000;
		for (let i = 0; i < 3; i++) await rateLimit('k', 3, 3000, t0);
		const thrown: unknown = await rateLimit('k', 3, 3000, t0).catch((err: unknown) => err);
		expect(thrown).toBeInstanceOf(HttpProblem);
		expect(thrown instanceof HttpProblem && thrown.status).toBe(429);
		expect(thrown instanceof HttpProblem && thrown.headers['retry-after']).toBe('1');
		await expect(rateLimit('k', 3, 3000, t0 + 999)).rejects.toThrow(HttpProblem);
		await expect(rateLimit('k', 3, 3000, t0 + 2000)).resolves.toBeUndefined();
		await expect(rateLimit('other', 3, 3000, t0)).resolves.toBeUndefined();
	});
});

describe('json helpers', () => {
	it('mark every response no-store, errors included, and hide unexpected error text', async () => {
		expect(json({ a: 1 }).headers.get('cache-control')).toBe('no-store');
		const failing = withJsonErrors(() => Promise.reject(new Error('select * from secrets')));
		const res = await failing(undefined);
		expect(res.status).toBe(500);
		expect(res.headers.get('cache-control')).toBe('no-store');
		expect(await res.text()).not.toContain('secrets');
	});

	it('reads a body up to the limit exactly', async () => {
		const ok = await readBodyLimited(new Request('http://x/', { method: 'POST', body: 'abcd' }), 4);
		expect(new TextDecoder().decode(ok)).toBe('abcd');
		await expect(
			readBodyLimited(new Request('http://x/', { method: 'POST', body: 'abcde' }), 4)
		).rejects.toMatchObject({ status: 413 });
	});
});
