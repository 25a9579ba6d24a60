/**
 * 0055_more_roles on a database that already holds users and the rows that reference them: the
 * SQLite table rebuild must keep every child row and every foreign key working, and both dialects
 * must accept the two new roles and still refuse anything else.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, migrateToLatest, type Database } from '$lib/server/db';
import { MIGRATIONS } from '$lib/server/db/migrations';
import { BACKENDS } from './backends';
import { startTestPostgres, type TestPostgres } from '../support/postgres';

describe.each(BACKENDS)('0055_more_roles on %s', (kind) => {
	let db: Kysely<Database>;
	let dir: string | undefined;
	let server: TestPostgres | null = null;

	beforeAll(async () => {
		if (kind === 'sqlite') {
			dir = mkdtempSync(join(tmpdir(), 'vuokra-roles-'));
			db = createDb({ kind: 'sqlite', file: join(dir, 'app.sqlite') });
		} else {
			server = await startTestPostgres();
			if (!server) throw new Error('PostgreSQL was expected but could not be started');
			db = createDb({ kind: 'postgres', connectionString: server.url, maxConnections: 2 });
		}
		const migrator = new Migrator({
			db,
			provider: { getMigrations: () => Promise.resolve(MIGRATIONS) }
		});
		const before = await migrator.migrateTo('0050_maintenance');
		if (before.error) throw before.error;
		await db
			.insertInto('User')
			.values([
				{ id: 'u1', email: 'a@example.org', name: null, emailVerified: null, image: null },
				{ id: 'u2', email: 'b@example.org', name: 'B', emailVerified: null, image: null }
			])
			.execute();
		await db
			.insertInto('Session')
			.values({
				userId: 'u1',
				sessionToken: 'hash-1',
				expires: new Date(Date.now() + 86_400_000).toISOString()
			})
			.execute();
		await db.insertInto('sync_clock').values({ user_id: 'u2', version: 7 }).execute();
		await migrateToLatest(db);
	}, 60_000);

	afterAll(async () => {
		await db?.destroy();
		await server?.stop();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('keeps the users and the rows that reference them', async () => {
		const users = await db.selectFrom('User').select(['id', 'role']).orderBy('id').execute();
		expect(users).toEqual([
			{ id: 'u1', role: 'tenant' },
			{ id: 'u2', role: 'tenant' }
		]);
		expect(await db.selectFrom('Session').select('userId').execute()).toEqual([{ userId: 'u1' }]);
		expect(await db.selectFrom('sync_clock').select('version').execute()).toEqual([{ version: 7 }]);
	});

	it('accepts landlord and funder and refuses an unknown role', async () => {
		await db.updateTable('User').set({ role: 'landlord' }).where('id', '=', 'u1').execute();
		await db.updateTable('User').set({ role: 'funder' }).where('id', '=', 'u2').execute();
		await expect(
			sql`update "User" set role = 'owner' where id = 'u1'`.execute(db)
		).rejects.toThrow();
		await expect(
			db
				.insertInto('User')
				.values({
					id: 'u1b',
					email: 'a@example.org',
					name: null,
					emailVerified: null,
					image: null
				})
				.execute()
		).rejects.toThrow();
	});

	it('still cascades a deleted user to the rows that reference it', async () => {
		await db.deleteFrom('User').where('id', '=', 'u1').execute();
		expect(await db.selectFrom('Session').select('userId').execute()).toEqual([]);
		await expect(
			db.insertInto('sync_clock').values({ user_id: 'nobody', version: 1 }).execute()
		).rejects.toThrow();
	});
});
