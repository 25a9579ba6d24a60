/**
 * A landlord staff member's one organisation, set inside the transaction that gives or takes the
 * role (README.md in this folder: the role and the membership change together).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { HttpProblem } from '../http/guards';

/**
 * Makes `userId` staff of `orgId` inside an invitation's transaction (moving them from another
 * organisation), or, for any other role, ends their membership. The caller records the audit row.
 */
export async function placeStaff(
	trx: Kysely<Database>,
	userId: string,
	orgId: string | null,
	now: Date
): Promise<{ orgName: string } | null> {
	if (orgId === null) {
		await trx.deleteFrom('landlord_staff').where('user_id', '=', userId).execute();
		return null;
	}
	const org = await trx
		.selectFrom('landlord_orgs')
		.select('name')
		.where('id', '=', orgId)
		.executeTakeFirst();
	if (!org)
		throw new HttpProblem(400, {
			message: 'Invalid request',
			issues: [{ path: 'orgId', message: 'no such organisation' }]
		});
	await trx
		.insertInto('landlord_staff')
		.values({ user_id: userId, org_id: orgId, created_at: now.toISOString() })
		.onConflict((oc) => oc.column('user_id').doUpdateSet({ org_id: orgId }))
		.execute();
	return { orgName: org.name };
}
