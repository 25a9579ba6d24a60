/**
 * An index on `landlord_codes.revoked_at`: the lookup's code directory
 * (lib/server/landlords/code-directory.ts) asks every few seconds which codes were revoked since
 * it last looked, and without it each of those questions read the whole table.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createIndex('landlord_codes_revoked')
		.on('landlord_codes')
		.column('revoked_at')
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropIndex('landlord_codes_revoked').execute();
}
