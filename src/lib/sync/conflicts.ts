/** The tenant's answer to "two devices changed the same value": one tap, synced like any change. */
import { appDb, type AppDb } from '$lib/db/app-db';
import { newId } from '$lib/db/ids';
import { saveFields, type RowFields } from '$lib/db/situation-repo';
import type { EntityName } from '$lib/schemas/situation';
import type { Conflict } from '$lib/schemas/sync';

export async function resolveConflict(
	conflict: Conflict,
	keep: 'server' | 'client',
	db: AppDb = appDb()
): Promise<void> {
	const value = keep === 'server' ? conflict.serverValue : conflict.clientValue;
	const entity: EntityName = conflict.entity;
	await db.transaction('rw', [db[entity], db.conflicts, db.outbox, db.drafts], async () => {
		await db.conflicts.delete(conflict.id);
		await db.outbox.add({
			mutationId: newId(),
			entity: 'conflicts',
			entityId: conflict.id,
			op: 'delete',
			fields: {},
			baseVersion: conflict.version,
			createdAt: new Date().toISOString(),
			sending: 0
		});
		// Writing the chosen value even when it is the server's makes every device converge on it.
		if (await db[entity].get(conflict.entityId)) {
			await saveFields(
				entity,
				conflict.entityId,
				{ [conflict.field]: value } as RowFields<typeof entity>,
				db
			);
		}
	});
}
