/**
 * The server database: SQLite (better-sqlite3) by default, PostgreSQL when DATABASE_URL is a
 * postgres:// URL. Everything above this module speaks Kysely and asks `dialectKind(db)` only
 * where the dialects truly differ (write serialisation, timestamp columns).
 *
 * Server-only (lib/server): it opens files and sockets and reads secrets from the environment.
 */
import { safeErrorSummary } from '$lib/server/log/safe-error';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type MigrationResult } from 'kysely';
import pg from 'pg';
import { MIGRATIONS } from './migrations';
import type { Database } from './schema';
import { dialectKind, type DialectKind } from './dialect';
import { registerRelaxedCommits } from './relaxed-commit';
import { checkpointInWorker } from './checkpointer';

export type { Database } from './schema';
export { dialectKind, type DialectKind } from './dialect';

export type DbConfig =
	| { kind: 'sqlite'; file: string }
	| { kind: 'postgres'; connectionString: string; maxConnections?: number };

/** Reads DATABASE_URL / DATA_DIR. Any other DATABASE_URL scheme is a configuration error, not SQLite. */
export function dbConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DbConfig {
	const url = env.DATABASE_URL?.trim();
	if (url) {
		if (/^postgres(ql)?:\/\//i.test(url)) return { kind: 'postgres', connectionString: url };
		throw new Error(
			'DATABASE_URL must start with postgres:// or postgresql:// (unset it for SQLite)'
		);
	}
	return { kind: 'sqlite', file: resolve(env.DATA_DIR ?? './data', 'app.sqlite') };
}

export function createDb(config: DbConfig = dbConfigFromEnv()): Kysely<Database> {
	if (config.kind === 'postgres') {
		const pool = new pg.Pool({
			connectionString: config.connectionString,
			max: config.maxConnections ?? 10
		});
		// Writes whose loss in a crash is harmless go through sessions that do not wait for the
		// disk at commit (relaxed-commit.ts): a small pool of their own, ended with the main one.
		const relaxedPool = new pg.Pool({
			connectionString: config.connectionString,
			max: Math.max(1, Math.ceil((config.maxConnections ?? 10) / 2)),
			options: '-c synchronous_commit=off'
		});
		// An idle client losing its connection emits 'error' on the pool; unhandled, that kills the process.
		for (const p of [pool, relaxedPool]) {
			p.on('error', (err) =>
				console.error(`[db] idle PostgreSQL client error: ${safeErrorSummary(err)}`)
			);
		}
		const endMain = pool.end.bind(pool);
		pool.end = (async () => {
			await relaxedPool.end();
			await endMain();
		}) as typeof pool.end;
		const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
		registerRelaxedCommits(
			db,
			new Kysely<Database>({ dialect: new PostgresDialect({ pool: relaxedPool }) })
		);
		return db;
	}
	mkdirSync(dirname(config.file), { recursive: true });
	const sqlite = new SqliteDatabase(config.file);
	// WAL lets readers run beside the writer; NORMAL is durable across app crashes in WAL mode
	// (only an OS crash can lose the last commits); busy_timeout covers a second process (a CLI
	// or a migration) holding the write lock; foreign keys are off by default in SQLite.
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = NORMAL');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('foreign_keys = ON');
	// Checkpoints off the event loop (checkpointer.ts); the worker stops before the file closes.
	const checkpoints = checkpointInWorker(sqlite, config.file);
	const close = sqlite.close.bind(sqlite);
	sqlite.close = () => {
		void checkpoints.stop();
		return close();
	};
	return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResult[]> {
	const migrator = new Migrator({
		db,
		provider: { getMigrations: () => Promise.resolve(MIGRATIONS) }
	});
	const { error, results = [] } = await migrator.migrateToLatest();
	if (error) {
		const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
		throw new Error(`Database migration ${failed} failed`, { cause: error });
	}
	return results;
}

// The singleton lives on globalThis so `vite dev` module reloads reuse one pool/file handle.
const STATE = Symbol.for('vuokra-apu.db');
interface DbState {
	db: Kysely<Database>;
	ready: Promise<Kysely<Database>> | undefined;
}
type GlobalWithDb = typeof globalThis & { [STATE]?: DbState };

function state(): DbState {
	const g: GlobalWithDb = globalThis;
	g[STATE] ??= { db: createDb(), ready: undefined };
	return g[STATE];
}

/**
 * The process-wide database. Synchronous so it can be handed to KyselyAdapter at module load;
 * the tables exist only once `readyDb()` (or `migrateToLatest`) has resolved, so hooks.server.ts
 * should `await readyDb()` in its `init` export. Endpoints use `readyDb()` themselves.
 */
export function getDb(): Kysely<Database> {
	return state().db;
}

/** `getDb()` after migrating to latest once per process. A failed migration is retried next call. */
export function readyDb(): Promise<Kysely<Database>> {
	const s = state();
	s.ready ??= migrateToLatest(s.db).then(
		() => s.db,
		(err: unknown) => {
			s.ready = undefined;
			throw err;
		}
	);
	return s.ready;
}

export function getDialectKind(): DialectKind {
	return dialectKind(getDb());
}

/** Closes the singleton (graceful shutdown, tests). The next getDb() opens a new one. */
export async function closeDb(): Promise<void> {
	const g: GlobalWithDb = globalThis;
	const s = g[STATE];
	g[STATE] = undefined;
	await s?.db.destroy();
}
