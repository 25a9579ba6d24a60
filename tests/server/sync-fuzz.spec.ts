/**
 * Property tests of applyPush: whatever arrives, it answers every mutation or refuses the whole
 * push (a base version from the future, InvalidPushError, with nothing stored), never throws
 * otherwise, and the stored state keeps its invariants (unique increasing versions, every live row
 * valid, nothing stored for a rejected mutation).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SYNC_ENTITY_NAMES, SYNC_ENTITY_SCHEMAS, isSyncEntityName } from '$lib/schemas/sync';
import type { Kysely } from 'kysely';
import { applyPush, pull } from '$lib/server/sync';
import { InvalidPushError } from '$lib/server/sync/push';
import type { Database } from '$lib/server/db';
import { BACKENDS, useBackend } from './backends';
import { rowFields } from './factories';
import { ENTITY_NAMES } from '$lib/schemas/situation';

const ids = fc.constantFrom('a', 'b', 'home', 'household', 'salary', 'food', 'x'.repeat(64));
const anyValue = fc.oneof(
	fc.integer({ min: -10, max: 10_000_000_000 }),
	fc.double(),
	fc.string({ maxLength: 5 }),
	fc.string({ minLength: 2001, maxLength: 2100 }),
	fc.constant(null),
	fc.boolean(),
	fc.constantFrom(
		'monthly',
		'salary',
		'food',
		'late',
		'kela',
		'2026-02-30',
		'2026-11-27T10:00:00.000Z'
	),
	fc.record({ happened: fc.boolean(), date: fc.constantFrom(null, '2026-01-01', 'x') }),
	fc.anything({ maxDepth: 2 })
);
const fieldName = fc.oneof(
	fc.constantFrom(
		'rentCents',
		'amountCents',
		'balanceCents',
		'creditor',
		'status',
		'adults',
		'municipality',
		'id',
		'version',
		'updatedAt',
		'__proto__',
		'constructor'
	),
	fc.string({ maxLength: 8 })
);
/** Mostly plausible mutations (so the merge paths run), plus garbage. */
const mutationArb = fc.oneof(
	{
		weight: 6,
		arbitrary: fc
			.record({
				mutationId: fc.uuid(),
				entity: fc.constantFrom(...ENTITY_NAMES),
				entityId: ids,
				op: fc.constantFrom('upsert', 'upsert', 'upsert', 'delete'),
				fields: fc.tuple(fc.boolean(), fc.dictionary(fieldName, anyValue, { maxKeys: 3 })),
				// Mostly versions a device could have pulled; sometimes one from the future.
				baseVersion: fc.oneof(
					{ weight: 4, arbitrary: fc.nat({ max: 3 }) },
					{ weight: 1, arbitrary: fc.nat({ max: 40 }) }
				),
				clientId: fc.constantFrom(undefined, 'A', 'B')
			})
			.map(({ fields: [full, extra], ...m }) => ({
				...m,
				fields: full ? { ...rowFields(m.entity), ...extra } : extra
			}))
	},
	{
		weight: 1,
		arbitrary: fc.record(
			{
				mutationId: fc.oneof(fc.uuid(), fc.string()),
				entity: fc.constantFrom(...SYNC_ENTITY_NAMES, 'User', 'sync_rows', ''),
				entityId: fc.oneof(ids, fc.string({ maxLength: 70 })),
				op: fc.constantFrom('upsert', 'delete', 'drop'),
				fields: fc.oneof(fc.dictionary(fieldName, anyValue), fc.anything()),
				baseVersion: fc.oneof(fc.nat(), fc.integer({ min: -5, max: -1 }), fc.double())
			},
			{ requiredKeys: [] }
		)
	},
	{ weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) }
);

async function stored(db: Kysely<Database>, user: string) {
	const rows = await db.selectFrom('sync_rows').selectAll().where('user_id', '=', user).execute();
	const answers = await db
		.selectFrom('sync_mutations')
		.select('mutation_id')
		.where('user_id', '=', user)
		.execute();
	const clock = await db
		.selectFrom('sync_clock')
		.select('version')
		.where('user_id', '=', user)
		.executeTakeFirst();
	return { rows, answers, clock: clock?.version ?? 0 };
}

/** The answers, or null when the push was refused whole; then nothing of it was stored. */
async function pushOrRefuse(db: Kysely<Database>, user: string, batch: unknown[]) {
	const before = await stored(db, user);
	try {
		return await applyPush(db, user, batch);
	} catch (e) {
		if (!(e instanceof InvalidPushError)) throw e;
		expect(await stored(db, user)).toEqual(before);
		return null;
	}
}

describe.each(BACKENDS)('applyPush properties on %s', (kind) => {
	const b = useBackend(kind);

	it('answers every mutation, never throws, keeps stored rows valid and versions unique', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(mutationArb, { maxLength: 12 }),
				fc.array(mutationArb, { maxLength: 12 }),
				async (first, second) => {
					const user = await b.newUser();
					for (const batch of [first, second, first]) {
						const results = await pushOrRefuse(b.db, user, batch);
						if (!results) continue;
						expect(results).toHaveLength(batch.length);
						for (const r of results)
							expect(['applied', 'duplicate', 'conflict', 'rejected']).toContain(r.status);
					}
					const page = await pull(b.db, user, 0, 1000);
					const versions = page.changes.map((c) => c.version);
					expect(new Set(versions).size).toBe(versions.length);
					expect(versions).toEqual([...versions].sort((x, y) => x - y));
					for (const change of page.changes) {
						expect(isSyncEntityName(change.entity)).toBe(true);
						if (change.deleted) continue;
						const parsed = SYNC_ENTITY_SCHEMAS[change.entity].safeParse(change.data);
						expect(parsed.success).toBe(true);
						expect(change.data?.version).toBe(change.version);
					}
					const clock = await b.db
						.selectFrom('sync_clock')
						.select('version')
						.where('user_id', '=', user)
						.executeTakeFirst();
					expect(clock?.version ?? 0).toBeGreaterThanOrEqual(versions.at(-1) ?? 0);
				}
			),
			{ numRuns: kind === 'sqlite' ? 300 : 150 }
		);
	}, 120_000);

	it('stores nothing at all when every mutation is rejected', async () => {
		const invalid = mutationArb.filter((m) => {
			// Only inputs the wire schema itself refuses, or upserts of incomplete rows.
			return typeof m !== 'object' || m === null || !('op' in m) || m.op !== 'delete';
		});
		await fc.assert(
			fc.asyncProperty(fc.array(invalid, { maxLength: 10 }), async (batch) => {
				const user = await b.newUser();
				const results = await pushOrRefuse(b.db, user, batch);
				if (!results) return;
				const storedRows = await b.db
					.selectFrom('sync_rows')
					.select('row_id')
					.where('user_id', '=', user)
					.execute();
				const storedAnswers = await b.db
					.selectFrom('sync_mutations')
					.select('mutation_id')
					.where('user_id', '=', user)
					.execute();
				const kept = results.filter((r) => r.status !== 'rejected');
				if (kept.length === 0) {
					expect(storedRows).toEqual([]);
					expect(storedAnswers).toEqual([]);
				}
				// Only answers that were not rejections reach the idempotency ledger.
				const keptIds = new Set(kept.map((r) => r.mutationId));
				for (const a of storedAnswers) expect(keptIds.has(a.mutation_id)).toBe(true);
			}),
			{ numRuns: kind === 'sqlite' ? 300 : 150 }
		);
	}, 120_000);
});
