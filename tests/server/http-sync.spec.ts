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
import 'fake-indexeddb/auto';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb, type Database } from '$lib/server/db';
import { openAppDb } from '$lib/db/app-db';
import { addRow, saveFields } from '$lib/db/situation-repo';
import { HOUSEHOLD_ID } from '$lib/schemas/situation';
import { syncNow } from '$lib/sync/sync-client';
import { readNotices } from '$lib/sync/sync-notices';
import { create, mutation } from './factories';

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
		cookie = await newSession();
	}, 300_000);

	/** A user and an Auth.js database session for it; returns the Cookie header value. */
	async function newSession(): Promise<string> {
		if (!db) throw new Error('no database yet');
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
		return `authjs.session-token=${token}`;
	}

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

	/** A device's fetch: relative URLs against the server, with the session and the app's Origin. */
	const deviceFetch =
		(session: string): typeof fetch =>
		(input, init) =>
			fetch(new URL(String(input), origin), {
				...init,
				headers: { ...(init?.headers as Record<string, string>), cookie: session, origin }
			});

	it("accepts a push body between adapter-node's default 512 KiB and the 1 MiB endpoint limit", async () => {
		const session = await newSession();
		const note = 'n'.repeat(2000);
		const mutations = Array.from({ length: 300 }, (_, i) =>
			mutation('decisions', `big-${i}`, { type: 'kela', date: null, note })
		);
		const body = JSON.stringify({ mutations });
		expect(body.length).toBeGreaterThan(512 * 1024);
		expect(body.length).toBeLessThan(1024 * 1024);
		const res = await post(body, { cookie: session, origin, 'content-type': 'application/json' });
		expect(res.status).toBe(200);
		const { results } = (await res.json()) as { results: { status: string }[] };
		expect(results.every((r) => r.status === 'applied')).toBe(true);
	});

	it('answers an oversized body sent without Content-Length with 413, not 500', async () => {
		const session = await newSession();
		const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
		let sent = 0;
		const stream = new ReadableStream<Uint8Array>({
			pull(controller) {
				if (sent > 1.5 * 1024 * 1024) return controller.close();
				sent += chunk.byteLength;
				controller.enqueue(chunk);
			}
		});
		const res = await fetch(`${origin}/api/sync/push`, {
			method: 'POST',
			body: stream,
			headers: { cookie: session, origin, 'content-type': 'application/json' },
			duplex: 'half'
		} as RequestInit);
		expect(res.status).toBe(413);
	});

	it("refuses a base version newer than the server's with 400 naming the field", async () => {
		const session = await newSession();
		const res = await post(
			JSON.stringify({
				mutations: [mutation('household', 'household', { adults: 1 }, { baseVersion: 99 })]
			}),
			{ cookie: session, origin, 'content-type': 'application/json' }
		);
		expect(res.status).toBe(400);
		expect(await res.json()).toMatchObject({ issues: [{ path: 'mutations.0.baseVersion' }] });
	});

	it('pushes a large offline outbox (280 decisions with long notes) without getting stuck', async () => {
		const session = await newSession();
		const device = openAppDb(`http-outbox-${randomUUID()}`);
		try {
			const note = 'Päätös perusteluineen. '.repeat(87).slice(0, 2000);
			for (let i = 0; i < 280; i++) await addRow('decisions', { note }, device);
			await saveFields('household', HOUSEHOLD_ID, { adults: 2 }, device);
			expect(await device.outbox.count()).toBe(281);

			const outcome = await syncNow(device, deviceFetch(session));
			expect(outcome).toMatchObject({ status: 'ok', pushed: 281, rejected: 0, notSent: 0 });
			expect(await device.outbox.count()).toBe(0);
			const pull = await fetch(`${origin}/api/sync/pull?since=0&limit=1000`, {
				headers: { cookie: session }
			});
			const { changes } = (await pull.json()) as { changes: { entity: string }[] };
			expect(changes.filter((c) => c.entity === 'decisions')).toHaveLength(280);
			expect(changes.filter((c) => c.entity === 'household')).toHaveLength(1);
		} finally {
			device.close();
			await Dexie.delete(device.name);
		}
	}, 120_000);

	it('sets aside a change the server refuses and sends the ones after it, with a notice', async () => {
		const session = await newSession();
		const device = openAppDb(`http-quarantine-${randomUUID()}`);
		try {
			await saveFields('household', HOUSEHOLD_ID, { adults: 1 }, device);
			// A change no server accepts: its base version is from the future (a broken client).
			await device.outbox.toCollection().modify({ baseVersion: 99 });
			const later = await addRow('decisions', { note: 'Kela myönsi' }, device);

			const outcome = await syncNow(device, deviceFetch(session));
			expect(outcome).toMatchObject({ status: 'ok', pushed: 1, notSent: 1 });
			expect(await device.outbox.count()).toBe(0);
			expect(await readNotices(device)).toEqual([
				expect.objectContaining({ kind: 'notSent', entity: 'household', fields: { adults: 1 } })
			]);
			const pull = await fetch(`${origin}/api/sync/pull?since=0`, { headers: { cookie: session } });
			const { changes } = (await pull.json()) as { changes: { id: string }[] };
			expect(changes.map((c) => c.id)).toEqual([later]);
		} finally {
			device.close();
			await Dexie.delete(device.name);
		}
	});
});
