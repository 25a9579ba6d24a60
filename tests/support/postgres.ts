/**
 * PostgreSQL for tests and benchmarks, without a shared server:
 *
 * 1. TEST_DATABASE_URL set: create a fresh database on that server for this caller (dropped on
 *    stop), falling back to the URL itself when CREATE DATABASE is not allowed.
 * 2. Otherwise, if PostgreSQL binaries exist (PG_BIN, or the newest /usr/lib/postgresql/N/bin),
 *    initdb a throwaway cluster into a temp dir and run it on 127.0.0.1 at a free port. As root,
 *    the cluster runs as the `postgres` system user (initdb refuses root).
 * 3. Neither: throws, so no PostgreSQL test is silently left out; SQLITE_ONLY=1 returns null
 *    instead (callers then run SQLite only), for a quick local loop.
 *
 * The cluster is stopped by its own pid (never by name) in `stop()`, and killed on process exit
 * as a last resort so a crashed test run does not leave a server behind.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestPostgres {
	url: string;
	source: 'env' | 'cluster';
	stop(): Promise<void>;
}

export interface ClusterOptions {
	/**
	 * Test clusters run with fsync off (nothing there must survive a power cut), which makes a
	 * commit cheap. Benchmarks pass `durable: true` to measure real commits.
	 */
	durable?: boolean;
}

export function findPostgresBin(): string | null {
	const fromEnv = process.env.PG_BIN;
	if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return null;
	const versions = readdirSync(root)
		.filter((v) => /^\d+$/.test(v) && existsSync(join(root, v, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions[0] ? join(root, versions[0], 'bin') : null;
}

export async function startTestPostgres(
	options: ClusterOptions = {}
): Promise<TestPostgres | null> {
	const envUrl = process.env.TEST_DATABASE_URL?.trim();
	if (envUrl) return freshDatabaseOn(envUrl);
	const bin = findPostgresBin();
	if (!bin) {
		// No test is silently left out: `npm test` installs PostgreSQL first (scripts/system-deps.mjs).
		// Running SQLite only is an explicit choice for a quick local loop.
		if (process.env.SQLITE_ONLY === '1') return null;
		throw new Error(
			'PostgreSQL: TEST_DATABASE_URL is unset and no binaries were found. Install postgresql ' +
				'(npm test does it as root), set PG_BIN or TEST_DATABASE_URL, or SQLITE_ONLY=1 for SQLite alone.'
		);
	}
	return startCluster(bin, options);
}

async function freshDatabaseOn(adminUrl: string): Promise<TestPostgres> {
	const name = `vt_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	try {
		await admin.query(`create database ${name}`);
	} catch (err) {
		console.warn(
			`[postgres] cannot create a database (${String(err)}); using TEST_DATABASE_URL as is`
		);
		await admin.end();
		return { url: adminUrl, source: 'env', stop: () => Promise.resolve() };
	}
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		source: 'env',
		async stop() {
			const c = new pg.Client({ connectionString: adminUrl });
			await c.connect();
			try {
				await c.query(`drop database if exists ${name} with (force)`);
			} finally {
				await c.end();
			}
		}
	};
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/** uid/gid to run the server as: ourselves, or `postgres` when we are root. */
function runAs(): { uid: number; gid: number } | null {
	if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
	try {
		const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
		const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
		return { uid, gid };
	} catch {
		throw new Error('Running as root and there is no `postgres` user to run a test cluster as');
	}
}

function run(cmd: string, args: string[], ids: { uid: number; gid: number } | null): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], ...(ids ?? {}) });
		let stderr = '';
		child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
		child.once('error', reject);
		child.once('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}: ${stderr}`))
		);
	});
}

async function waitForServer(url: string, child: ChildProcess, log: () => string): Promise<void> {
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`postgres exited early: ${log()}`);
		const client = new pg.Client({ connectionString: url });
		try {
			await client.connect();
			await client.end();
			return;
		} catch {
			await client.end().catch(() => undefined);
			if (Date.now() > deadline) throw new Error(`postgres did not start in 30 s: ${log()}`);
			await new Promise((r) => setTimeout(r, 100));
		}
	}
}

async function startCluster(bin: string, options: ClusterOptions): Promise<TestPostgres> {
	const ids = runAs();
	const dir = mkdtempSync(join(tmpdir(), 'vuokra-pg-'));
	if (ids) chownSync(dir, ids.uid, ids.gid);
	const data = join(dir, 'data');
	await run(
		join(bin, 'initdb'),
		['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync'],
		ids
	);
	const port = await freePort();
	const settings = options.durable
		? []
		: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
	const child = spawn(
		join(bin, 'postgres'),
		['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', dir, ...settings],
		{ stdio: ['ignore', 'ignore', 'pipe'], ...(ids ?? {}) }
	);
	let log = '';
	child.stderr?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
	const killOnExit = () => child.kill('SIGKILL');
	process.once('exit', killOnExit);

	const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
	try {
		await waitForServer(url, child, () => log);
	} catch (err) {
		child.kill('SIGKILL');
		rmSync(dir, { recursive: true, force: true });
		throw err;
	}
	return {
		url,
		source: 'cluster',
		async stop() {
			process.removeListener('exit', killOnExit);
			if (child.exitCode === null) {
				const exited = new Promise<void>((r) => child.once('exit', () => r()));
				// Smart shutdown first: pg's pool.end() resolves before its sockets have closed,
				// and a fast shutdown would send those clients a FATAL they report as an error.
				// Escalate to fast shutdown, then to a kill, if sessions linger.
				child.kill('SIGTERM');
				const fast = setTimeout(() => child.kill('SIGINT'), 2_000);
				const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
				await exited;
				clearTimeout(fast);
				clearTimeout(kill);
			}
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
