/**
 * The databases the server tests run against: a real SQLite file in a temp dir always, and
 * PostgreSQL whenever it can be had (TEST_DATABASE_URL, or a throwaway cluster started from the
 * local binaries by tests/support/postgres.ts). Without either the PostgreSQL suites fail; only
 * SQLITE_ONLY=1 runs SQLite alone, and it says so.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import { createDb, migrateToLatest, type Database } from '$lib/server/db';
import { findPostgresBin, startTestPostgres, type TestPostgres } from '../support/postgres';

export type BackendKind = 'sqlite' | 'postgres';

const pgAvailable = Boolean(process.env.TEST_DATABASE_URL?.trim()) || findPostgresBin() !== null;
// No PostgreSQL test is silently left out: without a server the PostgreSQL suites fail (in
// startTestPostgres) unless SQLITE_ONLY=1 asks for SQLite alone.
const sqliteOnly = !pgAvailable && process.env.SQLITE_ONLY === '1';
if (sqliteOnly) console.warn('\n*** tests/server: SQLITE_ONLY=1: PostgreSQL suites not run ***\n');
export const BACKENDS: BackendKind[] = sqliteOnly ? ['sqlite'] : ['sqlite', 'postgres'];

export interface Backend {
	readonly kind: BackendKind;
	readonly db: Kysely<Database>;
	/** Inserts an Auth.js "User" row (the sync tables reference it) and returns its id. */
	newUser(): Promise<string>;
	/** A second handle on the same database, as another instance of the app has; closed with it. */
	another(): Kysely<Database>;
}

/** Opens a fresh, migrated database of `kind` for the enclosing describe block. */
export function useBackend(kind: BackendKind): Backend {
	let db: Kysely<Database> | undefined;
	let dir: string | undefined;
	let server: TestPostgres | null = null;
	const extra: Kysely<Database>[] = [];

	beforeAll(async () => {
		if (kind === 'sqlite') {
			dir = mkdtempSync(join(tmpdir(), 'vuokra-sqlite-'));
			db = createDb({ kind: 'sqlite', file: join(dir, 'app.sqlite') });
		} else {
			server = await startTestPostgres();
			if (!server) throw new Error('PostgreSQL was expected but could not be started');
			db = createDb({ kind: 'postgres', connectionString: server.url, maxConnections: 8 });
		}
		await migrateToLatest(db);
	}, 60_000);

	afterAll(async () => {
		for (const handle of extra) await handle.destroy();
		await db?.destroy();
		await server?.stop();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	return {
		kind,
		get db() {
			if (!db) throw new Error('database not open yet (use it inside a test)');
			return db;
		},
		another() {
			const handle =
				kind === 'sqlite'
					? createDb({ kind: 'sqlite', file: join(dir!, 'app.sqlite') })
					: createDb({ kind: 'postgres', connectionString: server!.url, maxConnections: 2 });
			extra.push(handle);
			return handle;
		},
		async newUser() {
			const id = randomUUID();
			await this.db
				.insertInto('User')
				.values({ id, email: `${id}@example.test`, name: null, image: null, emailVerified: null })
				.execute();
			return id;
		}
	};
}
