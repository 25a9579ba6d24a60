/**
 * Which device last changed each field of a synced row: JSON `{ field: clientId }` beside
 * `field_versions`. The conflict rule needs it to tell a device's own queued edits (made on one
 * old base version) from a concurrent edit by another device.
 */
import { type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.alterTable('sync_rows')
		.addColumn('field_clients', 'text', (c) => c.notNull().defaultTo('{}'))
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('sync_rows').dropColumn('field_clients').execute();
}
