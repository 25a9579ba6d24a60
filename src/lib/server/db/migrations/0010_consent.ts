/**
 * Consent (src/lib/server/consent/README.md).
 *
 * - consent_events: the append-only, hash-chained ledger of every give / withdraw / erase event
 *   of every tenant. It holds NO personal data and no `user_id` column: events name a
 *   pseudonymous `subject_id`, and recipient names appear only as salted digests. Account
 *   deletion therefore never has to touch it (and account-data.ts, which erases every table with
 *   a `user_id` column, leaves it alone). `seq` is the position (1, 2, ...); `prev_hash` is
 *   unique, so two events can never claim the same predecessor (the chain cannot fork even if
 *   the application lock were bypassed). Triggers refuse UPDATE and DELETE.
 *   Times are ISO text on both dialects so the hashed bytes are exactly what is stored.
 * - consent_subjects: user -> pseudonymous subject id. Deleted with the account, which unlinks
 *   the ledger's events from the person.
 * - consents: the erasable details of each consent (the recipient's name and its digest salt)
 *   and the Idempotency-Key of the request that gave it.
 * - consent_access_log: every successful case view by an advisor (who, when, which categories).
 * - consent_contacts: contacts an advisor recorded under a consent.
 *   Both are keyed by the tenant's `user_id`, so account export and deletion cover them.
 */
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
	const pg = isPostgres(db);
	const timestamp = pg ? 'timestamptz' : 'text';

	await db.schema
		.createTable('consent_subjects')
		.addColumn('user_id', 'text', (c) => c.primaryKey().references('User.id').onDelete('cascade'))
		.addColumn('subject_id', 'text', (c) => c.notNull().unique())
		.addColumn('created_at', timestamp, (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('consents')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('User.id').onDelete('cascade'))
		.addColumn('subject_id', 'text', (c) => c.notNull())
		.addColumn('idempotency_key', 'text', (c) => c.notNull())
		.addColumn('request_hash', 'text', (c) => c.notNull())
		.addColumn('recipient_name', 'text')
		.addColumn('name_salt', 'text', (c) => c.notNull())
		.addColumn('created_at', timestamp, (c) => c.notNull())
		.addUniqueConstraint('consents_user_idempotency_key', ['user_id', 'idempotency_key'])
		.execute();

	await db.schema
		.createTable('consent_events')
		.addColumn('seq', 'integer', (c) => c.primaryKey())
		.addColumn('event_id', 'text', (c) => c.notNull().unique())
		.addColumn('consent_id', 'text', (c) => c.notNull())
		.addColumn('subject_id', 'text', (c) => c.notNull())
		.addColumn('type', 'text', (c) =>
			c.notNull().check(sql`type in ('given', 'withdrawn', 'erased')`)
		)
		.addColumn('at', 'text', (c) => c.notNull())
		.addColumn('data', 'text', (c) => c.notNull())
		.addColumn('prev_hash', 'text', (c) => c.notNull().unique())
		.addColumn('hash', 'text', (c) => c.notNull().unique())
		.execute();
	await db.schema
		.createIndex('consent_events_subject')
		.on('consent_events')
		.columns(['subject_id', 'seq'])
		.execute();
	await db.schema
		.createIndex('consent_events_consent')
		.on('consent_events')
		.columns(['consent_id', 'seq'])
		.execute();

	if (pg) {
		await sql`
			create function consent_events_append_only() returns trigger language plpgsql as $$
			begin
				raise exception 'consent_events is append-only';
			end $$`.execute(db);
		await sql`
			create trigger consent_events_no_update before update or delete on consent_events
			for each row execute function consent_events_append_only()`.execute(db);
		await sql`
			create trigger consent_events_no_truncate before truncate on consent_events
			for each statement execute function consent_events_append_only()`.execute(db);
	} else {
		await sql`
			create trigger consent_events_no_update before update on consent_events
			begin select raise(abort, 'consent_events is append-only'); end`.execute(db);
		await sql`
			create trigger consent_events_no_delete before delete on consent_events
			begin select raise(abort, 'consent_events is append-only'); end`.execute(db);
	}

	await db.schema
		.createTable('consent_access_log')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('User.id').onDelete('cascade'))
		.addColumn('advisor_id', 'text', (c) => c.references('User.id').onDelete('set null'))
		.addColumn('advisor_name', 'text')
		.addColumn('advisor_email', 'text', (c) => c.notNull())
		.addColumn('categories', 'text', (c) => c.notNull())
		.addColumn('viewed_at', timestamp, (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('consent_access_log_user')
		.on('consent_access_log')
		.columns(['user_id', 'viewed_at'])
		.execute();

	await db.schema
		.createTable('consent_contacts')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('User.id').onDelete('cascade'))
		.addColumn('consent_id', 'text', (c) => c.notNull())
		.addColumn('advisor_id', 'text', (c) => c.references('User.id').onDelete('set null'))
		.addColumn('advisor_name', 'text')
		.addColumn('advisor_email', 'text', (c) => c.notNull())
		.addColumn('recipient_kind', 'text', (c) => c.notNull())
		.addColumn('recipient_name', 'text')
		.addColumn('contacted_at', timestamp, (c) => c.notNull())
		.addColumn('note', 'text', (c) => c.notNull())
		.addColumn('created_at', timestamp, (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('consent_contacts_user')
		.on('consent_contacts')
		.columns(['user_id', 'contacted_at'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of [
		'consent_contacts',
		'consent_access_log',
		'consent_events',
		'consents',
		'consent_subjects'
	]) {
		await db.schema.dropTable(table).execute();
	}
	if (isPostgres(db)) await sql`drop function if exists consent_events_append_only()`.execute(db);
}
