import { KyselyAdapter } from '@auth/kysely-adapter';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dbConfigFromEnv, dialectKind, migrateToLatest } from '$lib/server/db';
import { applyPush } from '$lib/server/sync';
import { BACKENDS, useBackend } from './backends';
import { create } from './factories';

describe('dbConfigFromEnv', () => {
	it('defaults to SQLite under DATA_DIR and picks PostgreSQL only for postgres URLs', () => {
		expect(dbConfigFromEnv({})).toMatchObject({
			kind: 'sqlite',
			file: expect.stringMatching(/data[\\/]app\.sqlite$/)
		});
		expect(dbConfigFromEnv({ DATA_DIR: '/var/lib/x' })).toEqual({
			kind: 'sqlite',
			file: '/var/lib/x/app.sqlite'
		});
		for (const url of ['postgres://u@h/db', 'postgresql://u@h:5433/db']) {
			expect(dbConfigFromEnv({ DATABASE_URL: url })).toEqual({
				kind: 'postgres',
				connectionString: url
			});
		}
		expect(() => dbConfigFromEnv({ DATABASE_URL: 'mysql://u@h/db' })).toThrow(/postgres/);
	});
});

describe.each(BACKENDS)('database on %s', (kind) => {
	const b = useBackend(kind);

	it('reports its dialect and migrates idempotently', async () => {
		expect(dialectKind(b.db)).toBe(kind);
		expect(await migrateToLatest(b.db)).toEqual([]);
	});

	if (kind === 'sqlite') {
		it('runs SQLite with WAL, foreign keys and a busy timeout', async () => {
			const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(b.db);
			const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(b.db);
			const busy = await sql<{ timeout: number }>`pragma busy_timeout`.execute(b.db);
			const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(b.db);
			expect(mode.rows[0]?.journal_mode).toBe('wal');
			expect(fk.rows[0]?.foreign_keys).toBe(1);
			expect(busy.rows[0]?.timeout).toBe(5000);
			expect(sync.rows[0]?.synchronous).toBe(1); // NORMAL
		});
	}

	it('works with the Auth.js Kysely adapter (users, accounts, sessions, tokens) and defaults role to tenant', async () => {
		const adapter = KyselyAdapter(b.db);
		const email = `${crypto.randomUUID()}@example.test`;
		const created = await adapter.createUser?.({
			id: '',
			email,
			emailVerified: null,
			name: 'Tiina'
		});
		if (!created) throw new Error('createUser missing');
		expect(await adapter.getUserByEmail?.(email)).toMatchObject({
			id: created.id,
			name: 'Tiina',
			role: 'tenant'
		});

		await adapter.linkAccount?.({
			userId: created.id,
			type: 'oidc',
			provider: 'suomifi',
			providerAccountId: 'sub-1',
			access_token: 'at',
			expires_at: 2_000_000_000,
			token_type: 'bearer',
			id_token: 'it',
			scope: 'openid email'
		});
		expect(
			await adapter.getUserByAccount?.({ provider: 'suomifi', providerAccountId: 'sub-1' })
		).toMatchObject({ id: created.id });

		const expires = new Date(Date.now() + 3_600_000);
		await adapter.createSession?.({ sessionToken: `s-${email}`, userId: created.id, expires });
		const found = await adapter.getSessionAndUser?.(`s-${email}`);
		expect(found?.user).toMatchObject({ email, role: 'tenant' });
		expect(found?.session.expires).toEqual(expires);
		const later = new Date(expires.getTime() + 1000);
		expect(
			(await adapter.updateSession?.({ sessionToken: `s-${email}`, expires: later }))?.expires
		).toEqual(later);

		await adapter.createVerificationToken?.({ identifier: email, token: `t-${email}`, expires });
		expect(
			await adapter.useVerificationToken?.({ identifier: email, token: `t-${email}` })
		).toMatchObject({ identifier: email });
		expect(
			await adapter.useVerificationToken?.({ identifier: email, token: `t-${email}` })
		).toBeNull();

		// Deleting the user ends every session and removes its synced data (account deletion).
		await applyPush(b.db, created.id, [create('debts', 'd')]);
		await adapter.deleteUser?.(created.id);
		expect(await adapter.getSessionAndUser?.(`s-${email}`)).toBeNull();
		const left = await b.db
			.selectFrom('sync_rows')
			.select('row_id')
			.where('user_id', '=', created.id)
			.execute();
		expect(left).toEqual([]);
	});

	it('refuses an unknown role', async () => {
		const id = await b.newUser();
		await expect(
			sql`update ${sql.table('User')} set role = 'superuser' where id = ${id}`.execute(b.db)
		).rejects.toThrow();
		await b.db.updateTable('User').set({ role: 'advisor' }).where('id', '=', id).execute();
		const row = await b.db
			.selectFrom('User')
			.select('role')
			.where('id', '=', id)
			.executeTakeFirst();
		expect(row?.role).toBe('advisor');
	});
});
