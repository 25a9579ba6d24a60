/**
 * Server views kept on the device for offline use (bookings, free times, consents, receipts):
 * the last answer is stored with the time it was fetched and shown, marked stale, when the
 * server cannot answer. Dexie loads on first use, so pages that never cache do not pay for it.
 */
import type { ApiProblem, ApiResult, Parser } from '$lib/api/client';

export type Loaded<T> =
	| { kind: 'loading' }
	/** `stale`: the copy kept on this device, shown because the server could not be reached. */
	| { kind: 'ok'; value: T; fetchedAt: string; stale: boolean }
	| { kind: 'signedOut' }
	| { kind: 'offline' }
	| { kind: 'error'; problem: ApiProblem };

/** A server that did not answer this time (offline, down, busy): the kept copy stands in. */
function noAnswer(result: ApiResult<unknown>): boolean {
	if (result.ok) return false;
	if (result.offline) return true;
	return result.problem.code === 'server_error' || result.problem.code === 'rate_limited';
}

/**
 * Runs `load`; an answer is kept under `cacheKey`. Without an answer (offline, 5xx, 429) the kept
 * copy is returned, marked stale, with the time it was fetched; a kept copy that no longer parses
 * with `parser` is not shown. Signed out (401), nothing kept is shown.
 */
export async function loadCached<T>(
	load: () => Promise<ApiResult<T>>,
	cacheKey: string,
	parser: Parser<T>
): Promise<Loaded<T>> {
	const { readCache, writeCache } = await import('$lib/sync/pending-client');
	const result = await load();
	if (result.ok) {
		await writeCache(cacheKey, result.data).catch(() => undefined);
		return { kind: 'ok', value: result.data, fetchedAt: new Date().toISOString(), stale: false };
	}
	if (!result.offline && result.problem.code === 'unauthenticated') return { kind: 'signedOut' };
	if (noAnswer(result)) {
		const cached = await readCache<unknown>(cacheKey).catch(() => undefined);
		const parsed = cached ? parser.safeParse(cached.value) : null;
		if (cached && parsed?.success) {
			return { kind: 'ok', value: parsed.data, fetchedAt: cached.fetchedAt, stale: true };
		}
	}
	return result.offline ? { kind: 'offline' } : { kind: 'error', problem: result.problem };
}
