/**
 * The tenant's referral code between the landing page and their account. Loaded only where a
 * code is in play (the landing page, and the layout once a tenant is signed in).
 */
import { attachReferralCode } from '$lib/api/referral';
import { appDb, type AppDb } from '$lib/db/app-db';
import { forgetReferral, readReferral } from '$lib/db/referral-repo';

/**
 * Hands the kept code to the signed-in tenant's account. Forgotten once the server has it, or
 * when the server says it is no usable code (404) or the account is not a tenant's (403); kept
 * for the next try when offline, limited or failing.
 */
export async function attachKeptReferral(db: AppDb = appDb()): Promise<void> {
	const kept = await readReferral(db);
	if (!kept) return;
	const result = await attachReferralCode(kept.code);
	if (result.ok || (!result.offline && (result.status === 403 || result.status === 404))) {
		await forgetReferral(db);
	}
}
