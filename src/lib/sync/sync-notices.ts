/**
 * What sync did not keep, for the tenant to read, restore or dismiss (docs/design.md, "Sync").
 * The design lets the last arrival win on an ordinary field and lets a delete win over an edit;
 * neither may happen silently. Notices live on this device only (meta), with the value that was
 * replaced or discarded, until the tenant dismisses them.
 */
import { appDb, type AppDb, type OutboxEntry } from '$lib/db/app-db';
import { newId } from '$lib/db/ids';
import { saveFields, type RowFields } from '$lib/db/situation-repo';
import { emptyRowData } from '$lib/schemas/defaults';
import type { EntityName } from '$lib/schemas/situation';
import {
	META_FIELDS,
	SYNC_ENTITY_NAMES,
	type Issue,
	type ReplacedField,
	type SyncEntityName
} from '$lib/schemas/sync';
import { canRestore, type NoticeBase, type SyncNotice } from './notice-kinds';

export type { SyncNotice } from './notice-kinds';

export const NOTICES_KEY = 'syncNotices';
/** Oldest notices go first past this; each holds at most one row's values. */
const MAX_NOTICES = 500;

const META = new Set<string>(META_FIELDS);

/** The tenant's fields of a change or row, without the sync and clock stamps. */
export function tenantFields(fields: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(fields).filter(([key]) => !META.has(key)));
}

function base(entry: Pick<OutboxEntry, 'entity' | 'entityId'>): NoticeBase {
	return {
		id: newId(),
		entity: entry.entity,
		entityId: entry.entityId,
		at: new Date().toISOString()
	};
}

export function replacedNotices(entry: OutboxEntry, replaced: ReplacedField[]): SyncNotice[] {
	return replaced.map((r) => ({
		...base(entry),
		kind: 'replaced',
		field: r.field,
		value: r.value
	}));
}

export function deletedNotice(
	entry: OutboxEntry,
	row: Record<string, unknown> | undefined,
	version: number
): SyncNotice {
	return {
		...base(entry),
		kind: 'deleted',
		fields: tenantFields(entry.fields),
		row: row ? tenantFields(row) : null,
		version
	};
}

export function notSentNotice(entry: OutboxEntry, issues: Issue[]): SyncNotice {
	return { ...base(entry), kind: 'notSent', fields: tenantFields(entry.fields), issues };
}

/** Reads the notices; call inside a transaction that includes `db.meta` to change them. */
export async function readNotices(db: AppDb): Promise<SyncNotice[]> {
	const value = (await db.meta.get(NOTICES_KEY))?.value;
	return Array.isArray(value) ? (value as SyncNotice[]) : [];
}

/** Appends notices; call inside a transaction that includes `db.meta`. */
export async function addNotices(db: AppDb, notices: SyncNotice[]): Promise<void> {
	if (notices.length === 0) return;
	const all = [...(await readNotices(db)), ...notices].slice(-MAX_NOTICES);
	await db.meta.put({ key: NOTICES_KEY, value: all });
}

export async function dismissNotice(id: string, db: AppDb = appDb()): Promise<void> {
	await db.transaction('rw', db.meta, async () => {
		const left = (await readNotices(db)).filter((n) => n.id !== id);
		await db.meta.put({ key: NOTICES_KEY, value: left });
	});
}

function isEntityName(entity: SyncEntityName): entity is EntityName {
	return entity !== 'conflicts' && SYNC_ENTITY_NAMES.includes(entity);
}

/**
 * Puts the replaced or discarded value back as a new change of this device. A deleted row is
 * re-created on the delete's version, which the server reads as a deliberate re-creation.
 */
export async function restoreNotice(notice: SyncNotice, db: AppDb = appDb()): Promise<void> {
	const entity = notice.entity;
	if (!canRestore(notice) || !isEntityName(entity)) return;
	const table = db.table(entity);
	await db.transaction('rw', [table, db.outbox, db.drafts, db.meta], async () => {
		if (notice.kind === 'replaced') {
			const patch = { [notice.field]: notice.value } as RowFields<typeof entity>;
			await saveFields(entity, notice.entityId, patch, db);
		} else if (notice.kind === 'deleted') {
			const now = new Date().toISOString();
			const values = { ...emptyRowData(entity, notice.entityId), ...notice.row, ...notice.fields };
			await table.put({
				...values,
				id: notice.entityId,
				version: notice.version,
				createdAt: now,
				updatedAt: now
			});
			await saveFields(entity, notice.entityId, values as RowFields<typeof entity>, db);
		}
		const left = (await readNotices(db)).filter((n) => n.id !== notice.id);
		await db.meta.put({ key: NOTICES_KEY, value: left });
	});
}
