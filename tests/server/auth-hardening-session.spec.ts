/**
 * Issue #9 items 2, 7 and 12 (sessions), driven through the real Auth.js core with the app's own
 * configuration (buildAuthConfig: adapter, session callback, email provider) on SQLite and
 * PostgreSQL. Sign-in is the real magic link: the email is read from the outbox file.
 *
 * - GET /auth/session, which any script in the page can read, shows neither the session token
 *   nor the user id, signed in or out, fresh, extended or expired.
 * - The "Session" table holds the token's SHA-256, never the token.
 * - The per-request lookup (hooks, /api/*) goes through the same adapter, deletes expired
 *   sessions and slides the expiry as Auth.js does.
 * - A list or any other non-address never gets a link.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Auth, skipCSRFCheck } from '@auth/core';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAuthConfig } from '$lib/server/auth/config';
import { lookUpSession } from '$lib/server/auth/session-user';
import { mimePart } from '../support/mail-parts';
import { BACKENDS, useBackend } from './backends';

const ORIGIN = 'http://localhost';
const COOKIE = 'authjs.session-token';
const DAY = 24 * 3600_000;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe.each(BACKENDS)('sessions on %s', (kind) => {
	const b = useBackend(kind);
	const dataDir = mkdtempSync(join(tmpdir(), 'auth-session-'));
	afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

	function auth(path: string, init: RequestInit = {}): Promise<Response> {
		const config = buildAuthConfig({
			env: { AUTH_SECRET: 'auth-hardening-test-secret-0123456789abcdef', DATA_DIR: dataDir },
			db: b.db,
			devMode: false
		});
		return Auth(new Request(`${ORIGIN}${path}`, init), {
			...config,
			basePath: '/auth',
			// @auth/sveltekit does the same: SvelteKit checks the origin of form posts.
			skipCSRFCheck
		});
	}

	function mailFiles(): string[] {
		try {
			return readdirSync(join(dataDir, 'mail')).sort();
		} catch {
			return [];
		}
	}

	/** Signs in by the emailed link; returns the session cookie's value. */
	async function signIn(email: string): Promise<string> {
		const before = mailFiles();
		const res = await auth('/auth/signin/nodemailer', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ email, callbackUrl: '/account' })
		});
		expect(res.status).toBe(302);
		const added = mailFiles().filter((f) => !before.includes(f));
		expect(added).toHaveLength(1);
		const raw = readFileSync(join(dataDir, 'mail', added[0]!), 'utf8');
		// The emailed link opens our confirmation page; its button completes the callback (the
		// hooks' same-origin guard is not part of the Auth.js core this suite calls directly).
		const link = /https?:\/\/\S+\/signin\/confirm\?\S+/.exec(mimePart(raw, 'text/plain').text)?.[0];
		expect(link).toBeDefined();
		const callback = await auth('/auth/callback/nodemailer' + new URL(link!).search);
		const cookie = callback.headers
			.getSetCookie()
			.map((c) => c.split(';')[0]!)
			.find((c) => c.startsWith(`${COOKIE}=`));
		expect(cookie, 'session cookie after the link').toBeDefined();
		return cookie!.slice(COOKIE.length + 1);
	}

	async function sessionJson(token?: string): Promise<{ text: string; body: unknown }> {
		const res = await auth('/auth/session', {
			headers: token ? { cookie: `${COOKIE}=${token}` } : {}
		});
		expect(res.status).toBe(200);
		const text = await res.text();
		return { text, body: JSON.parse(text) as unknown };
	}

	async function userIdOf(email: string): Promise<string> {
		const row = await b.db
			.selectFrom('User')
			.select('id')
			.where('email', '=', email)
			.executeTakeFirstOrThrow();
		return row.id;
	}

	async function setExpiry(token: string, expires: Date) {
		await b.db
			.updateTable('Session')
			.set({ expires: kind === 'sqlite' ? expires.toISOString() : expires })
			.where('sessionToken', '=', sha256(token))
			.execute();
	}

	async function storedExpiry(token: string): Promise<Date | null> {
		const row = await b.db
			.selectFrom('Session')
			.select('expires')
			.where('sessionToken', '=', sha256(token))
			.executeTakeFirst();
		return row ? new Date(row.expires) : null;
	}

	it('stores only the hash of the session token', async () => {
		const email = `${kind}-hash@example.test`;
		const token = await signIn(email);
		const rows = await b.db
			.selectFrom('Session')
			.select('sessionToken')
			.where('userId', '=', await userIdOf(email))
			.execute();
		expect(rows.map((r) => r.sessionToken)).toEqual([sha256(token)]);
		expect(rows[0]!.sessionToken).not.toBe(token);
		// And that session works: through Auth.js and through the per-request lookup.
		expect((await sessionJson(token)).body).toMatchObject({ user: { email } });
		expect((await lookUpSession(b.db, token))?.user.email).toBe(email);
		// The stored value is not a usable cookie.
		expect(await lookUpSession(b.db, sha256(token))).toBeNull();
		expect((await sessionJson(sha256(token))).body).toBeNull();
	});

	it('GET /auth/session never shows the token or the user id', async () => {
		expect((await sessionJson()).body).toBeNull();

		const email = `${kind}-json@example.test`;
		const token = await signIn(email);
		const userId = await userIdOf(email);
		const secrets = [token, sha256(token), userId];

		const fresh = await sessionJson(token);
		expect(fresh.body).toEqual({
			user: { email, role: 'tenant' },
			expires: expect.any(String) as unknown
		});
		// Due for extension (Auth.js updates the row on this request).
		await setExpiry(token, new Date(Date.now() + DAY));
		const extended = await sessionJson(token);
		expect(Object.keys(extended.body as object).sort()).toEqual(['expires', 'user']);
		expect((await storedExpiry(token))!.getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
		// Expired: Auth.js deletes it (through the hashing adapter) and answers null.
		await setExpiry(token, new Date(Date.now() - 1000));
		const expired = await sessionJson(token);
		expect(expired.body).toBeNull();
		expect(await storedExpiry(token)).toBeNull();

		for (const { text } of [fresh, extended, expired]) {
			for (const secret of secrets) expect(text).not.toContain(secret);
			expect(text).not.toMatch(/sessionToken|userId|"id"/);
		}
	});

	it('the per-request lookup slides the expiry and deletes expired sessions', async () => {
		const email = `${kind}-slide@example.test`;
		const token = await signIn(email);
		const now = new Date();
		// Extended less than a day ago: left alone (no write on every request).
		const recent = new Date(now.getTime() + 29.5 * DAY);
		await setExpiry(token, recent);
		expect((await lookUpSession(b.db, token, now))?.extended).toBe(false);
		expect((await storedExpiry(token))!.getTime()).toBe(recent.getTime());
		// Last extended more than a day ago: 30 days from now, in the row and for the cookie.
		await setExpiry(token, new Date(now.getTime() + 2 * DAY));
		const slid = await lookUpSession(b.db, token, now);
		expect(slid?.extended).toBe(true);
		expect(slid?.expires.getTime()).toBe(now.getTime() + 30 * DAY);
		expect((await storedExpiry(token))!.getTime()).toBe(now.getTime() + 30 * DAY);
		// Expired: refused and removed.
		await setExpiry(token, new Date(now.getTime() - 1));
		expect(await lookUpSession(b.db, token, now)).toBeNull();
		expect(await storedExpiry(token)).toBeNull();
	});

	it('sign-out deletes the session row', async () => {
		const token = await signIn(`${kind}-out@example.test`);
		const res = await auth('/auth/signout', {
			method: 'POST',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				cookie: `${COOKIE}=${token}`
			},
			body: new URLSearchParams({ callbackUrl: '/' })
		});
		expect(res.status).toBe(302);
		expect(await storedExpiry(token)).toBeNull();
		expect(await lookUpSession(b.db, token)).toBeNull();
	});

	it.each(['victim@example.org,a', 'victim@example.org, attacker@evil.example', '"x"@example.org'])(
		'sends no link for %j',
		async (email) => {
			const before = mailFiles();
			await auth('/auth/signin/nodemailer', {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ email })
			});
			expect(mailFiles()).toEqual(before);
		}
	);

	it('sends the link for a full-width spelling to the one normal address', async () => {
		const before = mailFiles();
		await auth('/auth/signin/nodemailer', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ email: 'ＶＩＣＴＩＭ＠example.org' })
		});
		const added = mailFiles().filter((f) => !before.includes(f));
		expect(added).toHaveLength(1);
		const raw = readFileSync(join(dataDir, 'mail', added[0]!), 'utf8');
		expect(raw).toMatch(/^To: victim@example\.org$/m);
	});
});
