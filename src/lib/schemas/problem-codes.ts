/**
 * The codes of the API's problem bodies (problem.ts has the body's schema). Kept free of zod: the
 * browser's API client reads codes on every page, the start page's too, and must not bring zod
 * there.
 */
export const PROBLEM_CODES = [
	// Generic, set by the endpoint wrapper.
	'unauthenticated', // 401: no session
	'forbidden', // 403: signed in, but this role or this object is not yours
	'cross_origin', // 403: Origin or Sec-Fetch-Site says another site sent it
	'unsupported_media_type', // 415
	'too_large', // 413: body over the limit
	'invalid', // 400: body or query failed its schema; `issues` names the fields
	'not_found', // 404
	'key_reused', // 409/422: an idempotency key or request id already used for another request
	'changed_meanwhile', // 409: the object changed under this request; reload and retry
	'rate_limited', // 429: see Retry-After
	'server_error', // 500
	// Sync.
	'quota_exceeded', // 403: the account is full
	'device-away-too-long', // 409: the device must restart sync
	'resync-required', // 409
	// Bookings.
	'slot_taken', // 409: someone else holds the slot
	'not_offered', // 409: the advisor no longer offers the slot
	'too_many', // 409: the tenant already has the most live requests allowed
	'not_live', // 409: the booking is no longer requested/confirmed
	'past', // 409: the booking's time has passed
	'not_pending', // 409: someone already answered this request (`answeredBy`)
	'clash', // 409: the advisor has another confirmed booking then
	'no_availability', // 403: the advisor has not set up availability
	// Consent.
	'no_consent', // 403: no consent in force covers this data for this recipient
	'consent_text_outdated', // 409: a newer consent text was published; show it and ask again
	// Administration.
	'last_admin', // 409: the change would leave the service without an admin
	// Cases.
	'case_closed', // 409: the case is closed; a returning tenant gets a new case
	'bad_transition' // 409: the case cannot move from its status to the one asked
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export function isProblemCode(value: unknown): value is ProblemCode {
	return typeof value === 'string' && (PROBLEM_CODES as readonly string[]).includes(value);
}
