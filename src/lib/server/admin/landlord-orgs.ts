/**
 * Landlord organisations and their staff, as admins keep them (README.md in this folder). The
 * tables are the landlord module's (migration 0060): an organisation has a unique name and at
 * most one entry of the map's landlord list; a staff member (role `landlord`) belongs to exactly
 * one organisation. Staff are added by invitation (`users.ts`, with `orgId`, placed by
 * `membership.ts`) and removed here.
 */
import type { Kysely } from 'kysely';
import type { AdminUser, LandlordOrgBody, LandlordOrgList } from '$lib/schemas/admin';
import { ORG_ID_PATTERN } from '$lib/schemas/admin';
import type { Database } from '../db/schema';
import { withWriteTransaction } from '../db/write-transaction';
import { HttpProblem } from '../http/guards';
import { recordAudit, type Actor } from './audit';
import { listStaff } from './users';

function refuse(path: string, message: string): HttpProblem {
	return new HttpProblem(400, { message: 'Invalid request', issues: [{ path, message }] });
}

export async function listLandlordOrgs(db: Kysely<Database>): Promise<LandlordOrgList> {
	const [orgs, members, staff] = await Promise.all([
		db.selectFrom('landlord_orgs').select(['id', 'name', 'landlord_key']).orderBy('name').execute(),
		db.selectFrom('landlord_staff').select(['user_id', 'org_id']).execute(),
		listStaff(db)
	]);
	// Members have role `landlord` (the role and the membership change together), so every one
	// is on the staff list, which is sorted by role, then email.
	const orgOf = new Map(members.map((m) => [m.user_id, m.org_id]));
	const byOrg = new Map<string, AdminUser[]>();
	for (const user of staff) {
		const org = orgOf.get(user.id);
		if (org !== undefined) byOrg.set(org, [...(byOrg.get(org) ?? []), user]);
	}
	return {
		orgs: orgs.map((o) => ({
			id: o.id,
			name: o.name,
			landlordKey: o.landlord_key,
			staff: byOrg.get(o.id) ?? []
		}))
	};
}

/**
 * Creates organisation `id` or changes its name and link. The name and the link are each held by
 * one organisation only; a link must name a current entry of the landlord list.
 */
export async function saveLandlordOrg(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	body: LandlordOrgBody,
	now: Date
): Promise<LandlordOrgList> {
	if (!ORG_ID_PATTERN.test(id)) throw new HttpProblem(404, { message: 'No such organisation' });
	// One spelling per name, as `npm run landlord:add` stores it: "Heka  Oy" is "Heka Oy".
	const name = body.name.normalize('NFC').replace(/\s+/g, ' ');
	await withWriteTransaction(db, async (trx) => {
		const existing = await trx
			.selectFrom('landlord_orgs')
			.select(['id', 'name', 'landlord_key'])
			.where('id', '=', id)
			.executeTakeFirst();
		const sameName = await trx
			.selectFrom('landlord_orgs')
			.select('id')
			.where('name', '=', name)
			.where('id', '!=', id)
			.executeTakeFirst();
		if (sameName) throw refuse('name', 'another organisation has this name');
		if (body.landlordKey !== null) {
			const entry = await trx
				.selectFrom('landlords')
				.select(['id', 'retired_reason'])
				.where('id', '=', body.landlordKey)
				.executeTakeFirst();
			if (!entry || entry.retired_reason !== null) {
				throw refuse('landlordKey', 'not an entry of the landlord list');
			}
			const holder = await trx
				.selectFrom('landlord_orgs')
				.select('id')
				.where('landlord_key', '=', body.landlordKey)
				.where('id', '!=', id)
				.executeTakeFirst();
			if (holder) throw refuse('landlordKey', 'another organisation is linked to this entry');
		}
		if (existing) {
			if (existing.name === name && existing.landlord_key === body.landlordKey) return;
			await trx
				.updateTable('landlord_orgs')
				.set({ name, landlord_key: body.landlordKey })
				.where('id', '=', id)
				.execute();
		} else {
			await trx
				.insertInto('landlord_orgs')
				.values({
					id,
					name,
					landlord_key: body.landlordKey,
					created_at: now.toISOString()
				})
				.execute();
		}
		await recordAudit(trx, {
			actor,
			action: existing ? 'org.update' : 'org.create',
			target: name,
			details: {
				orgId: id,
				landlordKey: body.landlordKey,
				...(existing ? { previousName: existing.name, previousKey: existing.landlord_key } : {})
			},
			at: now
		});
	});
	return listLandlordOrgs(db);
}

/**
 * Ends a staff member's membership: the row goes and the account falls back to role `tenant`
 * (its own data, if any, stays), so nothing of the organisation is reachable with it any more.
 */
export async function removeLandlordStaff(
	db: Kysely<Database>,
	actor: Actor,
	orgId: string,
	userId: string,
	now: Date
): Promise<LandlordOrgList> {
	await withWriteTransaction(db, async (trx) => {
		const row = await trx
			.selectFrom('landlord_staff')
			.innerJoin('User', 'User.id', 'landlord_staff.user_id')
			.innerJoin('landlord_orgs', 'landlord_orgs.id', 'landlord_staff.org_id')
			.select(['User.email', 'User.role', 'landlord_orgs.name'])
			.where('landlord_staff.user_id', '=', userId)
			.where('landlord_staff.org_id', '=', orgId)
			.executeTakeFirst();
		if (!row) throw new HttpProblem(404, { message: 'No such staff member' });
		await trx.deleteFrom('landlord_staff').where('user_id', '=', userId).execute();
		if (row.role === 'landlord') {
			await trx.updateTable('User').set({ role: 'tenant' }).where('id', '=', userId).execute();
		}
		await recordAudit(trx, {
			actor,
			action: 'org.staff.remove',
			target: row.email,
			details: { orgId, org: row.name, previousRole: row.role },
			at: now
		});
	});
	return listLandlordOrgs(db);
}
