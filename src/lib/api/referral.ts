/** The tenant's side of a referral code: look it up (anyone), attach it (signed-in tenant). */
import { attachAnswerSchema, lookupAnswerSchema } from '$lib/schemas/landlord-codes';
import { sendJson } from './client';

/** The code travels in the body, never in a query string. */
export const lookupReferralCode = (code: string) =>
	sendJson('/api/referral/lookup', { code }, lookupAnswerSchema);

export const attachReferralCode = (code: string) =>
	sendJson('/api/referral/attach', { code }, attachAnswerSchema);
