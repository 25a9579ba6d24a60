/**
 * Case work (src/lib/server/cases/README.md).
 *
 * - cases: one episode of help for one tenant. At most one open case per tenant (a partial
 *   unique index), so opening from a booking and from a consent at the same moment gives one
 *   case. The first-contact figures (eviction stage, arrears) and the outcome are the service's
 *   own records; `quarter` (Helsinki quarter opened) and `landlord_org_id` are the report's
 *   group keys, stored so the report groups on plain columns on both dialects. `tenant_id` and
 *   `advisor_id` are set null when the account goes, so the aggregate figures remain.
 * - case_events: every status change, with who and when (the case's history; the benchmark
 *   carries them).
 * - case_notes: the service's notes on a case.
 * - case_tasks: tasks with due dates; follow-up kinds carry the answer (kept / recurred) that
 *   the report counts.
 */
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
	const timestamp = isPostgres(db) ? 'timestamptz' : 'text';

	await db.schema
		.createTable('cases')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('tenant_id', 'text', (c) => c.references('User.id').onDelete('set null'))
		.addColumn('ref', 'text', (c) => c.notNull())
		.addColumn('source', 'text', (c) =>
			c.notNull().check(sql`source in ('booking', 'consent', 'referral')`)
		)
		.addColumn('status', 'text', (c) =>
			c.notNull().check(sql`status in ('new', 'active', 'planAgreed', 'following', 'closed')`)
		)
		.addColumn('advisor_id', 'text', (c) => c.references('User.id').onDelete('set null'))
		.addColumn('landlord_org_id', 'text')
		.addColumn('referral_code_id', 'text')
		.addColumn('quarter', 'text', (c) => c.notNull())
		.addColumn('consented_at', timestamp)
		.addColumn('opened_at', timestamp, (c) => c.notNull())
		.addColumn('first_contact_at', timestamp)
		.addColumn('first_stage', 'text')
		.addColumn('first_arrears_cents', 'integer')
		.addColumn('first_arrears_months', 'real')
		.addColumn('plan_agreed_at', timestamp)
		.addColumn('plan_kept_3', 'integer')
		.addColumn('plan_kept_6', 'integer')
		.addColumn('plan_kept_12', 'integer')
		.addColumn('closed_at', timestamp)
		.addColumn('outcome', 'text', (c) =>
			c.check(
				sql`outcome is null or outcome in ('keptWithPlan', 'keptWithAssistance', 'movedOutByAgreement', 'evicted', 'noContact', 'other')`
			)
		)
		.addColumn('recurred', 'integer')
		.addColumn('updated_at', timestamp, (c) => c.notNull())
		.execute();
	await sql`create unique index cases_one_open on cases (tenant_id) where closed_at is null`.execute(
		db
	);
	// The report reads only these columns, grouped by quarter and partner: with all of them in
	// one index in that order the report scans the index alone, already grouped (no table reads,
	// no sort), which keeps it well under a second at 100,000 cases.
	await db.schema
		.createIndex('cases_report')
		.on('cases')
		.columns([
			'quarter',
			'landlord_org_id',
			'first_stage',
			'first_arrears_months',
			'first_arrears_cents',
			'plan_agreed_at',
			'plan_kept_3',
			'plan_kept_6',
			'plan_kept_12',
			'closed_at',
			'outcome',
			'recurred',
			'source',
			'consented_at'
		])
		.execute();
	await db.schema.createIndex('cases_tenant').on('cases').column('tenant_id').execute();

	await db.schema
		.createTable('case_events')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
		.addColumn('at', timestamp, (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('status', 'text')
		.addColumn('actor_id', 'text', (c) => c.references('User.id').onDelete('set null'))
		.execute();
	await db.schema.createIndex('case_events_case').on('case_events').column('case_id').execute();

	await db.schema
		.createTable('case_notes')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
		.addColumn('author_id', 'text', (c) => c.references('User.id').onDelete('set null'))
		.addColumn('author_name', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('created_at', timestamp, (c) => c.notNull())
		.execute();
	await db.schema.createIndex('case_notes_case').on('case_notes').column('case_id').execute();

	await db.schema
		.createTable('case_tasks')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) =>
			c
				.notNull()
				.check(sql`kind in ('manual', 'planKept3', 'planKept6', 'planKept12', 'recurrence')`)
		)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('due_date', 'text', (c) => c.notNull())
		.addColumn('done_at', timestamp)
		.addColumn('done_by', 'text', (c) => c.references('User.id').onDelete('set null'))
		.addColumn('answer', 'integer')
		.addColumn('created_at', timestamp, (c) => c.notNull())
		.execute();
	await db.schema.createIndex('case_tasks_case').on('case_tasks').column('case_id').execute();
}
