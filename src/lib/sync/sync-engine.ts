/**
 * Everything sync needs from Dexie, loaded only once the tenant is signed in: a visitor who never
 * signs in never downloads it.
 */
import { liveQuery } from 'dexie';
import { appDb } from '$lib/db/app-db';
import type { Conflict } from '$lib/schemas/sync';
import { REJECTED_KEY, type RejectedChange } from './sync-client';
import { dismissSyncNotice, syncNotice, type SyncNotice } from './sync-restart';

export { syncNow } from './sync-client';
export { flushPending } from './pending-client';

export interface SyncWatch {
	pending: number;
	conflicts: Conflict[];
	rejected: RejectedChange[];
	notice: SyncNotice | null;
}

export function dismissNotice(): Promise<void> {
	return dismissSyncNotice(appDb());
}

export function watchSync(next: (value: SyncWatch) => void): () => void {
	const db = appDb();
	const sub = liveQuery(async () => {
		const rejected = (await db.meta.get(REJECTED_KEY))?.value;
		return {
			pending: (await db.outbox.count()) + (await db.pending.count()),
			conflicts: await db.conflicts.toArray(),
			rejected: Array.isArray(rejected) ? (rejected as RejectedChange[]) : [],
			notice: await syncNotice(db)
		};
	}).subscribe({ next });
	return () => sub.unsubscribe();
}
