// Referral codes end to end, on a real built server of its own with a temporary DATA_DIR, in real
// Chromium: landlord staff (desktop, added with `npm run landlord:add`) make codes by keyboard and
// see the print sheet; a tenant (phone, Finnish) types one on the start page by keyboard, sees the
// landing page and starts the map with the landlord preselected. axe on the landlord home, the
// print sheet and the landing page in Finnish and English; nothing scrolls sideways at 320 px.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { en } from '../../src/lib/i18n/en/index';
import { fi } from '../../src/lib/i18n/fi/index';
import { expect, test } from './fixtures';
import { expectNoAxeViolations as axe, horizontalOverflow } from './support/a11y';
import { repoRoot, startServer, type RunningServer } from './support/server';
import { sessionsFor, type Sessions } from './support/session';

const STAFF = 'perinta-e2e@example.test';
const ORG = 'SATO Oyj (testi)';
const DESKTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };
const PHONE = {
	viewport: { width: 412, height: 915 },
	isMobile: true,
	hasTouch: true,
	deviceScaleFactor: 1
};

let server: RunningServer;
let auth: Sessions;

// Six axe scans take most of the time; the allowance covers a loaded machine.
test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
	test.setTimeout(120_000);
	server = await startServer({ buildDir: 'build' });
	auth = sessionsFor(server);
	// Staff are added the way an administrator does it (the server created the tables).
	execFileSync(
		process.execPath,
		[path.join(repoRoot, 'scripts/landlord-add.mjs'), ORG, STAFF, '--landlord-key', 'sato'],
		{ cwd: repoRoot, env: { ...process.env, DATA_DIR: server.dataDir }, stdio: 'pipe' }
	);
});

test.afterAll(async () => {
	await auth?.close();
	await server?.stop({ removeData: true });
});

test('staff make codes; a tenant types one on the start page and starts the map with the landlord chosen', async ({
	browser
}) => {
	const L = fi.landlordCodes;
	const desk = await browser.newContext({
		...DESKTOP,
		locale: 'fi-FI',
		timezoneId: 'Europe/Helsinki',
		baseURL: server.url
	});
	await auth.signIn(desk, STAFF);
	const staff = await desk.newPage();
	await staff.goto('/landlord');
	await expect(staff.getByRole('heading', { level: 1, name: L.home.title(ORG) })).toBeVisible();

	// Two codes with their own references, by keyboard only.
	await staff.getByLabel(L.create.count, { exact: true }).focus();
	await staff.keyboard.press('ControlOrMeta+a');
	await staff.keyboard.type('2');
	await staff.keyboard.press('Tab'); // days
	await staff.keyboard.press('Tab'); // references
	await expect(staff.getByLabel(L.create.refs)).toBeFocused();
	await staff.keyboard.type('SOP-1\nSOP-3');
	await staff.keyboard.press('Tab');
	await expect(staff.getByRole('button', { name: L.create.submit })).toBeFocused();
	await staff.keyboard.press('Enter');
	await expect(staff.getByRole('heading', { name: L.create.made(2) })).toBeFocused();
	const codes = await staff.getByTestId('new-codes').locator('.code').allTextContents();
	expect(codes).toHaveLength(2);
	for (const c of codes) expect(c).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
	await expect(staff.getByRole('cell', { name: 'SOP-3', exact: true })).toBeVisible();
	await expect(staff.getByLabel(L.create.sms)).toHaveValue(new RegExp(codes[0]!));
	await axe(staff, 'landlord home with new codes (fi)');
	await staff.setViewportSize({ width: 320, height: 800 });
	expect(await horizontalOverflow(staff), 'landlord home at 320 px').toBe(0);
	await staff.setViewportSize(DESKTOP.viewport);

	await staff.getByRole('link', { name: L.create.print }).click();
	await expect(staff.getByRole('heading', { level: 1, name: L.print.title })).toBeVisible();
	const slips = staff.getByTestId('slips').locator('li');
	await expect(slips).toHaveCount(2);
	await expect(slips.first()).toContainText(fi.landlordCodes.insert.gave(ORG));
	await expect(staff.getByRole('img', { name: L.print.qrLabel(codes[0]!) })).toBeVisible();
	await axe(staff, 'print sheet (fi)');
	// English page, Swedish slips: the slips follow their own choice, not the page's language.
	await staff.locator('header select#language').selectOption('en');
	await expect(
		staff.getByRole('heading', { level: 1, name: en.landlordCodes.print.title })
	).toBeVisible();
	await staff.getByLabel(en.landlordCodes.print.language).selectOption('sv');
	await expect(slips.first()).toContainText('Din hyresvärd');
	await axe(staff, 'print sheet (en)');
	await staff.setViewportSize({ width: 320, height: 800 });
	expect(await horizontalOverflow(staff), 'print sheet at 320 px').toBe(0);
	await staff.getByRole('link', { name: en.landlordCodes.print.back }).click();
	await expect(
		staff.getByRole('heading', { level: 1, name: en.landlordCodes.home.title(ORG) })
	).toBeVisible();
	await axe(staff, 'landlord home (en)');

	// The tenant, on a phone in Finnish, without an account.
	const phone = await browser.newContext({
		...PHONE,
		locale: 'fi-FI',
		timezoneId: 'Europe/Helsinki',
		baseURL: server.url
	});
	const tenant = await phone.newPage();
	await tenant.goto('/');
	const open = tenant.getByRole('button', { name: fi.common.haveCode });
	await open.focus();
	await tenant.keyboard.press('Enter');
	const field = tenant.getByLabel(L.entry.label, { exact: true });
	await expect(field).toBeFocused();
	// A typo is caught next to the field, and what was typed stays.
	const typo = codes[1]!.slice(0, -1) + (codes[1]!.endsWith('7') ? '8' : '7');
	await tenant.keyboard.type(typo);
	await tenant.keyboard.press('Enter');
	await expect(tenant.getByText(L.entry.errors.check)).toBeVisible();
	await expect(field).toHaveValue(typo);
	await field.fill(codes[1]!.toLowerCase().replaceAll('-', ' '));
	await tenant.keyboard.press('Enter');
	await expect(tenant).toHaveURL(new RegExp(`/r/${codes[1]}$`));
	await expect(tenant.getByTestId('referral-landlord')).toHaveText(L.landing.gave(ORG));
	await expect(tenant.getByText(L.landing.nothing)).toBeVisible();
	await axe(tenant, 'code landing (fi)');
	await tenant.setViewportSize({ width: 320, height: 700 });
	expect(await horizontalOverflow(tenant), 'landing at 320 px').toBe(0);
	await tenant.locator('header select#language').selectOption('en');
	await expect(tenant.getByText(en.landlordCodes.landing.nothing)).toBeVisible();
	await axe(tenant, 'code landing (en)');
	await tenant.locator('header select#language').selectOption('fi');

	await tenant.getByRole('button', { name: L.landing.start }).click();
	await expect(tenant).toHaveURL(/\/situation\/household$/);
	await tenant.goto('/situation/home');
	await expect(tenant.getByLabel(fi.situation.home.landlord, { exact: true })).toHaveValue('sato');

	// The staff member's list learnt nothing about it: both codes are simply valid.
	await staff.reload();
	await expect(
		staff.getByRole('cell', { name: en.landlordCodes.list.status.active, exact: true })
	).toHaveCount(2);

	await phone.close();
	await desk.close();
});
