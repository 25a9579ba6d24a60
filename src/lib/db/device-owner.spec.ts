import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openAppDb } from './app-db';
import { localChangeCount, readOwner, setOwner } from './device-owner';

let n = 0;
const opened: Dexie[] = [];
function fresh(name = `owner-test-${n++}`) {
	const db = openAppDb(name);
	opened.push(db);
	return db;
}

afterEach(async () => {
	for (const db of opened.splice(0)) {
		db.close();
		await Dexie.delete(db.name);
	}
	Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('device owner', () => {
	it('is nobody on a new device, and the address in lower case once set', async () => {
		const db = fresh();
		expect(await readOwner(db)).toBeNull();
		await setOwner(' Maija@Example.FI ', db);
		expect(await readOwner(db)).toBe('maija@example.fi');
	});

	it('counts what a sync would send: outbox entries and waiting commands', async () => {
		const db = fresh();
		expect(await localChangeCount(db)).toBe(0);
		await db.outbox.add({
			mutationId: 'm1',
			entity: 'household',
			entityId: 'household',
			op: 'upsert',
			fields: { adults: 1 },
			baseVersion: 0,
			createdAt: new Date().toISOString(),
			sending: 0
		});
		await db.pending.add({
			kind: 'booking.request',
			url: '/api/bookings',
			method: 'POST',
			body: {},
			requestId: 'r1',
			createdAt: new Date().toISOString()
		});
		expect(await localChangeCount(db)).toBe(2);
	});

	it.each([
		[
			'a device that was syncing keeps its account as the owner',
			'Maija@example.fi',
			'maija@example.fi'
		],
		['data typed without an account waits for a yes', null, null]
	])('upgrading to version 6: %s', async (_, remembered, owner) => {
		const name = `owner-upgrade-${n++}`;
		const old = new Dexie(name);
		old.version(1).stores({ meta: 'key', outbox: '++seq, [entity+entityId]' });
		await old.open();
		await old.table('meta').put({ key: 'syncCursor', value: 3 });
		old.close();

		const store = new Map<string, string>();
		if (remembered) store.set('account', JSON.stringify({ email: remembered, role: 'tenant' }));
		Object.assign(globalThis, {
			localStorage: { getItem: (key: string) => store.get(key) ?? null }
		});
		const db = fresh(name);
		expect(await readOwner(db)).toBe(owner);
		expect((await db.meta.get('syncCursor'))?.value).toBe(3);
	});
});
