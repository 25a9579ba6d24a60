/**
 * Sync tables (docs/design.md, "Sync").
 *
 * - sync_clock: one row per user holding the last version stamped. A push locks it first (row
 *   lock on PostgreSQL, BEGIN IMMEDIATE on SQLite), which serialises that user's pushes, so
 *   versions are committed in the order they are handed out and a pull cursor never skips a
 *   version that commits later.
 * - sync_rows: the server copy of each synced row, keyed by (user, entity, row id); the user id is
 *   part of the key, so the same entity id used by two tenants names two independent rows.
 *   Unique (user_id, version) is the pull index and proves each version is stamped once.
 * - sync_mutations: idempotency ledger keyed by (user, mutation id) holding the answer given.
 *
 * Versions are `integer`: 2^31 stamps per user is far beyond any household, and `pg` returns
 * int8 as a string, which would leak into every comparison.
 */
import { type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
	const timestamp = isPostgres(db) ? 'timestamptz' : 'text';

	await db.schema
		.createTable('sync_clock')
		.addColumn('user_id', 'text', (c) => c.primaryKey().references('User.id').onDelete('cascade'))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();

	await db.schema
		.createTable('sync_rows')
		.addColumn('user_id', 'text', (c) => c.notNull().references('User.id').onDelete('cascade'))
		.addColumn('entity', 'text', (c) => c.notNull())
		.addColumn('row_id', 'text', (c) => c.notNull())
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('data', 'text')
		.addColumn('field_versions', 'text', (c) => c.notNull().defaultTo('{}'))
		.addColumn('created_at', timestamp, (c) => c.notNull())
		.addColumn('updated_at', timestamp, (c) => c.notNull())
		.addPrimaryKeyConstraint('sync_rows_pkey', ['user_id', 'entity', 'row_id'])
		.execute();
	await db.schema
		.createIndex('sync_rows_user_version')
		.on('sync_rows')
		.columns(['user_id', 'version'])
		.unique()
		.execute();

	await db.schema
		.createTable('sync_mutations')
		.addColumn('user_id', 'text', (c) => c.notNull().references('User.id').onDelete('cascade'))
		.addColumn('mutation_id', 'text', (c) => c.notNull())
		.addColumn('result', 'text', (c) => c.notNull())
		.addColumn('created_at', timestamp, (c) => c.notNull())
		.addPrimaryKeyConstraint('sync_mutations_pkey', ['user_id', 'mutation_id'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of ['sync_mutations', 'sync_rows', 'sync_clock']) {
		await db.schema.dropTable(table).execute();
	}
}
