/**
 * Everything sync needs from Dexie, loaded only once the tenant is signed in: a visitor who never
 * signs in never downloads it.
 */
import { liveQuery } from 'dexie';
import { appDb } from '$lib/db/app-db';
import type { Conflict } from '$lib/schemas/sync';
import { REJECTED_KEY, type RejectedChange } from './sync-client';
import { readNotices, type SyncNotice } from './sync-notices';
import { dismissSyncNotice, syncNotice, type RestartNotice } from './sync-restart';

export { syncNow } from './sync-client';
export { flushPending } from './pending-client';

export interface SyncWatch {
	pending: number;
	/** Unsent situation changes alone (pending also counts queued booking and consent commands). */
	outbox: number;
	conflicts: Conflict[];
	rejected: RejectedChange[];
	notices: SyncNotice[];
	notice: RestartNotice | null;
}

export function dismissNotice(): Promise<void> {
	return dismissSyncNotice(appDb());
}

export function watchSync(next: (value: SyncWatch) => void): () => void {
	const db = appDb();
	const sub = liveQuery(async () => {
		const rejected = (await db.meta.get(REJECTED_KEY))?.value;
		return {
			outbox: await db.outbox.count(),
			pending: (await db.outbox.count()) + (await db.pending.count()),
			conflicts: await db.conflicts.toArray(),
			rejected: Array.isArray(rejected) ? (rejected as RejectedChange[]) : [],
			notices: await readNotices(db),
			notice: await syncNotice(db)
		};
	}).subscribe({ next });
	return () => sub.unsubscribe();
}
