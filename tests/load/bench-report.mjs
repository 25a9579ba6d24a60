#!/usr/bin/env node
/**
 * npm run bench:report — the quarterly outcome report over 100,000 cases with their events.
 *
 * What it drives: `outcomeReport` (src/lib/server/cases/report.ts) in-process against a real
 * database: a SQLite file in a temp dir, then PostgreSQL (BENCH_DATABASE_URL, or a throwaway
 * local cluster started like the server tests do). The cases come from the same seeded
 * generator as the report spec (tests/server/report-seed.ts), four quarters and four partner
 * groups, each with BENCH_EVENTS status events (default 3). The report is computed in the
 * database (two GROUP BY queries) and suppressed; only counts reach JavaScript.
 *
 * Prints the time of one report (median of 5 after a warm-up, and the slowest) and its figures
 * for each quarter as a whole. Target: under 1 s on both. Exit code 1 when a target is missed.
 * Env: BENCH_CASES (100000), BENCH_EVENTS (3), BENCH_SKIP_PG=1. Loopback only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundleServerModules } from './bundle-server.mjs';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 3);
const TARGET_MS = 1000;
const RUNS = 5;

async function benchBackend(label, db, m) {
	const t0 = performance.now();
	await m.seed.insertSeed(db, m.seed.seedCases(CASES), EVENTS);
	const { sql } = await import('kysely');
	await sql`analyze`.execute(db);
	const count = await db
		.selectFrom('case_events')
		.select((eb) => eb.fn.countAll().as('n'))
		.executeTakeFirstOrThrow();
	console.log(
		`\n${label}\n  seeded ${CASES} cases and ${Number(count.n)} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`
	);
	const options = { from: '2026-Q1', to: '2026-Q4', now: new Date('2026-12-01T10:00:00Z') };
	await m.report.outcomeReport(db, options); // warm-up: statement caches, page cache
	const times = [];
	let report;
	for (let i = 0; i < RUNS; i++) {
		const s = performance.now();
		report = await m.report.outcomeReport(db, options);
		times.push(performance.now() - s);
	}
	times.sort((a, b) => a - b);
	const median = times[Math.floor(times.length / 2)];
	const worst = times.at(-1);
	const ok = worst < TARGET_MS;
	console.log(
		`  report (4 quarters x 5 rows, ${Object.keys(report.rows[0].cells).length} figures each): median ${median.toFixed(0)} ms, slowest ${worst.toFixed(0)} ms of ${RUNS} -> ${ok ? 'under' : 'OVER'} ${TARGET_MS} ms`
	);
	const show = [
		'newCases',
		'stage.terminated',
		'months.m3plus',
		'plan.agreed',
		'kept3.kept',
		'kept12.kept',
		'outcome.keptWithPlan',
		'outcome.evicted',
		'recurrence.recurred',
		'source.referral',
		'referral.consented'
	];
	console.log(`  ${'quarter'.padEnd(9)}${show.map((k) => k.padStart(22)).join('')}`);
	for (const row of report.rows.filter((r) => r.partner === '*')) {
		console.log(
			`  ${row.quarter.padEnd(9)}${show.map((k) => String(row.cells[k] ?? '(hidden)').padStart(22)).join('')}`
		);
	}
	const hidden = report.rows.reduce(
		(n, r) => n + Object.values(r.cells).filter((v) => v === null).length,
		0
	);
	console.log(`  hidden cells (fewer than 5 cases, or recoverable): ${hidden}`);
	return ok;
}

async function main() {
	const started = performance.now();
	const { outDir, modules: m } = await bundleServerModules('bench-report', {
		report: 'src/lib/server/cases/report.ts',
		seed: 'tests/server/report-seed.ts',
		db: 'src/lib/server/db/index.ts',
		postgres: 'tests/support/postgres.ts'
	});
	const dataDir = mkdtempSync(join(tmpdir(), 'bench-report-data-'));
	let ok = true;
	try {
		const sqlite = m.db.createDb({ kind: 'sqlite', file: join(dataDir, 'app.sqlite') });
		try {
			await m.db.migrateToLatest(sqlite);
			ok = (await benchBackend('SQLite (file in temp dir)', sqlite, m)) && ok;
		} finally {
			await sqlite.destroy();
		}
		if (process.env.BENCH_SKIP_PG !== '1') {
			const url = process.env.BENCH_DATABASE_URL?.trim();
			const server = url
				? { url, source: 'env', stop: async () => {} }
				: await m.postgres.startTestPostgres();
			if (!server) {
				console.log('\nPostgreSQL: not run (no BENCH_DATABASE_URL and no local binaries)');
				ok = false;
			} else {
				const pg = m.db.createDb({
					kind: 'postgres',
					connectionString: server.url,
					maxConnections: 4
				});
				try {
					await m.db.migrateToLatest(pg);
					const label = `PostgreSQL (${server.source === 'cluster' ? 'throwaway local cluster' : 'given server'})`;
					ok = (await benchBackend(label, pg, m)) && ok;
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
	console.log(`\ndone in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	if (!ok) process.exitCode = 1;
}

await main();
