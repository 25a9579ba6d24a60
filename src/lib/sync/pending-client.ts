/**
 * Commands for server-owned objects (bookings, consents) that the tenant gave while offline.
 * Unlike the outbox these are not merged or replayed as data: each is one request, sent once and
 * in order, identified by its `requestId` (sent as `Idempotency-Key`) so a retry after a lost reply
 * is answered with the first outcome instead of acting again.
 */
import { appDb, type AppDb, type PendingCommand } from '$lib/db/app-db';
import { newId } from '$lib/db/ids';
import type { Fetch } from '$lib/api/client';
import { sendCommandRequest } from '$lib/api/commands';

export type SendOutcome =
	| { status: 'sent'; response: unknown }
	| { status: 'queued' }
	| { status: 'refused'; httpStatus: number; body: unknown };

/** Stores a command and tries to send it at once; offline it waits for `flushPending`. */
export async function sendOrQueue(
	command: Omit<PendingCommand, 'seq' | 'requestId' | 'createdAt' | 'error'>,
	db: AppDb = appDb(),
	fetchFn?: Fetch
): Promise<SendOutcome> {
	const entry: PendingCommand = {
		...command,
		requestId: newId(),
		createdAt: new Date().toISOString(),
		error: null
	};
	entry.seq = await db.pending.add(entry);
	// Older commands go first: a cancel queued offline must not overtake its own request.
	const results = await flushPending(db, fetchFn);
	const outcome = results.get(entry.requestId);
	if (outcome) return outcome;
	// Another flush (a sync, another tab) may have held the lock and sent it before ours ran.
	const left = await db.pending.get(entry.seq);
	if (!left) return { status: 'sent', response: null };
	if (left.error)
		return { status: 'refused', httpStatus: left.error.status, body: left.error.body };
	return { status: 'queued' };
}

/** Sends waiting commands in order; stops at the first network failure. Never throws. */
export async function flushPending(
	db: AppDb = appDb(),
	fetchFn?: Fetch
): Promise<Map<string, SendOutcome>> {
	const outcomes = new Map<string, SendOutcome>();
	const run = async () => {
		const entries = await db.pending.orderBy('seq').toArray();
		for (const entry of entries) {
			if (entry.error) continue;
			const answer = await sendCommandRequest(entry, fetchFn);
			// Offline: keep this and everything after it, in order.
			if (answer.offline) break;
			const { status, body } = answer;
			if (status >= 200 && status < 300) {
				await db.pending.delete(entry.seq!);
				outcomes.set(entry.requestId, { status: 'sent', response: body });
			} else if (status >= 400 && status < 500 && status !== 429) {
				// Refused for good (e.g. the time was taken meanwhile): keep it visible, do not retry.
				await db.pending.update(entry.seq!, { error: { status, body } });
				outcomes.set(entry.requestId, { status: 'refused', httpStatus: status, body });
			} else {
				break; // 5xx or rate limited: try again later, in order
			}
		}
	};
	if (typeof navigator !== 'undefined' && navigator.locks) {
		await navigator.locks.request('vuokra-apu-pending', run);
	} else {
		await run();
	}
	return outcomes;
}

/** Reads a cached server view; `fetchedAt` lets the UI say how old it is. */
export async function readCache<T>(
	key: string,
	db: AppDb = appDb()
): Promise<{ value: T; fetchedAt: string } | undefined> {
	const entry = await db.cache.get(key);
	return entry ? { value: entry.value as T, fetchedAt: entry.fetchedAt } : undefined;
}

export async function writeCache(key: string, value: unknown, db: AppDb = appDb()): Promise<void> {
	await db.cache.put({ key, value, fetchedAt: new Date().toISOString() });
}
