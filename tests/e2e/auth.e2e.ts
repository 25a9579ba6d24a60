// Sign-in end to end on the real built server: email magic links through a real SMTP server
// (tests/support/smtp-sink.ts), OpenID Connect through a real local IdP (tests/support/oidc-provider.ts),
// database sessions that sign-out and account deletion end on the server, and device wipes.
//
// Uses its own server (the shared one has no SMTP/OIDC settings). AUTH_E2E_BUILD_DIR picks a build
// other than build/ (e.g. while build/ is being rebuilt by someone else).
import { axeFor } from './support/a11y';
import SqliteDatabase from 'better-sqlite3';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { freePort, startServer, type RunningServer } from './support/server';
import { firstLink, startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { startOidcProvider, type TestIdp } from '../support/oidc-provider';

const IDP_NAME = 'Testi-IdP';

let app: RunningServer;
let sink: SmtpSink;
let idp: TestIdp;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	sink = await startSmtpSink();
	const port = await freePort();
	idp = await startOidcProvider({ redirectUri: `http://127.0.0.1:${port}/auth/callback/oidc` });
	app = await startServer({
		buildDir: process.env.AUTH_E2E_BUILD_DIR ?? 'build',
		port,
		env: {
			SMTP_URL: sink.url,
			MAIL_FROM: 'Vuokra-apu <no-reply@vuokra.test>',
			OIDC_ISSUER: idp.issuer,
			OIDC_CLIENT_ID: idp.clientId,
			OIDC_CLIENT_SECRET: idp.clientSecret,
			OIDC_NAME: IDP_NAME
		}
	});
});

test.afterAll(async () => {
	await app?.stop({ removeData: true });
	await idp?.close();
	await sink?.close();
});

let emails = 0;
function newEmail(): string {
	return `vuokralainen-${Date.now()}-${++emails}@example.test`;
}

/** Signs in through /signin, the emailed link and the confirmation page; ends on /account. */
async function signInByEmail(
	page: Page,
	m: typeof import('../../src/lib/i18n/fi/index').fi,
	email: string
) {
	const since = sink.messages.length;
	await page.goto(`${app.url}/signin`);
	await page.getByLabel(m.account.signIn.emailLabel).fill(email);
	await page.getByRole('button', { name: m.account.signIn.send }).click();
	await expect(page.getByRole('heading', { name: m.account.signIn.sentTitle })).toBeFocused();
	const mail = await sink.waitFor(email, { since });
	await page.goto(firstLink(mail.text));
	await page.getByRole('button', { name: m.account.confirm.signIn, exact: true }).click();
	await expect(page).toHaveURL(`${app.url}/account`);
	await expect(page.getByTestId('account-email')).toHaveText(email);
	return mail;
}

async function sessionCookie(page: Page): Promise<string> {
	const cookie = (await page.context().cookies(app.url)).find(
		(c) => c.name === 'authjs.session-token'
	);
	expect(cookie, 'session cookie').toBeDefined();
	return `${cookie!.name}=${cookie!.value}`;
}

async function meWithCookie(page: Page, cookie: string): Promise<number> {
	// A fresh request context: only the given cookie, none of the browser's.
	const res = await page.context().request.fetch(`${app.url}/api/me`, {
		headers: { cookie },
		failOnStatusCode: false
	});
	return res.status();
}

/** Outbox entries and rows with our marker, read with raw IndexedDB (not the app's Dexie). */
async function markerCount(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('vuokra-apu');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('outbox')) {
						db.close();
						return resolve(0);
					}
					const req = db.transaction('outbox').objectStore('outbox').getAll();
					req.onsuccess = () => {
						db.close();
						resolve(
							(req.result as { mutationId: string }[]).filter((e) => e.mutationId === 'e2e-marker')
								.length
						);
					};
					req.onerror = () => reject(req.error);
				};
			})
	);
}

/** Puts one change in the outbox, as if typed while the server was unreachable. */
async function addUnsentChange(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('vuokra-apu');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction('outbox', 'readwrite');
					tx.objectStore('outbox').add({
						mutationId: 'e2e-marker',
						entity: 'household',
						entityId: 'e2e',
						op: 'upsert',
						fields: { adults: 1 },
						baseVersion: 0,
						createdAt: new Date().toISOString(),
						sending: 0
					});
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

test('anonymous /api/me is 401 and never cached', async ({ request }) => {
	const res = await request.get(`${app.url}/api/me`, { failOnStatusCode: false });
	expect(res.status()).toBe(401);
	expect(res.headers()['cache-control']).toBe('no-store');
	expect(res.headers()['x-frame-options']).toBe('DENY');
});

test('sign-in page is accessible, explains itself and fits 320 px', async ({ page, m }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto(`${app.url}/signin`);
	await expect(page.getByText(m.account.signIn.optional)).toBeVisible();
	await expect(
		page.getByRole('button', { name: m.account.signIn.withProvider(IDP_NAME) })
	).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	const { violations } = await axeFor(page, { allRules: true }).analyze();
	expect(violations.map((v) => v.id)).toEqual([]);
	// Keyboard: the email field is reachable and Enter sends.
	await page.getByLabel(m.account.signIn.emailLabel).focus();
	await page.keyboard.type('not-an-email');
	await page.keyboard.press('Enter');
	await expect(page.getByText(m.account.signIn.emailInvalid)).toBeVisible();
});

test('magic link: email in the tenant language, /api/me, sign-out ends the session and wipes the device', async ({
	page,
	m
}) => {
	const email = newEmail();
	const mail = await signInByEmail(page, m, email);
	expect(mail.subject).toBe(m.account.email.subject);
	expect(mail.text).toContain(m.account.email.intro);
	expect(mail.from).toBe('no-reply@vuokra.test');

	const me = await page.request.get(`${app.url}/api/me`);
	expect(await me.json()).toMatchObject({ email, role: 'tenant' });
	const cookie = await sessionCookie(page);
	expect(await meWithCookie(page, cookie)).toBe(200);

	const { violations } = await axeFor(page, { allRules: true }).analyze();
	expect(violations.map((v) => v.id)).toEqual([]);

	// An unsent change: sign-out warns and can be cancelled. Pushes are blocked so it stays unsent.
	await page.route('**/api/sync/push', (route) => route.abort());
	await addUnsentChange(page);
	expect(await markerCount(page)).toBe(1);
	await page.getByRole('button', { name: m.account.page.signOut }).click();
	await expect(page.getByText(m.account.page.unsynced(1))).toBeVisible();
	await page.getByRole('button', { name: m.common.cancel }).click();
	await expect(page.getByText(m.account.page.unsynced(1))).toBeHidden();
	expect(await meWithCookie(page, cookie)).toBe(200);

	await page.getByRole('button', { name: m.account.page.signOut }).click();
	await page.getByRole('button', { name: m.account.page.signOutAnyway }).click();
	await expect(page).toHaveURL(`${app.url}/`);
	await page.waitForLoadState('load');

	expect(await meWithCookie(page, cookie)).toBe(401);
	expect(await markerCount(page)).toBe(0);
	const after = await page.request.get(`${app.url}/api/me`, { failOnStatusCode: false });
	expect(after.status()).toBe(401);
});

test('OpenID Connect sign-in through the local provider', async ({ page, m }) => {
	await page.goto(`${app.url}/signin`);
	await page.getByRole('button', { name: m.account.signIn.withProvider(IDP_NAME) }).click();
	// oidc-provider's development login and consent pages.
	await page.locator('input[name="login"]').fill('maija');
	await page.locator('input[name="password"]').fill('any-password');
	await page.locator('button[type="submit"]').click();
	await page.getByRole('button', { name: 'Continue' }).click();
	// Back through the page that asks about data typed before signing in (none here).
	await expect(page).toHaveURL(`${app.url}/account`);
	await expect(page.getByTestId('account-email')).toHaveText(idp.emailFor('maija'));
	const me = await page.request.get(`${app.url}/api/me`);
	expect(await me.json()).toMatchObject({ email: idp.emailFor('maija'), role: 'tenant' });
});

test('delete my account erases the server data and sessions and wipes the device', async ({
	page,
	m
}) => {
	const email = newEmail();
	await signInByEmail(page, m, email);
	const cookie = await sessionCookie(page);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: m.account.page.export }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^vuokra-apu-\d{4}-\d{2}-\d{2}\.json$/);

	await addUnsentChange(page);
	await page.getByRole('button', { name: m.account.page.delete }).click();
	const dialog = page.getByRole('dialog', { name: m.account.page.deleteConfirmTitle });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: m.account.page.deleteConfirmAction }).click();
	await expect(page).toHaveURL(`${app.url}/`);
	await page.waitForLoadState('load');

	expect(await meWithCookie(page, cookie)).toBe(401);
	expect(await markerCount(page)).toBe(0);
	const db = new SqliteDatabase(path.join(app.dataDir, 'app.sqlite'), { readonly: true });
	try {
		expect(db.prepare('select count(*) as n from "User" where email = ?').get(email)).toEqual({
			n: 0
		});
		expect(
			db.prepare('select count(*) as n from "VerificationToken" where identifier = ?').get(email)
		).toEqual({
			n: 0
		});
	} finally {
		db.close();
	}
});
