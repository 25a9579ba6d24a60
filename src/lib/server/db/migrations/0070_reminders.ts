/**
 * Reminders and notifications (src/lib/server/reminders/README.md).
 *
 * - reminders: one row per (user, key) computed from the tenant's synced data. The unique key
 *   means a recomputation can move or remove a pending reminder but never create a sent one
 *   again. A sender claims due rows by setting a lease (`lease_until`, `lease_owner`); a lease
 *   that runs out (the sender crashed) makes the row claimable again.
 * - reminder_deliveries: per reminder and target (a push subscription or the email address),
 *   what was done, so a retry after a partial failure does not resend to a target already served.
 * - push_subscriptions: a device's Web Push subscription (endpoint and keys), one per device.
 * - reminder_settings: per user, the kinds switched on, quiet hours, detailed text, the digest.
 */
import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
	const timestamp = isPostgres(db) ? 'timestamptz' : 'text';

	await db.schema
		.createTable('reminders')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('User.id').onDelete('cascade'))
		.addColumn('key', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('page', 'text', (c) => c.notNull())
		.addColumn('due_at', timestamp, (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('lease_until', timestamp)
		.addColumn('lease_owner', 'text')
		.addColumn('sent_at', timestamp)
		.addColumn('last_error', 'text')
		.addColumn('created_at', timestamp, (c) => c.notNull())
		.addUniqueConstraint('reminders_user_key', ['user_id', 'key'])
		.execute();
	await db.schema
		.createIndex('reminders_due')
		.on('reminders')
		.columns(['status', 'due_at'])
		.execute();

	await db.schema
		.createTable('push_subscriptions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('User.id').onDelete('cascade'))
		.addColumn('device_id', 'text', (c) => c.notNull())
		.addColumn('endpoint', 'text', (c) => c.notNull().unique())
		.addColumn('p256dh', 'text', (c) => c.notNull())
		.addColumn('auth', 'text', (c) => c.notNull())
		.addColumn('lang', 'text', (c) => c.notNull())
		.addColumn('created_at', timestamp, (c) => c.notNull())
		.addUniqueConstraint('push_subscriptions_device', ['user_id', 'device_id'])
		.execute();

	await db.schema
		.createTable('reminder_deliveries')
		.addColumn('reminder_id', 'text', (c) =>
			c.notNull().references('reminders.id').onDelete('cascade')
		)
		.addColumn('target', 'text', (c) => c.notNull())
		.addColumn('outcome', 'text', (c) => c.notNull())
		.addColumn('at', timestamp, (c) => c.notNull())
		.addPrimaryKeyConstraint('reminder_deliveries_pkey', ['reminder_id', 'target'])
		.execute();

	await db.schema
		.createTable('reminder_settings')
		.addColumn('user_id', 'text', (c) => c.primaryKey().references('User.id').onDelete('cascade'))
		.addColumn('kinds', 'text', (c) => c.notNull())
		.addColumn('quiet_start', 'text', (c) => c.notNull())
		.addColumn('quiet_end', 'text', (c) => c.notNull())
		.addColumn('detailed', 'integer', (c) => c.notNull())
		.addColumn('email_fallback', 'integer', (c) => c.notNull())
		.addColumn('digest', 'integer', (c) => c.notNull())
		.addColumn('lang', 'text', (c) => c.notNull())
		.addColumn('updated_at', timestamp, (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of ['reminder_settings', 'reminder_deliveries', 'push_subscriptions']) {
		await db.schema.dropTable(table).execute();
	}
	await db.schema.dropIndex('reminders_due').execute();
	await db.schema.dropTable('reminders').execute();
}
