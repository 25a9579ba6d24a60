import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openAppDb, type AppDb } from '$lib/db/app-db';
import { keepTyped, paymentDraftKey, recordPayment } from '$lib/db/plan-repo';
import { watchPlans, type LivePlans } from './plan-live';

let db: AppDb;
let n = 0;
let seen: LivePlans[];
let stop: () => void;

beforeEach(async () => {
	db = openAppDb(`plan-live-test-${n++}`);
	await db.open();
	seen = [];
	stop = watchPlans(
		(value) => seen.push(value),
		(e) => {
			throw e;
		},
		db
	);
	await until(() => seen.length > 0);
});
afterEach(async () => {
	stop();
	db.close();
	await Dexie.delete(db.name);
});

async function until(done: () => boolean): Promise<void> {
	for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
	expect(done()).toBe(true);
}

const amount = paymentDraftKey('amount');
const latest = () => seen.at(-1)!;

describe('the plan drafts a page sees', () => {
	it('hold the newest keystroke at once, before its save reaches the live query', async () => {
		void keepTyped(amount, '3', db);
		void keepTyped(amount, '30', db);
		void keepTyped(amount, '300,00', db);
		// Synchronously: no await between the last key and a press of the button.
		expect(latest().drafts.get(amount)).toBe('300,00');
		// And after the saves and the live query have caught up, still the same text.
		await until(() => seen.length > 3 && !db.hasBeenClosed());
		await new Promise((r) => setTimeout(r, 50));
		expect(latest().drafts.get(amount)).toBe('300,00');
		expect((await db.drafts.get(amount))?.text).toBe('300,00');
	});

	it('forget a draft once it is cleared by recording the payment', async () => {
		await keepTyped(amount, '120', db);
		await until(() => latest().drafts.get(amount) === '120');
		await recordPayment(
			{ date: '2026-03-05', amountCents: 12_000, debtId: 'd1', planId: 'p1' },
			db
		);
		await until(() => !latest().drafts.has(amount));
		expect(latest().payments.map((p) => p.amountCents)).toEqual([12_000]);
	});

	it('leave out drafts of other forms', async () => {
		await keepTyped('consent/recipient', 'Heka', db);
		await new Promise((r) => setTimeout(r, 20));
		expect(latest().drafts.has('consent/recipient')).toBe(false);
	});
});
