/**
 * Rate limits hold across server instances: with
 * DATABASE_URL the one limiter keeps its state in the database, so two instances on one
 * database share every limit, a restart forgets none, and concurrent requests on two instances
 * cannot both take the last token.
 *
 * Two levels: the database store itself on SQLite and PostgreSQL through two separate database
 * handles (two instances' pools), and two separately loaded copies of the server modules (what
 * two processes run) on one PostgreSQL, driving the real sync push endpoint and the sign-in
 * limit.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDb, migrateToLatest, type Database } from '$lib/server/db';
import {
	DatabaseRateLimitStore,
	MemoryRateLimitStore,
	WriteBehindRateLimitStore
} from '$lib/server/http/rate-limit';
import { startTestPostgres, type TestPostgres } from '../support/postgres';
import { BACKENDS, type BackendKind } from './backends';

interface TwoHandles {
	a: Kysely<Database>;
	b: Kysely<Database>;
	url?: string;
}

/** Two independent database handles (as two server processes have) on one fresh database. */
function useTwoHandles(kind: BackendKind): () => TwoHandles {
	let handles: TwoHandles | undefined;
	let dir: string | undefined;
	let server: TestPostgres | null = null;
	beforeAll(async () => {
		if (kind === 'sqlite') {
			dir = mkdtempSync(join(tmpdir(), 'rate-limit-'));
			const file = join(dir, 'app.sqlite');
			handles = {
				a: createDb({ kind: 'sqlite', file }),
				b: createDb({ kind: 'sqlite', file })
			};
		} else {
			server = await startTestPostgres();
			if (!server) throw new Error('PostgreSQL was expected but could not be started');
			const url = server.url;
			handles = {
				a: createDb({ kind: 'postgres', connectionString: url, maxConnections: 8 }),
				b: createDb({ kind: 'postgres', connectionString: url, maxConnections: 8 }),
				url
			};
		}
		await migrateToLatest(handles.a);
	}, 60_000);
	afterAll(async () => {
		await handles?.a.destroy();
		await handles?.b.destroy();
		await server?.stop();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});
	return () => {
		if (!handles) throw new Error('not open yet');
		return handles;
	};
}

describe.each(BACKENDS)('the database rate-limit store on %s', (kind) => {
	const handles = useTwoHandles(kind);

	it('is one limit for two instances, with the memory limiter’s burst and refill', async () => {
		const { a, b } = handles();
		const one = new DatabaseRateLimitStore(a);
		const two = new DatabaseRateLimitStore(b);
		const memory = new MemoryRateLimitStore();
		const t0 = 1_700_000_000_000;
		// 4 per minute: a burst of 4, then one every 15 s. Alternate the instances.
		const steps: [number, DatabaseRateLimitStore][] = [
			[t0, one],
			[t0, two],
			[t0 + 1, one],
			[t0 + 2, two],
			[t0 + 3, one], // fifth inside the burst: refused
			[t0 + 3, two], // also refused on the other instance
			[t0 + 15_001, two], // one token back
			[t0 + 15_002, one], // and gone again
			[t0 + 60_000, one]
		];
		const answers: number[] = [];
		const expected: number[] = [];
		for (const [now, store] of steps) {
			answers.push(await store.take('sync-push:u1', 4, 60_000, now));
			expected.push(await memory.take('sync-push:u1', 4, 60_000, now));
		}
		expect(answers.map((w) => w > 0)).toEqual([
			false,
			false,
			false,
			false,
			true,
			true,
			false,
			true,
			false
		]);
		// Same decisions and the same wait as the in-memory limiter, to the millisecond.
		expect(answers.map(Math.round)).toEqual(expected.map(Math.round));
		// Other keys are not affected.
		expect(await two.take('sync-push:u2', 4, 60_000, t0 + 3)).toBe(0);
	});

	it('never lets concurrent requests on two instances past the limit', async () => {
		const { a, b } = handles();
		const stores = [new DatabaseRateLimitStore(a), new DatabaseRateLimitStore(b)];
		const now = Date.now();
		const waits = await Promise.all(
			Array.from({ length: 30 }, (_, i) => stores[i % 2]!.take('race', 10, 60_000, now))
		);
		expect(waits.filter((w) => w === 0)).toHaveLength(10);
	});

	it('stores no email or IP address, only hashes of the keys', async () => {
		const { a } = handles();
		await new DatabaseRateLimitStore(a).take(
			'auth:email:maija.meikalainen@example.test',
			5,
			600_000,
			Date.now()
		);
		const keys = (await a.selectFrom('rate_limits').select('key').execute()).map((r) => r.key);
		expect(keys.length).toBeGreaterThan(0);
		expect(keys.join(' ')).not.toMatch(/maija|example|auth:|sync-push|race/);
	});
});

describe.each(BACKENDS)('the write-behind rate-limit store on %s', (kind) => {
	const handles = useTwoHandles(kind);
	// flushMs 0: no timer, the test flushes by hand and so decides when the instances talk.
	const stores = () => {
		const { a, b } = handles();
		return [new WriteBehindRateLimitStore(a, 0), new WriteBehindRateLimitStore(b, 0)] as const;
	};
	const allowed = (waits: number[]) => waits.filter((w) => w === 0).length;

	it('decides alone like the memory limiter, to the millisecond', async () => {
		const [one] = stores();
		const memory = new MemoryRateLimitStore();
		const t0 = 1_700_000_000_000;
		const times = [t0, t0, t0 + 1, t0 + 2, t0 + 3, t0 + 15_001, t0 + 15_002, t0 + 60_000];
		for (const [i, now] of times.entries()) {
			const mine = await one.take('lookup:alone', 4, 60_000, now);
			expect(Math.round(mine)).toBe(Math.round(await memory.take('lookup:alone', 4, 60_000, now)));
			if (i % 3 === 2) await one.flush();
		}
	});

	it('shares counts at each flush: two instances overshoot by at most one interval, once', async () => {
		const [one, two] = stores();
		const now = Date.now();
		const take = (store: WriteBehindRateLimitStore, n: number) =>
			Promise.all(Array.from({ length: n }, () => store.take('lookup:shared', 10, 600_000, now)));
		// Instance one uses up the burst of 10; instance two has not heard of it yet.
		expect(allowed(await take(one, 12))).toBe(10);
		await one.flush();
		// Two decides alone until its flush: what it allows here is the stated overshoot.
		expect(allowed(await take(two, 3))).toBe(3);
		await two.flush();
		// Two now knows the sum (one is at its own limit already): neither allows more.
		expect(allowed(await take(two, 5))).toBe(0);
		await one.flush();
		expect(allowed(await take(one, 5))).toBe(0);
		// The shared row holds all 13 allowed requests: a third instance starting now learns
		// them at its first flush.
		const three = new WriteBehindRateLimitStore(handles().a, 0);
		expect(await three.take('lookup:shared', 10, 600_000, now)).toBe(0);
		await three.flush();
		expect(await three.take('lookup:shared', 10, 600_000, now)).toBeGreaterThan(0);
	});

	it('keeps the counts of a failed flush and sends them with the next', async () => {
		const { a } = handles();
		const failing = [] as unknown[];
		const one = new WriteBehindRateLimitStore(a, 0, undefined, (err) => failing.push(err));
		const now = Date.now();
		const name = `no_rate_limits_${kind}`;
		if (kind === 'postgres') {
			await sql`create function ${sql.raw(name)}() returns trigger language plpgsql as $$
				begin raise exception 'disk full'; end $$`.execute(a);
			await sql`create trigger ${sql.raw(name)} before insert on rate_limits
				for each row execute function ${sql.raw(name)}()`.execute(a);
		} else {
			await sql`create trigger ${sql.raw(name)} before insert on rate_limits
				begin select raise(abort, 'disk full'); end`.execute(a);
		}
		try {
			for (let i = 0; i < 4; i++) expect(await one.take('lookup:failing', 5, 600_000, now)).toBe(0);
			await one.flush();
			expect(failing).toHaveLength(1);
		} finally {
			await sql`drop trigger ${sql.raw(name)}${sql.raw(kind === 'postgres' ? ' on rate_limits' : '')}`.execute(
				a
			);
		}
		await one.flush();
		// The four counts reached the table: another instance, after one request and a flush, has
		// the one token left and then none.
		const two = new WriteBehindRateLimitStore(handles().b, 0);
		expect(await two.take('lookup:failing', 5, 600_000, now)).toBe(0);
		await two.flush();
		expect(await two.take('lookup:failing', 5, 600_000, now)).toBeGreaterThan(0);
	});
});

const PG = BACKENDS.includes('postgres');

describe.runIf(PG)('two server instances on one PostgreSQL (DATABASE_URL)', () => {
	const handles = useTwoHandles('postgres');
	type SyncModule = typeof import('$lib/server/sync/endpoints');
	type GuardsModule = typeof import('$lib/server/http/guards');
	type SignInModule = typeof import('$lib/server/auth/sign-in-limit');
	interface Instance {
		sync: SyncModule;
		guards: GuardsModule;
		signIn: SignInModule;
	}
	let instances: Instance[] = [];
	let previousUrl: string | undefined;

	/** A fresh copy of the server modules, as a second process would load them. */
	async function loadInstance(): Promise<Instance> {
		vi.resetModules();
		return {
			sync: await import('$lib/server/sync/endpoints'),
			guards: await import('$lib/server/http/guards'),
			signIn: await import('$lib/server/auth/sign-in-limit')
		};
	}

	beforeAll(async () => {
		previousUrl = process.env.DATABASE_URL;
		process.env.DATABASE_URL = handles().url;
		instances = [await loadInstance(), await loadInstance()];
		expect(instances[0]!.guards.rateLimit).not.toBe(instances[1]!.guards.rateLimit);
	});
	afterAll(async () => {
		const { closeDb } = await import('$lib/server/db');
		await closeDb();
		if (previousUrl === undefined) delete process.env.DATABASE_URL;
		else process.env.DATABASE_URL = previousUrl;
	});

	const ORIGIN = 'https://vuokra.example';

	it('shares the sync push limit: the third push is refused whichever instance gets it', async () => {
		const { a } = handles();
		const id = randomUUID();
		await a
			.insertInto('User')
			.values({ id, email: `${id}@example.test` })
			.execute();
		const user = { id, email: `${id}@example.test`, role: 'tenant' as const };
		const push = async (instance: Instance) => {
			const url = new URL(`${ORIGIN}/api/sync/push`);
			const request = new Request(url, {
				method: 'POST',
				headers: { origin: ORIGIN, 'content-type': 'application/json' },
				body: JSON.stringify({ mutations: [] })
			});
			const handler = instance.guards.withJsonErrors((e: Parameters<SyncModule['handlePush']>[0]) =>
				instance.sync.handlePush(e, {
					db: () => Promise.resolve(a),
					limits: { 'sync-push': [2, 60_000] }
				})
			);
			return handler({ request, url, locals: { user } });
		};
		const [one, two] = instances as [Instance, Instance];
		expect((await push(one)).status).toBe(200);
		expect((await push(two)).status).toBe(200);
		const refused = await push(one);
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
		expect((await push(two)).status).toBe(429);
	});

	it('shares the per-address sign-in limit across instances', async () => {
		const [one, two] = instances as [Instance, Instance];
		const address = `${randomUUID()}@example.test`;
		const attempt = (instance: Instance, i: number) =>
			instance.signIn
				.limitSignIn(
					{
						request: new Request(`${ORIGIN}/auth/signin/nodemailer`, {
							method: 'POST',
							headers: { 'content-type': 'application/x-www-form-urlencoded' },
							body: new URLSearchParams({ email: address })
						}),
						url: new URL(`${ORIGIN}/auth/signin/nodemailer`),
						// A different IP every time: only the per-address limit can stop it.
						getClientAddress: () => `192.0.2.${i}`
					},
					30
				)
				.then(
					() => 'ok',
					(err: unknown) =>
						err instanceof one.guards.HttpProblem || err instanceof two.guards.HttpProblem
							? err.status
							: err
				);
		const results = [];
		for (let i = 0; i < 6; i++) results.push(await attempt(i % 2 ? two : one, i));
		expect(results).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 429]);
	});
});
