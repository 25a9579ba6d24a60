/**
 * Every write of the tenant's data goes through here: the row and its outbox entry are written in
 * one Dexie transaction, so nothing typed can exist only in memory or only on one side.
 */
import type { EntityName, EntityRows } from '$lib/schemas/situation';
import { emptyRowData } from '$lib/schemas/defaults';
import { appDb, type AppDb, type OutboxEntry } from './app-db';
import { newId } from './ids';

export type RowFields<K extends EntityName> = Partial<
	Omit<EntityRows[K], 'id' | 'version' | 'createdAt' | 'updatedAt'>
>;

export function draftKey(entity: EntityName, id: string, field: string): string {
	return `${entity}/${id}/${field}`;
}

function lastOutboxEntry(db: AppDb, entity: EntityName, id: string) {
	return db.outbox.where('[entity+entityId]').equals([entity, id]).last();
}

/**
 * Saves some fields of a row, creating the row with its defaults when it does not exist yet.
 * Consecutive edits of one row merge into the same unsent outbox entry, so typing a sentence
 * queues one change, not one per keystroke.
 */
export async function saveFields<K extends EntityName>(
	entity: K,
	id: string,
	patch: RowFields<K>,
	db: AppDb = appDb()
): Promise<void> {
	// One generic table type: indexing `db[entity]` with a generic key gives TypeScript a union
	// of seven tables it cannot call.
	const table = db.table<EntityRows[K], string>(entity);
	await db.transaction('rw', [table, db.outbox, db.drafts], async () => {
		const now = new Date().toISOString();
		const existing = await table.get(id);
		const row = {
			...(existing ?? emptyRowData(entity, id)),
			...patch,
			id,
			version: existing?.version ?? 0,
			createdAt: existing?.createdAt ?? now,
			updatedAt: now
		} as EntityRows[K];
		await table.put(row);

		// Only what this device set travels, a new row included: the server lays it over its own row
		// (or the defaults), so a default this device never chose cannot overwrite another device's value.
		const fields: Record<string, unknown> = existing
			? { ...patch, updatedAt: now }
			: { ...patch, createdAt: row.createdAt, updatedAt: now };
		const last = await lastOutboxEntry(db, entity, id);
		if (last && last.sending === 0 && last.op === 'upsert') {
			await db.outbox.update(last.seq!, { fields: { ...last.fields, ...fields } });
		} else {
			await db.outbox.add({
				mutationId: newId(),
				entity,
				entityId: id,
				op: 'upsert',
				fields,
				baseVersion: existing?.version ?? 0,
				createdAt: now,
				sending: 0
			} satisfies OutboxEntry);
		}
		await db.drafts.bulkDelete(Object.keys(patch).map((f) => draftKey(entity, id, f)));
	});
}

/** Creates a row with a fresh id (debts, decisions) and returns the id. */
export async function addRow<K extends EntityName>(
	entity: K,
	fields: RowFields<K> = {},
	db: AppDb = appDb()
): Promise<string> {
	const id = newId();
	await saveFields(entity, id, fields, db);
	return id;
}

/** Deletes a row. A row the server never saw just disappears with its unsent changes. */
export async function deleteRow(
	entity: EntityName,
	id: string,
	db: AppDb = appDb()
): Promise<void> {
	const table = db[entity];
	await db.transaction('rw', [table, db.outbox, db.drafts], async () => {
		const existing = await table.get(id);
		await table.delete(id);
		const pending = await db.outbox.where('[entity+entityId]').equals([entity, id]).toArray();
		const unsent = pending.filter((e) => e.sending === 0).map((e) => e.seq!);
		await db.outbox.bulkDelete(unsent);
		const serverKnows = (existing?.version ?? 0) > 0 || pending.some((e) => e.sending === 1);
		if (serverKnows) {
			await db.outbox.add({
				mutationId: newId(),
				entity,
				entityId: id,
				op: 'delete',
				fields: {},
				baseVersion: existing?.version ?? 0,
				createdAt: new Date().toISOString(),
				sending: 0
			});
		}
		await db.drafts.where('key').startsWith(`${entity}/${id}/`).delete();
	});
}

/**
 * Keeps text that is not a valid value yet, so a reload shows exactly what was typed, and clears
 * the stored value meanwhile: the summary counts only what the screen shows as valid.
 */
export async function saveInvalid<K extends EntityName>(
	entity: K,
	id: string,
	field: string,
	text: string,
	db: AppDb = appDb()
): Promise<void> {
	await db.transaction('rw', [db.table(entity), db.outbox, db.drafts], async () => {
		const existing = await db.table<EntityRows[K], string>(entity).get(id);
		const stored = (existing as Record<string, unknown> | undefined)?.[field];
		if (stored !== null && stored !== undefined) {
			await saveFields(entity, id, { [field]: null } as RowFields<K>, db);
		}
		await db.drafts.put({ key: draftKey(entity, id, field), text });
	});
}

/** Keeps text that is not valid yet, so a reload shows exactly what was typed. */
export async function saveDraft(key: string, text: string, db: AppDb = appDb()): Promise<void> {
	await db.drafts.put({ key, text });
}
