import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { HOME_ID } from '$lib/schemas/constants';
import { openAppDb, type AppDb } from './app-db';
import { keepValue } from './typed-journal';
import { forgetReferral, keepReferral, preselectLandlord, readReferral } from './referral-repo';

let db: AppDb;
let n = 0;

beforeEach(async () => {
	db = openAppDb(`referral-test-${n++}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

describe('the referral code kept on the device', () => {
	it('is kept, read back and forgotten', async () => {
		expect(await readReferral(db)).toBeNull();
		await keepReferral('ABCDEFGHJKMN', { name: 'SATO Oyj', landlordKey: 'sato' }, db);
		expect(await readReferral(db)).toMatchObject({
			code: 'ABCDEFGHJKMN',
			landlord: { name: 'SATO Oyj', landlordKey: 'sato' }
		});
		await forgetReferral(db);
		expect(await readReferral(db)).toBeNull();
	});

	it('preselects a landlord of the map’s list by its id', async () => {
		await preselectLandlord({ name: 'SATO Oyj', landlordKey: 'sato' }, db);
		expect((await db.home.get(HOME_ID))?.landlordId).toBe('sato');
	});

	it('preselects a landlord outside the list as "other" with its name', async () => {
		await preselectLandlord({ name: 'Pieni Vuokrayhtiö Oy', landlordKey: null }, db);
		const home = await db.home.get(HOME_ID);
		expect(home?.landlordId).toBe('other');
		expect(home?.landlordOther).toBe('Pieni Vuokrayhtiö Oy');
		// A key that is not (or no longer) in the list is treated the same way.
		const other = openAppDb(`referral-test-${n++}`);
		await preselectLandlord({ name: 'VVO', landlordKey: 'vvo-asunnot' }, other);
		expect((await other.home.get(HOME_ID))?.landlordId).toBe('other');
		other.close();
		await Dexie.delete(other.name);
	});

	it('never replaces a landlord the tenant chose', async () => {
		await keepValue('home', HOME_ID, 'landlordId', 'heka', db);
		await preselectLandlord({ name: 'SATO Oyj', landlordKey: 'sato' }, db);
		expect((await db.home.get(HOME_ID))?.landlordId).toBe('heka');
	});
});
