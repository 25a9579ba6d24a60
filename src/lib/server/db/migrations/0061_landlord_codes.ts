/**
 * Referral codes (issue 13; src/lib/server/landlords/README.md, docs/architecture.md "Landlords").
 *
 * - landlord_mailings: one row per creation (one code or a whole mailing), so a mailing's codes
 *   are revoked and counted together.
 * - landlord_codes: a code is stored only as `lookup_hash` (SHA-256 of its canonical text): the
 *   landlord sees it once, when it is made. `internal_ref` is the organisation's own reference,
 *   never shown to a tenant. `opened_at`, `used_at`, `consented_at` are first-time markers the
 *   organisation sees only as counts over a mailing.
 * - landlord_code_uses: which account used which code (the tenant signed in with it kept on the
 *   device). Never shown to the landlord; case work starts from it.
 */
import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
	const timestamp = isPostgres(db) ? 'timestamptz' : 'text';

	await db.schema
		.createTable('landlord_mailings')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('landlord_orgs.id'))
		.addColumn('size', 'integer', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.references('User.id').onDelete('set null'))
		.addColumn('created_at', timestamp, (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('landlord_mailings_org')
		.on('landlord_mailings')
		.columns(['org_id', 'created_at'])
		.execute();

	await db.schema
		.createTable('landlord_codes')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('landlord_orgs.id'))
		.addColumn('mailing_id', 'text', (c) => c.notNull().references('landlord_mailings.id'))
		.addColumn('lookup_hash', 'text', (c) => c.notNull().unique())
		.addColumn('internal_ref', 'text')
		.addColumn('created_at', timestamp, (c) => c.notNull())
		.addColumn('expires_at', timestamp, (c) => c.notNull())
		.addColumn('revoked_at', timestamp)
		.addColumn('opened_at', timestamp)
		.addColumn('used_at', timestamp)
		.addColumn('consented_at', timestamp)
		.execute();
	await db.schema
		.createIndex('landlord_codes_org')
		.on('landlord_codes')
		.columns(['org_id', 'created_at'])
		.execute();
	await db.schema
		.createIndex('landlord_codes_mailing')
		.on('landlord_codes')
		.column('mailing_id')
		.execute();

	await db.schema
		.createTable('landlord_code_uses')
		.addColumn('user_id', 'text', (c) => c.notNull().references('User.id').onDelete('cascade'))
		.addColumn('code_id', 'text', (c) => c.notNull().references('landlord_codes.id'))
		.addColumn('used_at', timestamp, (c) => c.notNull())
		.addPrimaryKeyConstraint('landlord_code_uses_pkey', ['user_id', 'code_id'])
		.execute();
	await db.schema
		.createIndex('landlord_code_uses_code')
		.on('landlord_code_uses')
		.column('code_id')
		.execute();
}
