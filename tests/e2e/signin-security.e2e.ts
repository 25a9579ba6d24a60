// Sign-in that a link from elsewhere can never abuse (docs/design.md, "Signing in"), on the real
// built server with a real SMTP sink, a real OpenID Connect provider and an attacker's page served
// from another site (http://localhost:<port>, while the app is http://127.0.0.1:<port>).
//
// - Login CSRF: an attacker's own sign-in link, opened by the victim's browser from another site,
//   signs nobody in and carries none of the victim's data into the attacker's account.
// - Switching accounts (email link or OpenID Connect) only on a yes; it ends the old session on
//   the server and wipes the old account's data from the device.
// - Data typed before signing in moves into an account only on a yes.
// - "Forget this device" signs out first (online), or at the next start online (offline).
import { axeFor } from './support/a11y';
import SqliteDatabase from 'better-sqlite3';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { Messages } from '../../src/lib/i18n/fi/index';
import { freePort, startServer, type RunningServer } from './support/server';
import { expect, SESSION_COOKIE, sessionsFor, test, type Sessions } from './support/session';
import { SituationPage } from './pages/situation-page';
import { SettingsPage } from './pages/settings-page';
import { AppShell } from './pages/app-shell';
import { firstLink, startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { startOidcProvider, type TestIdp } from '../support/oidc-provider';

const IDP_NAME = 'Testi-IdP';

let app: RunningServer;
let sink: SmtpSink;
let idp: TestIdp;
let sessions: Sessions;
let evil: { origin: string; close(): Promise<void> };

test.describe.configure({ mode: 'serial' });

/**
 * The attacker's site: `/go?to=<url>` navigates the visitor's browser to the URL; `/post?to=<url>`
 * first fires a bodiless cross-site POST at it (no CORS preflight, so only our own check stops it),
 * then navigates there too.
 */
async function startEvilSite(): Promise<typeof evil> {
	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const to = JSON.stringify(url.searchParams.get('to') ?? '/');
		const post = url.pathname === '/post';
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(`<!doctype html><html lang="en"><title>Free money</title><h1>Free money</h1>
<script>
(async () => {
	${post ? `try { await fetch(${to}, { method: 'POST', mode: 'no-cors', credentials: 'include' }); } catch {}` : ''}
	location.href = ${to};
})();
</script>`);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://localhost:${port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

test.beforeAll(async () => {
	sink = await startSmtpSink();
	evil = await startEvilSite();
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
	sessions = sessionsFor(app);
});

test.afterAll(async () => {
	await sessions?.close();
	await app?.stop({ removeData: true });
	await idp?.close();
	await evil?.close();
	await sink?.close();
});

let emails = 0;
function newEmail(who: string): string {
	return `${who}-${Date.now()}-${++emails}@example.test`;
}

function query<T>(sql: string, ...params: unknown[]): T[] {
	const db = new SqliteDatabase(path.join(app.dataDir, 'app.sqlite'), { readonly: true });
	try {
		return db.prepare(sql).all(...params) as T[];
	} finally {
		db.close();
	}
}

/** Every synced row the server holds for the account of `email` (none when it has no account). */
function serverRows(email: string): { entity: string; data: string | null }[] {
	return query(
		'select r.entity, r.data from sync_rows r join "User" u on u.id = r.user_id where u.email = ?',
		email
	);
}

function unusedLinks(email: string): number {
	return query('select token from "VerificationToken" where identifier = ?', email).length;
}

function sessionRows(email: string): number {
	return query(
		'select s."sessionToken" from "Session" s join "User" u on u.id = s."userId" where u.email = ?',
		email
	).length;
}

/** Asks for a sign-in link for `email` on a page of its own (the attacker's browser, or the owner's). */
async function requestLink(context: BrowserContext, m: Messages, email: string): Promise<string> {
	const page = await context.newPage();
	try {
		const since = sink.messages.length;
		await page.goto(`${app.url}/signin`);
		await page.getByLabel(m.account.signIn.emailLabel).fill(email);
		await page.getByRole('button', { name: m.account.signIn.send }).click();
		await expect(page.getByRole('heading', { name: m.account.signIn.sentTitle })).toBeFocused();
		return firstLink((await sink.waitFor(email, { since })).text);
	} finally {
		await page.close();
	}
}

/** The Auth.js callback URL of an emailed link: what an attacker builds from his own email. */
function callbackOf(link: string): string {
	return `${app.url}/auth/callback/nodemailer${new URL(link).search}`;
}

async function sessionToken(context: BrowserContext): Promise<string | undefined> {
	return (await context.cookies(app.url)).find((c) => c.name === SESSION_COOKIE)?.value;
}

/** /api/me with only this session token (a request context without the browser's cookies). */
async function meWith(page: Page, token: string): Promise<number> {
	const res = await page.context().request.fetch(`${app.url}/api/me`, {
		headers: { cookie: `${SESSION_COOKIE}=${token}` },
		failOnStatusCode: false
	});
	return res.status();
}

/** Types a household and rent before signing in, and waits until they are stored. */
async function typeSituation(page: Page, m: Messages, municipality: string): Promise<void> {
	const situation = new SituationPage(page, m);
	await situation.goto('household');
	await situation.fillText(m.situation.household.adults, '2');
	await situation.fillText(m.situation.household.municipality, municipality);
	await situation.next('home');
	await situation.fillMoney(m.situation.home.rent, '725,50');
	await new AppShell(page, m).expectStored(municipality, '"rentCents":72550');
}

async function expectMunicipality(page: Page, m: Messages, value: string): Promise<void> {
	const situation = new SituationPage(page, m);
	await situation.goto('household');
	await expect(page.getByLabel(m.situation.household.municipality, { exact: true })).toHaveValue(
		value
	);
}

test('an attacker link opened from another site signs an anonymous phone in to nothing and takes none of its data', async ({
	device,
	m
}) => {
	test.setTimeout(90_000);
	const attacker = await device(app, 'attacker');
	const attackerEmail = newEmail('hyokkaaja');
	const link = await requestLink(attacker.context, m, attackerEmail);

	const victim = await device(app, 'victim');
	const sent: string[] = [];
	victim.page.on('request', (r) => {
		if (new URL(r.url()).pathname.startsWith('/api/sync/')) sent.push(r.url());
	});
	await typeSituation(victim.page, m, 'Kuopio');

	// The attacker's page fires a cross-site POST at the callback, then navigates to it.
	await victim.page.goto(`${evil.origin}/post?to=${encodeURIComponent(callbackOf(link))}`);
	await expect(victim.page).toHaveURL(/\/signin\/confirm\?/);
	// The page names the address plainly and asks about the data typed on this phone.
	const heading = victim.page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText(m.account.confirm.title(attackerEmail));
	await expect(
		victim.page.getByRole('heading', { name: m.account.confirm.attachQuestion(attackerEmail) })
	).toBeVisible();
	await expect(
		victim.page.getByRole('button', { name: m.account.confirm.signInAndMove })
	).toBeVisible();

	// Nothing happened: no session, the attacker's link unused, no account for him yet.
	expect(await sessionToken(victim.context)).toBeUndefined();
	expect(unusedLinks(attackerEmail)).toBe(1);
	expect(sessionRows(attackerEmail)).toBe(0);

	await victim.page.getByRole('button', { name: m.account.confirm.cancel }).click();
	await expect(
		victim.page.getByRole('status').filter({ hasText: m.account.confirm.cancelled })
	).toBeVisible();
	await expect(victim.page).toHaveURL(`${app.url}/signin/confirm`);

	await expectMunicipality(victim.page, m, 'Kuopio');
	expect(await sessionToken(victim.context)).toBeUndefined();
	const me = await victim.page.request.get(`${app.url}/api/me`, { failOnStatusCode: false });
	expect(me.status()).toBe(401);
	expect(serverRows(attackerEmail)).toEqual([]);
	expect(sent).toEqual([]);
});

test('a signed-in phone that opens an attacker link stays signed in as its owner; switching happens only on a yes, ends the old session and wipes its data', async ({
	device,
	m
}) => {
	test.setTimeout(120_000);
	const attacker = await device(app, 'attacker');
	const attackerEmail = newEmail('hyokkaaja');
	const attackLink = await requestLink(attacker.context, m, attackerEmail);

	const victim = await device(app, 'victim');
	const victimEmail = newEmail('maija');
	const { token } = await sessions.signIn(victim.context, victimEmail);
	await typeSituation(victim.page, m, 'Oulu');
	await expect
		.poll(() => serverRows(victimEmail).some((r) => r.data?.includes('Oulu')), {
			timeout: 20_000
		})
		.toBe(true);

	await victim.page.goto(`${evil.origin}/go?to=${encodeURIComponent(callbackOf(attackLink))}`);
	await expect(victim.page.getByRole('heading', { level: 1 })).toHaveText(
		m.account.confirm.title(attackerEmail)
	);
	await expect(
		victim.page.getByText(m.account.confirm.signedInElsewhere(victimEmail))
	).toBeVisible();
	await victim.page.getByRole('button', { name: m.account.confirm.cancel }).click();
	await expect(
		victim.page.getByRole('status').filter({ hasText: m.account.confirm.cancelled })
	).toBeVisible();

	// Unchanged: the same session, still the victim's, and nothing of hers with the attacker.
	expect(await sessionToken(victim.context)).toBe(token);
	expect(await meWith(victim.page, token)).toBe(200);
	const me = await victim.page.request.get(`${app.url}/api/me`);
	expect(await me.json()).toMatchObject({ email: victimEmail });
	expect(unusedLinks(attackerEmail)).toBe(1);
	expect(serverRows(attackerEmail)).toEqual([]);

	// Her own second address, on purpose: asked, then switched.
	const secondEmail = newEmail('maija-toinen');
	const ownLink = await requestLink(victim.context, m, secondEmail);
	await victim.page.goto(ownLink);
	await expect(victim.page.getByRole('heading', { level: 1 })).toHaveText(
		m.account.confirm.title(secondEmail)
	);
	await victim.page.getByRole('button', { name: m.account.confirm.switchTo(secondEmail) }).click();
	await expect(victim.page).toHaveURL(`${app.url}/account`);
	await expect(victim.page.getByTestId('account-email')).toHaveText(secondEmail);

	expect(await meWith(victim.page, token)).toBe(401);
	expect(sessionRows(victimEmail)).toBe(0);
	await expectMunicipality(victim.page, m, '');
	expect(serverRows(secondEmail).filter((r) => r.data?.includes('Oulu'))).toEqual([]);
	expect(serverRows(victimEmail).some((r) => r.data?.includes('Oulu'))).toBe(true);
});

test('the confirmation page is accessible, fits 320 px and works by keyboard', async ({
	page,
	m
}) => {
	test.setTimeout(60_000);
	const email = newEmail('nappaimisto');
	const link = await requestLink(page.context(), m, email);
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	const { violations } = await axeFor(page, { allRules: true }).analyze();
	expect(violations.map((v) => v.id)).toEqual([]);
	const signIn = page.getByRole('button', { name: m.account.confirm.signIn, exact: true });
	await expect(async () => {
		await page.keyboard.press('Tab');
		await expect(signIn).toBeFocused({ timeout: 500 });
	}).toPass({ timeout: 10_000 });
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(`${app.url}/account`);
	await expect(page.getByTestId('account-email')).toHaveText(email);
});

test('OpenID Connect on a signed-in phone asks first, then ends the old session, wipes its data and links nothing to it', async ({
	device,
	m
}) => {
	test.setTimeout(120_000);
	const phone = await device(app, 'phone');
	const firstEmail = newEmail('ensin');
	const { token, userId } = await sessions.signIn(phone.context, firstEmail);
	await typeSituation(phone.page, m, 'Vaasa');
	await expect
		.poll(() => serverRows(firstEmail).some((r) => r.data?.includes('Vaasa')), { timeout: 20_000 })
		.toBe(true);

	await phone.page.goto(`${app.url}/signin`);
	await expect(phone.page.getByText(m.account.signIn.alreadySignedIn(firstEmail))).toBeVisible();
	await phone.page.getByRole('button', { name: m.account.signIn.withProvider(IDP_NAME) }).click();
	const dialog = phone.page.getByRole('dialog', { name: m.account.signIn.switchTitle(firstEmail) });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: m.account.signIn.switchConfirm }).click();

	const login = 'oidc-vaihto';
	await phone.page.locator('input[name="login"]').fill(login);
	await phone.page.locator('input[name="password"]').fill('any-password');
	await phone.page.locator('button[type="submit"]').click();
	await phone.page.getByRole('button', { name: 'Continue' }).click();
	await expect(phone.page).toHaveURL(`${app.url}/account`);
	await expect(phone.page.getByTestId('account-email')).toHaveText(idp.emailFor(login));

	expect(await meWith(phone.page, token)).toBe(401);
	const linked = query<{ userId: string }>(
		`select "userId" from "Account" where provider = 'oidc'`
	).map((a) => a.userId);
	expect(linked).not.toContain(userId);
	await expectMunicipality(phone.page, m, '');
	expect(serverRows(idp.emailFor(login))).toEqual([]);
});

test('OpenID Connect with data typed before signing in: not moved unless the tenant says so', async ({
	device,
	m
}) => {
	test.setTimeout(120_000);
	const phone = await device(app, 'phone');
	const pushes: string[] = [];
	phone.page.on('request', (r) => {
		if (r.url().endsWith('/api/sync/push')) pushes.push(r.url());
	});
	await typeSituation(phone.page, m, 'Lahti');

	await phone.page.goto(`${app.url}/signin`);
	await phone.page.getByRole('button', { name: m.account.signIn.withProvider(IDP_NAME) }).click();
	const login = 'oidc-kysy';
	const email = idp.emailFor(login);
	await phone.page.locator('input[name="login"]').fill(login);
	await phone.page.locator('input[name="password"]').fill('any-password');
	await phone.page.locator('button[type="submit"]').click();
	await phone.page.getByRole('button', { name: 'Continue' }).click();

	await expect(phone.page).toHaveURL(`${app.url}/signin/confirm`);
	await expect(phone.page.getByText(m.account.confirm.attachAfter(email))).toBeVisible();
	await phone.page.getByRole('button', { name: m.account.confirm.dontMove }).click();
	await expect(phone.page).toHaveURL(`${app.url}/`);

	expect(await sessionToken(phone.context)).toBeUndefined();
	await expectMunicipality(phone.page, m, 'Lahti');
	expect(pushes).toEqual([]);
	expect(serverRows(email)).toEqual([]);
});

test('forgetting a signed-in device signs it out first: nothing of the tenant comes back', async ({
	device,
	m
}) => {
	test.setTimeout(90_000);
	const phone = await device(app, 'phone');
	const email = newEmail('unohda');
	const { token } = await sessions.signIn(phone.context, email);
	await typeSituation(phone.page, m, 'Kotka');
	await expect
		.poll(() => serverRows(email).some((r) => r.data?.includes('Kotka')), { timeout: 20_000 })
		.toBe(true);

	const settings = new SettingsPage(phone.page, m);
	await settings.goto();
	await settings.openForget();
	await expect(settings.dialog().getByText(m.account.forget.explain)).toBeVisible();
	await settings.confirmForget();
	await expect(phone.page).toHaveURL(`${app.url}/`);

	expect(await sessionToken(phone.context)).toBeUndefined();
	expect(await meWith(phone.page, token)).toBe(401);
	await expect(phone.page.getByRole('link', { name: m.common.accountNav.signIn })).toBeVisible();
	const pulls: string[] = [];
	phone.page.on('request', (r) => {
		if (new URL(r.url()).pathname.startsWith('/api/sync/')) pulls.push(r.url());
	});
	await expectMunicipality(phone.page, m, '');
	await phone.page.reload();
	await expectMunicipality(phone.page, m, '');
	expect(pulls).toEqual([]);
});

test('forgetting a signed-in device offline wipes at once, says the sign-in remains, and signs out on the next start online', async ({
	device,
	m
}) => {
	test.setTimeout(90_000);
	const phone = await device(app, 'phone');
	const email = newEmail('offline');
	const { token } = await sessions.signIn(phone.context, email);
	await typeSituation(phone.page, m, 'Pori');
	await expect
		.poll(() => serverRows(email).some((r) => r.data?.includes('Pori')), { timeout: 20_000 })
		.toBe(true);

	const settings = new SettingsPage(phone.page, m);
	await settings.goto();
	await phone.context.setOffline(true);
	await settings.openForget();
	await expect(settings.dialog().getByText(m.account.forget.offlineNote)).toBeVisible();
	await settings.dialog().getByRole('button', { name: m.account.forget.confirm }).tap();
	await expect(
		phone.page.getByRole('status').filter({ hasText: m.account.forget.doneOffline })
	).toBeVisible();
	// Wiped at once: the database is gone and only the note to sign out is left in storage.
	const left = await new AppShell(phone.page, m).storage();
	expect(left.databases).toEqual([]);
	expect(left.localStorageKeys).toEqual(['signOutPending']);
	// Offline the server could not be told yet.
	expect(await meWith(phone.page, token)).toBe(200);

	const sent: string[] = [];
	phone.page.on('request', (r) => {
		if (new URL(r.url()).pathname.startsWith('/api/sync/')) sent.push(r.url());
	});
	// Back online, the app restarts by itself and ends the session before anything else.
	await phone.context.setOffline(false);
	await expect(phone.page).toHaveURL(`${app.url}/`);
	await expect.poll(() => meWith(phone.page, token), { timeout: 15_000 }).toBe(401);
	expect(await sessionToken(phone.context)).toBeUndefined();
	await expect(phone.page.getByRole('link', { name: m.common.accountNav.signIn })).toBeVisible();
	await expectMunicipality(phone.page, m, '');
	expect(sent).toEqual([]);
});
