#!/usr/bin/env node
/**
 * npm run bench:booking — latency of booking requests and the outcome of a slot race.
 *
 * What it drives: the booking SERVICE LAYER in-process (BookingService.request / cancel from
 * src/lib/server/bookings), against a real database: a SQLite file in a temp dir, and
 * PostgreSQL (BENCH_DATABASE_URL / TEST_DATABASE_URL, or a throwaway local cluster with fsync on)
 * when available. Not HTTP: the endpoints add JSON parsing, the guards and the session lookup,
 * which need the built server and signed-in sessions (the e2e setup). Mail is off.
 *
 *  1. Sustained, twice for DURATION_MS each: CONCURRENCY clients (each its own tenant) in a
 *     closed loop pick a random candidate time of a random advisor (4 advisors, Mon–Fri 9–16,
 *     45 + 15 min, four weeks) and request it; when granted they cancel it (so the calendars do
 *     not fill up). First with a think time of 0–2×BENCH_THINK_MS (default mean 100 ms) between
 *     requests, then with none (saturation: every request queues behind the other 49). Reports
 *     p50/p99 of the request call (granted and 409 alike) and the outcome counts.
 *  2. One client back to back: the uncontended service time.
 *  3. Race: RACERS concurrent requests for one slot from different tenants: must give 1 hold.
 *
 * Target: request p99 <= 50 ms on SQLite at 50 concurrent clients (judged on the paced run).
 * Env: BENCH_DURATION_MS (5000), BENCH_CONCURRENCY (50), BENCH_THINK_MS (100), BENCH_RACERS
 * (100), BENCH_SKIP_PG=1.
 * Loopback only; bounded in time (plus bundling and PostgreSQL start-up, ~10 s).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { bundleServerModules } from './bundle-server.mjs';
import { performance } from 'node:perf_hooks';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const RACERS = Number(process.env.BENCH_RACERS ?? 100);
const ADVISORS = 4;
const TARGET_P99_MS = 50;
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 100);

async function bundle() {
	const { outDir, modules } = await bundleServerModules('bench-booking', {
		service: 'src/lib/server/bookings/service.ts',
		fixtures: 'tests/server/booking-fixtures.ts',
		domain: 'src/lib/domain/booking.ts',
		db: 'src/lib/server/db/index.ts',
		postgres: 'tests/support/postgres.ts'
	});
	return { outDir, ...modules };
}

const pct = (sorted, p) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (n) => `${n.toFixed(1)} ms`;

async function benchBackend(label, db, m) {
	const { BookingService } = m.service;
	const { insertAdvisor, insertUser, MONDAY_0800 } = m.fixtures;
	const now = () => MONDAY_0800; // a fixed clock: every run sees the same four weeks
	const service = new BookingService(db, { now, maxLivePerTenant: 1_000 });
	const advisors = [];
	for (let i = 0; i < ADVISORS; i++)
		advisors.push(await insertAdvisor(db, { displayName: `Neuvoja ${i}` }));
	// Every candidate time of every advisor over the next four weeks (before bookings).
	const candidates = (await service.slots('service', '2026-11-30', 28)).map((s) => s.startsAt);
	const tenants = [];
	for (let c = 0; c < Math.max(CONCURRENCY, RACERS); c++)
		tenants.push(await insertUser(db, 'tenant'));

	// Warm-up.
	for (let i = 0; i < 50; i++) {
		const r = await service
			.request(tenants[0], ask(advisors[i % ADVISORS].id, candidates[i % candidates.length]))
			.catch(() => null);
		if (r) await service.cancel(tenants[0], r.booking.id, '');
	}

	// Uncontended: one client, back to back (the service time each request needs).
	const solo = [];
	for (let i = 0; i < 300; i++) {
		const t = performance.now();
		const r = await service
			.request(tenants[1], ask(advisors[i % ADVISORS].id, candidates[(i * 7) % candidates.length]))
			.catch(() => null);
		solo.push(performance.now() - t);
		if (r) await service.cancel(tenants[1], r.booking.id, '');
	}
	solo.sort((a, b) => a - b);

	async function sustained(thinkMs) {
		const latencies = [];
		const outcomes = { granted: 0, slot_taken: 0, not_offered: 0, other: 0 };
		const deadline = performance.now() + DURATION_MS;
		const started = performance.now();
		await Promise.all(
			tenants.slice(0, CONCURRENCY).map(async (tenant) => {
				while (performance.now() < deadline) {
					if (thinkMs > 0) await new Promise((r) => setTimeout(r, Math.random() * 2 * thinkMs));
					const advisor = advisors[Math.floor(Math.random() * ADVISORS)];
					const at = candidates[Math.floor(Math.random() * candidates.length)];
					const t = performance.now();
					try {
						const { booking } = await service.request(tenant, ask(advisor.id, at));
						latencies.push(performance.now() - t);
						outcomes.granted++;
						await service.cancel(tenant, booking.id, '');
					} catch (err) {
						latencies.push(performance.now() - t);
						const code = err?.body?.code;
						if (code === 'slot_taken' || code === 'not_offered') outcomes[code]++;
						else {
							outcomes.other++;
							if (outcomes.other <= 3) console.error('  unexpected:', err);
						}
					}
				}
			})
		);
		latencies.sort((a, b) => a - b);
		return { latencies, outcomes, elapsed: performance.now() - started };
	}
	const paced = await sustained(THINK_MS);
	const flat = await sustained(0);

	// The race: RACERS tenants, one slot, all at once.
	const slot = candidates.find((c) => c > MONDAY_0800 + 3 * 24 * 3600_000) ?? candidates[0];
	const raceStart = performance.now();
	const race = await Promise.allSettled(
		tenants.slice(0, RACERS).map((t) => service.request(t, ask(advisors[0].id, slot)))
	);
	const raceMs = performance.now() - raceStart;
	const held = race.filter((r) => r.status === 'fulfilled').length;
	const taken = race.filter(
		(r) => r.status === 'rejected' && r.reason?.body?.code === 'slot_taken'
	).length;
	const raceOther = RACERS - held - taken;

	const okLatency = pct(paced.latencies, 99) <= TARGET_P99_MS;
	const okRace = held === 1 && raceOther === 0;
	console.log(`\n${label}`);
	const line = (name, r) => {
		console.log(
			`  ${name}: ${r.latencies.length} requests in ${(r.elapsed / 1000).toFixed(1)} s ` +
				`(${(r.latencies.length / (r.elapsed / 1000)).toFixed(0)}/s; each granted one is then cancelled), ` +
				`p50 ${ms(pct(r.latencies, 50))}, p99 ${ms(pct(r.latencies, 99))}, max ${ms(r.latencies.at(-1) ?? NaN)}`
		);
		console.log(
			`    outcomes: ${r.outcomes.granted} granted, ${r.outcomes.slot_taken} slot taken (409), ` +
				`${r.outcomes.not_offered} not offered, ${r.outcomes.other} other`
		);
	};
	line(`${CONCURRENCY} clients, think time 0–${2 * THINK_MS} ms`, paced);
	line(`${CONCURRENCY} clients, no think time (saturation)`, flat);
	console.log(
		`  one client, back to back (300 requests): p50 ${ms(pct(solo, 50))}, p99 ${ms(pct(solo, 99))}`
	);
	console.log(
		`  race, ${RACERS} concurrent requests for one slot: ${held} hold, ${taken} slot taken (409), ${raceOther} other, ` +
			`${ms(raceMs)} for all`
	);
	console.log(
		`  target p99 <= ${TARGET_P99_MS} ms with think time: ${okLatency ? 'OK' : 'MISSED'}; race gives exactly one hold: ${okRace ? 'OK' : 'FAILED'}`
	);
	return { okLatency, okRace };
}

function ask(advisorId, startsAt) {
	return {
		requestId: randomUUID(),
		advisorId,
		startsAt,
		channel: 'phone',
		note: '',
		shareSummary: false,
		lang: 'fi'
	};
}

async function main() {
	console.log(
		`bench:booking — BookingService in-process, NOT over HTTP (node ${process.version}); bundling server modules...`
	);
	const started = performance.now();
	const m = await bundle();
	const dataDir = mkdtempSync(join(tmpdir(), 'bench-booking-data-'));
	let raceOk = true;
	let sqliteOk = true;
	try {
		const sqlite = m.db.createDb({ kind: 'sqlite', file: join(dataDir, 'app.sqlite') });
		await m.db.migrateToLatest(sqlite);
		const r = await benchBackend('SQLite (WAL, synchronous=NORMAL, file in temp dir)', sqlite, m);
		sqliteOk = r.okLatency;
		raceOk = r.okRace;
		await sqlite.destroy();

		if (process.env.BENCH_SKIP_PG !== '1') {
			const url = process.env.BENCH_DATABASE_URL?.trim();
			const server = url
				? { url, source: 'env', stop: async () => {} }
				: await m.postgres.startTestPostgres({ durable: true });
			if (!server) {
				console.log(
					'\nPostgreSQL: skipped (no BENCH_DATABASE_URL/TEST_DATABASE_URL and no local binaries)'
				);
			} else {
				const pool = Math.min(CONCURRENCY, 20);
				const pg = m.db.createDb({
					kind: 'postgres',
					connectionString: server.url,
					maxConnections: pool
				});
				try {
					await m.db.migrateToLatest(pg);
					const label = `PostgreSQL (${server.source === 'cluster' ? 'throwaway local cluster, fsync on' : 'given server'}, pool ${pool})`;
					const r = await benchBackend(label, pg, m);
					raceOk = raceOk && r.okRace;
				} finally {
					await pg.destroy();
					await server.stop();
				}
			}
		}
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
		rmSync(m.outDir, { recursive: true, force: true });
	}
	console.log(`\ndone in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	if (!raceOk) process.exitCode = 1;
	if (!sqliteOk) console.log('note: SQLite p99 target missed');
}

await main();
