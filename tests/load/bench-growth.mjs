#!/usr/bin/env node
/**
 * npm run bench:growth — does pruning keep the server database bounded?
 *
 * TENANTS tenants each make EDITS edits through the real sync write path (`applyPush`,
 * in-process, a SQLite file in a temp dir), spread over a simulated year in EPOCHS steps: after
 * each step the timestamps it wrote are moved back to that step's date (one UPDATE per table),
 * so the pruning rules see a year of history. Per tenant and step: household edits (60 %), new
 * debts (20 %), deletes of them (tombstones, 15 %), debt edits (3 %) and the same conflicting
 * edit from a second device twice (repeated conflict rows, 2 %).
 *
 * Printed: rows per table and database size (file, and pages in use) after the year, after the
 * daily pruning job (`pruneAll`, 90-day horizon) and after VACUUM; then a further year of the
 * same load with pruning after every step, to show the size stays flat instead of growing.
 *
 * Env: BENCH_GROWTH_TENANTS (1000), BENCH_GROWTH_EDITS (2000), BENCH_GROWTH_EPOCHS (10),
 * BENCH_GROWTH_HORIZON_DAYS (90).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { bundleServerModules } from './bundle-server.mjs';

const TENANTS = Number(process.env.BENCH_GROWTH_TENANTS ?? 1000);
const EDITS = Number(process.env.BENCH_GROWTH_EDITS ?? 2000);
const EPOCHS = Number(process.env.BENCH_GROWTH_EPOCHS ?? 10);
const HORIZON = Number(process.env.BENCH_GROWTH_HORIZON_DAYS ?? 90);
const YEAR2_STEPS = Number(process.env.BENCH_GROWTH_YEAR2_STEPS ?? 4);
const DAY = 86_400_000;
const YEAR_DAYS = 365;

const at = '2026-11-27T10:00:00.000Z';
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function mutation(entity, entityId, fields, clientId, op = 'upsert') {
	return { mutationId: randomUUID(), entity, entityId, op, fields, baseVersion: 0, clientId };
}
function debtFields(i) {
	return {
		createdAt: at,
		updatedAt: at,
		creditor: `Velkoja ${i}`,
		type: 'consumerLoan',
		balanceCents: 100_000 + i,
		monthlyPaymentCents: 5_000,
		status: 'late'
	};
}

/** One tenant's edits for one step; `step` makes the debt ids unique across steps. */
function stepEdits(step, perStep) {
	const edits = [];
	const created = [];
	let conflicts = 0;
	for (let i = 0; i < perStep; i++) {
		const kind = i % 100;
		if (kind < 60) {
			edits.push(
				mutation(
					'household',
					'household',
					{
						createdAt: at,
						updatedAt: at,
						adults: 1 + (i % 3),
						children: i % 4,
						municipality: 'Tampere'
					},
					'phone'
				)
			);
		} else if (kind < 80) {
			const id = `d-${step}-${i}`;
			created.push(id);
			edits.push(mutation('debts', id, debtFields(i), 'phone'));
		} else if (kind < 95 && created.length > 1) {
			edits.push(mutation('debts', created.shift(), {}, 'phone', 'delete'));
		} else if (kind < 98 || created.length === 0 || conflicts >= 2) {
			const id = created.at(-1) ?? `d-${step}-x`;
			if (!created.length) {
				created.push(id);
				edits.push(mutation('debts', id, debtFields(i), 'phone'));
			} else edits.push(mutation('debts', id, { creditor: `Velkoja ${i}b` }, 'phone'));
		} else {
			// The tablet, on an old base, sets the same balance twice: two identical conflict rows.
			conflicts += 1;
			edits.push(mutation('debts', created.at(-1), { balanceCents: 1 }, 'tablet'));
		}
	}
	return edits;
}

async function sizes(db) {
	const row = (q) =>
		sql
			.raw(q)
			.execute(db)
			.then((r) => Number(Object.values(r.rows[0])[0]));
	const pageSize = await row('pragma page_size');
	const pages = await row('pragma page_count');
	const free = await row('pragma freelist_count');
	const count = async (table) =>
		Number(
			(
				await db
					.selectFrom(table)
					.select((eb) => eb.fn.countAll().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);
	return {
		inUse: (pages - free) * pageSize,
		counts: {
			sync_mutations: await count('sync_mutations'),
			sync_rows: await count('sync_rows'),
			tombstones: Number(
				(
					await db
						.selectFrom('sync_rows')
						.select((eb) => eb.fn.countAll().as('n'))
						.where('deleted', '=', 1)
						.executeTakeFirstOrThrow()
				).n
			),
			conflicts: Number(
				(
					await db
						.selectFrom('sync_rows')
						.select((eb) => eb.fn.countAll().as('n'))
						.where('entity', '=', 'conflicts')
						.where('deleted', '=', 0)
						.executeTakeFirstOrThrow()
				).n
			)
		}
	};
}

function report(label, file, s) {
	const fileSize = statSync(file).size;
	const c = s.counts;
	console.log(
		`${label.padEnd(34)} file ${mb(fileSize).padStart(9)}  in use ${mb(s.inUse).padStart(9)}  ` +
			`answers ${String(c.sync_mutations).padStart(8)}  rows ${String(c.sync_rows).padStart(7)}  ` +
			`tombstones ${String(c.tombstones).padStart(7)}  open conflicts ${String(c.conflicts).padStart(6)}`
	);
}

async function main() {
	const { outDir, modules } = await bundleServerModules('bench-growth', {
		sync: 'src/lib/server/sync/index.ts',
		db: 'src/lib/server/db/index.ts',
		prune: 'src/lib/server/maintenance/prune.ts'
	});
	const dir = mkdtempSync(join(tmpdir(), 'bench-growth-'));
	const file = join(dir, 'app.sqlite');
	const db = modules.db.createDb({ kind: 'sqlite', file });
	try {
		await modules.db.migrateToLatest(db);
		// Only sizes are measured here, not durability: skip the fsyncs so the load fits in minutes.
		await sql`pragma synchronous = off`.execute(db);
		const users = Array.from({ length: TENANTS }, () => randomUUID());
		for (let i = 0; i < users.length; i += 500) {
			await db
				.insertInto('User')
				.values(
					users.slice(i, i + 500).map((id) => ({
						id,
						email: `${id}@bench.test`,
						name: null,
						image: null,
						emailVerified: null
					}))
				)
				.execute();
		}
		const perStep = Math.ceil(EDITS / EPOCHS);
		const stepDays = YEAR_DAYS / EPOCHS;
		const start = Date.now();
		/**
		 * Simulated "now" of step k of the year starting `offsetDays` after two years ago. Every
		 * simulated date is in the past, so "stamped since this step began" finds only new writes.
		 */
		const stepDate = (k, offsetDays) =>
			new Date(start - 2 * YEAR_DAYS * DAY + ((k + 1) * stepDays + offsetDays) * DAY);

		const [template, ...others] = users;
		await sql`create temp table bench_users (id text primary key)`.execute(db);
		for (let i = 0; i < others.length; i += 500) {
			await db
				.insertInto('bench_users')
				.values(others.slice(i, i + 500).map((id) => ({ id })))
				.execute();
		}

		/**
		 * One step: the template tenant's edits go through applyPush; what it wrote (answers, rows,
		 * clock) is back-dated to the step's date and then copied to every other tenant in one
		 * INSERT ... SELECT per table, so 1,000 tenants cost one tenant's JavaScript.
		 */
		async function runStep(step, simulated) {
			const since = new Date().toISOString();
			const edits = stepEdits(step, perStep);
			for (let i = 0; i < edits.length; i += 1000) {
				const results = await modules.sync.applyPush(db, template, edits.slice(i, i + 1000));
				if (results.some((r) => r.status === 'rejected')) throw new Error('bench edit rejected');
			}
			const when = simulated.toISOString();
			await db.transaction().execute(async (trx) => {
				await trx
					.updateTable('sync_mutations')
					.set({ created_at: when })
					.where('created_at', '>=', since)
					.execute();
				await trx
					.updateTable('sync_rows')
					.set({ updated_at: when })
					.where('updated_at', '>=', since)
					.execute();
				await sql`insert into sync_mutations (user_id, mutation_id, result, created_at)
					select u.id, m.mutation_id, m.result, m.created_at
					from sync_mutations m cross join bench_users u
					where m.user_id = ${template} and m.created_at = ${when}`.execute(trx);
				await sql`insert into sync_rows (user_id, entity, row_id, version, deleted, data,
						field_versions, field_clients, created_at, updated_at)
					select u.id, r.entity, r.row_id, r.version, r.deleted, r.data, r.field_versions,
						r.field_clients, r.created_at, r.updated_at
					from sync_rows r cross join bench_users u
					where r.user_id = ${template} and r.updated_at = ${when}
					on conflict (user_id, entity, row_id) do update set version = excluded.version,
						deleted = excluded.deleted, data = excluded.data,
						field_versions = excluded.field_versions, field_clients = excluded.field_clients,
						updated_at = excluded.updated_at`.execute(trx);
				await sql`insert into sync_clock (user_id, version)
					select u.id, c.version from sync_clock c cross join bench_users u
					where c.user_id = ${template}
					on conflict (user_id) do update set version = excluded.version`.execute(trx);
			});
		}

		console.log(
			`Growth benchmark: ${TENANTS} tenants x ${EDITS} edits over ${YEAR_DAYS} days (${EPOCHS} steps), ` +
				`horizon ${HORIZON} days, SQLite`
		);
		const t0 = performance.now();
		for (let k = 0; k < EPOCHS; k++) await runStep(k, stepDate(k, 0));
		const loadMs = performance.now() - t0;
		console.log(
			`  a year of history (${TENANTS * perStep * EPOCHS} edits) written in ${(loadMs / 1000).toFixed(1)} s`
		);
		report('after a year, never pruned', file, await sizes(db));

		const now = stepDate(EPOCHS - 1, 0);
		const tp = performance.now();
		const pruned = await modules.prune.pruneAll(db, now, HORIZON);
		const pruneMs = performance.now() - tp;
		report('after pruning', file, await sizes(db));
		console.log(`  pruning took ${(pruneMs / 1000).toFixed(1)} s: ${JSON.stringify(pruned)}`);
		await sql`vacuum`.execute(db);
		report('after pruning + VACUUM', file, await sizes(db));

		const pruneTimes = [];
		// A second year with the daily job: the space freed is reused, so the file stops growing.
		for (let k = 0; k < EPOCHS; k++) {
			const date = stepDate(k, YEAR_DAYS);
			if (k >= YEAR2_STEPS) break;
			await runStep(EPOCHS + k, date);
			const tp2 = performance.now();
			await modules.prune.pruneAll(db, date, HORIZON);
			pruneTimes.push(performance.now() - tp2);
			if (k === Math.floor(YEAR2_STEPS / 2) - 1 || k === YEAR2_STEPS - 1) {
				report(`year 2, step ${k + 1}, pruned each step`, file, await sizes(db));
			}
		}
		console.log(
			`  pruning in year 2 took ${pruneTimes.map((t) => (t / 1000).toFixed(1)).join(', ')} s per step`
		);
	} finally {
		await db.destroy();
		rmSync(dir, { recursive: true, force: true });
		rmSync(outDir, { recursive: true, force: true });
	}
}

await main();
