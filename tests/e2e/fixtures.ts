// Shared fixtures for the browser tests: page models bound to the test's page, the Finnish messages,
// and a guard that fails a test when the app throws an uncaught error in the page.
import { test as base, expect } from '@playwright/test';
import { fi, type Messages } from '../../src/lib/i18n/fi/index';
import { AppShell } from './pages/app-shell';
import { SettingsPage } from './pages/settings-page';
import { SituationPage } from './pages/situation-page';
import { SummaryPage } from './pages/summary-page';

interface Fixtures {
	/**
	 * Messages of the language the test expects the app in: Finnish (the `phone` project's locale)
	 * unless a file says `test.use({ m: en })`.
	 */
	m: Messages;
	situation: SituationPage;
	summary: SummaryPage;
	settings: SettingsPage;
	app: AppShell;
	/** Uncaught errors and unhandled rejections in the page; the test fails if any are left. */
	pageErrors: Error[];
}

export const test = base.extend<Fixtures>({
	m: [fi, { option: true }],
	situation: async ({ page, m }, use) => {
		await use(new SituationPage(page, m));
	},
	summary: async ({ page, m }, use) => {
		await use(new SummaryPage(page, m));
	},
	settings: async ({ page, m }, use) => {
		await use(new SettingsPage(page, m));
	},
	app: async ({ page, m }, use) => {
		await use(new AppShell(page, m));
	},
	pageErrors: [
		async ({ context }, use) => {
			const errors: Error[] = [];
			const watch = (p: import('@playwright/test').Page) =>
				p.on('pageerror', (e) => errors.push(e));
			context.pages().forEach(watch);
			context.on('page', watch);
			await use(errors);
			expect(
				errors.map((e) => e.message),
				'uncaught errors in the page'
			).toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
