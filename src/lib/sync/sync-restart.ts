/**
 * Starting sync over when the server says this device's history is too old to continue from
 * (the codes in `SYNC_RESTART_CODES`, $lib/schemas/sync):
 *
 * - `resync-required` (pull): deletes older than our cursor were pruned. We pull everything from
 *   version 0 and drop local synced rows the server no longer has, except rows with changes
 *   still waiting in the outbox (those are the tenant's and will be pushed).
 * - `device-away-too-long` (push): this device has not pushed for longer than the server keeps
 *   idempotency answers, so our queued mutation ids can no longer be told apart from new ones.
 *   We take a new client id, give every outbox entry a new mutation id (keeping its fields and
 *   base version, so conflicts are still found), resync from scratch as above, and push again.
 *   The tenant is told in plain words (`NOTICE_KEY`).
 *
 * The decision to restart is stored in the same transaction as the re-identified outbox, and
 * the full resync runs before any later push, so a restart interrupted by a lost connection
 * resumes on the next sync instead of pushing on a half-rebuilt base.
 */
import type { AppDb } from '$lib/db/app-db';
import { newId } from '$lib/db/ids';
import type { Fetch } from '$lib/api/client';
import { pullChanges } from '$lib/api/sync';
import {
	DEFAULT_PULL_LIMIT,
	SYNC_ENTITY_NAMES,
	SYNC_RESTART_CODES,
	type Change,
	type SyncRestartCode
} from '$lib/schemas/sync';
import { applyChanges, CLIENT_ID_KEY, CURSOR_KEY } from './sync-client';

/** A restart decided but not finished: `{ code, at }`. */
export const RESTART_KEY = 'syncRestart';
/** What to tell the tenant until they dismiss it: `{ code, at }`. */
export const NOTICE_KEY = 'syncNotice';

export interface RestartNotice {
	code: SyncRestartCode;
	at: string;
}

export class SyncRestartRequired extends Error {
	constructor(readonly code: SyncRestartCode) {
		super(`sync restart: ${code}`);
	}
}

function isRestartCode(code: unknown): code is SyncRestartCode {
	return (SYNC_RESTART_CODES as readonly unknown[]).includes(code);
}

/**
 * The restart the server asks for with a 409 and a restart code, or null. Takes the parsed problem
 * code, not the response, because the caller has already read the body (a body reads once).
 */
export function restartRequired(status: number, code: unknown): SyncRestartRequired | null {
	return status === 409 && isRestartCode(code) ? new SyncRestartRequired(code) : null;
}

/** Records the restart; for a device away too long also re-identifies the device and its outbox. */
export async function beginRestart(
	db: AppDb,
	code: SyncRestartCode,
	now = new Date()
): Promise<void> {
	const at = now.toISOString();
	await db.transaction('rw', db.outbox, db.meta, async () => {
		if (code === 'device-away-too-long') {
			await db.meta.put({ key: CLIENT_ID_KEY, value: newId() });
			const entries = await db.outbox.toArray();
			await db.outbox.bulkUpdate(
				entries.map((e) => ({ key: e.seq!, changes: { mutationId: newId(), sending: 0 as const } }))
			);
			await db.meta.put({ key: NOTICE_KEY, value: { code, at } satisfies RestartNotice });
		}
		await db.meta.put({ key: RESTART_KEY, value: { code, at } });
	});
}

/** Pulls every row from version 0 (all pages, kept in memory until the last one arrives). */
async function pullEverything(
	fetchFn: Fetch | undefined
): Promise<{ changes: Change[]; cursor: number }> {
	const changes: Change[] = [];
	let cursor = 0;
	for (;;) {
		const answer = await pullChanges(
			{ since: cursor, base: 0, limit: DEFAULT_PULL_LIMIT },
			fetchFn
		);
		if (!answer.ok) throw new Error(`full resync: ${answer.status} ${answer.statusText}`);
		const page = answer.data;
		changes.push(...page.changes);
		cursor = Math.max(cursor, page.cursor);
		if (!page.hasMore || page.changes.length === 0) return { changes, cursor };
	}
}

/**
 * The full resync: the server's rows replace ours, in one transaction with the new cursor.
 * Local rows the server does not know (their deletes were pruned) go, unless the outbox still
 * holds a change to them.
 */
export async function finishRestart(db: AppDb, fetchFn: Fetch | undefined): Promise<void> {
	const { changes, cursor } = await pullEverything(fetchFn);
	const tables = SYNC_ENTITY_NAMES.map((name) => db[name]);
	await db.transaction('rw', [...tables, db.outbox, db.meta], async () => {
		const known = new Set(changes.map((c) => `${c.entity}/${c.id}`));
		const waiting = new Set<string>();
		await db.outbox.each((e) => void waiting.add(`${e.entity}/${e.entityId}`));
		for (const entity of SYNC_ENTITY_NAMES) {
			const ids = (await db[entity].toCollection().primaryKeys()) as string[];
			const gone = ids.filter(
				(id) => !known.has(`${entity}/${id}`) && !waiting.has(`${entity}/${id}`)
			);
			if (gone.length > 0) await db[entity].bulkDelete(gone);
		}
		await applyChanges(db, changes, cursor);
		await db.meta.put({ key: CURSOR_KEY, value: cursor });
		await db.meta.delete(RESTART_KEY);
	});
}

/**
 * Runs one sync (`run`), first finishing a restart left over from before. When the server asks
 * for a restart, starts over and runs the sync once more; a second request in a row is an error.
 */
export async function withSyncRestart<T>(
	db: AppDb,
	fetchFn: Fetch | undefined,
	run: () => Promise<T>
): Promise<T> {
	if (await db.meta.get(RESTART_KEY)) await finishRestart(db, fetchFn);
	try {
		return await run();
	} catch (e) {
		if (!(e instanceof SyncRestartRequired)) throw e;
		await beginRestart(db, e.code);
		await finishRestart(db, fetchFn);
		return run();
	}
}

/** The notice for the tenant, if any. */
export async function syncNotice(db: AppDb): Promise<RestartNotice | null> {
	const value = (await db.meta.get(NOTICE_KEY))?.value as Partial<RestartNotice> | undefined;
	return value && isRestartCode(value.code) && typeof value.at === 'string'
		? { code: value.code, at: value.at }
		: null;
}

export async function dismissSyncNotice(db: AppDb): Promise<void> {
	await db.meta.delete(NOTICE_KEY);
}
