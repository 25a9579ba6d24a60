/**
 * Administration and retention (src/lib/server/admin/README.md, docs/retention.md).
 *
 * - admin_audit_log: every admin action, append-only. Triggers refuse UPDATE and DELETE (and
 *   TRUNCATE on PostgreSQL) for everyone, the application included: the log is evidence of what
 *   admins did, so no code path may rewrite it. `at` is ISO text on both dialects (ordering by
 *   `seq`). The actor is kept by id and email without a foreign key: the row outlives the account.
 * - app_settings: run-time settings an admin changed (key -> JSON value). A key that is absent
 *   falls back to the environment, so env stays the default.
 * - account_activity: when each account was last seen in use and when it was warned that it will
 *   be erased as unused. Keyed by `user_id`, so the account's erasure and export include it.
 */
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
	const pg = isPostgres(db);
	await db.schema
		.createTable('admin_audit_log')
		.addColumn('seq', pg ? 'bigserial' : 'integer', (c) =>
			pg ? c.primaryKey() : c.primaryKey().autoIncrement()
		)
		.addColumn('at', 'text', (c) => c.notNull())
		.addColumn('actor_id', 'text')
		.addColumn('actor_email', 'text', (c) => c.notNull())
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('target', 'text')
		.addColumn('details', 'text', (c) => c.notNull())
		.execute();

	if (pg) {
		await sql`create function admin_audit_log_refuse() returns trigger language plpgsql as $$
			begin
				raise exception 'admin_audit_log is append-only' using errcode = 'insufficient_privilege';
			end
		$$`.execute(db);
		await sql`create trigger admin_audit_log_append_only
			before update or delete on admin_audit_log
			for each row execute function admin_audit_log_refuse()`.execute(db);
		await sql`create trigger admin_audit_log_no_truncate
			before truncate on admin_audit_log
			for each statement execute function admin_audit_log_refuse()`.execute(db);
	} else {
		await sql`create trigger admin_audit_log_no_update before update on admin_audit_log
			begin select raise(abort, 'admin_audit_log is append-only'); end`.execute(db);
		await sql`create trigger admin_audit_log_no_delete before delete on admin_audit_log
			begin select raise(abort, 'admin_audit_log is append-only'); end`.execute(db);
	}

	await db.schema
		.createTable('app_settings')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('value', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text')
		.execute();

	await db.schema
		.createTable('account_activity')
		.addColumn('user_id', 'text', (c) => c.primaryKey().references('User.id').onDelete('cascade'))
		.addColumn('last_seen_at', 'text', (c) => c.notNull())
		.addColumn('warned_at', 'text')
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('account_activity').execute();
	await db.schema.dropTable('app_settings').execute();
	await db.schema.dropTable('admin_audit_log').execute();
	if (isPostgres(db)) await sql`drop function admin_audit_log_refuse()`.execute(db);
}
