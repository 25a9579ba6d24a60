/**
 * Bounded growth and scheduled jobs (src/lib/server/maintenance/README.md).
 *
 * - sync_devices: when each device (the push's `clientId`) last pushed. Idempotency answers are
 *   pruned after the offline horizon, so a device whose last push is older than that may be
 *   retrying a mutation whose answer is gone; the push endpoint refuses it with
 *   `device-away-too-long` instead of applying it a second time. One small row per device,
 *   kept until the account is deleted: forgetting a device would make it look new again.
 * - sync_floor: per user, the highest version of a tombstone that pruning removed. A pull from
 *   a cursor below it may have missed a delete and is told to resync from scratch.
 * - job_runs: one row per (job, time slot), inserted by the instance that runs it. The primary
 *   key is the claim, so two server instances on one PostgreSQL never run the same slot twice.
 * - Indexes for the pruning queries (each a range scan on a timestamp).
 */
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
	const timestamp = isPostgres(db) ? 'timestamptz' : 'text';

	await db.schema
		.createTable('sync_devices')
		.addColumn('user_id', 'text', (c) => c.notNull().references('User.id').onDelete('cascade'))
		.addColumn('client_id', 'text', (c) => c.notNull())
		.addColumn('last_push_at', timestamp, (c) => c.notNull())
		.addPrimaryKeyConstraint('sync_devices_pkey', ['user_id', 'client_id'])
		.execute();

	await db.schema
		.createTable('sync_floor')
		.addColumn('user_id', 'text', (c) => c.primaryKey().references('User.id').onDelete('cascade'))
		.addColumn('version', 'integer', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('job_runs')
		.addColumn('job', 'text', (c) => c.notNull())
		.addColumn('slot', 'text', (c) => c.notNull())
		.addColumn('instance', 'text', (c) => c.notNull())
		.addColumn('started_at', timestamp, (c) => c.notNull())
		.addColumn('finished_at', timestamp)
		.addColumn('outcome', 'text')
		.addPrimaryKeyConstraint('job_runs_pkey', ['job', 'slot'])
		.execute();

	await db.schema
		.createIndex('sync_mutations_created_at')
		.on('sync_mutations')
		.column('created_at')
		.execute();
	await db.schema
		.createIndex('sync_rows_tombstones')
		.on('sync_rows')
		.column('updated_at')
		.where(sql<boolean>`deleted = 1`)
		.execute();
	await db.schema.createIndex('Session_expires_index').on('Session').column('expires').execute();
	await db.schema
		.createIndex('VerificationToken_expires_index')
		.on('VerificationToken')
		.column('expires')
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const index of [
		'VerificationToken_expires_index',
		'Session_expires_index',
		'sync_rows_tombstones',
		'sync_mutations_created_at'
	]) {
		await db.schema.dropIndex(index).execute();
	}
	for (const table of ['job_runs', 'sync_floor', 'sync_devices']) {
		await db.schema.dropTable(table).execute();
	}
}
