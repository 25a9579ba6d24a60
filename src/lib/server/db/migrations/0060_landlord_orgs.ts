/**
 * Landlord organisations and their staff (issue 13; src/lib/server/landlords/README.md).
 *
 * - landlord_orgs: one row per organisation (a municipal rental company, say). `landlord_key` is
 *   the id of its entry in the situation map's landlord list (`lib/domain/landlords.ts`), null
 *   when it has none; unique, so a tenant's chosen landlord leads to at most one organisation.
 *   The name is unique too: `npm run landlord:add` finds an organisation by it.
 * - landlord_staff: a user with role `landlord` is staff of exactly one organisation (the
 *   primary key is the user). Deleting the account deletes the row; an organisation cannot be
 *   deleted while it has staff.
 */
import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
	const timestamp = isPostgres(db) ? 'timestamptz' : 'text';

	await db.schema
		.createTable('landlord_orgs')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull().unique())
		.addColumn('landlord_key', 'text', (c) => c.unique())
		.addColumn('created_at', timestamp, (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('landlord_staff')
		.addColumn('user_id', 'text', (c) => c.primaryKey().references('User.id').onDelete('cascade'))
		.addColumn('org_id', 'text', (c) => c.notNull().references('landlord_orgs.id'))
		.addColumn('created_at', timestamp, (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('landlord_staff_org_id')
		.on('landlord_staff')
		.column('org_id')
		.execute();
}
