#!/usr/bin/env node
/**
 * npm run bench:sync — throughput and latency of the sync server's write path.
 *
 * What it measures: `applyPush` called in-process against a real database (a SQLite file in a
 * temp dir; PostgreSQL from BENCH_DATABASE_URL / TEST_DATABASE_URL, or a throwaway cluster
 * started from the local binaries with fsync ON, i.e. real commits). The HTTP layer (JSON
 * parse, guards, session lookup) is not included: it needs the built server and a signed-in
 * session, which belong to the end-to-end setup. Expect HTTP to add well under a millisecond
 * per small push on loopback.
 *
 *  1. one push of 1,000 new rows (median of 5, each for a fresh tenant);
 *  2. sustained small pushes (5 mutations: edits of existing rows incl. money fields) from
 *     CONCURRENCY concurrent clients (one tenant each) for DURATION_MS: pushes/s, p50, p99.
 *
 * How it runs from plain node: the TypeScript server modules are bundled with Vite's build
 * API (SSR mode, dependencies left external) into node_modules/.cache/bench-sync-* (removed
 * afterwards) and imported from there.
 * Targets: 1,000-mutation push <= 500 ms; >= 500 pushes/s with p99 <= 100 ms.
 *
 * Env: BENCH_DURATION_MS (default 5000), BENCH_CONCURRENCY (default 16), BENCH_SKIP_PG=1,
 * BENCH_SKIP_SQLITE=1, BENCH_DATABASE_URL (use that PostgreSQL), BENCH_PG_DURABLE=0 (local
 * cluster with fsync off, to separate disk flush cost from the rest).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { bundleServerModules } from './bundle-server.mjs';
import { performance } from 'node:perf_hooks';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

async function bundle() {
	const { outDir, modules } = await bundleServerModules('bench-sync', {
		sync: 'src/lib/server/sync/index.ts',
		db: 'src/lib/server/db/index.ts',
		postgres: 'tests/support/postgres.ts'
	});
	return { outDir, ...modules };
}

const at = '2026-11-27T10:00:00.000Z';
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
function createMutation(i) {
	return {
		mutationId: randomUUID(),
		entity: 'debts',
		entityId: `debt-${i}`,
		op: 'upsert',
		fields: debtFields(i),
		baseVersion: 0,
		clientId: 'bench'
	};
}

async function newUser(db) {
	const id = randomUUID();
	await db
		.insertInto('User')
		.values({ id, email: `${id}@bench.test`, name: null, image: null, emailVerified: null })
		.execute();
	return id;
}

const pct = (sorted, p) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (n) => `${n.toFixed(1)} ms`;

async function benchBackend(label, db, sync) {
	// Warm up (JIT, prepared plans, file growth).
	const warm = await newUser(db);
	await sync.applyPush(
		db,
		warm,
		Array.from({ length: 200 }, (_, i) => createMutation(i))
	);

	const big = [];
	for (let run = 0; run < 5; run++) {
		const user = await newUser(db);
		const batch = Array.from({ length: 1000 }, (_, i) => createMutation(i));
		const t = performance.now();
		const results = await sync.applyPush(db, user, batch);
		big.push(performance.now() - t);
		if (results.some((r) => r.status !== 'applied')) throw new Error('bench push not applied');
	}
	big.sort((a, b) => a - b);

	// Uncontended cost of one small push: one client, back to back.
	const solo = await newUser(db);
	const soloSeed = await sync.applyPush(
		db,
		solo,
		Array.from({ length: 20 }, (_, i) => createMutation(i))
	);
	let soloBase = Math.max(...soloSeed.map((r) => r.version));
	const soloTimes = [];
	for (let n = 0; n < 300; n++) {
		const batch = Array.from({ length: 5 }, (_, k) => ({
			mutationId: randomUUID(),
			entity: 'debts',
			entityId: `debt-${(n * 5 + k) % 20}`,
			op: 'upsert',
			fields: { balanceCents: 200_000 + n, updatedAt: at },
			baseVersion: soloBase,
			clientId: 'bench'
		}));
		const t = performance.now();
		const results = await sync.applyPush(db, solo, batch);
		soloTimes.push(performance.now() - t);
		soloBase = Math.max(soloBase, ...results.map((r) => r.version ?? 0));
	}
	soloTimes.sort((a, b) => a - b);

	// Sustained: each client is one tenant with 20 debts; a push edits 5 of them.
	const clients = [];
	for (let c = 0; c < CONCURRENCY; c++) {
		const user = await newUser(db);
		const seed = await sync.applyPush(
			db,
			user,
			Array.from({ length: 20 }, (_, i) => createMutation(i))
		);
		clients.push({ user, base: Math.max(...seed.map((r) => r.version)) });
	}
	const latencies = [];
	let statuses = { applied: 0, conflict: 0, other: 0 };
	const deadline = performance.now() + DURATION_MS;
	const started = performance.now();
	await Promise.all(
		clients.map(async (client) => {
			let n = 0;
			while (performance.now() < deadline) {
				const batch = Array.from({ length: 5 }, (_, k) => {
					const i = (n * 5 + k) % 20;
					return {
						mutationId: randomUUID(),
						entity: 'debts',
						entityId: `debt-${i}`,
						op: 'upsert',
						fields: { balanceCents: 100_000 + n, updatedAt: at },
						baseVersion: client.base,
						clientId: 'bench'
					};
				});
				const t = performance.now();
				const results = await sync.applyPush(db, client.user, batch);
				latencies.push(performance.now() - t);
				for (const r of results) {
					if (r.status === 'applied') statuses.applied++;
					else if (r.status === 'conflict') statuses.conflict++;
					else statuses.other++;
					if ('version' in r) client.base = Math.max(client.base, r.version);
				}
				n++;
			}
		})
	);
	const elapsed = performance.now() - started;
	latencies.sort((a, b) => a - b);
	const rate = latencies.length / (elapsed / 1000);
	const p50 = pct(latencies, 50);
	const p99 = pct(latencies, 99);
	const okBig = big[2] <= 500;
	const okRate = rate >= 500 && p99 <= 100;
	console.log(`\n${label}`);
	console.log(
		`  1,000-mutation push: median ${ms(big[2])}, min ${ms(big[0])}, max ${ms(big[4])}  (target <= 500 ms: ${okBig ? 'OK' : 'MISSED'})`
	);
	console.log(
		`  small pushes (5 mutations, ${CONCURRENCY} concurrent tenants, ${(elapsed / 1000).toFixed(1)} s): ` +
			`${rate.toFixed(0)} pushes/s, p50 ${ms(p50)}, p99 ${ms(p99)}, max ${ms(latencies.at(-1) ?? NaN)}  ` +
			`(target >= 500/s at p99 <= 100 ms: ${okRate ? 'OK' : 'MISSED'})`
	);
	console.log(
		`  one client, back to back (300 small pushes): p50 ${ms(pct(soloTimes, 50))}, p99 ${ms(pct(soloTimes, 99))}`
	);
	console.log(
		`  results: ${statuses.applied} applied, ${statuses.conflict} conflict, ${statuses.other} other`
	);
	return okBig && okRate;
}

async function main() {
	console.log(
		`bench:sync — applyPush in-process (node ${process.version}); bundling server modules...`
	);
	const { outDir, sync, db: dbModule, postgres } = await bundle();
	let allOk = true;
	const dataDir = mkdtempSync(join(tmpdir(), 'bench-sync-data-'));
	try {
		if (process.env.BENCH_SKIP_SQLITE !== '1') {
			const sqlite = dbModule.createDb({ kind: 'sqlite', file: join(dataDir, 'app.sqlite') });
			await dbModule.migrateToLatest(sqlite);
			allOk =
				(await benchBackend('SQLite (WAL, synchronous=NORMAL, file in temp dir)', sqlite, sync)) &&
				allOk;
			await sqlite.destroy();
		}

		if (process.env.BENCH_SKIP_PG !== '1') {
			const url = process.env.BENCH_DATABASE_URL?.trim();
			const durable = process.env.BENCH_PG_DURABLE !== '0';
			const server = url
				? { url, source: 'env', stop: async () => {} }
				: await postgres.startTestPostgres({ durable });
			if (!server) {
				console.log(
					'\nPostgreSQL: skipped (no BENCH_DATABASE_URL/TEST_DATABASE_URL and no local binaries)'
				);
			} else {
				const pg = dbModule.createDb({
					kind: 'postgres',
					connectionString: server.url,
					maxConnections: CONCURRENCY
				});
				try {
					await dbModule.migrateToLatest(pg);
					const label = `PostgreSQL (${server.source === 'cluster' ? `throwaway local cluster, fsync ${durable ? 'on' : 'off'}` : 'given server'}, pool ${CONCURRENCY})`;
					allOk = (await benchBackend(label, pg, sync)) && allOk;
				} finally {
					await pg.destroy();
					await server.stop();
				}
			}
		}
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
		rmSync(outDir, { recursive: true, force: true });
	}
	console.log(allOk ? '\nAll targets met.' : '\nSome targets missed (see above).');
}

main().catch((err) => {
	console.error(err);
	process.exit(1);
});
