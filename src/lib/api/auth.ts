/**
 * Who is signed in, and Auth.js's REST routes. Sign-in goes by plain requests so every failure
 * (offline, 429, a provider error) can be shown in the page. `X-Auth-Return-Redirect: 1` makes
 * Auth.js answer JSON `{ url }` instead of a redirect; following that URL ourselves also keeps the
 * OIDC redirect out of CSP `form-action` (which restricts where a form submission may redirect).
 *
 * Auth.js's own CSRF token is switched off by @auth/sveltekit; these are form-encoded
 * same-origin POSTs, which SvelteKit's origin check covers.
 */
import {
	authProvidersSchema,
	authRedirectSchema,
	meSchema,
	type Me,
	type ProviderInfo
} from '$lib/schemas/account';
import { getJson, send } from './client';

export { fetchSession } from './session';

export type { Me, ProviderInfo };

/** 'offline' when the request could not be made at all (no network, server down). */
export type MeResult =
	{ kind: 'user'; user: Me } | { kind: 'anonymous' } | { kind: 'offline' } | { kind: 'error' };

export async function fetchMe(): Promise<MeResult> {
	const result = await getJson('/api/me', meSchema);
	if (result.ok) return { kind: 'user', user: result.data };
	if (result.offline) return { kind: 'offline' };
	return result.problem.code === 'unauthenticated' ? { kind: 'anonymous' } : { kind: 'error' };
}

/** Providers other than email (e.g. the optional OIDC one); [] when offline. */
export async function fetchOtherProviders(): Promise<ProviderInfo[]> {
	const result = await getJson('/auth/providers', authProvidersSchema);
	return result.ok ? Object.values(result.data).filter((p) => p.type !== 'email') : [];
}

export type SignInResult =
	| { kind: 'ok'; url: string }
	| { kind: 'error'; code: string }
	| { kind: 'too-many' }
	| { kind: 'offline' };

/** A form POST to Auth.js; null when the server could not be reached. */
function postForm(path: string, fields: Record<string, string>): Promise<Response | null> {
	return send(path, {
		method: 'POST',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			'x-auth-return-redirect': '1'
		},
		body: new URLSearchParams(fields)
	});
}

/**
 * Starts a sign-in. Email: the link is sent and `url` is Auth.js's "check your email" page.
 * OIDC: `url` is the identity provider's authorisation page, to navigate to.
 */
export async function startSignIn(
	provider: string,
	fields: Record<string, string>,
	callbackPath: string
): Promise<SignInResult> {
	const res = await postForm(`/auth/signin/${encodeURIComponent(provider)}`, {
		...fields,
		callbackUrl: new URL(callbackPath, location.origin).href
	});
	return res ? readAuthAnswer(res, (url) => url) : { kind: 'offline' };
}

/**
 * POST /auth/signout: deletes the session row and clears the cookie (Auth.js's session cookie is
 * httpOnly, so only the server can remove it). Throws when the server could not be reached or
 * refused.
 */
export async function signOutOnServer(): Promise<void> {
	const res = await postForm('/auth/signout', {
		callbackUrl: new URL('/', location.origin).href
	});
	if (!res?.ok) throw new Error(`Sign-out failed: ${res?.status ?? 'offline'}`);
}

/**
 * Completes an email sign-in: the same-origin POST to Auth.js's callback with the emailed link's
 * query (token, email, callbackUrl). Only this POST signs in; opening the link does not
 * (lib/server/auth/sign-in-callback).
 */
export async function completeEmailSignIn(linkQuery: URLSearchParams): Promise<SignInResult> {
	const query = new URLSearchParams();
	for (const key of ['token', 'email']) query.set(key, linkQuery.get(key) ?? '');
	const res = await postForm(`/auth/callback/nodemailer?${query}`, {
		callbackUrl: safeCallback(linkQuery.get('callbackUrl'))
	});
	return res ? readAuthAnswer(res, safeCallback) : { kind: 'offline' };
}

/**
 * Auth.js's JSON answer to a sign-in POST: where to go next, or its error code. `accept` decides
 * the address a successful answer may lead to.
 */
async function readAuthAnswer(
	res: Response,
	accept: (url: string) => string
): Promise<SignInResult> {
	if (res.status === 429) return { kind: 'too-many' };
	const answer = authRedirectSchema.safeParse(await res.json().catch(() => null));
	const url = answer.success ? answer.data.url : undefined;
	if (!res.ok || !url) return { kind: 'error', code: `http-${res.status}` };
	const code = new URL(url, location.origin).searchParams.get('error');
	if (code) return { kind: 'error', code };
	return { kind: 'ok', url: accept(url) };
}

/** Where a finished sign-in may go: a page of this site only, /account otherwise. */
function safeCallback(value: string | null): string {
	try {
		const url = new URL(value ?? '/account', location.origin);
		if (url.origin === location.origin) return url.href;
	} catch {
		// not a URL
	}
	return new URL('/account', location.origin).href;
}
