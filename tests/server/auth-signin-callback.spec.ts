/**
 * The sign-in callback guard (lib/server/auth/sign-in-callback.ts) in front of the real Auth.js
 * core, with real sign-in emails through the SMTP sink, on SQLite and PostgreSQL: opening a link
 * changes nothing, only a same-origin POST signs in, and switching accounts deletes the old
 * session row.
 */
import { Auth, skipCSRFCheck } from '@auth/core';
import type { SvelteKitAuthConfig } from '@auth/sveltekit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAuthConfig } from '$lib/server/auth/config';
import { guardSignInCallback } from '$lib/server/auth/sign-in-callback';
import { userFromSessionToken } from '$lib/server/auth/session-user';
import { firstLink, startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { BACKENDS, useBackend } from './backends';

const ORIGIN = 'http://127.0.0.1:5998';
const COOKIE = 'authjs.session-token';

let sink: SmtpSink;
beforeAll(async () => {
	sink = await startSmtpSink();
});
afterAll(async () => {
	await sink?.close();
});

let emails = 0;
const newEmail = (who: string) => `${who}-${Date.now()}-${++emails}@example.test`;

describe.each(BACKENDS)('sign-in callback on %s', (kind) => {
	const backend = useBackend(kind);
	let config: SvelteKitAuthConfig;

	beforeAll(() => {
		config = {
			...buildAuthConfig({
				env: { AUTH_SECRET: 'x'.repeat(48), SMTP_URL: sink.url },
				db: backend.db,
				devMode: false
			}),
			basePath: '/auth',
			skipCSRFCheck
		};
	});

	/** What the hooks do: the guard first, then Auth.js with the request it passes on. */
	function handle(request: Request): Promise<Response> {
		return guardSignInCallback(request, new URL(request.url), backend.db, (r) => Auth(r, config));
	}

	/** Asks for a sign-in link for `email` and returns the link from the real email. */
	async function emailedLink(email: string): Promise<URL> {
		const since = sink.messages.length;
		const res = await Auth(
			new Request(`${ORIGIN}/auth/signin/nodemailer`, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ email, callbackUrl: `${ORIGIN}/account` })
			}),
			config
		);
		expect(res.status).toBe(302);
		return new URL(firstLink((await sink.waitFor(email, { since })).text));
	}

	/** The Auth.js callback for an emailed link (the same token, email and callbackUrl). */
	function callbackUrl(link: URL): string {
		return `${ORIGIN}/auth/callback/nodemailer${link.search}`;
	}

	function completeSignIn(link: URL, headers: Record<string, string> = {}): Promise<Response> {
		return handle(
			new Request(callbackUrl(link), {
				method: 'POST',
				headers: {
					origin: ORIGIN,
					'content-type': 'application/x-www-form-urlencoded',
					'x-auth-return-redirect': '1',
					...headers
				},
				body: new URLSearchParams({ callbackUrl: `${ORIGIN}/account` })
			})
		);
	}

	function sessionToken(res: Response): string | undefined {
		for (const line of res.headers.getSetCookie()) {
			const match = new RegExp(`^${COOKIE}=([^;]+)`).exec(line);
			if (match) return match[1];
		}
		return undefined;
	}

	async function sessionCount(email: string): Promise<number> {
		const rows = await backend.db
			.selectFrom('Session')
			.innerJoin('User', 'User.id', 'Session.userId')
			.select('Session.sessionToken')
			.where('User.email', '=', email)
			.execute();
		return rows.length;
	}

	async function tokensLeft(email: string): Promise<number> {
		const rows = await backend.db
			.selectFrom('VerificationToken')
			.select('token')
			.where('identifier', '=', email)
			.execute();
		return rows.length;
	}

	it('the emailed link opens the confirmation page, not the callback', async () => {
		const email = newEmail('link');
		const link = await emailedLink(email);
		expect(link.origin + link.pathname).toBe(`${ORIGIN}/signin/confirm`);
		expect(link.searchParams.get('email')).toBe(email);
		expect(link.searchParams.get('token')).toBeTruthy();
	});

	it('a GET of the callback (any site can cause one) signs nobody in and uses no token', async () => {
		const email = newEmail('get');
		const link = await emailedLink(email);
		const res = await handle(new Request(callbackUrl(link)));
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe(`/signin/confirm${link.search}`);
		expect(sessionToken(res)).toBeUndefined();
		expect(await tokensLeft(email)).toBe(1);
		const users = await backend.db
			.selectFrom('User')
			.select('id')
			.where('email', '=', email)
			.execute();
		expect(users).toEqual([]);
	});

	it.each([
		['another origin', { origin: 'https://evil.example' }],
		['no Origin, cross-site fetch metadata', { origin: '', 'sec-fetch-site': 'cross-site' }]
	])('a POST from %s is refused and uses no token', async (_, headers) => {
		const email = newEmail('post');
		const link = await emailedLink(email);
		const init: Record<string, string> = { ...headers };
		if (init.origin === '') delete init.origin;
		const res = await handle(
			new Request(callbackUrl(link), {
				method: 'POST',
				headers: init
			})
		);
		expect(res.status).toBe(403);
		expect(sessionToken(res)).toBeUndefined();
		expect(await tokensLeft(email)).toBe(1);
	});

	it('a same-origin POST signs in, once', async () => {
		const email = newEmail('ok');
		const link = await emailedLink(email);
		const res = await completeSignIn(link);
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ url: `${ORIGIN}/account` });
		const token = sessionToken(res);
		expect(token).toBeTruthy();
		expect(await userFromSessionToken(backend.db, token!)).toMatchObject({ email });
		expect(await tokensLeft(email)).toBe(0);
		// The link is single-use.
		const again = await completeSignIn(link);
		expect(sessionToken(again)).toBeUndefined();
	});

	it('switching to an address with no account yet ends the old session on the server', async () => {
		const a = newEmail('a');
		const first = sessionToken(await completeSignIn(await emailedLink(a)));
		expect(first).toBeTruthy();

		const b = newEmail('b');
		const res = await completeSignIn(await emailedLink(b), { cookie: `${COOKIE}=${first}` });
		const second = sessionToken(res);
		expect(second).toBeTruthy();
		expect(await userFromSessionToken(backend.db, second!)).toMatchObject({ email: b });
		expect(await userFromSessionToken(backend.db, first!)).toBeNull();
		expect(await sessionCount(a)).toBe(0);
	});

	it('signing in again as the same account replaces the session instead of adding one', async () => {
		const a = newEmail('same');
		const first = sessionToken(await completeSignIn(await emailedLink(a)));
		const second = sessionToken(
			await completeSignIn(await emailedLink(a), { cookie: `${COOKIE}=${first}; lang=fi` })
		);
		expect(second).toBeTruthy();
		expect(second).not.toBe(first);
		expect(await userFromSessionToken(backend.db, first!)).toBeNull();
		expect(await sessionCount(a)).toBe(1);
	});

	it('a failed callback (used link) leaves the existing session as it was', async () => {
		const a = newEmail('keep');
		const first = sessionToken(await completeSignIn(await emailedLink(a)));
		const b = newEmail('used');
		const link = await emailedLink(b);
		expect(sessionToken(await completeSignIn(link))).toBeTruthy();
		const res = await completeSignIn(link, { cookie: `${COOKIE}=${first}` });
		expect(sessionToken(res)).toBeUndefined();
		expect(await userFromSessionToken(backend.db, first!)).toMatchObject({ email: a });
	});
});
