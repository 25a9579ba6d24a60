/**
 * The session cookie's names, in one place: Auth.js's own defaults, which it picks by the
 * request's protocol (so hooks, the account endpoint and Auth.js always agree).
 *
 * On HTTPS only the `__Secure-` name counts. Browsers accept that prefix only from a secure
 * origin, so a sibling subdomain or an http:// page cannot plant it; the plain name can be
 * planted that way ("cookie tossing") and must never identify anyone on an HTTPS deployment.
 */
export const SESSION_COOKIE = 'authjs.session-token';
export const SECURE_SESSION_COOKIE = '__Secure-authjs.session-token';

/** The one session cookie name that is valid for a request to `url`. */
export function sessionCookieName(url: URL): string {
	return url.protocol === 'https:' ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}
