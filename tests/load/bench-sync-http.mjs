#!/usr/bin/env node
/**
 * Sync pushes over real HTTP: the built app served by scripts/serve.mjs (adapter-node, hooks,
 * Auth.js database-session lookup, guards, JSON parse, applyPush, commit) on 127.0.0.1, driven by
 * Node's fetch (undici, keep-alive) from this process. Run by `npm run bench:sync` after the
 * in-process bench (tests/load/bench-sync.mjs).
 *
 *  1. one push of 1,000 new rows (median of 5, each for a fresh tenant, after a warm-up);
 *  2. small pushes (5 edits of existing debts, money fields included) for DURATION_MS from
 *     CONCURRENCY requests in flight, spread round-robin over TENANTS signed-in tenants (each has
 *     its own session and 20 debts): pushes/s, p50, p99, max, and any non-200 answers;
 *  3. one client, back to back: the uncontended latency of a small push.
 *
 * Why many tenants: the server allows 120 pushes per user per minute (a burst of 120), which is
 * the real limit a single tenant meets; a throughput figure must come from many tenants. Any 429
 * is counted and printed: the bench is set up so that none should occur.
 *
 * Sessions are "Session" rows written straight into the server's database, as Auth.js writes
 * them, with the `authjs.session-token` cookie (the http name). Both SQLite (a temp DATA_DIR) and
 * PostgreSQL (BENCH_DATABASE_URL, or a throwaway local cluster with fsync ON from
 * tests/support/postgres.ts) are measured. The machine's load average is printed with the figures:
 * other processes on a shared machine move them.
 *
 * Build: BENCH_BUILD_DIR, else build/ when it holds a build, else a fresh `vite build` into
 * node_modules/.cache (removed afterwards).
 *
 * Env: BENCH_DURATION_MS (5000), BENCH_CONCURRENCY (16), BENCH_TENANTS (200), BENCH_SKIP_PG=1,
 * BENCH_SKIP_SQLITE=1, BENCH_DATABASE_URL. Targets: 1,000-mutation push <= 500 ms; >= 500
 * pushes/s with p99 <= 100 ms.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';

export const root = resolve(fileURLToPath(import.meta.url), '../../..');
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const TENANTS = Number(process.env.BENCH_TENANTS ?? 200);
const SESSION_COOKIE = 'authjs.session-token';

export const pct = (sorted, p) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
export const ms = (n) => `${n.toFixed(1)} ms`;
export const load = () =>
	`load average ${loadavg()
		.map((l) => l.toFixed(2))
		.join(' / ')} (1/5/15 min) on ${cpus().length} CPUs`;

function freePort() {
	return new Promise((res, rej) => {
		const s = createServer();
		s.once('error', rej);
		s.listen(0, '127.0.0.1', () => {
			const a = s.address();
			s.close(() => res(typeof a === 'object' && a ? a.port : 0));
		});
	});
}

function run(cmd, args, env) {
	return new Promise((res, rej) => {
		const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		child.once('error', rej);
		child.once('exit', (code) =>
			code === 0 ? res() : rej(new Error(`${cmd} exited ${code}\n${out}`))
		);
	});
}

/**
 * CPU time (ms) a process has used so far, from /proc (Linux); null elsewhere. Clock ticks are
 * 100 per second on Linux (USER_HZ).
 */
export function cpuMs(pid) {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return (Number(fields[11]) + Number(fields[12])) * 10;
	} catch {
		return null;
	}
}

/** The build to serve, and how to clean up after it. */
export async function appBuild() {
	const given = process.env.BENCH_BUILD_DIR;
	if (given) return { dir: resolve(root, given), cleanup: () => {} };
	if (existsSync(join(root, 'build', 'handler.js'))) {
		return { dir: join(root, 'build'), cleanup: () => {} };
	}
	const cache = join(root, 'node_modules', '.cache');
	mkdirSync(cache, { recursive: true });
	const dir = mkdtempSync(join(cache, 'bench-build-'));
	console.log(`building the app into ${dir} ...`);
	await run(
		process.execPath,
		[join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
		{
			...process.env,
			BUILD_DIR: dir,
			APP_VERSION: process.env.APP_VERSION ?? `bench-${Date.now().toString(36)}`
		}
	);
	return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * PostgreSQL for the bench: BENCH_DATABASE_URL, or a throwaway durable cluster started by
 * tests/support/postgres.ts (bundled with Vite's build API, as bench-sync.mjs does). Null: none.
 */
export async function benchPostgres() {
	if (process.env.BENCH_SKIP_PG === '1') return null;
	const url = process.env.BENCH_DATABASE_URL?.trim();
	if (url) return { url, label: 'given server', stop: async () => {} };
	const { build } = await import('vite');
	const cache = join(root, 'node_modules', '.cache');
	mkdirSync(cache, { recursive: true });
	const outDir = mkdtempSync(join(cache, 'bench-pg-'));
	try {
		await build({
			configFile: false,
			root,
			logLevel: 'warn',
			build: {
				ssr: true,
				outDir,
				emptyOutDir: true,
				minify: false,
				rollupOptions: {
					input: { postgres: join(root, 'tests/support/postgres.ts') },
					output: { format: 'es', entryFileNames: '[name].mjs' }
				}
			}
		});
		const { startTestPostgres } = await import(pathToFileURL(join(outDir, 'postgres.mjs')).href);
		const server = await startTestPostgres({ durable: true });
		if (!server) return null;
		return {
			url: server.url,
			label:
				server.source === 'cluster' ? 'throwaway local cluster, fsync on' : 'TEST_DATABASE_URL',
			stop: () => server.stop()
		};
	} finally {
		rmSync(outDir, { recursive: true, force: true });
	}
}

/** scripts/serve.mjs on a free loopback port; resolves once the database is migrated. */
export async function startApp({ buildDir, databaseUrl }) {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const dataDir = mkdtempSync(join(tmpdir(), 'bench-sync-http-'));
	const child = spawn(process.execPath, [join(root, 'scripts/serve.mjs')], {
		cwd: root,
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: url,
			BUILD_DIR: buildDir,
			DATA_DIR: dataDir,
			DATABASE_URL: databaseUrl ?? '',
			AUTH_SECRET: randomBytes(32).toString('base64url'),
			AUTH_TRUST_HOST: 'true',
			SHUTDOWN_TIMEOUT: '2'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stdout.on('data', (d) => (log = (log + d).slice(-8000)));
	child.stderr.on('data', (d) => (log = (log + d).slice(-8000)));
	const exited = new Promise((r) => child.once('exit', r));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
			await exited;
			clearTimeout(timer);
		}
		rmSync(dataDir, { recursive: true, force: true });
	};
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited:\n${log}`);
		const ready = await fetch(`${url}/api/sync/pull`).then(
			(r) => r.status === 401,
			() => false
		);
		if (ready) break;
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`server did not answer in 60 s:\n${log}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return { url, dataDir, pid: child.pid, stop, log: () => log };
}

/** Writes User + Session rows the way @auth/kysely-adapter does; returns a Cookie header per user. */
export function sessionMaker({ dataDir, databaseUrl }) {
	const expires = new Date(Date.now() + 24 * 3600_000);
	if (databaseUrl) {
		const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
		return {
			async create() {
				const id = randomUUID();
				const token = randomBytes(32).toString('hex');
				await pool.query('insert into "User" (id, email) values ($1, $2)', [
					id,
					`${id}@bench.test`
				]);
				await pool.query(
					'insert into "Session" ("userId", "sessionToken", expires) values ($1, $2, $3)',
					[id, hashToken(token), expires]
				);
				return { userId: id, cookie: `${SESSION_COOKIE}=${token}` };
			},
			close: () => pool.end()
		};
	}
	const db = new SqliteDatabase(join(dataDir, 'app.sqlite'));
	db.pragma('busy_timeout = 5000');
	const user = db.prepare('insert into "User" (id, email) values (?, ?)');
	const session = db.prepare(
		'insert into "Session" ("userId", "sessionToken", expires) values (?, ?, ?)'
	);
	return {
		async create() {
			const id = randomUUID();
			const token = randomBytes(32).toString('hex');
			user.run(id, `${id}@bench.test`);
			session.run(id, hashToken(token), expires.toISOString());
			return { userId: id, cookie: `${SESSION_COOKIE}=${token}` };
		},
		close: async () => db.close()
	};
}

/** The server stores the SHA-256 of each session token, never the token (auth/adapter.ts). */
function hashToken(token) {
	return createHash('sha256').update(token).digest('hex');
}

const at = '2026-11-27T10:00:00.000Z';
export function createMutation(i, clientId = 'bench') {
	return {
		mutationId: randomUUID(),
		entity: 'debts',
		entityId: `debt-${i}`,
		op: 'upsert',
		fields: {
			createdAt: at,
			updatedAt: at,
			creditor: `Velkoja ${i}`,
			type: 'consumerLoan',
			balanceCents: 100_000 + i,
			monthlyPaymentCents: 5_000,
			status: 'late'
		},
		baseVersion: 0,
		clientId
	};
}

/** POST /api/sync/push; throws unless 200 (callers that count failures pass `allowFail`). */
export async function push(url, cookie, mutations, { allowFail = false } = {}) {
	const res = await fetch(`${url}/api/sync/push`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: url, cookie },
		body: JSON.stringify({ mutations })
	});
	const text = await res.text();
	if (res.status !== 200) {
		if (allowFail) return { status: res.status, results: [] };
		throw new Error(`push answered ${res.status}: ${text.slice(0, 300)}`);
	}
	return { status: 200, results: JSON.parse(text).results };
}

async function benchBackend(label, app, sessions) {
	console.log(`\n${label}`);
	console.log(`  before: ${load()}`);

	// 1. One push of 1,000 new rows.
	const warm = await sessions.create();
	await push(
		app.url,
		warm.cookie,
		Array.from({ length: 200 }, (_, i) => createMutation(i))
	);
	const big = [];
	for (let run = 0; run < 5; run++) {
		const tenant = await sessions.create();
		const batch = Array.from({ length: 1000 }, (_, i) => createMutation(i));
		const t = performance.now();
		const { results } = await push(app.url, tenant.cookie, batch);
		big.push(performance.now() - t);
		if (results.length !== 1000 || results.some((r) => r.status !== 'applied')) {
			throw new Error('1,000-mutation push not applied');
		}
	}
	const bodyKiB =
		Buffer.byteLength(
			JSON.stringify({ mutations: Array.from({ length: 1000 }, (_, i) => createMutation(i)) })
		) / 1024;
	big.sort((a, b) => a - b);

	// Tenants for the small pushes, each with 20 debts.
	const tenants = [];
	for (let t = 0; t < TENANTS; t++) {
		const s = await sessions.create();
		const clientId = `bench-${t}`;
		const { results } = await push(
			app.url,
			s.cookie,
			Array.from({ length: 20 }, (_, i) => createMutation(i, clientId))
		);
		// Each debt's own version: a base newer than the row's is refused as invalid.
		tenants.push({ ...s, clientId, versions: results.map((r) => r.version), n: 0 });
	}
	const smallPush = (tenant) => {
		const n = tenant.n++;
		return Array.from({ length: 5 }, (_, k) => ({
			mutationId: randomUUID(),
			entity: 'debts',
			entityId: `debt-${(n * 5 + k) % 20}`,
			op: 'upsert',
			fields: { balanceCents: 100_000 + n, updatedAt: at },
			baseVersion: tenant.versions[(n * 5 + k) % 20],
			clientId: tenant.clientId
		}));
	};

	// 3. Uncontended (one client, back to back); before the sustained run so the limits are fresh.
	const solo = tenants[0];
	const soloTimes = [];
	for (let i = 0; i < 100; i++) {
		const t = performance.now();
		await push(app.url, solo.cookie, smallPush(solo));
		soloTimes.push(performance.now() - t);
	}
	soloTimes.sort((a, b) => a - b);

	// 2. Sustained small pushes.
	const latencies = [];
	const statuses = new Map();
	const outcomes = { applied: 0, conflict: 0, other: 0 };
	let next = 1; // tenant 0 already used 100 of its burst
	const serverCpuBefore = cpuMs(app.pid);
	const started = performance.now();
	const deadline = started + DURATION_MS;
	await Promise.all(
		Array.from({ length: CONCURRENCY }, async () => {
			while (performance.now() < deadline) {
				const tenant = tenants[next++ % tenants.length];
				const t = performance.now();
				const { status, results } = await push(app.url, tenant.cookie, smallPush(tenant), {
					allowFail: true
				});
				latencies.push(performance.now() - t);
				statuses.set(status, (statuses.get(status) ?? 0) + 1);
				for (const r of results) {
					if (r.status === 'applied' || r.status === 'conflict') outcomes[r.status]++;
					else outcomes.other++;
				}
			}
		})
	);
	const elapsed = performance.now() - started;
	const serverCpuAfter = cpuMs(app.pid);
	latencies.sort((a, b) => a - b);
	const ok = statuses.get(200) ?? 0;
	const rate = ok / (elapsed / 1000);
	const p50 = pct(latencies, 50);
	const p99 = pct(latencies, 99);
	const okBig = big[2] <= 500;
	const okRate = rate >= 500 && p99 <= 100 && ok === latencies.length;
	console.log(
		`  1,000-mutation push (${bodyKiB.toFixed(0)} KiB): median ${ms(big[2])}, min ${ms(big[0])}, max ${ms(big[4])}` +
			`  (target <= 500 ms: ${okBig ? 'OK' : 'MISSED'})`
	);
	console.log(
		`  small pushes (5 mutations; ${CONCURRENCY} in flight over ${TENANTS} tenants; ${(elapsed / 1000).toFixed(1)} s): ` +
			`${rate.toFixed(0)} pushes/s answered 200, p50 ${ms(p50)}, p99 ${ms(p99)}, max ${ms(latencies.at(-1) ?? NaN)}` +
			`  (target >= 500/s at p99 <= 100 ms: ${okRate ? 'OK' : 'MISSED'})`
	);
	console.log(
		`  HTTP statuses: ${[...statuses].map(([s, n]) => `${s} x${n}`).join(', ')}; mutations: ` +
			`${outcomes.applied} applied, ${outcomes.conflict} conflict, ${outcomes.other} other`
	);
	if (serverCpuBefore !== null && serverCpuAfter !== null && latencies.length > 0) {
		const perPush = (serverCpuAfter - serverCpuBefore) / latencies.length;
		const share = (serverCpuAfter - serverCpuBefore) / elapsed;
		console.log(
			`  server process CPU: ${perPush.toFixed(2)} ms per small push, ${(share * 100).toFixed(0)}% of one core during the run` +
				` (one free core would give about ${(1000 / perPush).toFixed(0)} pushes/s${label.startsWith('PostgreSQL') ? '; PostgreSQL backends not counted' : ''})`
		);
	}
	console.log(
		`  one client, back to back (100 small pushes): p50 ${ms(pct(soloTimes, 50))}, p99 ${ms(pct(soloTimes, 99))}`
	);
	console.log(`  after: ${load()}`);
	return okBig && okRate;
}

/**
 * Runs `bench` against the built app on SQLite (unless BENCH_SKIP_SQLITE=1) and then on
 * PostgreSQL (unless BENCH_SKIP_PG=1 or none can be had), each with an app process and a session
 * maker of its own that are stopped afterwards. `bench` gets `{ kind, label, databaseUrl, app,
 * sessions }` (label: how the PostgreSQL server was had; databaseUrl: undefined on SQLite) and
 * returns false for a missed target. Returns whether every run met its targets.
 */
export async function onEachBackend(build, bench) {
	let allOk = true;
	if (process.env.BENCH_SKIP_SQLITE !== '1') {
		const app = await startApp({ buildDir: build.dir });
		const sessions = sessionMaker({ dataDir: app.dataDir });
		try {
			allOk = (await bench({ kind: 'sqlite', label: null, app, sessions })) !== false && allOk;
		} finally {
			await sessions.close();
			await app.stop();
		}
	}
	const postgres = await benchPostgres();
	if (!postgres) {
		console.log('\nPostgreSQL: skipped (BENCH_SKIP_PG=1, or no server and no binaries)');
		return allOk;
	}
	try {
		const app = await startApp({ buildDir: build.dir, databaseUrl: postgres.url });
		const sessions = sessionMaker({ databaseUrl: postgres.url });
		try {
			const run = {
				kind: 'postgres',
				label: postgres.label,
				databaseUrl: postgres.url,
				app,
				sessions
			};
			allOk = (await bench(run)) !== false && allOk;
		} finally {
			await sessions.close();
			await app.stop();
		}
	} finally {
		await postgres.stop();
	}
	return allOk;
}

async function main() {
	console.log(`bench:sync (HTTP) — built server on loopback, node ${process.version}`);
	console.log(`  ${load()}`);
	const build = await appBuild();
	let allOk;
	try {
		allOk = await onEachBackend(build, ({ kind, label, app, sessions }) =>
			benchBackend(
				kind === 'sqlite'
					? 'SQLite over HTTP (WAL, synchronous=NORMAL)'
					: `PostgreSQL over HTTP (${label})`,
				app,
				sessions
			)
		);
	} finally {
		build.cleanup();
	}
	console.log(allOk ? '\nAll HTTP targets met.' : '\nSome HTTP targets missed (see above).');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	main().catch((err) => {
		console.error(err);
		process.exit(1);
	});
}
