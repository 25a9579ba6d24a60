// The frame around every page: header language select, update prompt, offline notice; and what the
// app keeps in the browser (service worker, Cache Storage, IndexedDB, localStorage).
import { expect, type Locator, type Page } from '@playwright/test';
import { fi, type Messages } from '../../../src/lib/i18n/fi/index';

export const DB_NAME = 'vuokra-apu';

export interface CacheEntry {
	cache: string;
	url: string;
	method: string;
	/** The response body as text (the app only precaches text: HTML, JS, CSS, JSON, SVG). */
	body: string;
}

export interface BrowserStorage {
	databases: string[];
	caches: string[];
	registrations: number;
	localStorageKeys: string[];
}

export class AppShell {
	constructor(
		readonly page: Page,
		readonly m: Messages = fi
	) {}

	/** The header's language select (its label is "Kieli" / "Språk" / "Language"). */
	languageSelect(m: Messages = this.m): Locator {
		return this.page
			.getByRole('banner')
			.getByRole('combobox', { name: m.common.language, exact: true });
	}

	updatePrompt(m: Messages = this.m): Locator {
		return this.page.getByRole('status').filter({ hasText: m.common.update.available });
	}

	offlineNotice(m: Messages = this.m): Locator {
		return this.page.getByRole('status').filter({ hasText: m.common.offline });
	}

	/**
	 * Waits until the service worker is active and controls this page, i.e. the app shell has been
	 * precached (the worker activates only after its install, which precaches, succeeded).
	 */
	async waitForServiceWorker(): Promise<void> {
		await this.page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	}

	/** Every request and response in Cache Storage, with bodies. */
	async cacheEntries(): Promise<CacheEntry[]> {
		return this.page.evaluate(async () => {
			const out: { cache: string; url: string; method: string; body: string }[] = [];
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const request of await cache.keys()) {
					const response = await cache.match(request);
					out.push({
						cache: name,
						url: request.url,
						method: request.method,
						body: response ? await response.text() : ''
					});
				}
			}
			return out;
		});
	}

	/**
	 * Everything in the app's IndexedDB database as JSON text (every object store, every row), read
	 * with the plain IndexedDB API on a second connection. Empty when the database does not exist.
	 */
	async storedJson(): Promise<string> {
		return this.page.evaluate(async (name) => {
			if (!(await indexedDB.databases()).some((d) => d.name === name)) return '';
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(name);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			try {
				const stores = [...db.objectStoreNames];
				if (stores.length === 0) return '';
				const tx = db.transaction(stores, 'readonly');
				const out: Record<string, unknown[]> = {};
				await Promise.all(
					stores.map(
						(store) =>
							new Promise<void>((resolve, reject) => {
								const request = tx.objectStore(store).getAll();
								request.onsuccess = () => {
									out[store] = request.result;
									resolve();
								};
								request.onerror = () => reject(request.error);
							})
					)
				);
				return JSON.stringify(out);
			} finally {
				db.close();
			}
		}, DB_NAME);
	}

	/**
	 * The page's save state, as the tenant sees it (and a screen reader hears it): "Saving…" from a
	 * keystroke until its row is written, then "Saved on this device".
	 */
	saveState(): Locator {
		return this.page.getByTestId('save-state').and(this.page.getByRole('status'));
	}

	/**
	 * Waits until everything typed on this page is saved, as the page shows it. (Typed text
	 * survives a page load even before that; this is for checks of what the save leads to.)
	 */
	async expectSaved(m: Messages = this.m): Promise<void> {
		await expect(this.saveState()).toHaveText(new RegExp(`${m.common.saved}$`));
	}

	/**
	 * Asserts that every needle (typed text, or e.g. `"rentCents":65000`) is in the database. On a
	 * page with the save state it first waits for "saved", as a person would: until then the last
	 * keystroke may be only in the write-ahead journal, not yet in its row (a loaded machine showed
	 * exactly that). The database itself is read once, never polled.
	 */
	async expectStored(...needles: string[]): Promise<void> {
		if ((await this.saveState().count()) > 0) await this.expectSaved();
		const stored = await this.storedJson();
		for (const needle of needles) expect(stored, `${needle} stored in IndexedDB`).toContain(needle);
	}

	async storage(): Promise<BrowserStorage> {
		return this.page.evaluate(async () => ({
			databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
			caches: await caches.keys(),
			registrations: (await navigator.serviceWorker.getRegistrations()).length,
			localStorageKeys: Object.keys(localStorage)
		}));
	}

	/** `<html lang>` of the page. */
	htmlLang(): Locator {
		return this.page.locator('html');
	}

	async expectLang(lang: 'fi' | 'sv' | 'en'): Promise<void> {
		await expect(this.htmlLang()).toHaveAttribute('lang', lang);
	}
}
