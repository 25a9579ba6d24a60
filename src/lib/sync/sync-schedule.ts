/**
 * When the next sync runs: the decisions of SyncStatus (sync-status.svelte.ts) as plain functions,
 * so the timing rules can be read and tested without a browser. SyncStatus owns the one timer and
 * applies these answers; a `null` delay means "do not schedule anything".
 */
import type { SyncOutcome } from './sync-client';

/** While the app is open, sync at least this often. */
export const PERIOD_MS = 30_000;
/** A burst of typing is one sync: wait this long after the last local change. */
export const DEBOUNCE_MS = 1_500;
/** The longest wait between retries after failures (offline, server error). */
export const MAX_BACKOFF_MS = 5 * 60_000;
/** The backoff doubles from this base: 4 s after the first failure, 8 s, 16 s ... */
const BACKOFF_BASE_MS = 2_000;

export type SyncTrigger =
	/** The browser says the network is back. */
	| 'online'
	/** The page became visible or hidden (`document.visibilityState`). */
	| 'visible'
	| 'hidden'
	/** The periodic timer. */
	| 'period'
	/** More unsent local changes than before (typing). */
	| 'localChange'
	/** A sync succeeded but changes remain unsent (made while it ran). */
	| 'moreToSend';

/** How long to wait before syncing after `trigger`, or null to leave the schedule as it is. */
export function delayAfter(trigger: SyncTrigger): number | null {
	switch (trigger) {
		case 'online':
		case 'visible':
		case 'period':
			return 0;
		case 'hidden':
			return null;
		case 'localChange':
		case 'moreToSend':
			return DEBOUNCE_MS;
	}
}

/** The wait before the retry after `failures` failures in a row (1 or more), capped. */
export function backoffMs(failures: number): number {
	return Math.min(MAX_BACKOFF_MS, BACKOFF_BASE_MS * 2 ** failures);
}

export interface AfterOutcome {
	/** Failures in a row, counting this outcome: reset by a success. */
	failures: number;
	/** When to try again, or null when nothing needs scheduling. */
	retryInMs: number | null;
}

/**
 * What one sync's outcome means for the failure count and the next attempt. A server that says
 * how long to wait (`retryAfterMs`, from Retry-After on 429 or 503) is not asked again sooner, but
 * never later than the backoff cap: a wrong or hostile header cannot stop sync for hours.
 */
export function afterOutcome(
	status: SyncOutcome['status'],
	failures: number,
	retryAfterMs?: number
): AfterOutcome {
	switch (status) {
		case 'ok':
			return { failures: 0, retryInMs: null };
		case 'busy':
			// Another tab holds the lock and syncs the shared outbox; look again shortly.
			return { failures, retryInMs: DEBOUNCE_MS * 2 };
		case 'signedOut':
			return { failures, retryInMs: null };
		case 'offline':
			return { failures: failures + 1, retryInMs: backoffMs(failures + 1) };
		case 'error': {
			const backoff = backoffMs(failures + 1);
			const asked = Math.min(MAX_BACKOFF_MS, retryAfterMs ?? 0);
			return { failures: failures + 1, retryInMs: Math.max(backoff, asked) };
		}
	}
}
