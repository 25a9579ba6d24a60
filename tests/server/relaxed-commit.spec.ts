/**
 * Relaxed commits on PostgreSQL (src/lib/server/db/relaxed-commit.ts): the server's database sends
 * them through sessions with synchronous_commit off, in one statement, while every other write (a
 * caller's transaction included) keeps waiting for the disk; destroying the database ends both
 * pools.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Database } from '$lib/server/db';
import { withRelaxedCommit } from '$lib/server/db/relaxed-commit';
import { startTestPostgres, type TestPostgres } from '../support/postgres';
import { BACKENDS } from './backends';

const setting = (db: Kysely<Database> | Parameters<Parameters<typeof withRelaxedCommit>[1]>[0]) =>
	sql<{ v: string }>`select current_setting('synchronous_commit') as v`
		.execute(db)
		.then((r) => r.rows[0]!.v);

describe.each(BACKENDS.filter((k) => k === 'postgres'))('relaxed commits on %s', () => {
	let server: TestPostgres | null = null;
	beforeAll(async () => {
		server = await startTestPostgres();
	}, 60_000);
	afterAll(async () => {
		await server?.stop();
	});

	it('go through sessions that do not wait for the disk; other writes still do; destroy ends both pools', async () => {
		if (!server) throw new Error('PostgreSQL was expected');
		const admin = createDb({ kind: 'postgres', connectionString: server.url, maxConnections: 1 });
		// Test clusters run with synchronous_commit off everywhere (tests/support/postgres.ts):
		// this database asks for the production default, which new sessions then get.
		const name = (await sql<{ d: string }>`select current_database() as d`.execute(admin)).rows[0]!
			.d;
		await sql`alter database ${sql.id(name)} set synchronous_commit = on`.execute(admin);
		const db = createDb({ kind: 'postgres', connectionString: server.url, maxConnections: 4 });
		try {
			expect(await setting(db)).toBe('on');
			expect(await withRelaxedCommit(db, setting)).toBe('off');
			// Inside a caller's transaction it joins it, which keeps waiting for the disk.
			expect(await db.transaction().execute((trx) => withRelaxedCommit(trx, setting))).toBe('on');
			expect(await setting(db)).toBe('on');

			const sessions = () =>
				sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
					where datname = current_database() and pid <> pg_backend_pid()`
					.execute(admin)
					.then((r) => r.rows[0]!.n);
			expect(await sessions()).toBeGreaterThanOrEqual(2);
			await db.destroy();
			await expect.poll(sessions, { timeout: 10_000 }).toBe(0);
		} finally {
			await admin.destroy();
		}
	});
});
