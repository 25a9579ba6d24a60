/**
 * Bookings (src/lib/server/bookings/README.md).
 *
 * - booking_advisors: one row per advisor who takes bookings: meeting settings and channels.
 *   Every booking write locks its advisor's row first (`FOR UPDATE` on PostgreSQL; SQLite's
 *   `BEGIN IMMEDIATE` serialises all writers), so the overlap check and the insert or update
 *   that follows it can never interleave with another writer for the same calendar.
 * - booking_weekly_hours / booking_exceptions: the weekly template (Helsinki wall times) and
 *   dated exceptions (`ranges` JSON, `[]` = day off).
 * - bookings: requests and meetings. `uid` is the iCalendar UID, kept by a move so calendars
 *   update the same event; `sequence` rises on every change. `request_id` is the client's
 *   idempotency key, unique per tenant. A `requested` row with `hold_expires_at` in the past is
 *   expired whether or not it has been marked yet.
 *
 * No exclusion constraint on PostgreSQL: whether a row blocks the calendar depends on the
 * clock (holds lapse without a write), which a constraint cannot see; the advisor row lock does
 * the serialising on both dialects with one code path.
 */
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
	const timestamp = isPostgres(db) ? 'timestamptz' : 'text';

	await db.schema
		.createTable('booking_advisors')
		.addColumn('advisor_id', 'text', (c) =>
			c.primaryKey().references('User.id').onDelete('cascade')
		)
		.addColumn('display_name', 'text', (c) => c.notNull())
		.addColumn('meeting_minutes', 'integer', (c) => c.notNull().defaultTo(45))
		.addColumn('buffer_minutes', 'integer', (c) => c.notNull().defaultTo(15))
		.addColumn('min_notice_minutes', 'integer', (c) => c.notNull().defaultTo(120))
		.addColumn('horizon_days', 'integer', (c) => c.notNull().defaultTo(28))
		.addColumn('channels', 'text', (c) => c.notNull().defaultTo('["phone"]'))
		.addColumn('office_address', 'text')
		.addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('mail_lang', 'text', (c) => c.notNull().defaultTo('fi'))
		.addColumn('updated_at', timestamp, (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('booking_weekly_hours')
		.addColumn('advisor_id', 'text', (c) =>
			c.notNull().references('booking_advisors.advisor_id').onDelete('cascade')
		)
		.addColumn('weekday', 'integer', (c) => c.notNull())
		.addColumn('start_time', 'text', (c) => c.notNull())
		.addColumn('end_time', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('booking_weekly_hours_pkey', ['advisor_id', 'weekday', 'start_time'])
		.execute();

	await db.schema
		.createTable('booking_exceptions')
		.addColumn('advisor_id', 'text', (c) =>
			c.notNull().references('booking_advisors.advisor_id').onDelete('cascade')
		)
		.addColumn('date', 'text', (c) => c.notNull())
		.addColumn('ranges', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
		.addPrimaryKeyConstraint('booking_exceptions_pkey', ['advisor_id', 'date'])
		.execute();

	await db.schema
		.createTable('bookings')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('uid', 'text', (c) => c.notNull())
		.addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('tenant_id', 'text', (c) => c.notNull().references('User.id').onDelete('cascade'))
		.addColumn('advisor_id', 'text', (c) => c.notNull().references('User.id').onDelete('cascade'))
		.addColumn('via_service', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('starts_at', timestamp, (c) => c.notNull())
		.addColumn('ends_at', timestamp, (c) => c.notNull())
		.addColumn('channel', 'text', (c) => c.notNull())
		.addColumn('office_address', 'text')
		.addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('hold_expires_at', timestamp)
		.addColumn('request_id', 'text', (c) => c.notNull())
		.addColumn('moved_from', 'text', (c) => c.references('bookings.id').onDelete('set null'))
		.addColumn('moved_to', 'text')
		.addColumn('share_summary', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('proposed_times', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('cancelled_by', 'text')
		.addColumn('lang', 'text', (c) => c.notNull().defaultTo('fi'))
		.addColumn('created_at', timestamp, (c) => c.notNull())
		.addColumn('updated_at', timestamp, (c) => c.notNull())
		.addUniqueConstraint('bookings_tenant_request', ['tenant_id', 'request_id'])
		.addCheckConstraint(
			'bookings_status',
			sql`status in ('requested', 'confirmed', 'declined', 'expired', 'cancelled')`
		)
		.addCheckConstraint('bookings_channel', sql`channel in ('office', 'phone', 'video')`)
		.addCheckConstraint('bookings_times', sql`starts_at < ends_at`)
		.execute();
	// The calendar reads (live bookings near a time, lapsed holds to mark) filter on all three.
	await db.schema
		.createIndex('bookings_advisor_status_start')
		.on('bookings')
		.columns(['advisor_id', 'status', 'starts_at'])
		.execute();
	await db.schema
		.createIndex('bookings_tenant_start')
		.on('bookings')
		.columns(['tenant_id', 'starts_at'])
		.execute();
	await db.schema.createIndex('bookings_uid').on('bookings').column('uid').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of [
		'bookings',
		'booking_exceptions',
		'booking_weekly_hours',
		'booking_advisors'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
