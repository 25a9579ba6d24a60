import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { HOME_ID, homeSchema } from '$lib/schemas/situation';
import { openAppDb, type AppDb } from './app-db';
import { addRow, deleteRow, draftKey, saveDraft, saveFields, saveInvalid } from './situation-repo';

let db: AppDb;
let n = 0;

beforeEach(async () => {
	db = openAppDb(`repo-test-${n++}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

describe('saveFields', () => {
	it('creates a complete, valid row with its outbox entry on the first keystroke', async () => {
		await saveFields('home', HOME_ID, { rentCents: 65_000 }, db);
		const row = await db.home.get(HOME_ID);
		expect(homeSchema.safeParse(row).success).toBe(true);
		expect(row?.rentCents).toBe(65_000);
		const outbox = await db.outbox.toArray();
		expect(outbox).toHaveLength(1);
		expect(outbox[0]).toMatchObject({
			entity: 'home',
			entityId: HOME_ID,
			op: 'upsert',
			baseVersion: 0
		});
		// Only what this device set travels: the defaults it never chose must not overwrite the same
		// fixed-id row created on another device.
		expect(Object.keys(outbox[0]!.fields).sort()).toEqual(['createdAt', 'rentCents', 'updatedAt']);
	});

	it('merges consecutive edits into one unsent entry', async () => {
		await saveFields('household', 'household', { municipality: 'J' }, db);
		await saveFields('household', 'household', { municipality: 'Jy' }, db);
		await saveFields('household', 'household', { adults: 2 }, db);
		const outbox = await db.outbox.toArray();
		expect(outbox).toHaveLength(1);
		expect(outbox[0]!.fields).toMatchObject({ municipality: 'Jy', adults: 2 });
	});

	it('starts a new entry once the previous one is being sent', async () => {
		await saveFields('household', 'household', { adults: 1 }, db);
		await db.outbox.toCollection().modify({ sending: 1 });
		await saveFields('household', 'household', { adults: 2 }, db);
		const outbox = await db.outbox.orderBy('seq').toArray();
		expect(outbox.map((e) => e.fields.adults)).toEqual([1, 2]);
		expect(outbox[1]!.fields).not.toHaveProperty('municipality');
	});

	it('bases a change on the server version the row has', async () => {
		await saveFields('household', 'household', { adults: 1 }, db);
		await db.outbox.clear();
		await db.household.update('household', { version: 7 });
		await saveFields('household', 'household', { adults: 3 }, db);
		expect((await db.outbox.toArray())[0]!.baseVersion).toBe(7);
	});

	it('clears the draft of a field once a valid value is saved', async () => {
		const key = draftKey('home', HOME_ID, 'rentCents');
		await saveDraft(key, '12,3x', db);
		expect(await db.drafts.get(key)).toEqual({ key, text: '12,3x' });
		await saveFields('home', HOME_ID, { rentCents: 1230 }, db);
		expect(await db.drafts.get(key)).toBeUndefined();
	});

	it('keeps invalid text as a draft and stops counting the old value', async () => {
		await saveFields('home', HOME_ID, { rentCents: 1230 }, db);
		await saveInvalid('home', HOME_ID, 'rentCents', '12,3x', db);
		expect((await db.home.get(HOME_ID))?.rentCents).toBeNull();
		expect(await db.drafts.get(draftKey('home', HOME_ID, 'rentCents'))).toMatchObject({
			text: '12,3x'
		});
		await saveFields('home', HOME_ID, { rentCents: 1230 }, db);
		expect(await db.drafts.count()).toBe(0);
	});

	it('never leaves a row without its outbox entry when the transaction fails', async () => {
		await expect(
			db.transaction('rw', [db.home, db.outbox, db.drafts], async () => {
				await saveFields('home', HOME_ID, { rentCents: 1 }, db);
				throw new Error('crash mid-write');
			})
		).rejects.toThrow('crash mid-write');
		expect(await db.home.count()).toBe(0);
		expect(await db.outbox.count()).toBe(0);
	});
});

describe('deleteRow', () => {
	it('drops a never-synced row and its unsent changes without telling the server', async () => {
		const id = await addRow('debts', { creditor: 'Pikalaina Oy' }, db);
		await deleteRow('debts', id, db);
		expect(await db.debts.count()).toBe(0);
		expect(await db.outbox.count()).toBe(0);
	});

	it('queues a delete for a row the server knows', async () => {
		const id = await addRow('debts', { creditor: 'Pikalaina Oy' }, db);
		await db.outbox.clear();
		await db.debts.update(id, { version: 3 });
		await saveDraft(draftKey('debts', id, 'balanceCents'), 'abc', db);
		await deleteRow('debts', id, db);
		const outbox = await db.outbox.toArray();
		expect(outbox).toEqual([
			expect.objectContaining({ op: 'delete', entityId: id, baseVersion: 3 })
		]);
		expect(await db.drafts.count()).toBe(0);
	});

	it('keeps the delete when an earlier change is already in flight', async () => {
		const id = await addRow('decisions', { note: 'Kela' }, db);
		await db.outbox.toCollection().modify({ sending: 1 });
		await deleteRow('decisions', id, db);
		const ops = (await db.outbox.orderBy('seq').toArray()).map((e) => e.op);
		expect(ops).toEqual(['upsert', 'delete']);
	});
});
