/**
 * Rent-account sharing and plans sent to landlords (docs/landlord-share.md).
 *
 * - landlord_consent_links: which consents name which organisation and kind. The ledger stays
 *   the only record of a consent's state; this is the index that lets an organisation find its
 *   tenants' consents without reading every subject's chain. Written with the consent.
 * - landlord_rent_requests: one per (tenant, organisation) while the tenant lets the landlord
 *   share the rent account; `account` is the landlord's report (JSON of `rentAccountSchema`),
 *   replaced whole on each report, so a failed upload never leaves half an account.
 * - landlord_plan_proposals: a plan version the tenant sent, with its snapshot (the version
 *   as sent: a later sync cannot change what the landlord answered to), the state of
 *   `nextProposalState` and the answer. `revision` rises on every change: writes compare and
 *   set it, so two answers cannot both win.
 * - landlord_payment_confirmations: per proposal and month, what the landlord saw arrive.
 * - consent_access_log.org_name: the organisation of a landlord staff member who looked (null
 *   for advisors), so the tenant's "who has looked" names the landlord.
 *
 * Every table has `user_id` (the tenant), so the account export and erasure find them, and the
 * foreign key to "User" cascades. The organisation (migration 0060) is a plain foreign key:
 * deleting an organisation is refused while tenants' rows name it.
 */
import { type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
	const timestamp = isPostgres(db) ? 'timestamptz' : 'text';

	await db.schema
		.createTable('landlord_consent_links')
		.addColumn('consent_id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('User.id').onDelete('cascade'))
		.addColumn('org_id', 'text', (c) => c.notNull().references('landlord_orgs.id'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('given_at', timestamp, (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('landlord_consent_links_org')
		.on('landlord_consent_links')
		.columns(['org_id', 'kind'])
		.execute();

	await db.schema
		.createTable('landlord_rent_requests')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('User.id').onDelete('cascade'))
		.addColumn('org_id', 'text', (c) => c.notNull().references('landlord_orgs.id'))
		.addColumn('requested_at', timestamp, (c) => c.notNull())
		.addColumn('account', 'text')
		.addColumn('filled_at', timestamp)
		.addColumn('filled_by', 'text')
		.addUniqueConstraint('landlord_rent_requests_tenant_org', ['user_id', 'org_id'])
		.execute();
	await db.schema
		.createIndex('landlord_rent_requests_org')
		.on('landlord_rent_requests')
		.columns(['org_id', 'requested_at'])
		.execute();

	await db.schema
		.createTable('landlord_plan_proposals')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('User.id').onDelete('cascade'))
		.addColumn('org_id', 'text', (c) => c.notNull().references('landlord_orgs.id'))
		.addColumn('plan_id', 'text', (c) => c.notNull())
		.addColumn('plan', 'text', (c) => c.notNull())
		.addColumn('state', 'text', (c) => c.notNull())
		.addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('sent_at', timestamp, (c) => c.notNull())
		.addColumn('answered_at', timestamp)
		.addColumn('answered_by', 'text')
		.addColumn('reason', 'text')
		.addColumn('counter', 'text')
		.addColumn('agreed_at', timestamp)
		.addColumn('result_plan_id', 'text')
		.execute();
	await db.schema
		.createIndex('landlord_plan_proposals_org')
		.on('landlord_plan_proposals')
		.columns(['org_id', 'sent_at'])
		.execute();
	await db.schema
		.createIndex('landlord_plan_proposals_user')
		.on('landlord_plan_proposals')
		.columns(['user_id', 'sent_at'])
		.execute();

	await db.schema
		.createTable('landlord_payment_confirmations')
		.addColumn('proposal_id', 'text', (c) =>
			c.notNull().references('landlord_plan_proposals.id').onDelete('cascade')
		)
		.addColumn('user_id', 'text', (c) => c.notNull().references('User.id').onDelete('cascade'))
		.addColumn('month', 'text', (c) => c.notNull())
		.addColumn('rent_arrived', 'integer', (c) => c.notNull())
		.addColumn('instalment_arrived', 'integer', (c) => c.notNull())
		.addColumn('confirmed_at', timestamp, (c) => c.notNull())
		.addColumn('confirmed_by', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('landlord_payment_confirmations_pkey', ['proposal_id', 'month'])
		.execute();

	await db.schema.alterTable('consent_access_log').addColumn('org_name', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('consent_access_log').dropColumn('org_name').execute();
	await db.schema.dropTable('landlord_payment_confirmations').execute();
	await db.schema.dropTable('landlord_plan_proposals').execute();
	await db.schema.dropTable('landlord_rent_requests').execute();
	await db.schema.dropTable('landlord_consent_links').execute();
}
