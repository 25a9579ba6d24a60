/**
 * Pruning and the scheduler that runs it, on SQLite and PostgreSQL, with a fake clock: the
 * pushes are stamped with the real time and the prune/scheduler/endpoint clocks are moved
 * forward past (or not quite to) the offline horizon.
 */
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { conflictSchema, type Mutation } from '$lib/schemas/sync';
import { dialectKind } from '$lib/server/db';
import { HttpProblem, resetRateLimits, withJsonErrors } from '$lib/server/http/guards';
import type { EndpointEvent } from '$lib/server/http/endpoint';
import { DAY_MS, JobScheduler, pruneJob } from '$lib/server/jobs';
import { pruneAll } from '$lib/server/maintenance/prune';
import { applyPush, handlePull, handlePush, pull } from '$lib/server/sync';
import { BACKENDS, useBackend, type Backend } from './backends';
import { create, mutation, remove } from './factories';

const HORIZON = 90;
const ORIGIN = 'https://vuokra.example';
const later = (days: number) => new Date(Date.now() + days * DAY_MS);

async function answers(b: Backend, user: string): Promise<number> {
	const rows = await b.db
		.selectFrom('sync_mutations')
		.select('mutation_id')
		.where('user_id', '=', user)
		.execute();
	return rows.length;
}

async function problemOf(p: Promise<unknown>): Promise<HttpProblem> {
	try {
		await p;
	} catch (e) {
		if (e instanceof HttpProblem) return e;
		throw e;
	}
	throw new Error('expected an HttpProblem');
}

function pushEvent(user: string, mutations: Mutation[]): EndpointEvent {
	const url = new URL(`${ORIGIN}/api/sync/push`);
	return {
		url,
		request: new Request(url, {
			method: 'POST',
			headers: { origin: ORIGIN, 'content-type': 'application/json' },
			body: JSON.stringify({ mutations })
		}),
		locals: { user: { id: user, email: `${user}@example.test`, role: 'tenant' } }
	};
}

function pullEvent(user: string, since: number): EndpointEvent {
	const url = new URL(`${ORIGIN}/api/sync/pull?since=${since}`);
	return {
		url,
		request: new Request(url),
		locals: { user: { id: user, email: `${user}@example.test`, role: 'tenant' } }
	};
}

describe.each(BACKENDS)('pruning on %s', (kind) => {
	const b = useBackend(kind);
	beforeEach(() => resetRateLimits());

	describe('idempotency answers', () => {
		it('keeps answers younger than the horizon and prunes older ones', async () => {
			const user = await b.newUser();
			const m = create('debts', 'd1', { clientId: 'A' });
			await applyPush(b.db, user, [m]);

			await pruneAll(b.db, later(HORIZON - 1), HORIZON);
			expect(await answers(b, user)).toBe(1);
			expect((await applyPush(b.db, user, [m]))[0]?.status).toBe('duplicate');

			const result = await pruneAll(b.db, later(HORIZON + 1), HORIZON);
			expect(result.mutations).toBeGreaterThanOrEqual(1);
			expect(await answers(b, user)).toBe(0);
		});

		it('refuses a device away longer than the horizon instead of applying its old retry again', async () => {
			const user = await b.newUser();
			const opts = (now: Date) => ({
				db: () => Promise.resolve(b.db),
				now: () => now,
				horizonDays: HORIZON
			});
			const push = (ms: Mutation[], now: Date) =>
				withJsonErrors((e: EndpointEvent) => handlePush(e, opts(now)))(pushEvent(user, ms));

			await push([create('household', 'household', { clientId: 'A' })], new Date());
			// Device A's edit is applied but its answer never arrives; device B edits the same field later.
			const lost = mutation(
				'household',
				'household',
				{ municipality: 'Oulu' },
				{ baseVersion: 1, clientId: 'A' }
			);
			expect((await push([lost], new Date())).status).toBe(200);
			const fromB = mutation(
				'household',
				'household',
				{ municipality: 'Turku' },
				{ baseVersion: 2, clientId: 'B' }
			);
			expect((await push([fromB], later(HORIZON - 2))).status).toBe(200);

			await pruneAll(b.db, later(HORIZON + 1), HORIZON);
			// A comes back and retries: its answer is gone, so it must not be applied over B's edit.
			const retry = await push([lost], later(HORIZON + 1));
			expect(retry.status).toBe(409);
			expect(await retry.json()).toMatchObject({ code: 'device-away-too-long' });
			const [row] = (await pull(b.db, user, 0, 1000)).changes;
			expect(row?.data).toMatchObject({ municipality: 'Turku' });

			// B pushed within the horizon and is admitted; A under a new client id is a new device.
			const fromBAgain = mutation('household', 'household', { adults: 2 }, { clientId: 'B' });
			expect((await push([fromBAgain], later(HORIZON + 1))).status).toBe(200);
			const resent = { ...lost, mutationId: randomUUID(), clientId: 'A2' };
			expect((await push([resent], later(HORIZON + 1))).status).toBe(200);
		});
	});

	describe('tombstones', () => {
		it('prunes old tombstones and makes a cursor from before them resync', async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [create('debts', 'gone'), create('debts', 'kept')]);
			const [del] = await applyPush(b.db, user, [remove('debts', 'gone', 1)]);
			const deletedAt = del?.status === 'applied' ? del.version : -1;
			const cursorBefore = deletedAt - 1;

			await pruneAll(b.db, later(HORIZON - 1), HORIZON);
			expect((await pull(b.db, user, cursorBefore)).changes).toMatchObject([
				{ id: 'gone', deleted: true }
			]);

			const result = await pruneAll(b.db, later(HORIZON + 1), HORIZON);
			expect(result.tombstones).toBeGreaterThanOrEqual(1);
			const fresh = await pull(b.db, user, 0, 1000);
			expect(fresh.changes.map((c) => c.id)).toEqual(['kept']);

			const stale = await problemOf(pull(b.db, user, cursorBefore));
			expect(stale.status).toBe(409);
			expect(stale.body.code).toBe('resync-required');
			const viaHttp = await withJsonErrors((e: EndpointEvent) =>
				handlePull(e, { db: () => Promise.resolve(b.db) })
			)(pullEvent(user, cursorBefore));
			expect(viaHttp.status).toBe(409);
			expect(await viaHttp.json()).toMatchObject({ code: 'resync-required' });

			// A device that had pulled past the delete carries on as before.
			expect((await pull(b.db, user, deletedAt)).changes).toEqual([]);
		});

		it('lets a device that started from nothing page past the floor', async () => {
			const user = await b.newUser();
			await applyPush(
				b.db,
				user,
				[1, 2, 3, 4, 5].map((i) => create('debts', `p${i}`))
			);
			await applyPush(b.db, user, [remove('debts', 'p1', 1)]);
			await pruneAll(b.db, later(HORIZON + 1), HORIZON);

			const first = await pull(b.db, user, 0, 2);
			expect(first).toMatchObject({ cursor: 3, hasMore: true });
			// Its own next page passes; a device whose history began at 3 would not.
			const last = await pull(b.db, user, first.cursor, 2, 0);
			expect(last.changes.map((c) => c.id)).toEqual(['p4', 'p5']);
			// The last page's cursor is lifted to the floor, so the next run starts above it.
			expect(last).toMatchObject({ cursor: 6, hasMore: false });
			expect((await pull(b.db, user, last.cursor)).changes).toEqual([]);
			expect((await problemOf(pull(b.db, user, first.cursor, 2))).body.code).toBe(
				'resync-required'
			);
		});

		it('never prunes a tombstone that a push turned back into a live row', async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [create('debts', 'back')]);
			await applyPush(b.db, user, [remove('debts', 'back', 1)]);
			await applyPush(b.db, user, [create('debts', 'back', { baseVersion: 2 })]);
			await pruneAll(b.db, later(HORIZON + 1), HORIZON);
			const { changes } = await pull(b.db, user, 0, 1000);
			expect(changes).toMatchObject([{ id: 'back', deleted: false }]);
		});
	});

	describe('conflicts', () => {
		it('turns repeated identical conflicts into tombstones, keeping the newest', async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [create('home', 'home', { clientId: 'A' })]);
			await applyPush(b.db, user, [
				mutation('home', 'home', { rentCents: 80_000 }, { baseVersion: 1, clientId: 'A' })
			]);
			const again = () =>
				mutation('home', 'home', { rentCents: 90_000 }, { baseVersion: 1, clientId: 'B' });
			await applyPush(b.db, user, [again()]);
			await applyPush(b.db, user, [again()]);
			await applyPush(b.db, user, [
				mutation('home', 'home', { rentCents: 95_000 }, { baseVersion: 1, clientId: 'B' })
			]);
			const before = await pull(b.db, user, 0, 1000);
			const open = before.changes.filter((c) => c.entity === 'conflicts');
			expect(open).toHaveLength(3);

			const result = await pruneAll(b.db, new Date(), HORIZON);
			expect(result.repeatedConflicts).toBe(1);
			const after = await pull(b.db, user, before.cursor, 1000);
			expect(after.changes).toHaveLength(1);
			expect(after.changes[0]).toMatchObject({ entity: 'conflicts', deleted: true });
			const live = (await pull(b.db, user, 0, 1000)).changes
				.filter((c) => c.entity === 'conflicts' && !c.deleted)
				.map((c) => conflictSchema.parse(c.data).clientValue)
				.sort();
			expect(live).toEqual([90_000, 95_000]);
			// The removed one was the older of the two identical rows.
			const removedId = after.changes[0]?.id;
			const identical = open.filter((c) => conflictSchema.parse(c.data).clientValue === 90_000);
			expect(removedId).toBe(identical.sort((x, y) => x.version - y.version)[0]?.id);
		});
	});

	describe('sessions and sign-in tokens', () => {
		it('deletes expired ones only', async () => {
			const user = await b.newUser();
			const at = (d: Date) => (dialectKind(b.db) === 'postgres' ? d : d.toISOString());
			const tag = randomUUID();
			await b.db
				.insertInto('Session')
				.values([
					{ userId: user, sessionToken: `${tag}-old`, expires: at(later(-1)) },
					{ userId: user, sessionToken: `${tag}-live`, expires: at(later(30)) }
				])
				.execute();
			await b.db
				.insertInto('VerificationToken')
				.values([
					{ identifier: `${tag}@example.test`, token: `${tag}-old`, expires: at(later(-1 / 24)) },
					{ identifier: `${tag}@example.test`, token: `${tag}-live`, expires: at(later(1 / 24)) }
				])
				.execute();
			await pruneAll(b.db, new Date(), HORIZON);
			const sessions = await b.db
				.selectFrom('Session')
				.select('sessionToken')
				.where('userId', '=', user)
				.execute();
			expect(sessions.map((s) => s.sessionToken)).toEqual([`${tag}-live`]);
			const tokens = await b.db
				.selectFrom('VerificationToken')
				.select('token')
				.where('identifier', '=', `${tag}@example.test`)
				.execute();
			expect(tokens.map((t) => t.token)).toEqual([`${tag}-live`]);
		});
	});

	describe('the scheduler', () => {
		it('runs the daily job once per day, and once across two instances', async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [create('debts', 'sched')]);
			// A fake clock well past anything else in this database, so slots are this test's own.
			let now = new Date(Date.UTC(2040, 0, 1, 3));
			const options = { now: () => now, log: () => undefined };
			const first = new JobScheduler(
				() => Promise.resolve(b.db),
				[pruneJob({ horizonDays: HORIZON })],
				options
			);
			const second = new JobScheduler(
				() => Promise.resolve(b.db),
				[pruneJob({ horizonDays: HORIZON })],
				options
			);

			const [a, c] = await Promise.all([first.tick(), second.tick()]);
			expect([...a, ...c].map((r) => `${r.job} ${r.outcome}`)).toEqual(['prune ok']);
			expect(await answers(b, user)).toBe(0);

			now = new Date(now.getTime() + 20 * 60 * 60 * 1000);
			expect([...(await first.tick()), ...(await second.tick())]).toEqual([]);

			now = new Date(now.getTime() + 5 * 60 * 60 * 1000);
			const next = [...(await second.tick()), ...(await first.tick())];
			expect(next.map((r) => r.slot)).toEqual(['2040-01-02T00:00:00.000Z']);
			const claims = await b.db
				.selectFrom('job_runs')
				.select(['slot', 'outcome'])
				.where('job', '=', 'prune')
				.where('slot', '>=', '2040-01-01')
				.orderBy('slot')
				.execute();
			expect(claims).toEqual([
				{ slot: '2040-01-01T00:00:00.000Z', outcome: 'ok' },
				{ slot: '2040-01-02T00:00:00.000Z', outcome: 'ok' }
			]);
		});
	});
});
