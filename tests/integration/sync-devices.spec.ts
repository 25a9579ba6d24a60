/**
 * Two devices of one tenant, each a real Dexie database (fake-indexeddb), syncing through the
 * real push/pull handlers over a real SQLite file. Only the network hop is replaced: requests go
 * straight into the handlers, which lets the tests drop a reply after the server committed.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Dexie from 'dexie';
import type { Kysely } from 'kysely';
import { createDb, migrateToLatest, type Database } from '$lib/server/db';
import { handlePull, handlePush } from '$lib/server/sync/endpoints';
import { resetRateLimits, withJsonErrors } from '$lib/server/http/guards';
import type { EndpointEvent } from '$lib/server/http/endpoint';
import { openAppDb, type AppDb } from '$lib/db/app-db';
import { addRow, deleteRow, saveFields } from '$lib/db/situation-repo';
import { syncNow } from '$lib/sync/sync-client';
import { resolveConflict } from '$lib/sync/conflicts';
import { readNotices, restoreNotice } from '$lib/sync/sync-notices';
import { HOME_ID, HOUSEHOLD_ID } from '$lib/schemas/situation';

const ORIGIN = 'http://127.0.0.1:4173';
let dir: string;
let db: Kysely<Database>;
let devices: AppDb[] = [];
let counter = 0;

const push = withJsonErrors((e: EndpointEvent) => handlePush(e, { db: async () => db }));
const pullHandler = withJsonErrors((e: EndpointEvent) => handlePull(e, { db: async () => db }));

interface Network {
	offline: boolean;
	/** Run the request on the server, then lose the reply (server killed before answering). */
	dropNextReply: boolean;
	requests: number;
}

function serverFetch(userId: string, net: Network): typeof fetch {
	return async (input, init) => {
		if (net.offline) throw new TypeError('Failed to fetch');
		net.requests += 1;
		const request = new Request(new URL(String(input), ORIGIN), {
			...init,
			headers: { ...(init?.headers as Record<string, string>), origin: ORIGIN }
		});
		const event = {
			request,
			url: new URL(request.url),
			locals: { user: { id: userId, email: `${userId}@example.test`, role: 'tenant' as const } }
		} as unknown as EndpointEvent;
		const response = await (request.method === 'POST' ? push(event) : pullHandler(event));
		if (net.dropNextReply) {
			net.dropNextReply = false;
			throw new TypeError('connection reset after commit');
		}
		return response;
	};
}

function device(userId = 'tenant-a') {
	const local = openAppDb(`device-${counter++}`);
	devices.push(local);
	const net: Network = { offline: false, dropNextReply: false, requests: 0 };
	return { db: local, net, sync: () => syncNow(local, serverFetch(userId, net)) };
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sync-devices-'));
	db = createDb({ kind: 'sqlite', file: join(dir, 'app.sqlite') });
	await migrateToLatest(db);
});
afterAll(async () => {
	await db.destroy();
	rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => resetRateLimits());
afterEach(async () => {
	for (const d of devices) {
		d.close();
		await Dexie.delete(d.name);
	}
	devices = [];
	vi.useRealTimers();
});

let user = 0;
/** A real account row: the sync tables reference "User". */
async function nextUser(): Promise<string> {
	const id = `tenant-${user++}`;
	await db
		.insertInto('User')
		.values({ id, name: null, email: `${id}@example.test`, emailVerified: null, image: null })
		.execute();
	return id;
}

describe('two devices of one tenant', () => {
	it('moves offline work to a fresh device', async () => {
		const u = await nextUser();
		const a = device(u);
		await saveFields('home', HOME_ID, { rentCents: 65_000, dueDay: 5 }, a.db);
		await addRow('debts', { creditor: 'Pikalaina Oy', balanceCents: 120_000 }, a.db);
		expect(await a.sync()).toMatchObject({ status: 'ok', pushed: 2 });
		expect(await a.db.outbox.count()).toBe(0);

		const b = device(u);
		expect(await b.sync()).toMatchObject({ status: 'ok' });
		expect(await b.db.home.get(HOME_ID)).toMatchObject({ rentCents: 65_000, dueDay: 5 });
		expect(await b.db.debts.toArray()).toEqual([
			expect.objectContaining({ creditor: 'Pikalaina Oy', balanceCents: 120_000 })
		]);
	});

	it.each([
		['a first', true],
		['b first', false]
	])('keeps edits of different fields from both devices (%s)', async (_name, aFirst) => {
		const u = await nextUser();
		const a = device(u);
		const b = device(u);
		await saveFields('household', HOUSEHOLD_ID, { adults: 1 }, a.db);
		await a.sync();
		await b.sync();

		await saveFields('household', HOUSEHOLD_ID, { adults: 2 }, a.db);
		await saveFields('household', HOUSEHOLD_ID, { municipality: 'Jyväskylä' }, b.db);
		const [first, second] = aFirst ? [a, b] : [b, a];
		await first.sync();
		await second.sync();
		await first.sync();

		for (const d of [a, b]) {
			expect(await d.db.household.get(HOUSEHOLD_ID)).toMatchObject({
				adults: 2,
				municipality: 'Jyväskylä'
			});
			expect(await d.db.outbox.count()).toBe(0);
		}
	});

	it.each([
		['a first', true],
		['b first', false]
	])(
		'merges a fixed-id row first created on two devices field by field (%s)',
		async (_name, aFirst) => {
			const u = await nextUser();
			const a = device(u);
			const b = device(u);
			// Neither device has pulled: each creates `home` and `household` on its own.
			await saveFields('home', HOME_ID, { dueDay: 5 }, a.db);
			await saveFields(
				'home',
				HOME_ID,
				{ termination: { happened: true, date: '2026-10-01' } },
				a.db
			);
			await saveFields('home', HOME_ID, { arrearsCents: 144_000 }, a.db);
			await saveFields('household', HOUSEHOLD_ID, { adults: 2 }, a.db);
			await saveFields('home', HOME_ID, { arrearsMonths: 2 }, b.db);
			await saveFields('household', HOUSEHOLD_ID, { municipality: 'Tampere' }, b.db);

			const [first, second] = aFirst ? [a, b] : [b, a];
			expect(await first.sync()).toMatchObject({ status: 'ok', rejected: 0 });
			expect(await second.sync()).toMatchObject({ status: 'ok', rejected: 0 });
			await first.sync();

			for (const d of [a, b]) {
				expect(await d.db.home.get(HOME_ID)).toMatchObject({
					dueDay: 5,
					termination: { happened: true, date: '2026-10-01' },
					arrearsCents: 144_000,
					arrearsMonths: 2
				});
				expect(await d.db.household.get(HOUSEHOLD_ID)).toMatchObject({
					adults: 2,
					municipality: 'Tampere'
				});
				// B never touched the arrears amount: nothing to choose between.
				expect(await d.db.conflicts.count()).toBe(0);
				expect(await d.db.outbox.count()).toBe(0);
			}
		}
	);

	it('keeps both values of a money field changed on two devices until the tenant chooses', async () => {
		const u = await nextUser();
		const a = device(u);
		const b = device(u);
		await saveFields('home', HOME_ID, { rentCents: 60_000 }, a.db);
		await a.sync();
		await b.sync();

		await saveFields('home', HOME_ID, { rentCents: 65_000 }, a.db);
		await saveFields('home', HOME_ID, { rentCents: 70_000 }, b.db);
		await a.sync();
		await b.sync();
		await a.sync();

		for (const d of [a, b]) {
			const conflicts = await d.db.conflicts.toArray();
			expect(conflicts).toEqual([
				expect.objectContaining({
					entity: 'home',
					field: 'rentCents',
					serverValue: 65_000,
					clientValue: 70_000
				})
			]);
		}
		const [conflict] = await b.db.conflicts.toArray();
		await resolveConflict(conflict!, 'client', b.db);
		await b.sync();
		await a.sync();
		for (const d of [a, b]) {
			expect(await d.db.conflicts.count()).toBe(0);
			expect((await d.db.home.get(HOME_ID))?.rentCents).toBe(70_000);
		}
	});

	it('removes a row deleted on one device from the other, even against an edit', async () => {
		const u = await nextUser();
		const a = device(u);
		const b = device(u);
		const id = await addRow('debts', { creditor: 'Luotto Oy' }, a.db);
		await a.sync();
		await b.sync();

		await deleteRow('debts', id, a.db);
		await saveFields('debts', id, { creditor: 'Luotto Oyj' }, b.db);
		await a.sync();
		await b.sync();
		await a.sync();
		for (const d of [a, b]) {
			expect(await d.db.debts.get(id)).toBeUndefined();
			expect(await d.db.outbox.count()).toBe(0);
		}
	});
});

describe('what was not kept is told', () => {
	it("tells the device whose edit replaced another device's value, and puts it back on request", async () => {
		const u = await nextUser();
		const a = device(u);
		const b = device(u);
		await saveFields('household', HOUSEHOLD_ID, { adults: 1 }, a.db);
		await a.sync();
		await b.sync();

		await saveFields('household', HOUSEHOLD_ID, { municipality: 'Tampere' }, a.db);
		await saveFields('household', HOUSEHOLD_ID, { municipality: 'Turku' }, b.db);
		await a.sync();
		await b.sync(); // b arrives last: 'Turku' is kept, 'Tampere' is replaced
		expect(await readNotices(a.db)).toEqual([]);
		const notices = await readNotices(b.db);
		expect(notices).toEqual([
			expect.objectContaining({
				kind: 'replaced',
				entity: 'household',
				field: 'municipality',
				value: 'Tampere'
			})
		]);

		await restoreNotice(notices[0]!, b.db);
		expect(await readNotices(b.db)).toEqual([]);
		await b.sync();
		await a.sync();
		for (const d of [a, b]) {
			expect((await d.db.household.get(HOUSEHOLD_ID))?.municipality).toBe('Tampere');
		}
		// Restoring is this device's own edit again: nothing new to tell.
		expect(await readNotices(b.db)).toEqual([]);
	});

	it('tells the device whose edit of a row deleted elsewhere was dropped, and re-creates it on request', async () => {
		const u = await nextUser();
		const a = device(u);
		const b = device(u);
		const id = await addRow('debts', { creditor: 'Luotto Oy', balanceCents: 120_000 }, a.db);
		await a.sync();
		await b.sync();

		await deleteRow('debts', id, a.db);
		await saveFields('debts', id, { creditor: 'Luotto Oyj' }, b.db);
		await a.sync();
		expect(await b.sync()).toMatchObject({ status: 'ok' });
		expect(await b.db.debts.get(id)).toBeUndefined();
		const notices = await readNotices(b.db);
		expect(notices).toEqual([
			expect.objectContaining({
				kind: 'deleted',
				entity: 'debts',
				entityId: id,
				fields: { creditor: 'Luotto Oyj' },
				row: expect.objectContaining({ creditor: 'Luotto Oyj', balanceCents: 120_000 })
			})
		]);

		await restoreNotice(notices[0]!, b.db);
		await b.sync();
		await a.sync();
		for (const d of [a, b]) {
			expect(await d.db.debts.get(id)).toMatchObject({
				creditor: 'Luotto Oyj',
				balanceCents: 120_000
			});
			expect(await d.db.outbox.count()).toBe(0);
		}
	});
});

describe('faults', () => {
	it('never doubles a change whose reply was lost after the server committed', async () => {
		const u = await nextUser();
		const a = device(u);
		await addRow('debts', { creditor: 'Kerran Oy', balanceCents: 10_000 }, a.db);
		a.net.dropNextReply = true;
		expect(await a.sync()).toEqual({ status: 'offline' });
		expect(await a.db.outbox.count()).toBe(1);
		expect(await a.sync()).toMatchObject({ status: 'ok', pushed: 1 });
		expect(await a.db.outbox.count()).toBe(0);

		const rows = await db
			.selectFrom('sync_rows')
			.selectAll()
			.where('user_id', '=', u)
			.where('entity', '=', 'debts')
			.execute();
		expect(rows).toHaveLength(1);
		const mutations = await db
			.selectFrom('sync_mutations')
			.select('mutation_id')
			.where('user_id', '=', u)
			.execute();
		expect(mutations).toHaveLength(1);
	});

	it('pushes a write made just before the page closed on the next open', async () => {
		const u = await nextUser();
		const first = device(u);
		await saveFields('household', HOUSEHOLD_ID, { adults: 3 }, first.db);
		const name = first.db.name;
		first.db.close();

		const reopened = openAppDb(name);
		devices.push(reopened);
		const net: Network = { offline: false, dropNextReply: false, requests: 0 };
		expect(await syncNow(reopened, serverFetch(u, net))).toMatchObject({ status: 'ok', pushed: 1 });
		const other = device(u);
		await other.sync();
		expect((await other.db.household.get(HOUSEHOLD_ID))?.adults).toBe(3);
	});

	it('orders by arrival at the server, not by skewed client clocks', async () => {
		const u = await nextUser();
		const a = device(u);
		const b = device(u);
		await saveFields('household', HOUSEHOLD_ID, { municipality: 'Tampere' }, a.db);
		await a.sync();
		await b.sync();

		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date(Date.now() + 5 * 24 * 3600_000)); // a's clock: days ahead
		await saveFields('household', HOUSEHOLD_ID, { municipality: 'Oulu' }, a.db);
		vi.setSystemTime(new Date(Date.now() - 10 * 24 * 3600_000)); // b's clock: days behind
		await saveFields('household', HOUSEHOLD_ID, { municipality: 'Turku' }, b.db);
		vi.useRealTimers();

		await a.sync();
		await b.sync(); // b arrives last, so b wins despite its clock
		await a.sync();
		for (const d of [a, b]) {
			expect((await d.db.household.get(HOUSEHOLD_ID))?.municipality).toBe('Turku');
		}
	});

	it('keeps working offline and reports it', async () => {
		const u = await nextUser();
		const a = device(u);
		a.net.offline = true;
		await saveFields('household', HOUSEHOLD_ID, { children: 2 }, a.db);
		expect(await a.sync()).toEqual({ status: 'offline' });
		expect(await a.db.outbox.count()).toBe(1);
		a.net.offline = false;
		expect(await a.sync()).toMatchObject({ status: 'ok', pushed: 1 });
	});
});
