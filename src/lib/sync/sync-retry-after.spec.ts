/**
 * A server that is rate-limiting (429) or briefly unavailable (503) says with Retry-After when to
 * come back: the next sync waits that long, capped at the backoff maximum. The device is a real
 * Dexie database (fake-indexeddb); the answers are real Responses as the server's limiter sends
 * them (problem JSON with a `retry-after` header).
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readRetryAfter } from '$lib/api/sync';
import { openAppDb, type AppDb } from '$lib/db/app-db';
import { syncNow, type SyncOutcome } from './sync-client';
import { MAX_BACKOFF_MS, afterOutcome, backoffMs } from './sync-schedule';

let devices: AppDb[] = [];
let counter = 0;

afterEach(async () => {
	for (const d of devices) {
		d.close();
		await Dexie.delete(d.name);
	}
	devices = [];
});

/** Syncs a fresh device against a server that answers every request with `status`. */
async function syncAgainst(status: number, headers: Record<string, string>): Promise<SyncOutcome> {
	const db = openAppDb(`retry-after-${counter++}`);
	devices.push(db);
	const fetchFn: typeof fetch = async () =>
		new Response(JSON.stringify({ code: status === 429 ? 'rate_limited' : 'server_error' }), {
			status,
			headers: { 'content-type': 'application/problem+json', ...headers }
		});
	return syncNow(db, fetchFn);
}

/** The delay SyncStatus schedules after this outcome, from no failures. */
function nextDelay(outcome: SyncOutcome): number | null {
	return afterOutcome(
		outcome.status,
		0,
		outcome.status === 'error' ? outcome.retryAfterMs : undefined
	).retryInMs;
}

describe('Retry-After', () => {
	it('on 429 in seconds: the next sync waits that long instead of the 4 s backoff', async () => {
		const outcome = await syncAgainst(429, { 'retry-after': '120' });
		expect(outcome).toMatchObject({ status: 'error', code: 'rate_limited', retryAfterMs: 120_000 });
		expect(nextDelay(outcome)).toBe(120_000);
	});

	it('on 503 as an HTTP date', async () => {
		const at = new Date(Date.now() + 90_000).toUTCString();
		const outcome = await syncAgainst(503, { 'retry-after': at });
		expect(outcome.status).toBe('error');
		const delay = nextDelay(outcome) ?? 0;
		// The date has one-second resolution and some time passes before it is read.
		expect(delay).toBeGreaterThan(85_000);
		expect(delay).toBeLessThanOrEqual(90_000);
	});

	it('is capped at the backoff maximum', async () => {
		const outcome = await syncAgainst(429, { 'retry-after': String(24 * 60 * 60) });
		expect(nextDelay(outcome)).toBe(MAX_BACKOFF_MS);
	});

	it('never shortens the backoff, and is ignored on other statuses or when unreadable', async () => {
		expect(afterOutcome('error', 5, 1_000).retryInMs).toBe(backoffMs(6));
		const on500 = await syncAgainst(500, { 'retry-after': '120' });
		expect(on500).toMatchObject({ status: 'error' });
		expect(nextDelay(on500)).toBe(backoffMs(1));
		const unreadable = await syncAgainst(429, { 'retry-after': 'soon' });
		expect(nextDelay(unreadable)).toBe(backoffMs(1));
	});

	it('reads delay-seconds and future HTTP dates only', () => {
		const now = Date.parse('2026-12-01T06:00:00Z');
		expect(readRetryAfter('0', now)).toBe(0);
		expect(readRetryAfter(' 7 ', now)).toBe(7_000);
		expect(readRetryAfter('Tue, 01 Dec 2026 06:01:00 GMT', now)).toBe(60_000);
		expect(readRetryAfter('Tue, 01 Dec 2026 05:59:00 GMT', now)).toBeUndefined();
		expect(readRetryAfter('-5', now)).toBeUndefined();
		expect(readRetryAfter('1.5', now)).toBeUndefined();
		expect(readRetryAfter(null, now)).toBeUndefined();
	});
});
