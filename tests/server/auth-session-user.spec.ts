import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { createDb, migrateToLatest, type Database } from '$lib/server/db';
import { userFromSessionToken } from '$lib/server/auth/session-user';
import { hashSessionToken } from '$lib/server/auth/adapter';

let dir: string;
let db: Kysely<Database>;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'session-user-'));
	db = createDb({ kind: 'sqlite', file: join(dir, 'app.sqlite') });
	await migrateToLatest(db);
	await db
		.insertInto('User')
		.values({ id: 'u1', email: 'a@example.test', name: null, emailVerified: null, image: null })
		.execute();
	await db
		.insertInto('Session')
		.values([
			{ sessionToken: hashSessionToken('live'), userId: 'u1', expires: '2027-01-01T00:00:00.000Z' },
			{ sessionToken: hashSessionToken('old'), userId: 'u1', expires: '2026-01-01T00:00:00.000Z' }
		])
		.execute();
});
afterAll(async () => {
	await db.destroy();
	rmSync(dir, { recursive: true, force: true });
});

describe('userFromSessionToken', () => {
	const now = new Date('2026-11-27T12:00:00Z');
	it('finds the user of a live session with their role', async () => {
		expect(await userFromSessionToken(db, 'live', now)).toEqual({
			id: 'u1',
			email: 'a@example.test',
			role: 'tenant'
		});
	});
	it('refuses an expired session and an unknown token', async () => {
		expect(await userFromSessionToken(db, 'old', now)).toBeNull();
		expect(await userFromSessionToken(db, 'forged', now)).toBeNull();
	});
	it('follows a role change at once', async () => {
		await db.updateTable('User').set({ role: 'advisor' }).where('id', '=', 'u1').execute();
		expect((await userFromSessionToken(db, 'live', now))?.role).toBe('advisor');
	});
	it('refuses a session ended by sign-out', async () => {
		await db.deleteFrom('Session').where('sessionToken', '=', hashSessionToken('live')).execute();
		expect(await userFromSessionToken(db, 'live', now)).toBeNull();
	});
});
