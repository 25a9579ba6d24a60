/**
 * Session, mail, sign-in limit and shared rate-limit hardening, over real HTTP: two processes
 * of the built app (scripts/serve.mjs) on one PostgreSQL, deployed for HTTPS (ORIGIN https://...,
 * served on loopback), with no SMTP server (the `npm start` default).
 *
 * Collected only when a build is at hand, like http-sync.spec.ts (see vite.config.ts):
 * HTTP_TEST_BUILD_DIR=<dir> serves an existing build, HTTP_TESTS=1 builds one first.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Database } from '$lib/server/db';
import { mimePart } from '../support/mail-parts';
import { startTestPostgres, type TestPostgres } from '../support/postgres';

const PLAIN = 'authjs.session-token';
const SECURE = '__Secure-authjs.session-token';
const DAY = 24 * 3600_000;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function freePort(): Promise<number> {
	return new Promise((res, rej) => {
		const s = createServer();
		s.once('error', rej);
		s.listen(0, '127.0.0.1', () => {
			const a = s.address();
			s.close(() => res(typeof a === 'object' && a ? a.port : 0));
		});
	});
}

interface App {
	/** Where requests go (plain HTTP on loopback). */
	url: string;
	/** The deployment's public origin (HTTPS), sent as Origin. */
	origin: string;
	dataDir: string;
	process: ChildProcess;
	log: string;
}

describe('auth hardening over HTTP (two built servers, one PostgreSQL, HTTPS origin)', () => {
	const root = resolve(import.meta.dirname, '../..');
	const work = mkdtempSync(join(tmpdir(), 'vuokra-http-auth-'));
	const secret = randomBytes(32).toString('base64url');
	let pg: TestPostgres | null = null;
	let db: Kysely<Database> | undefined;
	let ownBuild: string | undefined;
	const apps: App[] = [];

	async function start(buildDir: string, name: string): Promise<App> {
		const port = await freePort();
		const dataDir = join(work, name);
		const app: App = {
			url: `http://127.0.0.1:${port}`,
			origin: `https://127.0.0.1:${port}`,
			dataDir,
			log: '',
			process: spawn('node', ['scripts/serve.mjs'], {
				cwd: root,
				env: {
					// As deployed: without this test runner's VITEST* variables, which the app reads
					// as development mode (dev secret, sign-in links in the log).
					...Object.fromEntries(
						Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))
					),
					BUILD_DIR: resolve(root, buildDir),
					PORT: String(port),
					HOST: '127.0.0.1',
					ORIGIN: `https://127.0.0.1:${port}`,
					DATA_DIR: dataDir,
					AUTH_SECRET: secret,
					DATABASE_URL: pg!.url,
					SMTP_URL: ''
				},
				stdio: ['ignore', 'pipe', 'pipe']
			})
		};
		app.process.stdout?.on('data', (d: Buffer) => (app.log += d.toString()));
		app.process.stderr?.on('data', (d: Buffer) => (app.log += d.toString()));
		const deadline = Date.now() + 90_000;
		for (;;) {
			if (app.process.exitCode !== null) throw new Error(`server exited: ${app.log}`);
			const ok = await fetch(`${app.url}/api/sync/pull`).then(
				(r) => r.status === 401,
				() => false
			);
			if (ok) return app;
			if (Date.now() > deadline) throw new Error(`server did not answer: ${app.log}`);
			await new Promise((r) => setTimeout(r, 200));
		}
	}

	beforeAll(async () => {
		let buildDir = process.env.HTTP_TEST_BUILD_DIR;
		if (!buildDir) {
			const cache = join(root, 'node_modules', '.cache');
			mkdirSync(cache, { recursive: true });
			ownBuild = mkdtempSync(join(cache, 'http-test-build-'));
			buildDir = ownBuild;
			const built = spawnSync('npx', ['vite', 'build'], {
				cwd: root,
				env: { ...process.env, BUILD_DIR: buildDir },
				encoding: 'utf8'
			});
			if (built.status !== 0) throw new Error(`vite build failed:\n${built.stderr}`);
		}
		pg = await startTestPostgres();
		if (!pg) throw new Error('PostgreSQL is needed for two instances on one database');
		// One after the other: the first one migrates the database.
		apps.push(await start(buildDir, 'a'));
		apps.push(await start(buildDir, 'b'));
		db = createDb({ kind: 'postgres', connectionString: pg.url, maxConnections: 2 });
	}, 300_000);

	afterAll(async () => {
		await db?.destroy();
		for (const app of apps) {
			if (app.process.exitCode === null) {
				const exited = new Promise((r) => app.process.once('exit', r));
				app.process.kill('SIGTERM');
				await exited;
			}
		}
		await pg?.stop();
		rmSync(work, { recursive: true, force: true });
		if (ownBuild) rmSync(ownBuild, { recursive: true, force: true });
	});

	/** A user and a session made as the adapter makes them (the token stored hashed). */
	async function session(email: string): Promise<{ token: string; userId: string }> {
		const userId = randomUUID();
		await db!.insertInto('User').values({ id: userId, email }).execute();
		const token = randomBytes(32).toString('hex');
		await db!
			.insertInto('Session')
			.values({ userId, sessionToken: sha256(token), expires: new Date(Date.now() + 20 * DAY) })
			.execute();
		return { token, userId };
	}

	const me = (app: App, cookie: string) =>
		fetch(`${app.url}/api/me`, { headers: { cookie } }).then(async (r) => ({
			status: r.status,
			email: r.ok ? ((await r.json()) as { email: string }).email : null
		}));

	it('on HTTPS accepts only the __Secure- session cookie (no cookie tossing)', async () => {
		const [a] = apps as [App];
		const victim = await session('victim-cookie@example.test');
		const attacker = await session('attacker-cookie@example.test');
		expect(await me(a, `${PLAIN}=${victim.token}`)).toEqual({ status: 401, email: null });
		expect(await me(a, `${SECURE}=${victim.token}`)).toEqual({
			status: 200,
			email: 'victim-cookie@example.test'
		});
		// A plain cookie planted by a sibling site never wins over the victim's own.
		expect(await me(a, `${PLAIN}=${attacker.token}; ${SECURE}=${victim.token}`)).toEqual({
			status: 200,
			email: 'victim-cookie@example.test'
		});
		// Pages' session endpoint agrees.
		const plainSession = await fetch(`${a.url}/auth/session`, {
			headers: { cookie: `${PLAIN}=${victim.token}` }
		});
		expect(await plainSession.json()).toBeNull();
	});

	it('GET /auth/session answers email, role and expiry only', async () => {
		const [a] = apps as [App];
		const { token, userId } = await session('json@example.test');
		const res = await fetch(`${a.url}/auth/session`, { headers: { cookie: `${SECURE}=${token}` } });
		const text = await res.text();
		expect(JSON.parse(text)).toEqual({
			user: { email: 'json@example.test', role: 'tenant' },
			expires: expect.any(String) as unknown
		});
		for (const secret of [token, sha256(token), userId]) expect(text).not.toContain(secret);
	});

	it('writes sign-in mail to a private file, logs no link, and stores the session token hashed', async () => {
		const [a] = apps as [App];
		const email = 'advisor-link@example.test';
		const res = await fetch(`${a.url}/auth/signin/nodemailer`, {
			method: 'POST',
			headers: {
				origin: a.origin,
				'content-type': 'application/x-www-form-urlencoded',
				'x-auth-return-redirect': '1'
			},
			body: new URLSearchParams({ email, callbackUrl: '/account' })
		});
		expect(res.status).toBe(200);
		const mailDir = join(a.dataDir, 'mail');
		const files = readdirSync(mailDir);
		expect(files).toHaveLength(1);
		const file = join(mailDir, files[0]!);
		expect(statSync(file).mode & 0o777).toBe(0o600);
		const link = /https:\/\/\S+\/signin\/confirm\?\S+/.exec(
			mimePart(readFileSync(file, 'utf8'), 'text/plain').text
		)?.[0];
		expect(link).toBeDefined();
		const linkToken = new URL(link!).searchParams.get('token')!;
		expect(a.log).toContain(file);
		expect(a.log).not.toContain(linkToken);
		expect(a.log).not.toContain('/auth/callback');

		// The confirmation page's button: a same-origin POST to the callback with the link's query.
		const callback = await fetch(`${a.url}/auth/callback/nodemailer${new URL(link!).search}`, {
			method: 'POST',
			headers: {
				origin: a.origin,
				'content-type': 'application/x-www-form-urlencoded',
				'x-auth-return-redirect': '1'
			},
			body: new URLSearchParams({ callbackUrl: `${a.origin}/account` }),
			redirect: 'manual'
		});
		const cookie = callback.headers
			.getSetCookie()
			.find((c) => c.startsWith(`${SECURE}=`))
			?.split(';')[0];
		expect(cookie, 'secure session cookie after the link').toBeDefined();
		const token = cookie!.slice(SECURE.length + 1);
		const stored = await db!
			.selectFrom('Session')
			.innerJoin('User', 'User.id', 'Session.userId')
			.select('Session.sessionToken')
			.where('User.email', '=', email)
			.execute();
		expect(stored.map((s) => s.sessionToken)).toEqual([sha256(token)]);
		// The other instance knows the session too (one database).
		expect(await me(apps[1]!, cookie!)).toEqual({ status: 200, email });
		expect(a.log).not.toContain(token);
	});

	it('extends a session on API use, in the database and in the cookie', async () => {
		const [a] = apps as [App];
		const { token } = await session('slide@example.test');
		await db!
			.updateTable('Session')
			.set({ expires: new Date(Date.now() + DAY) })
			.where('sessionToken', '=', sha256(token))
			.execute();
		const res = await fetch(`${a.url}/api/me`, { headers: { cookie: `${SECURE}=${token}` } });
		expect(res.status).toBe(200);
		const setCookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SECURE}=${token}`));
		expect(setCookie).toMatch(/; Secure/i);
		expect(setCookie).toMatch(/; HttpOnly/i);
		const cookieExpires = new Date(/Expires=([^;]+)/i.exec(setCookie!)![1]!).getTime();
		expect(cookieExpires).toBeGreaterThan(Date.now() + 29 * DAY);
		const row = await db!
			.selectFrom('Session')
			.select('expires')
			.where('sessionToken', '=', sha256(token))
			.executeTakeFirstOrThrow();
		expect(new Date(row.expires).getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
	});

	it('lists advisors to signed-in users only', async () => {
		const [a] = apps as [App];
		expect((await fetch(`${a.url}/api/advisors`)).status).toBe(401);
		const { token } = await session('advisors@example.test');
		const res = await fetch(`${a.url}/api/advisors`, { headers: { cookie: `${SECURE}=${token}` } });
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ advisors: [] });
	});

	it('holds the per-address sign-in limit across both instances and every spelling', async () => {
		const [a, b] = apps as [App, App];
		const post = (app: App, body: string, type: string) =>
			fetch(`${app.url}/auth/signin/nodemailer`, {
				method: 'POST',
				headers: { origin: app.origin, 'content-type': type, 'x-auth-return-redirect': '1' },
				body
			}).then((r) => r.status);
		const form = (app: App, email: string) =>
			post(app, new URLSearchParams({ email }).toString(), 'application/x-www-form-urlencoded');
		const json = (app: App, email: string) =>
			post(app, JSON.stringify({ email }), 'application/json');
		const statuses = [
			await form(a, 'limit@example.test'),
			await json(b, 'LIMIT@example.test'),
			await form(b, 'ｌｉｍｉｔ@example.test'),
			await json(a, ' limit@EXAMPLE.test'),
			await form(b, 'limit@example.test'),
			await json(a, 'limit@example.test'),
			await form(b, 'Limit@Example.Test')
		];
		expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
		// Five links were written in all, each to the one normal address.
		const written = [a, b].flatMap((app) =>
			readdirSync(join(app.dataDir, 'mail')).map((f) =>
				readFileSync(join(app.dataDir, 'mail', f), 'utf8')
			)
		);
		expect(written.filter((m) => /^To: limit@example\.test$/m.test(m))).toHaveLength(5);
	});
});
