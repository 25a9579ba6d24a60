import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appDb, DB_NAME } from './app-db';
import { forgetData } from './forget-device';

class MemoryStorage {
	private readonly items = new Map<string, string>();
	getItem(key: string): string | null {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		this.items.set(key, value);
	}
	clear(): void {
		this.items.clear();
	}
	get length(): number {
		return this.items.size;
	}
}

function openRaw(name: string): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(name, 1);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

async function databaseNames(): Promise<string[]> {
	return (await indexedDB.databases()).map((info) => info.name ?? '');
}

beforeEach(() => {
	vi.stubGlobal('localStorage', new MemoryStorage());
	vi.stubGlobal('sessionStorage', new MemoryStorage());
});

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('forgetData', () => {
	it('deletes the app database, every other database of the origin and web storage', async () => {
		await appDb().household.put({ id: 'household', municipality: 'Oulu' } as never);
		(await openRaw('other-db')).close();
		localStorage.setItem('lang', 'sv');
		sessionStorage.setItem('x', '1');
		expect(await databaseNames()).toEqual(expect.arrayContaining([DB_NAME, 'other-db']));

		await forgetData();

		expect(await databaseNames()).toEqual([]);
		expect(localStorage.getItem('lang')).toBeNull();
		expect(sessionStorage.getItem('x')).toBeNull();
		// The next use opens an empty database rather than failing on the closed one.
		expect(await appDb().household.count()).toBe(0);
		await forgetData();
	});

	it('gives up on a database another tab will not let go of, after the time limit, and still clears the rest', async () => {
		// Another tab's connection that ignores `versionchange` (not Dexie, which would close).
		const stubborn = await openRaw(DB_NAME);
		localStorage.setItem('lang', 'en');
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

		let outcome: string | undefined;
		void forgetData().then(
			() => (outcome = 'resolved'),
			(error: Error) => (outcome = error.message)
		);
		// fake-indexeddb reports "blocked" on a real macrotask, so time moves on in small steps.
		let waited = 0;
		while (outcome === undefined && waited < 60_000) {
			await new Promise((resolve) => setImmediate(resolve));
			await vi.advanceTimersByTimeAsync(100);
			waited += 100;
		}

		expect(outcome).toMatch(/blocked by another tab/);
		expect(waited).toBeGreaterThanOrEqual(5_000);
		expect(localStorage.getItem('lang')).toBeNull();
		vi.useRealTimers();
		stubborn.close();
		// The deletion went on once the other tab let go; and this tab can open it afresh.
		await vi.waitFor(async () => expect(await databaseNames()).not.toContain(DB_NAME));
		expect(await appDb().household.count()).toBe(0);
		await forgetData();
	});
});
