/**
 * Browser side of Auth.js's REST routes, by plain fetch so every failure (offline, 429, a
 * provider error) can be shown in the page. `X-Auth-Return-Redirect: 1` makes Auth.js answer
 * JSON `{ url }` instead of a redirect; following that URL ourselves also keeps the OIDC
 * redirect out of CSP `form-action` (which restricts where a form submission may redirect).
 *
 * Auth.js's own CSRF token is switched off by @auth/sveltekit; these are form-encoded
 * same-origin POSTs, which SvelteKit's origin check covers.
 */

export interface Me {
	id: string;
	email: string;
	role: 'tenant' | 'advisor' | 'admin';
}

/** 'offline' when the request could not be made at all (no network, server down). */
export type MeResult =
	{ kind: 'user'; user: Me } | { kind: 'anonymous' } | { kind: 'offline' } | { kind: 'error' };

export async function fetchMe(): Promise<MeResult> {
	let res: Response;
	try {
		res = await fetch('/api/me', { headers: { accept: 'application/json' }, cache: 'no-store' });
	} catch {
		return { kind: 'offline' };
	}
	if (res.status === 401) return { kind: 'anonymous' };
	if (!res.ok) return { kind: 'error' };
	return { kind: 'user', user: (await res.json()) as Me };
}

export interface ProviderInfo {
	id: string;
	name: string;
	type: string;
}

/** Providers other than email (e.g. the optional OIDC one); [] when offline. */
export async function fetchOtherProviders(): Promise<ProviderInfo[]> {
	try {
		const res = await fetch('/auth/providers', { headers: { accept: 'application/json' } });
		if (!res.ok) return [];
		const all = (await res.json()) as Record<string, ProviderInfo>;
		return Object.values(all).filter((p) => p.type !== 'email');
	} catch {
		return [];
	}
}

export type SignInResult =
	| { kind: 'ok'; url: string }
	| { kind: 'error'; code: string }
	| { kind: 'too-many' }
	| { kind: 'offline' };

async function postForm(path: string, fields: Record<string, string>): Promise<Response> {
	return fetch(path, {
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
	let res: Response;
	try {
		res = await postForm(`/auth/signin/${encodeURIComponent(provider)}`, {
			...fields,
			callbackUrl: new URL(callbackPath, location.origin).href
		});
	} catch {
		return { kind: 'offline' };
	}
	return readAuthAnswer(res, (url) => url);
}

/** Ends this device's session on the server. Throws when the server could not be reached. */
export { endServerSession as signOutOnServer } from '$lib/sync/server-session';

/**
 * Completes an email sign-in: the same-origin POST to Auth.js's callback with the emailed link's
 * query (token, email, callbackUrl). Only this POST signs in; opening the link does not
 * (lib/server/auth/sign-in-callback).
 */
export async function completeEmailSignIn(linkQuery: URLSearchParams): Promise<SignInResult> {
	const query = new URLSearchParams();
	for (const key of ['token', 'email']) query.set(key, linkQuery.get(key) ?? '');
	let res: Response;
	try {
		res = await postForm(`/auth/callback/nodemailer?${query}`, {
			callbackUrl: safeCallback(linkQuery.get('callbackUrl'))
		});
	} catch {
		return { kind: 'offline' };
	}
	return readAuthAnswer(res, safeCallback);
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
	let url: string | undefined;
	try {
		url = ((await res.json()) as { url?: string }).url;
	} catch {
		// not JSON: handled below as an error
	}
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
