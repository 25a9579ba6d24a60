import { afterEach, describe, expect, it, vi } from 'vitest';
import { request } from './client';
import { noteAnswered, noteUnanswered, serverUnanswered } from './reachability.svelte';
import { z } from 'zod/mini';

const unanswered: typeof fetch = async () => {
	throw new TypeError('Failed to fetch');
};
const answered: typeof fetch = async () => new Response('{}', { status: 503 });

afterEach(() => {
	noteAnswered();
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('reachability', () => {
	it('a request without an answer marks the server unanswered; any answer, even an error, clears it', async () => {
		expect(serverUnanswered()).toBe(false);
		const first = await request('/api/x', z.object({}), {}, unanswered);
		expect(first).toEqual({ ok: false, offline: true });
		expect(serverUnanswered()).toBe(true);
		await request('/api/x', z.object({}), {}, answered);
		expect(serverUnanswered()).toBe(false);
	});

	it('a request the page cancelled says nothing about the network', () => {
		noteUnanswered(new DOMException('The user aborted a request.', 'AbortError'));
		noteUnanswered(new DOMException('Timed out', 'TimeoutError'));
		expect(serverUnanswered()).toBe(false);
	});

	it('asks again on its own, less often each time, until the server answers', async () => {
		vi.useFakeTimers();
		const calls: string[] = [];
		let up = false;
		vi.stubGlobal('window', {});
		vi.stubGlobal('fetch', async (url: string) => {
			calls.push(url);
			if (!up) throw new TypeError('Failed to fetch');
			return new Response('null');
		});
		noteUnanswered(new TypeError('Failed to fetch'));
		await vi.advanceTimersByTimeAsync(4_999);
		expect(calls).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(1);
		expect(calls).toEqual(['/auth/session']);
		expect(serverUnanswered()).toBe(true);
		// The second probe waits longer than the first.
		await vi.advanceTimersByTimeAsync(9_999);
		expect(calls).toHaveLength(1);
		up = true;
		await vi.advanceTimersByTimeAsync(1);
		expect(calls).toHaveLength(2);
		expect(serverUnanswered()).toBe(false);
		// Answered: no more probes.
		await vi.advanceTimersByTimeAsync(120_000);
		expect(calls).toHaveLength(2);
	});
});
