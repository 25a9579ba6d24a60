/**
 * The sync endpoints over real HTTP: the built app (adapter-node) served by scripts/serve.mjs,
 * with hooks, Auth.js database sessions and the node HTTP stack in the path.
 *
 * Collected only when a build is at hand (see vite.config.ts): `npm test` runs it after its build
 * with HTTP_TEST_BUILD_DIR; HTTP_TESTS=1 builds into a temp BUILD_DIR instead (tens of seconds, and
 * `vite build` writes the shared .svelte-kit/ directory); or
 * HTTP_TEST_BUILD_DIR=<dir> to serve an existing build. A session is made the way Auth.js
 * makes one (a "Session" row plus the `authjs.session-token` cookie), so no sign-in flow is needed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Database } from '$lib/server/db';
import { create } from './factories';

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

describe('sync over HTTP (built server)', () => {
	const root = resolve(import.meta.dirname, '../..');
	const work = mkdtempSync(join(tmpdir(), 'vuokra-http-'));
	let server: ChildProcess | undefined;
	let db: Kysely<Database> | undefined;
	let origin = '';
	let cookie = '';
	let log = '';
	let ownBuild: string | undefined;

	beforeAll(async () => {
		let buildDir = process.env.HTTP_TEST_BUILD_DIR;
		if (!buildDir) {
			// Inside the project, so the server's external imports resolve from node_modules.
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
		const port = await freePort();
		origin = `http://127.0.0.1:${port}`;
		const dataDir = join(work, 'data');
		server = spawn('node', ['scripts/serve.mjs'], {
			cwd: root,
			env: {
				...process.env,
				BUILD_DIR: resolve(root, buildDir),
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: origin,
				DATA_DIR: dataDir,
				AUTH_SECRET: randomBytes(32).toString('base64url'),
				DATABASE_URL: ''
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		server.stdout?.on('data', (d: Buffer) => (log += d.toString()));
		server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
		const deadline = Date.now() + 60_000;
		for (;;) {
			if (server.exitCode !== null) throw new Error(`server exited: ${log}`);
			const ok = await fetch(`${origin}/api/sync/pull`).then(
				(r) => r.status === 401,
				() => false
			);
			if (ok) break;
			if (Date.now() > deadline) throw new Error(`server did not answer: ${log}`);
			await new Promise((r) => setTimeout(r, 200));
		}
		// The server migrated the database in its init hook; make a user and a session in it.
		db = createDb({ kind: 'sqlite', file: join(dataDir, 'app.sqlite') });
		const userId = randomUUID();
		await db
			.insertInto('User')
			.values({
				id: userId,
				email: `${userId}@example.test`,
				name: null,
				image: null,
				emailVerified: null
			})
			.execute();
		const token = randomBytes(24).toString('hex');
		await db
			.insertInto('Session')
			.values({
				userId,
				// Stored hashed, as the server's adapter does (auth/adapter.ts).
				sessionToken: createHash('sha256').update(token).digest('hex'),
				expires: new Date(Date.now() + 3_600_000).toISOString()
			})
			.execute();
		cookie = `authjs.session-token=${token}`;
	}, 300_000);

	afterAll(async () => {
		await db?.destroy();
		if (server && server.exitCode === null) {
			const exited = new Promise((r) => server?.once('exit', r));
			server.kill('SIGTERM');
			await exited;
		}
		rmSync(work, { recursive: true, force: true });
		if (ownBuild) rmSync(ownBuild, { recursive: true, force: true });
	});

	const post = (body: BodyInit, headers: Record<string, string>) =>
		fetch(`${origin}/api/sync/push`, { method: 'POST', body, headers });
	const signedJson = () => ({ cookie, origin, 'content-type': 'application/json' });

	it('answers anonymous push and pull with 401 and no-store', async () => {
		const push = await post(JSON.stringify({ mutations: [] }), {
			origin,
			'content-type': 'application/json'
		});
		const pull = await fetch(`${origin}/api/sync/pull`);
		for (const res of [push, pull]) {
			expect(res.status).toBe(401);
			expect(res.headers.get('cache-control')).toBe('no-store');
		}
	});

	it('pushes and pulls for the session user', async () => {
		const push = await post(JSON.stringify({ mutations: [create('debts', 'h1')] }), signedJson());
		expect(push.status).toBe(200);
		expect(await push.json()).toMatchObject({ results: [{ status: 'applied', version: 1 }] });
		const pull = await fetch(`${origin}/api/sync/pull?since=0`, { headers: { cookie } });
		expect(pull.status).toBe(200);
		expect(pull.headers.get('cache-control')).toBe('no-store');
		expect(await pull.json()).toMatchObject({ changes: [{ id: 'h1' }], cursor: 1 });
	});

	it('checks Origin, Content-Type and size for signed-in pushes', async () => {
		const body = JSON.stringify({ mutations: [] });
		expect((await post(body, { cookie, 'content-type': 'application/json' })).status).toBe(403);
		expect(
			(
				await post(body, {
					cookie,
					origin: 'http://evil.example',
					'content-type': 'application/json'
				})
			).status
		).toBe(403);
		expect((await post(body, { cookie, origin, 'content-type': 'text/plain' })).status).toBe(415);
		const big = JSON.stringify({ mutations: [], pad: 'x'.repeat(1024 * 1024 + 1) });
		expect((await post(big, signedJson())).status).toBe(413);
	});

	it('never answers malformed bodies with 5xx', async () => {
		const before = await fetch(`${origin}/api/sync/pull?since=0`, { headers: { cookie } }).then(
			(r) => r.json()
		);
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string({ maxLength: 100 }),
					fc.anything({ maxDepth: 2 }).map((v) => JSON.stringify({ mutations: [v] }))
				),
				async (body) => {
					const res = await post(body, signedJson());
					expect(res.status).toBeLessThan(500);
					await res.arrayBuffer();
				}
			),
			// Stays under the default push rate limit (120 per minute per user).
			{ numRuns: 100 }
		);
		const after = await fetch(`${origin}/api/sync/pull?since=0`, { headers: { cookie } }).then(
			(r) => r.json()
		);
		expect(after).toEqual(before);
	}, 120_000);
});
