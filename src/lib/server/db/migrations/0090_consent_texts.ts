/**
 * Consent text versions published by an admin (src/lib/server/consent/README.md, "Text
 * versions"). The versions shipped with the app stay in lib/consent-texts; this table holds only
 * the ones published since, and the newest of them is the version new consents are given under.
 *
 * - version: `<year>-<n>`, assigned by the server after the highest existing name.
 * - texts: JSON of Record<'fi' | 'sv' | 'en', ConsentText>, the exact words shown and agreed.
 * - digest: SHA-256 of the canonical JSON of `texts` (sorted keys), to compare and to quote.
 * - published_at (ISO text on both dialects), published_by (the admin's email at the time; no
 *   foreign key and no `user_id` column, so erasing that account leaves the record, as in the
 *   audit log, and retention never touches the table).
 *
 * Consents point at these exact words, so a row is never changed or removed: there is no code
 * path for it, and triggers refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL) for everyone,
 * the application's own connection included.
 */
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
	const pg = isPostgres(db);
	await db.schema
		.createTable('consent_text_versions')
		.addColumn('version', 'text', (c) => c.primaryKey())
		.addColumn('texts', 'text', (c) => c.notNull())
		.addColumn('digest', 'text', (c) => c.notNull())
		.addColumn('published_at', 'text', (c) => c.notNull())
		.addColumn('published_by', 'text', (c) => c.notNull())
		.execute();

	if (pg) {
		await sql`create function consent_text_versions_refuse() returns trigger language plpgsql as $$
			begin
				raise exception 'consent_text_versions is append-only' using errcode = 'insufficient_privilege';
			end
		$$`.execute(db);
		await sql`create trigger consent_text_versions_append_only
			before update or delete on consent_text_versions
			for each row execute function consent_text_versions_refuse()`.execute(db);
		await sql`create trigger consent_text_versions_no_truncate
			before truncate on consent_text_versions
			for each statement execute function consent_text_versions_refuse()`.execute(db);
	} else {
		await sql`create trigger consent_text_versions_no_update before update on consent_text_versions
			begin select raise(abort, 'consent_text_versions is append-only'); end`.execute(db);
		await sql`create trigger consent_text_versions_no_delete before delete on consent_text_versions
			begin select raise(abort, 'consent_text_versions is append-only'); end`.execute(db);
	}
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('consent_text_versions').execute();
	if (isPostgres(db)) await sql`drop function consent_text_versions_refuse()`.execute(db);
}
