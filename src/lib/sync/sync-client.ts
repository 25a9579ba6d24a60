/**
 * Push the outbox, then pull what changed since our cursor (docs/design.md, "Sync").
 *
 * Invariants:
 * - One tab syncs at a time (Web Locks); the others skip, since the outbox is shared.
 * - Entries are marked `sending` before the request, so edits made meanwhile start a new entry
 *   instead of changing one the server may already have applied under its mutation id.
 * - An outbox entry is removed only in the transaction that records the server's answer to it,
 *   or, when the server refuses it on its own (invalid, too large), in the one that sets it aside
 *   with a notice showing its values: a refused entry never holds up the ones after it.
 * - A push body never exceeds MAX_PUSH_BYTES (the server's body limit); a smaller limit on the way
 *   (413, or an answer saying "too large") halves the batch.
 * - Pulled rows and the new cursor are stored in one transaction; local changes still waiting
 *   are laid over pulled rows, so a pull never hides what the tenant just typed.
 */
import { appDb, type AppDb, type OutboxEntry } from '$lib/db/app-db';
import { newId } from '$lib/db/ids';
import { type Fetch } from '$lib/api/client';
import { pullChanges, pushMutations, type SyncRefusal } from '$lib/api/sync';
import {
	DEFAULT_PULL_LIMIT,
	MAX_PUSH_BYTES,
	MAX_PUSH_MUTATIONS,
	SYNC_ENTITY_NAMES,
	SYNC_ENTITY_SCHEMAS,
	type Change,
	type Issue,
	type Mutation,
	type MutationResult,
	type OriginalResult,
	type SyncEntityName
} from '$lib/schemas/sync';
import {
	fitByBytes,
	pushBody,
	readRefusal,
	shrink,
	type BatchLimits,
	type Refusal
} from './push-batches';
import {
	addNotices,
	deletedNotice,
	notSentNotice,
	replacedNotices,
	type SyncNotice
} from './sync-notices';
import { restartRequired, withSyncRestart } from './sync-restart';

export type SyncOutcome =
	| { status: 'ok'; pushed: number; pulled: number; rejected: number; notSent: number }
	| { status: 'busy' }
	| { status: 'offline' }
	| { status: 'signedOut' }
	/**
	 * `code`: the server's problem code when it gave one (e.g. `quota_exceeded`); `retryAfterMs`:
	 * how long the server asked us to wait (429, 503), when it said.
	 */
	| { status: 'error'; message: string; code?: string; retryAfterMs?: number };

export interface RejectedChange {
	mutationId: string;
	entity: SyncEntityName;
	entityId: string;
	issues: Issue[];
	at: string;
}

const LOCK_NAME = 'vuokra-apu-sync';
export const CURSOR_KEY = 'syncCursor';
export const CLIENT_ID_KEY = 'clientId';
export const REJECTED_KEY = 'syncRejected';

class HttpError extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly code?: string,
		readonly retryAfterMs?: number
	) {
		super(message);
	}
}

/** Why the server refused: the restart it asks for, or an HttpError with the problem `code`. */
function failure(answer: SyncRefusal): Error {
	const { code } = answer.problem;
	return (
		restartRequired(answer.status, code) ??
		new HttpError(answer.status, answer.statusText, code, answer.retryAfterMs)
	);
}

/** This device's stable id: lets the server tell our own queued edits from another device's. */
export async function clientId(db: AppDb = appDb()): Promise<string> {
	return db.transaction('rw', db.meta, async () => {
		const existing = await db.meta.get(CLIENT_ID_KEY);
		if (typeof existing?.value === 'string') return existing.value;
		const id = newId();
		await db.meta.put({ key: CLIENT_ID_KEY, value: id });
		return id;
	});
}

async function withSyncLock(fn: () => Promise<SyncOutcome>): Promise<SyncOutcome> {
	if (typeof navigator === 'undefined' || !navigator.locks) return fn();
	return navigator.locks.request(LOCK_NAME, { ifAvailable: true }, (lock) =>
		lock ? fn() : ({ status: 'busy' } satisfies SyncOutcome)
	);
}

/** Pushes every waiting change and pulls the server's changes. Never throws. */
export async function syncNow(db: AppDb = appDb(), fetchFn?: Fetch): Promise<SyncOutcome> {
	return withSyncLock(async () => {
		try {
			const { pushed, rejected, notSent, pulled } = await withSyncRestart(
				db,
				fetchFn,
				async () => ({
					...(await pushAll(db, fetchFn)),
					pulled: await pullAll(db, fetchFn)
				})
			);
			return { status: 'ok', pushed, pulled, rejected, notSent };
		} catch (e) {
			if (e instanceof HttpError && e.status === 401) return { status: 'signedOut' };
			if (e instanceof HttpError) {
				return {
					status: 'error',
					message: `${e.status} ${e.message}`,
					...(e.code ? { code: e.code } : {}),
					...(e.retryAfterMs === undefined ? {} : { retryAfterMs: e.retryAfterMs })
				};
			}
			// fetch rejects with a TypeError when the network is unreachable.
			if (e instanceof TypeError) return { status: 'offline' };
			return { status: 'error', message: e instanceof Error ? e.message : String(e) };
		}
	});
}

function toMutation(entry: OutboxEntry, device: string): Mutation {
	return {
		mutationId: entry.mutationId,
		entity: entry.entity,
		entityId: entry.entityId,
		op: entry.op,
		fields: entry.fields,
		baseVersion: entry.baseVersion,
		clientId: device
	};
}

interface PushTotals {
	pushed: number;
	rejected: number;
	notSent: number;
}

async function pushAll(db: AppDb, fetchFn: Fetch | undefined): Promise<PushTotals> {
	const device = await clientId(db);
	const totals: PushTotals = { pushed: 0, rejected: 0, notSent: 0 };
	let limits: BatchLimits = { count: MAX_PUSH_MUTATIONS, bytes: MAX_PUSH_BYTES };
	for (;;) {
		const { batch, more } = await takeBatch(db, device, limits);
		if (batch.length === 0) break;
		const mutations = batch.map((e) => toMutation(e, device));
		const answer = await pushMutations(pushBody(mutations), fetchFn);
		if (!answer.ok) {
			const refusal = readRefusal(answer.status, answer.statusText, answer);
			if (refusal) {
				const setAside = refusedEntries(batch, refusal);
				if (setAside.length === 0) {
					limits = shrink(limits, mutations);
					continue;
				}
				await quarantine(db, setAside, refusal.kind === 'invalid' ? refusal.issues : []);
				totals.notSent += setAside.length;
				continue;
			}
			throw failure(answer);
		}
		const results = answer.data;
		totals.rejected += await acknowledge(db, batch, results);
		totals.pushed += batch.length;
		if (!more) break;
	}
	return totals;
}

/**
 * The oldest entries that fit the limits, marked as being sent. `more` tells whether entries were
 * left over; edits made while this push runs are picked up by the next sync.
 */
async function takeBatch(
	db: AppDb,
	device: string,
	limits: BatchLimits
): Promise<{ batch: OutboxEntry[]; more: boolean }> {
	return db.transaction('rw', db.outbox, async () => {
		const waiting = await db.outbox
			.orderBy('seq')
			.limit(limits.count + 1)
			.toArray();
		const candidates = waiting.slice(0, limits.count);
		const fitted = fitByBytes(
			candidates.map((e) => toMutation(e, device)),
			limits.bytes
		).length;
		const batch = candidates.slice(0, fitted);
		const fresh = batch.filter((e) => e.sending === 0);
		await db.outbox.bulkUpdate(fresh.map((e) => ({ key: e.seq!, changes: { sending: 1 } })));
		return { batch, more: waiting.length > batch.length };
	});
}

/**
 * Which entries a refusal is about: the ones a 400 names, or a batch of one. None means "not
 * known yet": the batch is split and tried again in smaller parts.
 */
function refusedEntries(batch: OutboxEntry[], refusal: Refusal): OutboxEntry[] {
	if (refusal.kind === 'invalid' && refusal.indexes.length > 0) {
		return refusal.indexes.flatMap((i) => (batch[i] ? [batch[i]] : []));
	}
	return batch.length === 1 ? batch : [];
}

/**
 * Sets refused entries aside so later edits are not held up behind them forever; the tenant sees
 * a notice with their values. Sending them again unchanged would be refused again.
 */
async function quarantine(db: AppDb, entries: OutboxEntry[], issues: Issue[]): Promise<void> {
	await db.transaction('rw', db.outbox, db.meta, async () => {
		await db.outbox.bulkDelete(entries.map((e) => e.seq!));
		await addNotices(
			db,
			entries.map((e) => notSentNotice(e, issues))
		);
	});
}

/**
 * Removes answered entries. What was not kept is recorded for the tenant: a value from another
 * device that an edit replaced, an edit dropped because the row was deleted elsewhere (with the
 * row as this device had it, so it can be restored), and refused changes.
 */
async function acknowledge(
	db: AppDb,
	batch: OutboxEntry[],
	results: MutationResult[]
): Promise<number> {
	const byId = new Map(batch.map((e) => [e.mutationId, e]));
	const refused: RejectedChange[] = [];
	const answered: number[] = [];
	const outcomes: [OutboxEntry, OriginalResult][] = [];
	for (const result of results) {
		const entry = byId.get(result.mutationId);
		if (!entry) continue;
		answered.push(entry.seq!);
		const outcome = result.status === 'duplicate' ? result.original : result;
		outcomes.push([entry, outcome]);
		if (outcome.status === 'rejected') {
			refused.push({
				mutationId: entry.mutationId,
				entity: entry.entity,
				entityId: entry.entityId,
				issues: outcome.issues,
				at: new Date().toISOString()
			});
		}
	}
	const entities = [...new Set(batch.map((e) => e.entity))].map((name) => db[name]);
	await db.transaction('rw', [db.outbox, db.meta, ...entities], async () => {
		// Only Dexie's own promises may be awaited in here (others let the transaction commit).
		const notices: SyncNotice[] = [];
		for (const [entry, outcome] of outcomes) {
			const row = droppedByDelete(entry, outcome)
				? ((await db[entry.entity].get(entry.entityId)) as Record<string, unknown> | undefined)
				: undefined;
			notices.push(...noticesFor(entry, outcome, row));
		}
		await db.outbox.bulkDelete(answered);
		await addNotices(db, notices);
		if (refused.length > 0) {
			const before = (await db.meta.get(REJECTED_KEY))?.value;
			const list = Array.isArray(before) ? (before as RejectedChange[]) : [];
			await db.meta.put({ key: REJECTED_KEY, value: [...list, ...refused].slice(-50) });
		}
	});
	return refused.length;
}

function droppedByDelete(entry: OutboxEntry, outcome: OriginalResult): boolean {
	return outcome.status === 'conflict' && outcome.reason === 'deleted' && entry.op === 'upsert';
}

/** `row`: this device's copy of a row whose edit was dropped because it was deleted elsewhere. */
function noticesFor(
	entry: OutboxEntry,
	outcome: OriginalResult,
	row: Record<string, unknown> | undefined
): SyncNotice[] {
	if (outcome.status === 'rejected') return [notSentNotice(entry, outcome.issues)];
	if (droppedByDelete(entry, outcome)) return [deletedNotice(entry, row, outcome.version)];
	return replacedNotices(entry, outcome.replaced ?? []);
}

async function pullAll(db: AppDb, fetchFn: Fetch | undefined): Promise<number> {
	let pulled = 0;
	const base = Number((await db.meta.get(CURSOR_KEY))?.value ?? 0);
	for (;;) {
		const since = Number((await db.meta.get(CURSOR_KEY))?.value ?? 0);
		const answer = await pullChanges({ since, base, limit: DEFAULT_PULL_LIMIT }, fetchFn);
		if (!answer.ok) throw failure(answer);
		const page = answer.data;
		await applyChanges(db, page.changes, Math.max(since, page.cursor));
		pulled += page.changes.length;
		if (!page.hasMore || page.changes.length === 0) break;
	}
	return pulled;
}

/** Stores one page of server changes and the cursor after it, atomically. */
export async function applyChanges(db: AppDb, changes: Change[], cursor: number): Promise<void> {
	const tables = SYNC_ENTITY_NAMES.map((name) => db[name]);
	await db.transaction('rw', [...tables, db.outbox, db.meta], async () => {
		const pending = new Map<string, Record<string, unknown>>();
		await db.outbox.each((e) => {
			if (e.op !== 'upsert') return;
			const key = `${e.entity}/${e.entityId}`;
			pending.set(key, { ...pending.get(key), ...e.fields });
		});
		const puts = new Map<SyncEntityName, unknown[]>();
		const deletes = new Map<SyncEntityName, string[]>();
		for (const change of changes) {
			if (change.deleted || !change.data) {
				deletes.set(change.entity, [...(deletes.get(change.entity) ?? []), change.id]);
				continue;
			}
			const row = {
				...change.data,
				...pending.get(`${change.entity}/${change.id}`),
				id: change.id,
				version: change.version
			};
			// Parse at the edge: a row this version of the app cannot read is skipped, not stored.
			const parsed = SYNC_ENTITY_SCHEMAS[change.entity].safeParse(row);
			if (!parsed.success) {
				console.warn('sync: skipped an unreadable row', change.entity, change.id);
				continue;
			}
			puts.set(change.entity, [...(puts.get(change.entity) ?? []), parsed.data]);
		}
		for (const [entity, ids] of deletes) await db[entity].bulkDelete(ids);
		for (const [entity, rows] of puts) {
			await (db[entity] as unknown as { bulkPut(rows: unknown[]): Promise<unknown> }).bulkPut(rows);
		}
		await db.meta.put({ key: CURSOR_KEY, value: cursor });
	});
}
