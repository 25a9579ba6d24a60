/**
 * "Download my data" and "Delete my account" against a real, migrated SQLite file: the export
 * holds no secrets, deletion removes every row keyed by the user and nobody else's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteUserData, exportUserData, userKeyedTables } from '$lib/server/auth/account-data';
import { createDb, migrateToLatest, type Database } from '$lib/server/db';

let dir: string;
let db: Kysely<Database>;
const NOW = new Date().toISOString();
const LATER = new Date(Date.now() + 86_400_000).toISOString();

async function seedUser(id: string) {
	await db
		.insertInto('User')
		.values({ id, email: `${id}@example.test`, name: null, emailVerified: NOW, image: null })
		.execute();
	await db
		.insertInto('Account')
		.values({
			userId: id,
			type: 'oidc',
			provider: 'oidc',
			providerAccountId: `sub-${id}`,
			refresh_token: 'SECRET-refresh',
			access_token: 'SECRET-access',
			expires_at: 1,
			token_type: 'bearer',
			scope: 'openid email',
			id_token: 'SECRET-id-token',
			session_state: null
		})
		.execute();
	await db
		.insertInto('Session')
		.values({ userId: id, sessionToken: `SECRET-session-${id}`, expires: LATER })
		.execute();
	await db
		.insertInto('VerificationToken')
		.values({ identifier: `${id}@example.test`, token: `SECRET-vt-${id}`, expires: LATER })
		.execute();
	await db.insertInto('sync_clock').values({ user_id: id, version: 1 }).execute();
	await db
		.insertInto('sync_rows')
		.values({
			user_id: id,
			entity: 'debts',
			row_id: 'd1',
			version: 1,
			deleted: 0,
			data: JSON.stringify({ id: 'd1', amountCents: 123450 }),
			field_versions: JSON.stringify({ amountCents: 1 }),
			created_at: NOW,
			updated_at: NOW
		})
		.execute();
	await db
		.insertInto('sync_mutations')
		.values({
			user_id: id,
			mutation_id: 'm1',
			result: JSON.stringify({ status: 'applied' }),
			created_at: NOW
		})
		.execute();
}

async function countRows(userId: string): Promise<Record<string, number>> {
	const counts: Record<string, number> = {};
	const count = async (q: {
		executeTakeFirstOrThrow(): Promise<{ n: string | number | bigint }>;
	}) => Number((await q.executeTakeFirstOrThrow()).n);
	counts.User = await count(
		db
			.selectFrom('User')
			.select((e) => e.fn.countAll().as('n'))
			.where('id', '=', userId)
	);
	counts.Account = await count(
		db
			.selectFrom('Account')
			.select((e) => e.fn.countAll().as('n'))
			.where('userId', '=', userId)
	);
	counts.Session = await count(
		db
			.selectFrom('Session')
			.select((e) => e.fn.countAll().as('n'))
			.where('userId', '=', userId)
	);
	counts.VerificationToken = await count(
		db
			.selectFrom('VerificationToken')
			.select((e) => e.fn.countAll().as('n'))
			.where('identifier', '=', `${userId}@example.test`)
	);
	for (const table of ['sync_clock', 'sync_rows', 'sync_mutations'] as const) {
		counts[table] = await count(
			db
				.selectFrom(table)
				.select((e) => e.fn.countAll().as('n'))
				.where('user_id', '=', userId)
		);
	}
	return counts;
}

beforeAll(async () => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'vuokra-apu-account-data-'));
	db = createDb({ kind: 'sqlite', file: path.join(dir, 'app.sqlite') });
	await migrateToLatest(db);
	await seedUser('alice');
	await seedUser('bob');
});

afterAll(async () => {
	await db.destroy();
	rmSync(dir, { recursive: true, force: true });
});

describe('account data', () => {
	it('finds every user-keyed table from the schema', async () => {
		expect(await userKeyedTables(db)).toEqual(
			expect.arrayContaining(['sync_clock', 'sync_mutations', 'sync_rows'])
		);
	});

	it('exports everything about the user and no secrets', async () => {
		const data = await exportUserData(db, 'alice');
		expect(data?.user).toMatchObject({ id: 'alice', email: 'alice@example.test', role: 'tenant' });
		expect(data?.accounts).toEqual([
			{ provider: 'oidc', type: 'oidc', providerAccountId: 'sub-alice' }
		]);
		expect(data?.sessions).toEqual([{ expires: LATER }]);
		expect(data?.tables.sync_rows?.[0]).toMatchObject({
			entity: 'debts',
			data: { id: 'd1', amountCents: 123450 },
			field_versions: { amountCents: 1 }
		});
		expect(data?.tables.sync_mutations?.[0]).toMatchObject({ result: { status: 'applied' } });
		expect(data?.tables.sync_clock).toEqual([{ user_id: 'alice', version: 1 }]);
		const text = JSON.stringify(data);
		expect(text).not.toContain('SECRET');
		expect(text).not.toContain('bob');
	});

	it('returns null for an unknown user', async () => {
		expect(await exportUserData(db, 'nobody')).toBeNull();
	});

	it('deletes every row keyed by the user, sessions included, and leaves others alone', async () => {
		expect(Object.values(await countRows('alice')).every((n) => n > 0)).toBe(true);
		expect(await deleteUserData(db, 'alice')).toBe(true);
		expect(await countRows('alice')).toEqual({
			User: 0,
			Account: 0,
			Session: 0,
			VerificationToken: 0,
			sync_clock: 0,
			sync_rows: 0,
			sync_mutations: 0
		});
		expect(Object.values(await countRows('bob')).every((n) => n === 1)).toBe(true);
		expect(await deleteUserData(db, 'alice')).toBe(false);
	});
});
