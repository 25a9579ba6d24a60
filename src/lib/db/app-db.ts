/**
 * The tenant's local store. The device is the primary copy: everything works with no network and no
 * account; sync (when signed in) replays the outbox to the server.
 *
 * Rules: never edit a shipped `version(n)`; add `version(n + 1)` with an upgrade. Multi-table writes
 * go through one `transaction('rw', ...)` so a row never exists without its outbox entry.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { EntityName, EntityRows } from '$lib/schemas/situation';
import type { Conflict, SyncEntityName } from '$lib/schemas/sync';
import { replayJournal } from './typed-journal';

export const DB_NAME = 'vuokra-apu';

/** One pending change for the server. Consecutive edits of the same row merge into one entry. */
export interface OutboxEntry {
	seq?: number;
	mutationId: string;
	entity: SyncEntityName;
	entityId: string;
	op: 'upsert' | 'delete';
	fields: Record<string, unknown>;
	/** The server version the change was made on (0 = the row was never synced). */
	baseVersion: number;
	createdAt: string;
	/** 1 once a push has sent it: later edits start a new entry instead of changing what is in flight. */
	sending: 0 | 1;
}

/** Text typed into a field that is not (yet) valid. Kept so nothing typed is lost; never synced. */
export interface Draft {
	key: string;
	text: string;
}

/** What a keystroke changes: a valid value of a row's field, text not valid yet, or a draft only. */
export type TypedChange =
	| { kind: 'value'; entity: EntityName; id: string; field: string; value: unknown }
	| { kind: 'invalid'; entity: EntityName; id: string; field: string; text: string }
	| { kind: 'draft'; text: string };

/**
 * The newest typed change of one field (`key` = its draft key) that may not be saved in its row
 * yet; written synchronously in the input event (typed-journal.ts). Never synced.
 */
export interface JournalEntry {
	key: string;
	/** Which tab typed it, and when within that tab: replay deletes only the very entry it applied. */
	stamp: string;
	change: TypedChange;
}

/**
 * A command for a server-owned object (a booking request, a consent withdrawal) waiting for the
 * network. Sent in order with its `requestId` as the idempotency key, so a retry never acts twice.
 */
export interface PendingCommand {
	seq?: number;
	/** What it is, e.g. `booking.request`; features filter their own. */
	kind: string;
	/** Path of the JSON endpoint, e.g. `/api/bookings`. */
	url: string;
	method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	body: unknown;
	requestId: string;
	createdAt: string;
	/** The last refusal (4xx) from the server, shown to the tenant; the entry is then kept no longer. */
	error?: { status: number; body: unknown } | null;
}

/** The last copy of a server-owned view (free times, my bookings, my consents), for offline use. */
export interface CacheEntry {
	key: string;
	value: unknown;
	fetchedAt: string;
}

/** Device-local settings and sync bookkeeping; never synced. */
export interface MetaEntry {
	key: string;
	value: unknown;
}

export type AppDb = Dexie & {
	[K in EntityName]: EntityTable<EntityRows[K], 'id'>;
} & {
	/** Values two devices changed at once; synced from the server until the tenant chooses. */
	conflicts: EntityTable<Conflict, 'id'>;
	outbox: EntityTable<OutboxEntry, 'seq'>;
	pending: EntityTable<PendingCommand, 'seq'>;
	cache: EntityTable<CacheEntry, 'key'>;
	drafts: EntityTable<Draft, 'key'>;
	meta: EntityTable<MetaEntry, 'key'>;
	journal: EntityTable<JournalEntry, 'key'>;
};

export function openAppDb(name = DB_NAME): AppDb {
	const db = new Dexie(name) as AppDb;
	db.version(1).stores({
		household: 'id',
		home: 'id',
		incomes: 'id',
		expenses: 'id',
		debts: 'id, createdAt',
		benefits: 'id',
		decisions: 'id, createdAt',
		plans: 'id, createdAt',
		payments: 'id, date, debtId',
		conflicts: 'id',
		outbox: '++seq, [entity+entityId]',
		pending: '++seq, kind',
		cache: 'key',
		drafts: 'key',
		meta: 'key'
	});
	db.version(3).stores({ journal: 'key' });
	// Typed text a page left unsaved when it went away is saved before anything reads the tables.
	db.on('ready', (vip) => replayJournal(vip as AppDb), true);
	// Since version 6 local data syncs only into the account recorded as its owner (meta `owner`,
	// device-owner.ts). A device that was already syncing before then belongs to the account it
	// remembered (the `account` hint in localStorage); without one the data was typed anonymously
	// and waits for the tenant's yes.
	db.version(6)
		.stores({})
		.upgrade(async (tx) => {
			const email = rememberedAccountEmail();
			if (email) await tx.table('meta').put({ key: 'owner', value: email.trim().toLowerCase() });
		});
	// Check-in answers (issue 14), synced like payments.
	db.version(7).stores({ checkins: 'id' });
	return db;
}

function rememberedAccountEmail(): string | null {
	try {
		const raw = globalThis.localStorage?.getItem('account');
		const value = raw ? (JSON.parse(raw) as { email?: unknown }) : null;
		return typeof value?.email === 'string' ? value.email : null;
	} catch {
		return null;
	}
}

let instance: AppDb | undefined;

/** The app's one database connection, opened lazily so pages that need no data never load it. */
export function appDb(): AppDb {
	instance ??= openAppDb();
	return instance;
}

/**
 * Closes this tab's connection and deletes the whole local database with `remove` ("forget this
 * device" and sign-out pass one with a time limit; Dexie's waits as long as another tab holds on). Until `remove` settles, the closed connection stays the one `appDb()` gives,
 * so nothing in this tab opens (and so recreates) the database while it is being deleted.
 */
export async function deleteAppDb(
	remove: (name: string) => Promise<void> = (name) => Dexie.delete(name)
): Promise<void> {
	const db = appDb();
	db.close();
	try {
		await remove(db.name);
	} finally {
		instance = undefined;
	}
}
