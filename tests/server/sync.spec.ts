import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SYNC_ENTITY_SCHEMAS, conflictSchema, type MutationResult } from '$lib/schemas/sync';
import { applyPush, pull } from '$lib/server/sync';
import { BACKENDS, useBackend, type Backend } from './backends';
import { create, mutation, remove, rowFields } from './factories';

async function counts(b: Backend, userId: string) {
	const rows = await b.db
		.selectFrom('sync_rows')
		.select(['version'])
		.where('user_id', '=', userId)
		.execute();
	const answers = await b.db
		.selectFrom('sync_mutations')
		.select(['mutation_id'])
		.where('user_id', '=', userId)
		.execute();
	const clock = await b.db
		.selectFrom('sync_clock')
		.select('version')
		.where('user_id', '=', userId)
		.executeTakeFirst();
	return { rows: rows.length, answers: answers.length, clock: clock?.version ?? 0 };
}

async function pullAll(b: Backend, userId: string, since = 0) {
	const page = await pull(b.db, userId, since, 1000);
	expect(page.hasMore).toBe(false);
	return page;
}

const stamps = { createdAt: '2026-11-27T10:00:00.000Z', updatedAt: '2026-11-27T10:00:00.000Z' };

function versionOf(r: MutationResult | undefined): number {
	if (r?.status === 'applied' || r?.status === 'conflict') return r.version;
	throw new Error(`no version in ${JSON.stringify(r)}`);
}

describe.each(BACKENDS)('sync on %s', (kind) => {
	const b = useBackend(kind);

	describe('idempotency', () => {
		it('answers a repeated batch with duplicates and stores nothing twice', async () => {
			const user = await b.newUser();
			const batch = [create('debts', 'd1'), create('incomes', 'salary'), remove('debts', 'd1', 1)];
			const first = await applyPush(b.db, user, batch);
			expect(first.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
			const before = await counts(b, user);

			const second = await applyPush(b.db, user, batch);
			expect(second.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
			second.forEach((r, i) => {
				expect(r.status === 'duplicate' && r.original).toEqual(first[i]);
			});
			expect(await counts(b, user)).toEqual(before);
		});

		it('applies a batch sent five times in parallel exactly once', async () => {
			const user = await b.newUser();
			const batch = Array.from({ length: 20 }, (_, i) => create('debts', `p${i}`));
			const answers = await Promise.all(
				Array.from({ length: 5 }, () => applyPush(b.db, user, batch))
			);
			const applied = answers.filter((a) => a.every((r) => r.status === 'applied'));
			const duplicates = answers.filter((a) => a.every((r) => r.status === 'duplicate'));
			expect(applied).toHaveLength(1);
			expect(duplicates).toHaveLength(4);
			expect(await counts(b, user)).toEqual({ rows: 20, answers: 20, clock: 20 });
		});

		it('treats the same mutation id twice in one batch as a duplicate', async () => {
			const user = await b.newUser();
			const m = create('debts', 'same');
			const results = await applyPush(b.db, user, [m, m]);
			expect(results.map((r) => r.status)).toEqual(['applied', 'duplicate']);
		});

		it('keys idempotency per user: another tenant may reuse a mutation id', async () => {
			const [a, c] = [await b.newUser(), await b.newUser()];
			const m = create('debts', 'x');
			expect((await applyPush(b.db, a, [m]))[0]?.status).toBe('applied');
			expect((await applyPush(b.db, c, [m]))[0]?.status).toBe('applied');
		});
	});

	describe('versions', () => {
		it('stamps strictly increasing versions per user, independent between users', async () => {
			const [a, c] = [await b.newUser(), await b.newUser()];
			const seen: number[] = [];
			for (let i = 0; i < 5; i++) {
				const results = await applyPush(b.db, a, [
					create('debts', `v${i}`),
					create('expenses', `e${i}`)
				]);
				seen.push(...results.map(versionOf));
			}
			expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
			const other = await applyPush(b.db, c, [create('debts', 'v0')]);
			expect(versionOf(other[0])).toBe(1);
			const page = await pullAll(b, a);
			const versions = page.changes.map((ch) => ch.version);
			expect(versions).toEqual([...versions].sort((x, y) => x - y));
			expect(new Set(versions).size).toBe(versions.length);
		});

		it('keeps versions monotonic under concurrent pushes of different batches', async () => {
			const user = await b.newUser();
			const pushes = Array.from({ length: 8 }, (_, p) =>
				applyPush(
					b.db,
					user,
					Array.from({ length: 10 }, (_, i) => create('debts', `c${p}-${i}`))
				)
			);
			const all = (await Promise.all(pushes)).flat().map(versionOf);
			expect(all.sort((x, y) => x - y)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
			expect((await counts(b, user)).clock).toBe(80);
		});
	});

	describe('pull', () => {
		it('returns changes after the cursor in version order, tombstones included, in pages', async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [
				create('debts', 'a'),
				create('debts', 'b'),
				create('debts', 'c')
			]);
			const del = await applyPush(b.db, user, [remove('debts', 'b', 2)]);
			expect(del[0]).toMatchObject({ status: 'applied', version: 4 });

			const p1 = await pull(b.db, user, 0, 2);
			expect(p1.changes.map((c) => [c.id, c.version])).toEqual([
				['a', 1],
				['c', 3]
			]);
			expect(p1).toMatchObject({ cursor: 3, hasMore: true });
			const p2 = await pull(b.db, user, p1.cursor, 2);
			expect(p2.changes).toEqual([
				{ entity: 'debts', id: 'b', version: 4, deleted: true, data: null }
			]);
			expect(p2).toMatchObject({ cursor: 4, hasMore: false });
			const p3 = await pull(b.db, user, p2.cursor, 2);
			expect(p3).toEqual({ changes: [], cursor: 4, hasMore: false });
		});

		it('returns whole validated rows carrying their server version', async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [
				mutation('home', 'home', { ...rowFields('home'), junk: 'dropped', version: 99 })
			]);
			const [change] = (await pullAll(b, user)).changes;
			expect(change?.data).toMatchObject({ id: 'home', version: 1, rentCents: 75_000 });
			expect(change?.data).not.toHaveProperty('junk');
			expect(SYNC_ENTITY_SCHEMAS.home.safeParse(change?.data).success).toBe(true);
		});
	});

	describe('merge and conflicts', () => {
		it('keeps edits of different fields from two devices', async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [create('household', 'household', { clientId: 'A' })]);
			const r = await applyPush(b.db, user, [
				mutation('household', 'household', { adults: 2 }, { baseVersion: 1, clientId: 'A' }),
				mutation(
					'household',
					'household',
					{ municipality: 'Oulu' },
					{ baseVersion: 1, clientId: 'B' }
				)
			]);
			expect(r.map((x) => x.status)).toEqual(['applied', 'applied']);
			const [row] = (await pullAll(b, user)).changes;
			expect(row?.data).toMatchObject({ adults: 2, municipality: 'Oulu', children: 0 });
		});

		it('lets the last arrival win on an ordinary field', async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [create('household', 'household', { clientId: 'A' })]);
			await applyPush(b.db, user, [
				mutation(
					'household',
					'household',
					{ municipality: 'Oulu' },
					{ baseVersion: 1, clientId: 'A' }
				),
				mutation(
					'household',
					'household',
					{ municipality: 'Turku' },
					{ baseVersion: 1, clientId: 'B' }
				)
			]);
			const [row] = (await pullAll(b, user)).changes;
			expect(row?.data).toMatchObject({ municipality: 'Turku' });
		});

		it('keeps both values of a money field changed on two devices and records a conflict', async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [create('home', 'home', { clientId: 'A' })]);
			const [fromA] = await applyPush(b.db, user, [
				mutation('home', 'home', { rentCents: 80_000 }, { baseVersion: 1, clientId: 'A' })
			]);
			expect(fromA?.status).toBe('applied');
			const [fromB] = await applyPush(b.db, user, [
				mutation(
					'home',
					'home',
					{ rentCents: 82_000, dueDay: 5 },
					{ baseVersion: 1, clientId: 'B' }
				)
			]);
			expect(fromB).toMatchObject({ status: 'conflict', reason: 'field', fields: ['rentCents'] });

			const changes = (await pullAll(b, user)).changes;
			const home = changes.find((c) => c.entity === 'home');
			// Server value kept, the mutation's other field applied.
			expect(home?.data).toMatchObject({ rentCents: 80_000, dueDay: 5, version: versionOf(fromB) });
			const conflicts = changes.filter((c) => c.entity === 'conflicts');
			expect(conflicts).toHaveLength(1);
			const conflict = conflictSchema.parse(conflicts[0]?.data);
			expect(conflict).toMatchObject({
				entity: 'home',
				entityId: 'home',
				field: 'rentCents',
				serverValue: 80_000,
				clientValue: 82_000
			});
			expect(fromB?.status === 'conflict' && fromB.conflictIds).toEqual([conflict.id]);
		});

		it('treats every field of a debt as protected', async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [create('debts', 'd', { clientId: 'A' })]);
			await applyPush(b.db, user, [
				mutation('debts', 'd', { status: 'agreed' }, { baseVersion: 1, clientId: 'A' })
			]);
			const [r] = await applyPush(b.db, user, [
				mutation('debts', 'd', { status: 'collection' }, { baseVersion: 1, clientId: 'B' })
			]);
			expect(r).toMatchObject({ status: 'conflict', fields: ['status'] });
		});

		it('does not raise a conflict when the incoming value equals the server value', async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [create('home', 'home', { clientId: 'A' })]);
			await applyPush(b.db, user, [
				mutation('home', 'home', { rentCents: 1 }, { baseVersion: 1, clientId: 'A' })
			]);
			const [r] = await applyPush(b.db, user, [
				mutation('home', 'home', { rentCents: 1 }, { baseVersion: 1, clientId: 'B' })
			]);
			expect(r?.status).toBe('applied');
		});

		it("never conflicts a device's own queued edits made on one old base", async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [create('home', 'home', { clientId: 'A' })]);
			const r = await applyPush(b.db, user, [
				mutation('home', 'home', { rentCents: 1_000 }, { baseVersion: 1, clientId: 'A' }),
				mutation('home', 'home', { rentCents: 12_000 }, { baseVersion: 1, clientId: 'A' })
			]);
			expect(r.map((x) => x.status)).toEqual(['applied', 'applied']);
			const late = await applyPush(b.db, user, [
				mutation('home', 'home', { rentCents: 120_000 }, { baseVersion: 1, clientId: 'A' })
			]);
			expect(late[0]?.status).toBe('applied');
		});

		it('applies a money edit based on the latest version', async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [create('home', 'home', { clientId: 'A' })]);
			const [a] = await applyPush(b.db, user, [
				mutation('home', 'home', { rentCents: 5 }, { baseVersion: 1, clientId: 'A' })
			]);
			const [r] = await applyPush(b.db, user, [
				mutation('home', 'home', { rentCents: 6 }, { baseVersion: versionOf(a), clientId: 'B' })
			]);
			expect(r?.status).toBe('applied');
		});

		it('resolves a conflict with a delete and refuses client-made conflicts', async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [create('home', 'home', { clientId: 'A' })]);
			await applyPush(b.db, user, [
				mutation('home', 'home', { rentCents: 1 }, { baseVersion: 1, clientId: 'A' })
			]);
			const [c] = await applyPush(b.db, user, [
				mutation('home', 'home', { rentCents: 2 }, { baseVersion: 1, clientId: 'B' })
			]);
			const conflictId = c?.status === 'conflict' ? c.conflictIds[0] : undefined;
			expect(conflictId).toBeDefined();
			const page = await pullAll(b, user);
			const [resolved, forged] = await applyPush(b.db, user, [
				remove('conflicts', conflictId ?? '', page.cursor),
				mutation('conflicts', 'fake', { field: 'rentCents' })
			]);
			expect(resolved?.status).toBe('applied');
			expect(forged).toMatchObject({ status: 'rejected', issues: [{ path: 'entity' }] });
			const after = await pullAll(b, user, page.cursor);
			expect(after.changes).toEqual([
				{
					entity: 'conflicts',
					id: conflictId,
					version: versionOf(resolved),
					deleted: true,
					data: null
				}
			]);
		});
	});

	describe('delete versus edit', () => {
		it('answers an edit of a row deleted after its base version with a conflict and keeps the tombstone', async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [create('debts', 'd', { clientId: 'A' })]);
			const [del] = await applyPush(b.db, user, [remove('debts', 'd', 1, { clientId: 'A' })]);
			const [edit] = await applyPush(b.db, user, [
				mutation('debts', 'd', { creditor: 'Other' }, { baseVersion: 1, clientId: 'B' })
			]);
			expect(edit).toEqual({
				mutationId: expect.any(String),
				status: 'conflict',
				reason: 'deleted',
				version: versionOf(del),
				fields: [],
				conflictIds: []
			});
			const changes = (await pullAll(b, user)).changes;
			expect(changes).toEqual([
				{ entity: 'debts', id: 'd', version: versionOf(del), deleted: true, data: null }
			]);
		});

		it('lets a delete win over an earlier concurrent edit', async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [create('debts', 'd', { clientId: 'A' })]);
			await applyPush(b.db, user, [
				mutation('debts', 'd', { creditor: 'X' }, { baseVersion: 1, clientId: 'A' })
			]);
			const [del] = await applyPush(b.db, user, [remove('debts', 'd', 1, { clientId: 'B' })]);
			expect(del?.status).toBe('applied');
			const [change] = (await pullAll(b, user)).changes;
			expect(change).toMatchObject({ id: 'd', deleted: true });
		});

		it('re-creates a deleted row when the upsert is based on the tombstone', async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [create('debts', 'd')]);
			const [del] = await applyPush(b.db, user, [remove('debts', 'd', 1)]);
			const [again] = await applyPush(b.db, user, [
				create('debts', 'd', { baseVersion: versionOf(del) })
			]);
			expect(again?.status).toBe('applied');
			const [change] = (await pullAll(b, user)).changes;
			expect(change).toMatchObject({ id: 'd', deleted: false, data: { creditor: 'Laina Oy' } });
		});

		it('writes a tombstone for a row it never saw, so a stale upsert cannot resurrect it', async () => {
			const user = await b.newUser();
			const [del] = await applyPush(b.db, user, [remove('debts', 'ghost', 0)]);
			expect(del?.status).toBe('applied');
			const [late] = await applyPush(b.db, user, [create('debts', 'ghost')]);
			expect(late).toMatchObject({ status: 'conflict', reason: 'deleted' });
			const [again] = await applyPush(b.db, user, [remove('debts', 'ghost', 0)]);
			expect(again).toMatchObject({ status: 'applied', version: versionOf(del) });
		});
	});

	describe('creates and base versions', () => {
		it('lays a create that carries only the fields set over the defaults, or over the row another device created', async () => {
			const user = await b.newUser();
			const [first] = await applyPush(b.db, user, [
				mutation('home', 'home', { dueDay: 5, arrearsCents: 144_000, ...stamps })
			]);
			expect(first?.status).toBe('applied');
			// Another device that never pulled creates the same fixed-id row with one field.
			const [second] = await applyPush(b.db, user, [
				mutation('home', 'home', { arrearsMonths: 2, ...stamps }, { clientId: 'other' })
			]);
			expect(second?.status).toBe('applied');
			const { changes } = await pullAll(b, user);
			expect(changes.at(-1)?.data).toMatchObject({
				dueDay: 5,
				arrearsCents: 144_000,
				arrearsMonths: 2,
				termination: { happened: false, date: null }
			});
		});

		it('tells the sender which value from another device a plain field edit replaced', async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [create('household', 'household', { clientId: 'a' })]);
			await applyPush(b.db, user, [
				mutation(
					'household',
					'household',
					{ municipality: 'Oulu' },
					{ baseVersion: 1, clientId: 'a' }
				)
			]);
			// b last saw version 1 ('Oulu' was set after it) and writes 'Turku': last arrival wins.
			const [result] = await applyPush(b.db, user, [
				mutation(
					'household',
					'household',
					{ municipality: 'Turku', adults: 1 },
					{ baseVersion: 1, clientId: 'b' }
				)
			]);
			expect(result).toMatchObject({
				status: 'applied',
				replaced: [{ field: 'municipality', value: 'Oulu' }]
			});
			// A device's own later edit replaces nothing of anyone else's.
			const [own] = await applyPush(b.db, user, [
				mutation(
					'household',
					'household',
					{ municipality: 'Turku 2' },
					{ baseVersion: 1, clientId: 'b' }
				)
			]);
			expect(own).not.toHaveProperty('replaced');
		});

		it('refuses a base version above the server version and stores nothing of the push', async () => {
			const user = await b.newUser();
			await applyPush(b.db, user, [create('home', 'home', { clientId: 'a' })]);
			await applyPush(b.db, user, [
				mutation('home', 'home', { rentCents: 80_000 }, { baseVersion: 1, clientId: 'a' })
			]);
			const before = await counts(b, user);
			const push = applyPush(b.db, user, [
				create('debts', 'fine'),
				// Without the check this would overwrite the rent silently: nothing changed "since" 99.
				mutation('home', 'home', { rentCents: 1 }, { baseVersion: 99, clientId: 'b' })
			]);
			await expect(push).rejects.toMatchObject({
				issues: [{ path: 'mutations.1.baseVersion' }]
			});
			expect(await counts(b, user)).toEqual(before);
		});
	});

	describe('tenant isolation', () => {
		it("never shows or changes one tenant's rows for another, even with the same ids", async () => {
			const [a, c] = [await b.newUser(), await b.newUser()];
			await applyPush(b.db, a, [create('debts', 'shared-id'), create('home', 'home')]);
			const aBefore = await pullAll(b, a);

			expect((await pullAll(b, c)).changes).toEqual([]);
			// Versions A's rows have are from the future for C: refused, nothing stored.
			await expect(
				applyPush(b.db, c, [
					mutation('debts', 'shared-id', { creditor: 'Mallory' }, { baseVersion: 2 })
				])
			).rejects.toThrow('Invalid push');
			const results = await applyPush(b.db, c, [
				mutation('debts', 'shared-id', { creditor: 'Mallory' }),
				remove('home', 'home', 0),
				mutation('home', 'home', { rentCents: 1 }, { baseVersion: 0 })
			]);
			// C's partial debt is laid over the defaults, never over A's row.
			expect(results[0]?.status).toBe('applied');
			expect(results[1]?.status).toBe('applied');
			expect(results[2]).toMatchObject({ status: 'conflict', reason: 'deleted' });

			expect(await pullAll(b, a)).toEqual(aBefore);
			const cChanges = (await pullAll(b, c)).changes;
			expect(cChanges).toEqual([
				{
					entity: 'debts',
					id: 'shared-id',
					version: 1,
					deleted: false,
					data: expect.objectContaining({ creditor: 'Mallory', balanceCents: null })
				},
				{ entity: 'home', id: 'home', version: 2, deleted: true, data: null }
			]);
		});
	});

	describe('rejected mutations', () => {
		it('stores nothing from an invalid mutation and still applies the others', async () => {
			const user = await b.newUser();
			const good = create('debts', 'ok');
			const results = await applyPush(b.db, user, [
				mutation('home', 'home', { ...rowFields('home'), rentCents: -5 }),
				mutation('debts', 'bad', {
					...rowFields('debts'),
					status: 'paid',
					creditor: 'x'.repeat(300)
				}),
				{
					mutationId: 'not-a-uuid',
					entity: 'debts',
					entityId: 'z',
					op: 'upsert',
					fields: {},
					baseVersion: 0
				},
				{ ...create('debts', 'y'), entity: 'landlords' },
				good
			]);
			expect(results.map((r) => r.status)).toEqual([
				'rejected',
				'rejected',
				'rejected',
				'rejected',
				'applied'
			]);
			expect(results[0]).toMatchObject({ issues: [{ path: 'rentCents' }] });
			const paths =
				results[1]?.status === 'rejected' ? results[1].issues.map((i) => i.path).sort() : [];
			expect(paths).toEqual(['creditor', 'status']);
			expect(results[2]).toMatchObject({ issues: [{ path: 'mutationId' }] });
			expect(results[3]).toMatchObject({ issues: [{ path: 'entity' }] });
			expect(await counts(b, user)).toEqual({ rows: 1, answers: 1, clock: 1 });
			const changes = (await pullAll(b, user)).changes;
			expect(changes.map((c) => c.id)).toEqual(['ok']);
		});

		it('judges a retried rejection afresh rather than replaying it', async () => {
			const user = await b.newUser();
			const bad = mutation('debts', 'd', { creditor: 'x'.repeat(201) });
			expect((await applyPush(b.db, user, [bad]))[0]?.status).toBe('rejected');
			expect((await applyPush(b.db, user, [bad]))[0]?.status).toBe('rejected');
			expect(await counts(b, user)).toEqual({ rows: 0, answers: 0, clock: 0 });
		});
	});

	it('handles an empty push and a 1,000-mutation push', async () => {
		const user = await b.newUser();
		expect(await applyPush(b.db, user, [])).toEqual([]);
		const big = Array.from({ length: 1000 }, (_, i) =>
			create('debts', `big-${i}-${randomUUID().slice(0, 8)}`)
		);
		const results = await applyPush(b.db, user, big);
		expect(results.every((r) => r.status === 'applied')).toBe(true);
		expect(await counts(b, user)).toEqual({ rows: 1000, answers: 1000, clock: 1000 });
		const p = await pull(b.db, user, 0, 1000);
		expect(p).toMatchObject({ cursor: 1000, hasMore: false });
		expect(p.changes).toHaveLength(1000);
	});
});
