// Offline-first: after the first visit every tenant page opens and works with no network, typed data
// survives reloads, closing the page and a second tab sees changes live; nothing typed ever lands in
// Cache Storage.
import { expect, test } from './fixtures';
import { euroFi, marker, normalise } from './factories';
import { sv } from '../../src/lib/i18n/sv/index';
import { SettingsPage } from './pages/settings-page';
import { SituationPage, STEPS } from './pages/situation-page';

test('after the first visit the app works offline and keeps what is typed', async ({
	context,
	page,
	m,
	app,
	situation,
	summary
}) => {
	test.setTimeout(60_000);
	const h = m.situation.household;
	const municipality = marker('Offlinekylä');

	// First visit, online: the service worker installs, precaches the app and takes control.
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: m.common.home.title })).toBeVisible();
	await app.waitForServiceWorker();

	await context.setOffline(true);
	// The network is really gone, also for the service worker's own requests (not only the page's).
	const worker = context.serviceWorkers()[0];
	expect(worker, 'a running service worker').toBeDefined();
	expect(
		await worker!.evaluate(() =>
			fetch('/robots.txt', { cache: 'no-store' }).then(
				() => 'reached',
				() => 'failed'
			)
		)
	).toBe('failed');

	// Every page opens from the precache, not from the server.
	for (const step of STEPS) {
		const response = await page.goto(`/situation/${step}`);
		expect(response?.fromServiceWorker(), `/situation/${step} from the service worker`).toBe(true);
		await situation.expectStep(step);
	}
	await page.goto('/summary');
	await summary.expectLoaded();
	await expect(summary.empty()).toHaveText(m.summary.empty);
	await page.goto('/settings');
	await expect(
		page.getByRole('heading', { level: 1, name: m.account.settings.title })
	).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: m.common.home.title })).toBeVisible();
	await expect(app.offlineNotice()).toBeVisible();

	// Type offline.
	await situation.goto('household');
	await situation.fillHousehold({ adults: '2', children: '3', municipality });
	await app.expectSaved();
	await situation.goto('home');
	await situation.fillMoney(m.situation.home.rent, '712,40');
	await app.expectSaved();

	// Reload offline: all there.
	await page.reload();
	await situation.expectStep('home');
	await expect(page.getByLabel(m.situation.home.rent, { exact: true })).toHaveValue('712,40');
	await situation.goto('household');
	await expect(page.getByLabel(h.adults, { exact: true })).toHaveValue('2');
	await expect(page.getByLabel(h.children, { exact: true })).toHaveValue('3');
	await expect(page.getByLabel(h.municipality, { exact: true })).toHaveValue(municipality);
	await summary.goto();
	await summary.expectFigure('expenses', euroFi(712_40));
	await page.goto('/');
	await expect(page.getByRole('link', { name: m.common.home.continue })).toBeVisible();

	// Nothing but the app itself is cached: no API or __data.json responses, nothing typed.
	const entries = await app.cacheEntries();
	expect(entries.length, 'the precache holds the app').toBeGreaterThan(10);
	const urls = entries.map((e) => new URL(e.url).pathname);
	expect(urls).toContain('/');
	expect(urls).toContain('/situation/household');
	expect(urls).toContain('/summary');
	expect(urls.filter((u) => u.startsWith('/api/') || u.includes('__data.json'))).toEqual([]);
	expect(entries.filter((e) => e.method !== 'GET').map((e) => e.url)).toEqual([]);
	const leaking = entries.filter(
		(e) =>
			e.url.includes(municipality) || e.body.includes(municipality) || e.body.includes('712,40')
	);
	expect(leaking.map((e) => e.url)).toEqual([]);
});

test('data survives closing the page and opening the app again', async ({
	context,
	page,
	m,
	app,
	situation
}) => {
	const municipality = marker('Suljettu');
	await situation.goto('household');
	await situation.fillText(m.situation.household.municipality, municipality);
	await app.expectSaved();
	await page.close();

	const again = await context.newPage();
	await again.goto('/');
	await expect(again.getByRole('link', { name: m.common.home.continue })).toBeVisible();
	await again.getByRole('link', { name: m.common.home.continue }).tap();
	// The first step not yet filled in is "home"; go back to the household step via the step list.
	const reopened = new SituationPage(again, m);
	await reopened.expectStep('home');
	await reopened.stepLink('household').tap();
	await reopened.expectStep('household');
	await expect(again.getByLabel(m.situation.household.municipality, { exact: true })).toHaveValue(
		municipality
	);
});

test('a change in one tab shows up live in another', async ({ context, page, m, situation }) => {
	const s = m.situation;
	await situation.goto('household');
	const other = await context.newPage();
	const otherSituation = new SituationPage(other, m);
	await otherSituation.goto('household');

	const municipality = marker('Tabula');
	await situation.fillHousehold({ adults: '1', children: '2', municipality });
	// No reload in the other tab: the live query brings the change over.
	await expect(other.getByLabel(s.household.municipality, { exact: true })).toHaveValue(
		municipality
	);
	await expect(other.getByLabel(s.household.adults, { exact: true })).toHaveValue('1');
	await expect(other.getByLabel(s.household.children, { exact: true })).toHaveValue('2');

	// And back the other way, on another step's data shown in a derived figure.
	await otherSituation.goto('home');
	await situation.goto('expenses');
	await otherSituation.fillMoney(s.home.rent, '845,5');
	await expect
		.poll(async () => normalise(await page.getByTestId('expense-rent-derived').textContent()))
		.toBe(euroFi(845_50));
});

test('"Forget this device" leaves nothing behind', async ({ context, page, m, app, situation }) => {
	test.setTimeout(60_000);
	const municipality = marker('Unohdettava');
	await page.goto('/');
	await app.waitForServiceWorker();
	await situation.goto('household');
	await situation.fillHousehold({ adults: '2', children: '1', municipality });
	await situation.goto('home');
	await situation.fillMoney(m.situation.home.arrears, '1 300');
	await situation.fillMoney(m.situation.home.rent, '65x'); // a draft too
	await app.expectSaved();
	await app.expectStored(municipality, '"arrearsCents":130000', '65x');
	// A language choice, remembered in localStorage.
	await app.languageSelect().selectOption('sv');
	await app.expectLang('sv');

	const before = await app.storage();
	expect(before.databases).toContain('vuokra-apu');
	expect(before.caches.length).toBeGreaterThan(0);
	expect(before.registrations).toBe(1);
	expect(before.localStorageKeys).toContain('lang');

	const inSwedish = new SettingsPage(page, sv);
	await inSwedish.goto();
	// Cancel first: nothing is deleted.
	const dialog = await inSwedish.openForget();
	await dialog.getByRole('button', { name: sv.common.cancel }).tap();
	await expect(dialog).toBeHidden();
	await expect(inSwedish.forgetButton()).toBeFocused();
	expect((await app.storage()).databases).toContain('vuokra-apu');

	await inSwedish.openForget();
	await inSwedish.confirmForget();
	// Checked at once, before the app reloads itself and starts afresh.
	const after = await app.storage();
	expect(after.databases, 'IndexedDB databases').not.toContain('vuokra-apu');
	expect(after.databases, 'IndexedDB databases').toEqual([]);
	expect(after.caches, 'Cache Storage').toEqual([]);
	expect(after.registrations, 'service worker registrations').toBe(0);
	expect(after.localStorageKeys, 'localStorage').toEqual([]);

	// The app reloads at the start page: empty state, in the browser's language again.
	await page.waitForURL((url) => url.pathname === '/');
	await expect(page.getByRole('heading', { level: 1, name: m.common.home.title })).toBeVisible();
	await app.expectLang('fi');
	// The language is also mirrored in a cookie (for emails); it no longer says Swedish either.
	const langCookies = (await context.cookies()).filter((c) => c.name === 'lang');
	expect(langCookies.map((c) => c.value)).not.toContain('sv');
	await expect(page.getByRole('link', { name: m.common.home.start })).toBeVisible();
	await expect(page.getByRole('link', { name: m.common.home.continue })).toHaveCount(0);
	expect(await app.storedJson()).not.toContain(municipality);
	await situation.goto('household');
	await expect(page.getByLabel(m.situation.household.municipality, { exact: true })).toHaveValue(
		''
	);
	await situation.goto('home');
	await expect(page.getByLabel(m.situation.home.rent, { exact: true })).toHaveValue('');
	await expect(page.getByLabel(m.situation.home.arrears, { exact: true })).toHaveValue('');
});
