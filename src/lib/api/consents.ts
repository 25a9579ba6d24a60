/**
 * The consent endpoints (src/lib/server/consent/README.md), typed and parsed with the shared
 * shapes: the tenant's consents, access log and contacts, giving consent and the receipt (the
 * advisor's side is in `advisor-cases.ts`). Withdrawals are queued
 * (`$lib/state/consent.svelte`), so their URL lives here.
 */
import {
	accessLogSchema,
	consentListSchema,
	consentResponseSchema,
	contactListSchema,
	kantaraReceiptSchema,
	type GiveConsentBody
} from '$lib/schemas/consent';
import { getJson, sendJson } from './client';

// --- the tenant -------------------------------------------------------------------------------

export const CONSENTS_URL = '/api/consents';
export const ACCESS_LOG_URL = '/api/access-log';
export const CONTACTS_URL = '/api/contacts';

export const withdrawUrl = (consentId: string) =>
	`/api/consents/${encodeURIComponent(consentId)}/withdraw`;
export const receiptUrl = (consentId: string) =>
	`/api/consents/${encodeURIComponent(consentId)}/receipt`;

export const fetchConsents = () => getJson(CONSENTS_URL, consentListSchema);
export const fetchAccessLog = () => getJson(ACCESS_LOG_URL, accessLogSchema);
export const fetchContacts = () => getJson(CONTACTS_URL, contactListSchema);
export const fetchReceipt = (consentId: string) =>
	getJson(receiptUrl(consentId), kantaraReceiptSchema);

/** Gives consent; `attempt` is the Idempotency-Key, the same for every retry of one tap. */
export function giveConsent(body: GiveConsentBody, attempt: string) {
	return sendJson(CONSENTS_URL, body, consentResponseSchema, {
		headers: { 'idempotency-key': attempt }
	});
}
