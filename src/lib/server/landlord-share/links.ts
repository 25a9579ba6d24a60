/**
 * Which consents name which landlord organisation (`landlord_consent_links`, an index written
 * with the consent), and their state read from the ledger: the ledger alone decides whether a
 * consent is in force, so a withdrawal or an expiry takes effect at once for the landlord too.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ConsentStatus } from '$lib/domain/consent';
import type { LandlordConsentKind } from '$lib/domain/landlord-share';
import type { Database } from '../db/schema';
import { consentStatuses } from '../consent/access';

/**
 * Called inside the consent's write transaction. The first consent to share the rent account
 * also opens the organisation's request for it (one per tenant and organisation).
 */
export async function linkLandlordConsent(
	trx: Kysely<Database>,
	link: { consentId: string; userId: string; orgId: string; kind: LandlordConsentKind; now: Date }
): Promise<void> {
	const at = link.now.toISOString();
	await trx
		.insertInto('landlord_consent_links')
		.values({
			consent_id: link.consentId,
			user_id: link.userId,
			org_id: link.orgId,
			kind: link.kind,
			given_at: at
		})
		.execute();
	if (link.kind !== 'shareRentAccount') return;
	const open = await trx
		.selectFrom('landlord_rent_requests')
		.select('id')
		.where('user_id', '=', link.userId)
		.where('org_id', '=', link.orgId)
		.executeTakeFirst();
	if (open) return;
	await trx
		.insertInto('landlord_rent_requests')
		.values({ id: randomUUID(), user_id: link.userId, org_id: link.orgId, requested_at: at })
		.execute();
}

export interface LandlordConsentState {
	/** The newest consent of that kind, active or not; undefined when none was ever given. */
	latest: ConsentStatus | undefined;
	/** The active one, if any. */
	active: ConsentStatus | undefined;
}

/** The tenant's consents of `kind` towards `orgId`, as the ledger says now. */
export async function landlordConsent(
	db: Kysely<Database>,
	tenantId: string,
	orgId: string,
	kind: LandlordConsentKind,
	now: Date
): Promise<LandlordConsentState> {
	const ofKind = (await consentStatuses(db, tenantId, now)).filter(
		(s) => s.terms.landlordOrgId === orgId && s.terms.landlordKind === kind
	);
	return {
		latest: ofKind.at(-1),
		active: ofKind.filter((s) => s.state === 'active').at(-1)
	};
}

/** Tenants who ever gave `orgId` a consent of `kind`, with when the first was given. */
export async function linkedTenants(
	db: Kysely<Database>,
	orgId: string,
	kind: LandlordConsentKind
): Promise<string[]> {
	const rows = await db
		.selectFrom('landlord_consent_links')
		.select('user_id')
		.where('org_id', '=', orgId)
		.where('kind', '=', kind)
		.groupBy('user_id')
		.execute();
	return rows.map((r) => r.user_id);
}
