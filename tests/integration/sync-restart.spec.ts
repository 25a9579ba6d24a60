/**
 * The "device away too long" and "resync from scratch" paths end to end: devices are real Dexie
 * databases (fake-indexeddb) syncing through the real push/pull handlers over a real SQLite file,
 * with the server's clock and its pruning moved past the offline horizon.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Dexie from 'dexie';
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openAppDb, type AppDb } from '$lib/db/app-db';
import { addRow, deleteRow, saveFields } from '$lib/db/situation-repo';
import { HOUSEHOLD_ID } from '$lib/schemas/situation';
import { createDb, migrateToLatest, type Database } from '$lib/server/db';
import { resetRateLimits, withJsonErrors } from '$lib/server/http/guards';
import type { EndpointEvent } from '$lib/server/http/endpoint';
import { pruneAll } from '$lib/server/maintenance/prune';
import { handlePull, handlePush } from '$lib/server/sync/endpoints';
import { clientId, CURSOR_KEY, syncNow } from '$lib/sync/sync-client';
import { dismissSyncNotice, RESTART_KEY, syncNotice } from '$lib/sync/sync-restart';

const ORIGIN = 'http://127.0.0.1:4173';
const HORIZON = 90;
const DAY = 24 * 60 * 60 * 1000;

let dir: string;
let db: Kysely<Database>;
/** The server's clock: pushes are refused by it; pruning runs at it. */
let serverNow = new Date();
let devices: AppDb[] = [];
let counter = 0;

const options = {
	db: async () => db,
	now: () => serverNow,
	horizonDays: HORIZON
};
const push = withJsonErrors((e: EndpointEvent) => handlePush(e, options));
const pull = withJsonErrors((e: EndpointEvent) => handlePull(e, options));

interface Net {
	offline: boolean;
	/** Requests after which the network goes away (counts down; -1 = never). */
	failAfter: number;
	statuses: number[];
}

function device(userId: string) {
	const local = openAppDb(`restart-device-${counter++}`);
	devices.push(local);
	const net: Net = { offline: false, failAfter: -1, statuses: [] };
	const fetchFn: typeof fetch = async (input, init) => {
		if (net.offline || net.failAfter === 0) throw new TypeError('Failed to fetch');
		if (net.failAfter > 0) net.failAfter -= 1;
		const request = new Request(new URL(String(input), ORIGIN), {
			...init,
			headers: { ...(init?.headers as Record<string, string>), origin: ORIGIN }
		});
		const event = {
			request,
			url: new URL(request.url),
			locals: { user: { id: userId, email: `${userId}@example.test`, role: 'tenant' as const } }
		} as unknown as EndpointEvent;
		const response = await (request.method === 'POST' ? push(event) : pull(event));
		net.statuses.push(response.status);
		return response;
	};
	return { db: local, net, sync: () => syncNow(local, fetchFn) };
}

let users = 0;
async function nextUser(): Promise<string> {
	const id = `restart-${users++}`;
	await db
		.insertInto('User')
		.values({ id, name: null, email: `${id}@example.test`, emailVerified: null, image: null })
		.execute();
	return id;
}

async function serverRows(userId: string, entity: string) {
	return db
		.selectFrom('sync_rows')
		.select(['row_id', 'deleted', 'data'])
		.where('user_id', '=', userId)
		.where('entity', '=', entity)
		.execute();
}

function travel(days: number): Promise<unknown> {
	serverNow = new Date(serverNow.getTime() + days * DAY);
	return pruneAll(db, serverNow, HORIZON);
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sync-restart-'));
	db = createDb({ kind: 'sqlite', file: join(dir, 'app.sqlite') });
	await migrateToLatest(db);
});
afterAll(async () => {
	await db.destroy();
	rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
	resetRateLimits();
	serverNow = new Date();
});
afterEach(async () => {
	for (const d of devices) {
		d.close();
		await Dexie.delete(d.name);
	}
	devices = [];
});

describe('a device away longer than the offline horizon', () => {
	it('resyncs, re-sends its unsent changes as new ones and tells the tenant', async () => {
		const u = await nextUser();
		const a = device(u);
		const b = device(u);
		const gone = await addRow('debts', { creditor: 'Poistuva Oy' }, a.db);
		await saveFields('household', HOUSEHOLD_ID, { adults: 1, municipality: 'Oulu' }, a.db);
		expect(await a.sync()).toMatchObject({ status: 'ok' });
		const oldClient = await clientId(a.db);
		await b.sync();

		// A goes offline and keeps working; B deletes the debt and, much later, edits the household.
		a.net.offline = true;
		await saveFields('household', HOUSEHOLD_ID, { adults: 2 }, a.db);
		const typedAway = await addRow('debts', { creditor: 'Uusi Oy', balanceCents: 5_000 }, a.db);
		expect(await a.sync()).toMatchObject({ status: 'offline' });
		await deleteRow('debts', gone, b.db);
		await b.sync();
		await travel(HORIZON - 5);
		await saveFields('household', HOUSEHOLD_ID, { municipality: 'Turku' }, b.db);
		await b.sync();
		await travel(10);

		a.net.offline = false;
		a.net.statuses = [];
		const outcome = await a.sync();
		expect(outcome).toMatchObject({ status: 'ok' });
		expect(a.net.statuses[0]).toBe(409);
		expect(await clientId(a.db)).not.toBe(oldClient);
		expect(await a.db.outbox.count()).toBe(0);
		expect(await a.db.meta.get(RESTART_KEY)).toBeUndefined();
		expect(await syncNotice(a.db)).toMatchObject({ code: 'device-away-too-long' });

		// The server has A's offline work and kept B's later edit of another field.
		const [household] = await serverRows(u, 'household');
		expect(JSON.parse(household?.data ?? '{}')).toMatchObject({ adults: 2, municipality: 'Turku' });
		const debts = await serverRows(u, 'debts');
		expect(debts.filter((d) => d.deleted === 0).map((d) => d.row_id)).toEqual([typedAway]);
		// A no longer shows the debt deleted on B, whose tombstone had been pruned.
		expect((await a.db.debts.toArray()).map((d) => d.id)).toEqual([typedAway]);
		expect(await a.db.household.get(HOUSEHOLD_ID)).toMatchObject({
			adults: 2,
			municipality: 'Turku'
		});

		await dismissSyncNotice(a.db);
		expect(await syncNotice(a.db)).toBeNull();
		// And sync carries on normally afterwards.
		await saveFields('household', HOUSEHOLD_ID, { children: 1 }, a.db);
		expect(await a.sync()).toMatchObject({ status: 'ok', pushed: 1 });
	});

	it('finishes a restart that the network interrupted on the next sync, sending nothing first', async () => {
		const u = await nextUser();
		const a = device(u);
		await saveFields('household', HOUSEHOLD_ID, { adults: 1 }, a.db);
		await a.sync();
		await saveFields('household', HOUSEHOLD_ID, { adults: 3 }, a.db);
		await travel(HORIZON + 1);

		// The 409 arrives, then the connection drops during the full resync.
		a.net.failAfter = 1;
		expect(await a.sync()).toMatchObject({ status: 'offline' });
		expect(await a.db.meta.get(RESTART_KEY)).toBeDefined();

		a.net.failAfter = -1;
		a.net.statuses = [];
		expect(await a.sync()).toMatchObject({ status: 'ok' });
		// The resync (a GET) came before the push of the re-identified change.
		expect(a.net.statuses[0]).toBe(200);
		const [household] = await serverRows(u, 'household');
		expect(JSON.parse(household?.data ?? '{}')).toMatchObject({ adults: 3 });
	});
});

describe('a cursor older than pruned deletes', () => {
	it('resyncs from scratch without bothering the tenant', async () => {
		const u = await nextUser();
		const a = device(u);
		const b = device(u);
		const gone = await addRow('debts', { creditor: 'Vanha Oy' }, a.db);
		const kept = await addRow('debts', { creditor: 'Pysyvä Oy' }, a.db);
		await a.sync();
		await b.sync();
		await deleteRow('debts', gone, a.db);
		await a.sync();
		await travel(HORIZON + 1);

		// B has nothing to send, so only its pull meets the pruned history.
		const cursorBefore = (await b.db.meta.get(CURSOR_KEY))?.value;
		b.net.statuses = [];
		expect(await b.sync()).toEqual({ status: 'ok', pushed: 0, pulled: 0, rejected: 0, notSent: 0 });
		expect(b.net.statuses).toContain(409);
		expect((await b.db.debts.toArray()).map((d) => d.id)).toEqual([kept]);
		expect(Number((await b.db.meta.get(CURSOR_KEY))?.value)).toBeGreaterThan(Number(cursorBefore));
		expect(await syncNotice(b.db)).toBeNull();
	});
});
