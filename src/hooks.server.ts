/**
 * Server hooks: identity (Auth.js database sessions), sign-in rate limits and response headers.
 *
 * Order matters. Auth.js answers /auth/* itself without calling `resolve`, so anything that must
 * also apply to those responses (headers, rate limits) runs before it in the sequence.
 * Authorisation is not decided here: every endpoint declares its roles to the endpoint wrapper (lib/server/http/endpoint.ts).
 */
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { env } from '$env/dynamic/private';
import { authHandle } from '$lib/server/auth';
import { isSignInPost, limitSignIn, perIpLimitFromEnv } from '$lib/server/auth/sign-in-limit';
import { guardSignInCallback, isSignInCallback } from '$lib/server/auth/sign-in-callback';
import { readyDb } from '$lib/server/db';
import { lookUpSession } from '$lib/server/auth/session-user';
import { sessionCookieName } from '$lib/server/auth/cookies';
import { startServerJobs } from '$lib/server/jobs';
import { HttpProblem, json } from '$lib/server/http/guards';
import { safeErrorSummary } from '$lib/server/log/safe-error';

export const init: ServerInit = async () => {
	// Prerendering at build time must not create or migrate a database.
	if (building) return;
	await readyDb();
	startServerJobs();
};

const NO_STORE_PREFIXES = ['/api/', '/auth/'];

/** Adds headers without failing on responses whose headers are immutable (Response.redirect). */
function withHeaders(response: Response, headers: Record<string, string>): Response {
	try {
		for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
		return response;
	} catch {
		const copy = new Response(response.body, response);
		for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
		return copy;
	}
}

const securityHandle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers: Record<string, string> = {
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'no-referrer',
		'X-Frame-Options': 'DENY'
	};
	const path = event.url.pathname;
	// Session data, exports and sign-in answers must never sit in a browser, SW or proxy cache.
	// The one exception is what an endpoint declares immutable (`cache: 'immutable'` in
	// lib/server/http/endpoint.ts: a published consent text version, the same for everyone).
	const immutable = response.headers.get('cache-control')?.includes('immutable') ?? false;
	if (NO_STORE_PREFIXES.some((prefix) => path.startsWith(prefix)) && !immutable) {
		headers['Cache-Control'] = 'no-store';
	}
	return withHeaders(response, headers);
};

const signInLimitHandle: Handle = async ({ event, resolve }) => {
	if (isSignInPost(event.request.method, event.url.pathname)) {
		try {
			await limitSignIn(event, perIpLimitFromEnv(env));
		} catch (err) {
			if (err instanceof HttpProblem)
				return json(err.body, { status: err.status, headers: err.headers });
			throw err;
		}
	}
	return resolve(event);
};

/** Email links confirmed by a same-origin POST; a sign-in never inherits or leaves a session (sign-in-callback.ts). */
const signInCallbackHandle: Handle = async ({ event, resolve }) => {
	if (!isSignInCallback(event.url.pathname)) return resolve(event);
	return guardSignInCallback(event.request, event.url, await readyDb(), (request) =>
		// Same event, other request (SvelteKit copies events by spreading, so a copy it is).
		Promise.resolve(resolve({ ...event, request }))
	);
};

const userHandle: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	// Auth.js's own routes need no user. Only the cookie name valid for this protocol counts: on
	// HTTPS a plain-named cookie planted by a sibling site is ignored (auth/cookies.ts).
	const name = sessionCookieName(event.url);
	const token = event.cookies.get(name);
	if (token && !event.url.pathname.startsWith('/auth/')) {
		const session = await lookUpSession(await readyDb(), token);
		if (session) {
			event.locals.user = session.user;
			// The row's expiry moved on; the cookie's follows, as Auth.js does on /auth/session.
			if (session.extended) {
				event.cookies.set(name, token, {
					path: '/',
					httpOnly: true,
					sameSite: 'lax',
					secure: event.url.protocol === 'https:',
					expires: session.expires
				});
			}
		}
	}
	return resolve(event);
};

export const handle: Handle = sequence(
	securityHandle,
	signInLimitHandle,
	signInCallbackHandle,
	authHandle,
	userHandle
);

/**
 * SvelteKit's default prints the whole error, message and fields included, which can carry a
 * request's data (log/safe-error.ts). Only the class, code and frames are logged.
 */
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status !== 404) console.error(`[server] unexpected error: ${safeErrorSummary(error)}`);
	// `message` is SvelteKit's generic text for the status ("Not Found", "Internal Error").
	return { message };
};
