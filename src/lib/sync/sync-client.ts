/**
 * Push the outbox, then pull what changed since our cursor (architecture.md, "Sync").
 *
 * Invariants:
 * - One tab syncs at a time (Web Locks); the others skip, since the outbox is shared.
 * - Entries are marked `sending` before the request, so edits made meanwhile start a new entry
 *   instead of changing one the server may already have applied under its mutation id.
 * - An outbox entry is removed only in the transaction that records the server's answer to it.
 * - Pulled rows and the new cursor are stored in one transaction; local changes still waiting
 *   are laid over pulled rows, so a pull never hides what the tenant just typed.
 */
import { appDb, type AppDb, type OutboxEntry } from '$lib/db/app-db';
import { newId } from '$lib/db/ids';
import {
	DEFAULT_PULL_LIMIT,
	MAX_PUSH_MUTATIONS,
	pullResponseSchema,
	pushResponseSchema,
	SYNC_ENTITY_NAMES,
	SYNC_ENTITY_SCHEMAS,
	type Change,
	type Issue,
	type Mutation,
	type MutationResult,
	type SyncEntityName
} from '$lib/schemas/sync';

export type SyncOutcome =
	| { status: 'ok'; pushed: number; pulled: number; rejected: number }
	| { status: 'busy' }
	| { status: 'offline' }
	| { status: 'signedOut' }
	/** `code`: the server's problem code when it gave one (e.g. `quota_exceeded`). */
	| { status: 'error'; message: string; code?: string };

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
		readonly code?: string
	) {
		super(message);
	}
}

/** The refused response as an HttpError carrying the problem's `code`, if the body has one. */
async function refusal(response: Response): Promise<HttpError> {
	let code: string | undefined;
	try {
		const body = (await response.json()) as { code?: unknown } | null;
		if (typeof body?.code === 'string') code = body.code;
	} catch {
		// Not JSON (a proxy's error page): the status is all there is.
	}
	return new HttpError(response.status, response.statusText, code);
}

type Fetch = typeof fetch;

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
export async function syncNow(db: AppDb = appDb(), fetchFn: Fetch = fetch): Promise<SyncOutcome> {
	return withSyncLock(async () => {
		try {
			const { pushed, rejected } = await pushAll(db, fetchFn);
			const pulled = await pullAll(db, fetchFn);
			return { status: 'ok', pushed, pulled, rejected };
		} catch (e) {
			if (e instanceof HttpError && e.status === 401) return { status: 'signedOut' };
			if (e instanceof HttpError) {
				const message = `${e.status} ${e.message}`;
				return e.code ? { status: 'error', message, code: e.code } : { status: 'error', message };
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

async function pushAll(db: AppDb, fetchFn: Fetch): Promise<{ pushed: number; rejected: number }> {
	const device = await clientId(db);
	let pushed = 0;
	let rejected = 0;
	// Halved when the server says the body is too large (long notes), down to one entry.
	let size = MAX_PUSH_MUTATIONS;
	for (;;) {
		const batch = await db.transaction('rw', db.outbox, async () => {
			const entries = await db.outbox.orderBy('seq').limit(size).toArray();
			const fresh = entries.filter((e) => e.sending === 0);
			await db.outbox.bulkUpdate(fresh.map((e) => ({ key: e.seq!, changes: { sending: 1 } })));
			return entries;
		});
		if (batch.length === 0) break;
		const response = await fetchFn('/api/sync/push', {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			credentials: 'same-origin',
			body: JSON.stringify({ mutations: batch.map((e) => toMutation(e, device)) })
		});
		if (response.status === 413 && batch.length > 1) {
			size = Math.ceil(batch.length / 2);
			continue;
		}
		if (!response.ok) throw await refusal(response);
		const { results } = pushResponseSchema.parse(await response.json());
		rejected += await acknowledge(db, batch, results);
		pushed += batch.length;
		if (batch.length < size) break;
	}
	return { pushed, rejected };
}

/** Removes answered entries; refused ones are remembered so the tenant can be told. */
async function acknowledge(
	db: AppDb,
	batch: OutboxEntry[],
	results: MutationResult[]
): Promise<number> {
	const bySeq = new Map(batch.map((e) => [e.mutationId, e]));
	const refused: RejectedChange[] = [];
	const answered: number[] = [];
	for (const result of results) {
		const entry = bySeq.get(result.mutationId);
		if (!entry) continue;
		answered.push(entry.seq!);
		const outcome = result.status === 'duplicate' ? result.original : result;
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
	await db.transaction('rw', db.outbox, db.meta, async () => {
		await db.outbox.bulkDelete(answered);
		if (refused.length > 0) {
			const before = (await db.meta.get(REJECTED_KEY))?.value;
			const list = Array.isArray(before) ? (before as RejectedChange[]) : [];
			await db.meta.put({ key: REJECTED_KEY, value: [...list, ...refused].slice(-50) });
		}
	});
	return refused.length;
}

async function pullAll(db: AppDb, fetchFn: Fetch): Promise<number> {
	let pulled = 0;
	for (;;) {
		const since = Number((await db.meta.get(CURSOR_KEY))?.value ?? 0);
		const response = await fetchFn(`/api/sync/pull?since=${since}&limit=${DEFAULT_PULL_LIMIT}`, {
			headers: { accept: 'application/json' },
			credentials: 'same-origin'
		});
		if (!response.ok) throw new HttpError(response.status, response.statusText);
		const page = pullResponseSchema.parse(await response.json());
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
