/**
 * The landlord organisations this module needs: by situation-map key (the tenant picks the
 * landlord there) and by id. Organisations and staff belong to ../landlords; only reads here.
 */
import type { Kysely } from 'kysely';
import type { LandlordOrgRef } from '$lib/schemas/landlord-share';
import type { Database } from '../db/schema';
import type { StaffOrg } from '../landlords';

function toRef(row: { id: string; name: string; landlord_key: string | null }): LandlordOrgRef {
	return { id: row.id, name: row.name, landlordKey: row.landlord_key ?? '' };
}

export function staffOrgRef(org: StaffOrg): LandlordOrgRef {
	return { id: org.orgId, name: org.name, landlordKey: org.landlordKey ?? '' };
}

export async function findOrgByKey(
	db: Kysely<Database>,
	landlordKey: string
): Promise<LandlordOrgRef | null> {
	const row = await db
		.selectFrom('landlord_orgs')
		.select(['id', 'name', 'landlord_key'])
		.where('landlord_key', '=', landlordKey)
		.executeTakeFirst();
	return row ? toRef(row) : null;
}

export async function findOrgsById(
	db: Kysely<Database>,
	ids: readonly string[]
): Promise<Map<string, LandlordOrgRef>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.selectFrom('landlord_orgs')
		.select(['id', 'name', 'landlord_key'])
		.where('id', 'in', [...new Set(ids)])
		.execute();
	return new Map(rows.map((r) => [r.id, toRef(r)]));
}
