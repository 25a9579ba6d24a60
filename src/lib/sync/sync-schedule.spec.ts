import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DEBOUNCE_MS,
	MAX_BACKOFF_MS,
	afterOutcome,
	backoffMs,
	delayAfter,
	type AfterOutcome
} from './sync-schedule';
import type { SyncOutcome } from './sync-client';

/** Runs outcomes one after the other from no failures, as SyncStatus does. */
function run(statuses: SyncOutcome['status'][]): AfterOutcome[] {
	const steps: AfterOutcome[] = [];
	let failures = 0;
	for (const status of statuses) {
		const next = afterOutcome(status, failures);
		failures = next.failures;
		steps.push(next);
	}
	return steps;
}

describe('triggers', () => {
	it('syncs at once on reconnect, on becoming visible and on the period', () => {
		expect(delayAfter('online')).toBe(0);
		expect(delayAfter('visible')).toBe(0);
		expect(delayAfter('period')).toBe(0);
	});

	it('does nothing when the page is hidden', () => {
		expect(delayAfter('hidden')).toBeNull();
	});

	it('waits for a pause in typing, and after a sync that left changes unsent', () => {
		expect(delayAfter('localChange')).toBe(DEBOUNCE_MS);
		expect(delayAfter('moreToSend')).toBe(DEBOUNCE_MS);
		expect(DEBOUNCE_MS).toBe(1_500);
	});
});

describe('backoff', () => {
	it('doubles after each failure in a row, offline or error alike', () => {
		expect(run(['offline', 'error', 'offline', 'error']).map((s) => s.retryInMs)).toEqual([
			4_000, 8_000, 16_000, 32_000
		]);
		expect(run(['error', 'error']).map((s) => s.failures)).toEqual([1, 2]);
	});

	it('is capped at five minutes', () => {
		expect(MAX_BACKOFF_MS).toBe(300_000);
		const steps = run(Array.from({ length: 12 }, () => 'offline' as const));
		expect(steps.map((s) => s.retryInMs)).toEqual([
			4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000, 300_000, 300_000, 300_000,
			300_000
		]);
		expect(backoffMs(1_000)).toBe(MAX_BACKOFF_MS);
	});

	it('resets on success, which schedules nothing of its own', () => {
		const steps = run(['error', 'error', 'ok', 'error']);
		expect(steps[2]).toEqual({ failures: 0, retryInMs: null });
		expect(steps[3]).toEqual({ failures: 1, retryInMs: 4_000 });
	});

	it('retries shortly when another tab holds the sync lock, without counting a failure', () => {
		expect(run(['error', 'busy'])[1]).toEqual({ failures: 1, retryInMs: 3_000 });
		expect(run(['busy', 'error'])[1]).toEqual({ failures: 1, retryInMs: 4_000 });
	});

	it('schedules nothing once signed out', () => {
		expect(run(['error', 'signedOut'])[1]).toEqual({ failures: 1, retryInMs: null });
	});

	it('never waits less than before while failures continue, nor more than the cap (property)', () => {
		const status = fc.constantFrom<SyncOutcome['status']>(
			'ok',
			'busy',
			'offline',
			'error',
			'signedOut'
		);
		fc.assert(
			fc.property(fc.array(status, { maxLength: 40 }), (statuses) => {
				const steps = run(statuses);
				steps.forEach((step, i) => {
					const status = statuses[i]!;
					if (status === 'offline' || status === 'error') {
						const before = i > 0 ? steps[i - 1]!.failures : 0;
						expect(step.failures).toBe(before + 1);
						expect(step.retryInMs).toBe(backoffMs(step.failures));
						expect(step.retryInMs).toBeLessThanOrEqual(MAX_BACKOFF_MS);
						expect(step.retryInMs).toBeGreaterThanOrEqual(4_000);
					}
					if (status === 'ok') expect(step.failures).toBe(0);
				});
			})
		);
	});
});
