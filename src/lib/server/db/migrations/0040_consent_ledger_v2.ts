/**
 * Consent ledger format 2 and 3 (src/lib/server/consent/README.md, "Chain formats").
 *
 * - consent_events.format: how the event's hash was made (1 = the original unkeyed SHA-256;
 *   2 = SHA-256 over content that also binds the subject to its account; 3 = the same as an
 *   HMAC with a key kept outside the database). Existing events are format 1 and keep verifying
 *   as they were written; the format is itself part of the hashed content, so changing the
 *   column breaks the event. Adding a column with a constant default rewrites no row and fires
 *   no row trigger, so the append-only triggers stay as they are.
 * - consent_subjects.link_salt: the salt of the subject's account binding digest. Deleted with
 *   the account (the row has `user_id`), after which the digest in the ledger links to nobody.
 *   Null for subjects made before this migration until their next event binds them.
 */
import { type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.alterTable('consent_events')
		.addColumn('format', 'integer', (c) => c.notNull().defaultTo(1))
		.execute();
	await db.schema.alterTable('consent_subjects').addColumn('link_salt', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('consent_subjects').dropColumn('link_salt').execute();
	await db.schema.alterTable('consent_events').dropColumn('format').execute();
}
