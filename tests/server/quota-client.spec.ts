/**
 * The quota refusal as the tenant's device meets it: a real Dexie database (fake-indexeddb)
 * syncing through the real push handler over a real SQLite file. The refusal reaches the sync
 * status as its own problem code (shown in plain words by SyncIndicator), and every change stays
 * in the outbox, so nothing typed is lost and sending resumes once there is room.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Dexie from 'dexie';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, migrateToLatest, type Database } from '$lib/server/db';
import { handlePull, handlePush } from '$lib/server/sync/endpoints';
import { withJsonErrors } from '$lib/server/http/guards';
import type { EndpointEvent } from '$lib/server/http/endpoint';
import { openAppDb } from '$lib/db/app-db';
import { addRow, deleteRow } from '$lib/db/situation-repo';
import { syncNow } from '$lib/sync/sync-client';

const ORIGIN = 'http://127.0.0.1:4173';
let dir: string;
let db: Kysely<Database>;
const saved = process.env.SYNC_QUOTA_ROWS;

const push = withJsonErrors((e: EndpointEvent) =>
	handlePush(e, { db: async () => db, limits: { 'sync-push': [1e9, 1000] } })
);
const pull = withJsonErrors((e: EndpointEvent) =>
	handlePull(e, { db: async () => db, limits: { 'sync-pull': [1e9, 1000] } })
);

function serverFetch(userId: string): typeof fetch {
	return async (input, init) => {
		const request = new Request(new URL(String(input), ORIGIN), {
			...init,
			headers: { ...(init?.headers as Record<string, string>), origin: ORIGIN }
		});
		const event = {
			request,
			url: new URL(request.url),
			locals: { user: { id: userId, email: `${userId}@example.test`, role: 'tenant' as const } }
		} as unknown as EndpointEvent;
		return request.method === 'POST' ? push(event) : pull(event);
	};
}

beforeAll(async () => {
	process.env.SYNC_QUOTA_ROWS = '3';
	dir = mkdtempSync(join(tmpdir(), 'quota-client-'));
	db = createDb({ kind: 'sqlite', file: join(dir, 'app.sqlite') });
	await migrateToLatest(db);
	await db
		.insertInto('User')
		.values({
			id: 'quota-tenant',
			name: null,
			email: 'q@example.test',
			emailVerified: null,
			image: null
		})
		.execute();
});
afterAll(async () => {
	if (saved === undefined) delete process.env.SYNC_QUOTA_ROWS;
	else process.env.SYNC_QUOTA_ROWS = saved;
	await db.destroy();
	rmSync(dir, { recursive: true, force: true });
});

describe('a full account, seen from the device', () => {
	it('reports quota_exceeded, keeps every change, and resumes after a delete', async () => {
		const local = openAppDb('quota-device');
		try {
			const sync = () => syncNow(local, serverFetch('quota-tenant'));
			const ids: string[] = [];
			for (const creditor of ['A Oy', 'B Oy', 'C Oy']) {
				ids.push(await addRow('debts', { creditor }, local));
			}
			expect(await sync()).toMatchObject({ status: 'ok', pushed: 3 });
			await addRow('debts', { creditor: 'D Oy' }, local);
			const refused = await sync();
			expect(refused).toMatchObject({ status: 'error', code: 'quota_exceeded' });
			expect(await local.outbox.count()).toBe(1);
			expect((await local.debts.toArray()).map((d) => d.creditor).sort()).toEqual([
				'A Oy',
				'B Oy',
				'C Oy',
				'D Oy'
			]);
			// The tenant deletes a row: it travels in the same batch as the waiting one, so the batch
			// no longer grows the account and both go through.
			await deleteRow('debts', ids[0]!, local);
			const after = await sync();
			expect(after).toMatchObject({ status: 'ok' });
			expect(await local.outbox.count()).toBe(0);
		} finally {
			local.close();
			await Dexie.delete(local.name);
		}
	});
});
