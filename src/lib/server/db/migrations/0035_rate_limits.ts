/**
 * Rate limits shared by every server instance on one database (lib/server/http/rate-limit.ts):
 * one row per limited key (a SHA-256 hash, never the email or IP itself) holding the GCRA
 * "theoretical arrival time" in epoch milliseconds, and whether the last request was allowed
 * (read back by the same statement that updates the row).
 */
import { type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('rate_limits')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('tat', 'double precision', (c) => c.notNull())
		.addColumn('allowed', 'integer', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('rate_limits_tat').on('rate_limits').column('tat').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('rate_limits').execute();
}
