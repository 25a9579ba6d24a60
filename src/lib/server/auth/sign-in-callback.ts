/**
 * The guard in front of Auth.js's sign-in callbacks (`/auth/callback/*`), against login CSRF and
 * silent account switching (docs/design.md, "Signing in").
 *
 * - A GET of the email link changes nothing: it is sent on to `/signin/confirm` with the same
 *   query, where the person sees which address is about to sign in and continues with a POST.
 *   Any page on the web can make a browser GET a URL; only our own pages can make it POST here.
 * - That POST must come from our own origin (Origin header, or Sec-Fetch-Site when a browser
 *   leaves Origin out). SvelteKit's own check skips bodiless POSTs, which need no CORS preflight.
 * - Auth.js never sees the session the browser already has. Given one, it would link an OpenID
 *   account to the signed-in user, or, for an address with no account yet, keep the old session
 *   alive beside the new one. Once the callback has set a new session, the old session row is
 *   deleted: switching accounts always ends the previous session on the server. A callback that
 *   fails leaves the old session as it was, so a forged callback cannot even sign anyone out.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { hashSessionToken } from './adapter';
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from './cookies';

/** Both names are kept from Auth.js here, whichever the protocol: neither may ride into a callback. */
const SESSION_COOKIES = [SESSION_COOKIE, SECURE_SESSION_COOKIE];
const EMAIL_CALLBACK = '/auth/callback/nodemailer';
export const CONFIRM_PATH = '/signin/confirm';

export function isSignInCallback(pathname: string): boolean {
	return pathname.startsWith('/auth/callback/');
}

function isSameOrigin(request: Request, url: URL): boolean {
	const origin = request.headers.get('origin');
	if (origin !== null) return origin === url.origin;
	return request.headers.get('sec-fetch-site') === 'same-origin';
}

function parseCookies(header: string | null): [string, string][] {
	if (!header) return [];
	return header
		.split(';')
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => {
			const at = part.indexOf('=');
			return at < 0 ? [part, ''] : [part.slice(0, at), part.slice(at + 1)];
		});
}

/** A new session token the response sets, if any (an empty value is a cookie being cleared). */
function newSessionToken(response: Response): string | undefined {
	for (const line of response.headers.getSetCookie()) {
		const [pair = ''] = line.split(';', 1);
		const at = pair.indexOf('=');
		const name = pair.slice(0, at).trim();
		const value = pair.slice(at + 1).trim();
		if (SESSION_COOKIES.includes(name) && value) return value;
	}
	return undefined;
}

function refused(): Response {
	return new Response(JSON.stringify({ message: 'Sign-in must be completed on this site' }), {
		status: 403,
		headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
	});
}

/**
 * Handles a request to `/auth/callback/*`; `run` passes a (possibly rewritten) request on to
 * Auth.js. Other paths must not be given to it.
 */
export async function guardSignInCallback(
	request: Request,
	url: URL,
	db: Kysely<Database>,
	run: (request: Request) => Promise<Response>
): Promise<Response> {
	if (url.pathname === EMAIL_CALLBACK) {
		if (request.method === 'GET' || request.method === 'HEAD') {
			return new Response(null, {
				status: 303,
				headers: { location: `${CONFIRM_PATH}${url.search}`, 'cache-control': 'no-store' }
			});
		}
		if (!isSameOrigin(request, url)) return refused();
	}

	const cookies = parseCookies(request.headers.get('cookie'));
	const oldTokens = cookies
		.filter(([name, value]) => SESSION_COOKIES.includes(name) && value)
		.map(([, value]) => value);
	if (oldTokens.length === 0) return run(request);

	const headers = new Headers(request.headers);
	const kept = cookies.filter(([name]) => !SESSION_COOKIES.includes(name));
	if (kept.length > 0) headers.set('cookie', kept.map(([n, v]) => `${n}=${v}`).join('; '));
	else headers.delete('cookie');
	const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
	const stripped = new Request(request.url, {
		method: request.method,
		headers,
		body: hasBody ? await request.arrayBuffer() : undefined,
		redirect: 'manual'
	});

	const response = await run(stripped);
	const token = newSessionToken(response);
	if (token) {
		const old = oldTokens.filter((t) => t !== token);
		// Rows hold the token's hash (adapter.ts), never the token itself.
		if (old.length > 0) {
			await db
				.deleteFrom('Session')
				.where('sessionToken', 'in', old.map(hashSessionToken))
				.execute();
		}
	}
	return response;
}
