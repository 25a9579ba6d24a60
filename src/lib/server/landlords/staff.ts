/** Who is staff of which landlord organisation (migration 0060). SQL only; no HTTP. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The organisation a staff member works for, as endpoints and pages need it. */
export interface StaffOrg {
	orgId: string;
	name: string;
	/** The id of the organisation's entry in the situation map's landlord list, if it has one. */
	landlordKey: string | null;
}

/** The organisation `userId` is staff of, or null. Does not look at the role: see guard.ts. */
export async function staffOrgOf(db: Kysely<Database>, userId: string): Promise<StaffOrg | null> {
	const row = await db
		.selectFrom('landlord_staff')
		.innerJoin('landlord_orgs', 'landlord_orgs.id', 'landlord_staff.org_id')
		.select(['landlord_orgs.id', 'landlord_orgs.name', 'landlord_orgs.landlord_key'])
		.where('landlord_staff.user_id', '=', userId)
		.executeTakeFirst();
	return row ? { orgId: row.id, name: row.name, landlordKey: row.landlord_key } : null;
}

/** The organisation linked to an entry of the map's landlord list, or null. */
export async function orgForLandlordKey(
	db: Kysely<Database>,
	landlordKey: string
): Promise<{ orgId: string; name: string } | null> {
	const row = await db
		.selectFrom('landlord_orgs')
		.select(['id', 'name'])
		.where('landlord_key', '=', landlordKey)
		.executeTakeFirst();
	return row ? { orgId: row.id, name: row.name } : null;
}

/** Every organisation's name by id: the outcome report names its landlord partners with it. */
export async function organisationNames(
	db: Kysely<Database>
): Promise<ReadonlyMap<string, string>> {
	const rows = await db.selectFrom('landlord_orgs').select(['id', 'name']).execute();
	return new Map(rows.map((row) => [row.id, row.name]));
}
