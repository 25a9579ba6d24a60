/**
 * Nothing typed is lost: every value typed into a field reaches IndexedDB in a transaction that is
 * started inside the input event itself, before the page can move on.
 *
 * Saving a field properly (the row, its outbox entry and its draft in one transaction, see
 * situation-repo.ts) reads before it writes, so it needs the page alive for several turns of the
 * event loop; a page load, `pagehide` or a closed tab right after the last key would cut it off.
 * So each keystroke first writes a *journal* entry: one blind `put` on the raw IndexedDB connection,
 * issued and committed synchronously in the input handler. A transaction committed before the
 * document goes away is completed by the browser. Then the proper save runs (at most one in flight
 * per field, the newest text waiting), and once it has committed the entry is deleted, again in a
 * one-request transaction. Whatever is left in the journal — the page went away in between — is
 * applied when the database next opens, before any other query reads it (`db.on('ready')` in
 * app-db.ts). Applying an entry twice (the page went away after the save, before the delete) sets
 * the same value again, which is harmless.
 *
 * The journal is keyed per field, so it only ever holds the newest text of each field.
 */
import type { EntityName } from '$lib/schemas/situation';
import { appDb, type AppDb, type JournalEntry, type TypedChange } from './app-db';
import { newId } from './ids';
import { latestWriter } from './latest-writer';
import { draftKey, saveDraft, saveFields, saveInvalid, type RowFields } from './situation-repo';

export type { TypedChange };

/** The field names of an entity's rows whose value (null aside) is of type `V`. */
export type FieldOf<E extends EntityName, V> = {
	[F in keyof RowFields<E>]-?: NonNullable<RowFields<E>[F]> extends V ? F : never;
}[keyof RowFields<E>] &
	string;

/** The euro amount fields of an entity (integer cents, named `...Cents`). */
export type MoneyFieldOf<E extends EntityName> = FieldOf<E, number> & `${string}Cents`;

export interface SaveState {
	/** Fields whose newest text is not yet saved in its row (it is in the journal already). */
	pending: number;
	/** The last proper save failed (e.g. a full disk); the text stays in the journal and the field. */
	failed: boolean;
}

const tab = newId();
let counter = 0;
/** This tab's newest unsaved change per journal key. */
const unsaved = new Map<string, JournalEntry>();
const writers = new Map<string, ReturnType<typeof latestWriter>>();
const listeners = new Set<(state: SaveState) => void>();
let failed = false;

function state(): SaveState {
	return { pending: unsaved.size, failed };
}

function notify(): void {
	const now = state();
	for (const listener of listeners) listener(now);
}

/** Calls `listener` now and whenever this tab's save state changes; returns the unsubscribe. */
export function onSaveState(listener: (state: SaveState) => void): () => void {
	listeners.add(listener);
	listener(state());
	return () => listeners.delete(listener);
}

/**
 * This tab's draft texts (plan fields, forms sent later) typed but not yet saved, by key: newer
 * than what a live query of the drafts table can show yet. Read it in an `onSaveState` listener.
 */
export function unsavedDrafts(): ReadonlyMap<string, string> {
	const out = new Map<string, string>();
	for (const [key, entry] of unsaved) {
		if (entry.change.kind === 'draft') out.set(key, entry.change.text);
	}
	return out;
}

/**
 * Runs one request on the journal store in a raw IndexedDB transaction of its own, created and
 * committed now, in the caller's event. The journal store is in no other transaction's scope
 * except these one-request ones, so it never waits behind a save that needs the page alive for
 * more round trips: a transaction queued behind one of those would die with the page. Before the
 * connection is open (or if the raw transaction cannot start) Dexie queues it instead.
 */
function journalNow(db: AppDb, request: { put: JournalEntry } | { delete: string }): void {
	if (db.isOpen()) {
		try {
			const tx = db.backendDB().transaction('journal', 'readwrite');
			const store = tx.objectStore('journal');
			if ('put' in request) store.put(request.put);
			else store.delete(request.delete);
			tx.commit();
			return;
		} catch {
			// e.g. the connection is closing ("forget this device"): fall through to Dexie.
		}
	}
	const queued: Promise<unknown> =
		'put' in request ? db.journal.put(request.put) : db.journal.delete(request.delete);
	queued.catch(() => {
		// The proper save still runs; its failure is what the tenant is told about.
	});
}

function tablesFor(db: AppDb, change: TypedChange) {
	return change.kind === 'draft' ? [db.drafts] : [db.table(change.entity), db.outbox, db.drafts];
}

async function applyChange(db: AppDb, key: string, change: TypedChange): Promise<void> {
	switch (change.kind) {
		case 'value':
			return saveFields(change.entity, change.id, { [change.field]: change.value }, db);
		case 'invalid':
			return saveInvalid(change.entity, change.id, change.field, change.text, db);
		case 'draft':
			return saveDraft(key, change.text, db);
	}
}

/** Saves one entry properly: its row, outbox entry and draft in one transaction. */
async function apply(db: AppDb, entry: JournalEntry): Promise<void> {
	await db.transaction('rw', tablesFor(db, entry.change), () =>
		applyChange(db, entry.key, entry.change)
	);
}

/**
 * Keeps what was typed: journalled before this returns, saved properly soon after. Call it from the
 * input event. The promise resolves when this text (or newer text of the same field) is saved:
 * true, or false when the save failed (the text stays in the journal, and onSaveState tells the
 * tenant). It never rejects, so an input handler can leave it floating.
 */
export function keepTyped(key: string, change: TypedChange, db: AppDb = appDb()): Promise<boolean> {
	const entry: JournalEntry = { key, stamp: `${tab}:${++counter}`, change };
	unsaved.set(key, entry);
	journalNow(db, { put: entry });
	notify();
	let write = writers.get(key);
	if (!write) writers.set(key, (write = latestWriter()));
	return write(async () => {
		const newest = unsaved.get(key);
		if (!newest) return;
		await apply(db, newest);
		// Only when nothing newer was typed meanwhile: a newer entry must stay journalled. (Its
		// put, if any, was created before this delete, so IndexedDB runs it first.)
		if (unsaved.get(key) === newest) {
			unsaved.delete(key);
			journalNow(db, { delete: key });
		}
	}).then(
		() => {
			failed = false;
			notify();
			return true;
		},
		() => {
			failed = true;
			notify();
			return false;
		}
	);
}

/**
 * Keeps a valid value of a row's field. `field` must be a field of `entity` whose values are `V`
 * (a typo, or an amount sent to a text field, does not compile: the server would drop it silently).
 */
export function keepValue<E extends EntityName, V>(
	entity: E,
	id: string,
	field: FieldOf<E, V>,
	value: V | null,
	db?: AppDb
): Promise<boolean> {
	return keepTyped(draftKey(entity, id, field), { kind: 'value', entity, id, field, value }, db);
}

/**
 * Keeps a change of a row's field: a valid value, or text that is not valid yet (see saveInvalid).
 * For field components, which type `field` themselves (FieldOf, MoneyFieldOf).
 */
export function keepFieldChange(
	change: Extract<TypedChange, { entity: EntityName }>,
	db?: AppDb
): Promise<boolean> {
	return keepTyped(draftKey(change.entity, change.id, change.field), change, db);
}

/** Keeps text under a draft key only (plan fields, forms sent later). */
export function keepDraft(key: string, text: string, db?: AppDb): Promise<boolean> {
	return keepTyped(key, { kind: 'draft', text }, db);
}

/**
 * Applies what a page that went away left in the journal. Runs in app-db.ts's
 * `on('ready')`, before any other query; a failure must not keep the database from opening, so it
 * is reported and the entries stay for the next open.
 */
export async function replayJournal(db: AppDb): Promise<void> {
	try {
		for (const entry of await db.journal.toArray()) {
			await apply(db, entry);
			await db.transaction('rw', db.journal, async () => {
				if ((await db.journal.get(entry.key))?.stamp === entry.stamp) {
					await db.journal.delete(entry.key);
				}
			});
		}
	} catch (e) {
		console.warn('Could not apply typed text left from an earlier page', (e as Error)?.name);
	}
}
