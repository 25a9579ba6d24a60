import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import Dexie from 'dexie';
import { HOUSEHOLD_ID } from '$lib/schemas/constants';
import { openAppDb, type AppDb } from './app-db';
import { draftKey } from './situation-repo';
import {
	keepDraft,
	keepFieldChange,
	keepValue,
	onSaveState,
	replayJournal,
	type FieldOf,
	type MoneyFieldOf,
	type SaveState
} from './typed-journal';

let db: AppDb;
let n = 0;

beforeEach(async () => {
	db = openAppDb(`journal-test-${n++}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

/** Opens the same database as a new page would, after `db` went away. */
async function reopen(): Promise<AppDb> {
	db.close();
	const again = openAppDb(db.name);
	await again.open();
	return again;
}

describe('keepTyped', () => {
	it('journals the text before returning, in a transaction of its own', async () => {
		const saved = keepValue('incomes', 'salary', 'amountCents', 1_900_00, db);
		// Read on the raw connection with no await in between: IndexedDB runs transactions in the
		// order they were created, so this sees the journal entry only if keepValue created its
		// write synchronously, i.e. before a page that goes away right after the keystroke is gone.
		const tx = db.backendDB().transaction('journal', 'readonly');
		const request = tx.objectStore('journal').get(draftKey('incomes', 'salary', 'amountCents'));
		const journalled = await new Promise((resolve, reject) => {
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		expect(journalled).toMatchObject({ change: { kind: 'value', value: 1_900_00 } });
		await saved;
		expect((await db.incomes.get('salary'))?.amountCents).toBe(1_900_00);
		expect(await db.journal.count()).toBe(0);
	});

	it('saves the newest text of each field and leaves the journal empty', async () => {
		const keys = ['1', '19', '190', '1900'].map((t) =>
			keepValue('incomes', 'salary', 'amountCents', Number(t) * 100, db)
		);
		const text = keepValue('household', HOUSEHOLD_ID, 'municipality', 'Juva', db);
		await Promise.all([...keys, text]);
		expect((await db.incomes.get('salary'))?.amountCents).toBe(1_900_00);
		expect((await db.household.get(HOUSEHOLD_ID))?.municipality).toBe('Juva');
		expect(await db.journal.count()).toBe(0);
	});

	it('keeps invalid text as a draft and plan text as a draft only', async () => {
		await keepValue('expenses', 'water', 'amountCents', 12_00, db);
		await keepFieldChange(
			{ kind: 'invalid', entity: 'expenses', id: 'water', field: 'amountCents', text: '12,3x' },
			db
		);
		await keepDraft('plans/new/livingFloor', '480,5', db);
		expect((await db.expenses.get('water'))?.amountCents).toBeNull();
		expect((await db.drafts.get(draftKey('expenses', 'water', 'amountCents')))?.text).toBe('12,3x');
		expect((await db.drafts.get('plans/new/livingFloor'))?.text).toBe('480,5');
		expect(await db.journal.count()).toBe(0);
	});

	it('reports saving, then saved', async () => {
		const seen: SaveState[] = [];
		const stop = onSaveState((s) => seen.push(s));
		const saved = keepValue('household', HOUSEHOLD_ID, 'adults', 2, db);
		expect(seen.at(-1)).toEqual({ pending: 1, failed: false });
		await saved;
		expect(seen.at(-1)).toEqual({ pending: 0, failed: false });
		stop();
	});

	it('reports a failed save, keeps the text in the journal, and saves it on the next open', async () => {
		const seen: SaveState[] = [];
		const stop = onSaveState((s) => seen.push(s));
		// A save that cannot run (the row table refuses the write) must not lose the journal entry.
		const refuse = (req: { type: string }) => {
			if (req.type === 'put') throw new DOMException('disk full', 'QuotaExceededError');
		};
		db.close();
		db = openAppDb(db.name);
		db.use({
			stack: 'dbcore',
			name: 'refuse-household',
			create: (down) => ({
				...down,
				table: (name) => {
					const table = down.table(name);
					if (name !== 'household') return table;
					return {
						...table,
						mutate: (req) => {
							refuse(req);
							return table.mutate(req);
						}
					};
				}
			})
		});
		await db.open();
		expect(await keepValue('household', HOUSEHOLD_ID, 'municipality', 'Juva', db)).toBe(false);
		expect(seen.at(-1)).toEqual({ pending: 1, failed: true });
		stop();
		const again = await reopen();
		expect((await again.household.get(HOUSEHOLD_ID))?.municipality).toBe('Juva');
		expect(await again.journal.count()).toBe(0);
		again.close();
	});
});

describe('replayJournal', () => {
	it('applies entries a page left behind, each kind as its own save would', async () => {
		await db.journal.bulkPut([
			{
				key: draftKey('home', 'home', 'rentCents'),
				stamp: 'gone:1',
				change: { kind: 'value', entity: 'home', id: 'home', field: 'rentCents', value: 650_00 }
			},
			{
				key: draftKey('expenses', 'water', 'amountCents'),
				stamp: 'gone:2',
				change: {
					kind: 'invalid',
					entity: 'expenses',
					id: 'water',
					field: 'amountCents',
					text: '1x'
				}
			},
			{ key: 'payments/new/amount', stamp: 'gone:3', change: { kind: 'draft', text: '45' } }
		]);
		await replayJournal(db);
		expect((await db.home.get('home'))?.rentCents).toBe(650_00);
		expect((await db.drafts.get(draftKey('expenses', 'water', 'amountCents')))?.text).toBe('1x');
		expect((await db.drafts.get('payments/new/amount'))?.text).toBe('45');
		expect(await db.journal.count()).toBe(0);
	});
});

describe('field types (checked by npm run check)', () => {
	it('name only the fields an entity has, with values of the right type', () => {
		expectTypeOf<MoneyFieldOf<'home'>>().toEqualTypeOf<'rentCents' | 'arrearsCents'>();
		expectTypeOf<FieldOf<'household', number>>().toEqualTypeOf<'adults' | 'children'>();
		expectTypeOf<'municipalty'>().not.toExtend<FieldOf<'household', string>>();
		expectTypeOf<'dueDay'>().not.toExtend<MoneyFieldOf<'home'>>();
	});
});
