/**
 * Server hooks: identity (Auth.js database sessions), sign-in rate limits and response headers.
 *
 * Order matters. Auth.js answers /auth/* itself without calling `resolve`, so anything that must
 * also apply to those responses (headers, rate limits) runs before it in the sequence.
 * Authorisation is not decided here: every endpoint and action calls requireUser/requireRole.
 */
import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { env } from '$env/dynamic/private';
import { authHandle } from '$lib/server/auth';
import { isSignInPost, limitSignIn, perIpLimitFromEnv } from '$lib/server/auth/sign-in-limit';
import { readyDb } from '$lib/server/db';
import { startServerJobs } from '$lib/server/jobs';
import { userFromSessionToken } from '$lib/server/auth/session-user';
import { HttpProblem, json } from '$lib/server/http/guards';

export const init: ServerInit = async () => {
	// Prerendering at build time must not create or migrate a database.
	if (building) return;
	await readyDb();
	startServerJobs();
};

const NO_STORE_PREFIXES = ['/api/', '/auth/'];
/** Auth.js's session cookie: plain on http, __Secure- prefixed on https. */
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

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
	if (NO_STORE_PREFIXES.some((prefix) => path.startsWith(prefix))) {
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

const userHandle: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	// Auth.js's own routes need no user. Without a session cookie there is nothing to look up
	// (and asking Auth.js anyway would set cookies on every anonymous response).
	const token = SESSION_COOKIES.map((name) => event.cookies.get(name)).find(Boolean);
	if (token && event.url.pathname.startsWith('/api/')) {
		event.locals.user = await userFromSessionToken(await readyDb(), token);
	} else if (token && !event.url.pathname.startsWith('/auth/')) {
		const session = await event.locals.auth();
		const user = session?.user;
		if (user?.id && user.email) {
			event.locals.user = { id: user.id, email: user.email, role: user.role };
		}
	}
	return resolve(event);
};

export const handle: Handle = sequence(securityHandle, signInLimitHandle, authHandle, userHandle);
