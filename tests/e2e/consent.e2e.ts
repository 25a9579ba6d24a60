// Consent and the advisor's case view, end to end in real Chromium against the real
// built server (scripts/serve.mjs) with its own SQLite DATA_DIR:
//
// - a tenant on a phone fills a little of the situation, waits until it has synced, and gives
//   consent to the housing-advice service for some categories (and one to the landlord);
// - an advisor (role set with scripts/user-role.mjs) on a desktop opens the case list and the
//   case, sees exactly those categories, and records a contact with the landlord;
// - the tenant sees the view in "who has looked at my information" and the contact, withdraws,
//   and the advisor's next request (a reload) is refused;
// - withdrawing offline is shown as waiting to be sent and goes through on reconnect;
// - axe finds nothing on any new page in Finnish and English, and nothing scrolls sideways at 320 px.
//
// Sessions are written straight into the server's database (tests/e2e/support/session.ts).
// CONSENT_E2E_BUILD_DIR serves a build other than build/ (e.g. build-consent while build/ is busy).
import { expectNoAxeViolations as axe, horizontalOverflow } from './support/a11y';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { CURRENT_CONSENT_TEXT_VERSION } from '../../src/lib/consent-texts/index';
import { en } from '../../src/lib/i18n/en/index';
import type { Messages } from '../../src/lib/i18n/fi/index';
import { marker } from './factories';
import { CasePage } from './pages/case-page';
import { ConsentPage } from './pages/consent-page';
import { escapeRegExp, SituationPage } from './pages/situation-page';
import { repoRoot, startServer, type RunningServer } from './support/server';
import {
	expect,
	expectUpToDate,
	sessionsFor,
	test as base,
	type Device,
	type Sessions
} from './support/session';

const BUILD_DIR = process.env.CONSENT_E2E_BUILD_DIR ?? 'build';
const LANDLORD = 'SATO Oyj';

/** The shared fixtures plus `desktop(server, name)`: an advisor's wide, mouse-driven browser. */
const test = base.extend<{ desktop: (server: RunningServer, name: string) => Promise<Device> }>({
	desktop: async ({ browser }, use) => {
		const opened: Device[] = [];
		await use(async (server, name) => {
			const device = await openDesktop(browser, server, name);
			opened.push(device);
			return device;
		});
		for (const d of opened) await d.context.close();
		expect(
			opened.flatMap((d) => d.errors.map((e) => `${d.name}: ${e.message}`)),
			'uncaught errors on the desktop'
		).toEqual([]);
	}
});

async function openDesktop(browser: Browser, server: RunningServer, name: string): Promise<Device> {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		isMobile: false,
		hasTouch: false,
		locale: 'fi-FI',
		timezoneId: 'Europe/Helsinki',
		baseURL: server.url,
		serviceWorkers: 'allow'
	});
	const errors: Error[] = [];
	context.on('page', (p) => p.on('pageerror', (e) => errors.push(e)));
	return { name, context, page: await context.newPage(), errors };
}

let server: RunningServer;
let sessions: Sessions;

test.beforeAll(async () => {
	server = await startServer({ buildDir: BUILD_DIR });
	sessions = sessionsFor(server);
});

test.afterAll(async () => {
	await sessions?.close();
	await server?.stop({ removeData: true });
});

function newEmail(who: string): string {
	return `${marker(who)}@example.test`;
}

/** `npm run user:role -- <email> advisor` against the test server's database. */
function makeAdvisor(email: string): void {
	execFileSync(
		process.execPath,
		[path.join(repoRoot, 'scripts', 'user-role.mjs'), email, 'advisor'],
		{
			env: { ...process.env, DATA_DIR: server.dataDir },
			stdio: 'pipe'
		}
	);
}

/** A signed-in advisor on a desktop. */
async function advisorDesktop(
	desktop: (server: RunningServer, name: string) => Promise<Device>
): Promise<{ device: Device; email: string }> {
	const email = newEmail('neuvoja');
	const device = await desktop(server, 'advisor');
	await sessions.signIn(device.context, email);
	makeAdvisor(email);
	return { device, email };
}

/** A tenant on a phone who has filled in the home step and the municipality, all synced. */
async function tenantWithSituation(
	device: (server: RunningServer, name: string) => Promise<Device>,
	m: Messages
): Promise<{ device: Device; email: string; userId: string }> {
	const email = newEmail('vuokralainen');
	const tenant = await device(server, 'tenant');
	const { userId } = await sessions.signIn(tenant.context, email);
	const situation = new SituationPage(tenant.page, m);
	await situation.goto('household');
	await expectUpToDate(tenant.page, m);
	await situation.fillText(m.situation.household.municipality, 'Jyväskylä');
	await situation.next('home'); // in-app navigation: the last keystroke's save is not cut off
	await tenant.page
		.getByLabel(m.situation.home.landlord, { exact: true })
		.selectOption({ label: LANDLORD });
	await situation.fillMoney(m.situation.home.rent, '650');
	await situation.fillMoney(m.situation.home.arrears, '1300');
	await expectUpToDate(tenant.page, m);
	return { device: tenant, email, userId };
}

/** Nothing scrolls sideways at 320 px (WCAG 1.4.10 reflow). */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
	const size = page.viewportSize();
	await page.setViewportSize({ width: 320, height: 800 });
	const overflow = await horizontalOverflow(page);
	expect.soft(overflow, `sideways scrolling at 320 px on ${where}`).toBeLessThanOrEqual(0);
	if (size) await page.setViewportSize(size);
}

test('tenant gives consent on a phone; the advisor sees only those categories until it is withdrawn', async ({
	device,
	desktop,
	m
}) => {
	test.setTimeout(180_000);
	const tenant = await tenantWithSituation(device, m);
	const consent = new ConsentPage(tenant.device.page, m);

	// Nothing given yet.
	await consent.goto();
	await expect(tenant.device.page.getByTestId('consent-none')).toHaveText(m.consent.none);
	await expect(tenant.device.page.getByTestId('access-log-empty')).toBeVisible();

	// The form: nothing pre-ticked, default validity 6 months, the exact versioned text.
	await consent.gotoGive();
	for (const box of await tenant.device.page.getByRole('checkbox').all()) {
		await expect(box).not.toBeChecked();
	}
	for (const radio of await tenant.device.page.getByRole('radio').all()) {
		await expect(radio).not.toBeChecked();
	}
	await expect(consent.validity()).toHaveValue('6');
	await expect(tenant.device.page.getByText(consent.text.purpose)).toBeVisible();
	await expect(tenant.device.page.getByText(consent.text.voluntary)).toBeVisible();

	// Confirming with nothing chosen: the errors stand next to the fields they name.
	await consent.confirmButton().click();
	await expect(
		tenant.device.page.getByRole('group', { name: m.consent.form.recipientLegend })
	).toHaveAccessibleDescription(m.consent.form.errors.recipient);
	await expect(
		tenant.device.page.getByRole('group', { name: m.consent.form.categoriesLegend })
	).toHaveAccessibleDescription(new RegExp(escapeRegExp(m.consent.form.errors.categories)));
	await expect(tenant.device.page).toHaveURL(/\/consent\/give$/);

	// The landlord's name comes from the situation.
	await consent.recipientRadio('landlord').check();
	await expect(consent.nameField('landlord')).toHaveValue(LANDLORD);

	// The service: contact details and rent arrears only.
	const serviceId = await consent.give({
		recipient: 'advisorService',
		categories: ['contactDetails', 'rentArrears']
	});
	await expect(
		tenant.device.page.getByTestId('receipt-categories').getByRole('listitem')
	).toHaveText([
		consent.text.categories.contactDetails.label,
		consent.text.categories.rentArrears.label
	]);
	// The receipt as the Kantara JSON the server issued, and printable without the app's frame.
	const [download] = await Promise.all([
		tenant.device.page.waitForEvent('download'),
		tenant.device.page.getByRole('button', { name: m.consent.receiptPage.download }).click()
	]);
	const receipt = JSON.parse(await readFile(await download.path(), 'utf8'));
	expect(receipt).toMatchObject({
		version: 'KI-CR-v1.1.0',
		jurisdiction: 'FI',
		consentReceiptID: serviceId,
		language: 'fi'
	});
	expect(receipt.services[0].purposes[0].piiCategory).toEqual([
		consent.text.categories.contactDetails.label,
		consent.text.categories.rentArrears.label
	]);
	await tenant.device.page.emulateMedia({ media: 'print' });
	await expect(tenant.device.page.getByRole('banner')).toBeHidden();
	await expect(
		tenant.device.page.getByRole('button', { name: m.consent.receiptPage.print })
	).toBeHidden();
	await expect(tenant.device.page.getByTestId('receipt')).toBeVisible();
	await tenant.device.page.emulateMedia({ media: 'screen' });

	// And the landlord (a third party the advisor may talk to), for 3 months.
	await consent.give({ recipient: 'landlord', categories: ['rentArrears'], months: 3 });

	await consent.goto();
	const service = consent.recipientLabel('advisorService');
	const landlord = consent.recipientLabel('landlord', LANDLORD);
	await expect(consent.card(service)).toHaveAttribute('data-state', 'active');
	await expect(consent.card(service)).toHaveAttribute('data-consent-id', serviceId);
	await expect(consent.card(landlord)).toHaveAttribute('data-state', 'active');
	await expect(consent.card(service)).toContainText(CURRENT_CONSENT_TEXT_VERSION);

	// The advisor, on a desktop: the case list, then the case with only those categories.
	const advisor = await advisorDesktop(desktop);
	const cases = new CasePage(advisor.device.page, m);
	await cases.gotoList();
	await expect(cases.caseOf(tenant.userId)).toContainText(tenant.email);
	await cases.open(tenant.userId);
	await expect(cases.section('contactDetails')).toContainText(tenant.email);
	await expect(cases.section('contactDetails')).toContainText('Jyväskylä');
	await expect(cases.section('rentArrears')).toContainText(LANDLORD);
	await expect(advisor.device.page.getByTestId('case-rent-arrears')).toContainText('1');
	for (const hidden of ['incomeExpenses', 'debts', 'benefitDecisions', 'paymentPlan'] as const) {
		await expect(cases.section(hidden)).toHaveCount(0);
	}
	await expect(advisor.device.page.getByTestId('case-income')).toHaveCount(0);
	await expect(advisor.device.page.getByTestId('case-not-allowed')).toContainText(
		consent.text.categories.incomeExpenses.label
	);

	// A contact made with the landlord under the tenant's consent.
	const note = `Soitin vuokranantajalle maksusuunnitelmasta ${marker('n')}`;
	await cases.recordContact(landlord, note);

	// The tenant sees the view and the contact.
	await consent.goto();
	await expect(consent.accessLogEntries()).toHaveCount(1);
	await expect(consent.accessLogEntries().first()).toContainText(advisor.email);
	await expect(consent.accessLogEntries().first()).toContainText(
		consent.text.categories.rentArrears.label
	);
	await expect(consent.contactEntries()).toHaveCount(1);
	await expect(consent.contactEntries().first()).toContainText(note);
	await expect(consent.contactEntries().first()).toContainText(landlord);

	// Withdrawing: one tap and one confirmation, effective at once.
	await consent.withdraw(service);
	await expect(tenant.device.page.getByTestId('consent-message')).toHaveText(
		m.consent.withdrawDone(service)
	);
	await expect(consent.card(service)).toHaveAttribute('data-state', 'withdrawn');

	// The advisor's next request is refused; the case has left the list.
	await advisor.device.page.reload();
	await expect(cases.refusal()).toBeVisible();
	await expect(cases.refusal()).toContainText(m.consent.caseView.refusedTitle);
	await expect(cases.section('contactDetails')).toHaveCount(0);
	await cases.gotoList();
	await expect(cases.caseOf(tenant.userId)).toHaveCount(0);

	// No view was logged for the refusal.
	await consent.goto();
	await expect(consent.accessLogEntries()).toHaveCount(1);
});

test('withdrawing offline waits to be sent and goes through on reconnect', async ({
	device,
	desktop,
	m
}) => {
	test.setTimeout(120_000);
	const email = newEmail('offline');
	const tenant = await device(server, 'tenant');
	const { userId } = await sessions.signIn(tenant.context, email);
	const consent = new ConsentPage(tenant.page, m);
	await consent.give({ recipient: 'advisorService', categories: ['rentArrears'] });
	await consent.goto();
	const service = consent.recipientLabel('advisorService');
	await expect(consent.card(service)).toHaveAttribute('data-state', 'active');

	// The app shell is precached, so the page also opens offline.
	await tenant.page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await tenant.page.waitForFunction(() => navigator.serviceWorker.controller !== null);

	await tenant.context.setOffline(true);
	await consent.withdraw(service);
	await expect(consent.card(service)).toHaveAttribute('data-waiting', 'true');
	await expect(consent.card(service).getByTestId('consent-waiting')).toContainText(
		m.consent.waiting
	);
	await expect(consent.withdrawButton(service)).toHaveCount(0);
	// Still in force on the server until it is sent.
	const advisor = await advisorDesktop(desktop);
	const cases = new CasePage(advisor.device.page, m);
	await cases.goto(userId);
	await expect(cases.section('rentArrears')).toBeVisible();

	// Survives a reload while offline (the queue and the last copy are on the device).
	await tenant.page.reload();
	await consent.expectLoaded();
	await expect(consent.card(service)).toHaveAttribute('data-waiting', 'true');
	await expect(tenant.page.getByTestId('consent-stale')).toBeVisible();

	await tenant.context.setOffline(false);
	await expect(consent.card(service)).toHaveAttribute('data-state', 'withdrawn', {
		timeout: 20_000
	});
	await expect(consent.card(service)).not.toHaveAttribute('data-waiting', 'true');

	await advisor.device.page.reload();
	await expect(cases.refusal()).toBeVisible();
});

for (const lang of ['fi', 'en'] as const) {
	test(`axe finds nothing on the consent pages and the case view, and nothing scrolls sideways at 320 px (${lang})`, async ({
		device,
		desktop,
		m: fiMessages
	}) => {
		test.setTimeout(240_000);
		const m = lang === 'en' ? en : fiMessages;
		const useLang = async (d: Device) => {
			if (lang !== 'en') return;
			await d.context.addInitScript(() => {
				// Not on about:blank, where storage is off limits.
				if (location.protocol.startsWith('http')) localStorage.setItem('lang', 'en');
			});
		};

		// Signed out.
		const visitor = await device(server, 'visitor');
		await useLang(visitor);
		await visitor.page.goto('/consent');
		await expect(visitor.page.getByTestId('consent-signed-out')).toHaveText(m.consent.signedOut);
		await axe(visitor.page, 'consent page, signed out');
		await expectNoSidewaysScroll(visitor.page, 'consent page, signed out');

		const tenant = await device(server, 'tenant');
		await useLang(tenant);
		const { userId } = await sessions.signIn(tenant.context, newEmail(`axe-${lang}`));
		const consent = new ConsentPage(tenant.page, m, lang);

		await consent.goto();
		await axe(tenant.page, 'consent page, empty');

		// The form, filled, then with its errors showing.
		await consent.gotoGive();
		await consent.fill({ recipient: 'collectionAgency', categories: [] });
		await consent.confirmButton().click();
		await expect(consent.nameField('collectionAgency')).toHaveAttribute('aria-invalid', 'true');
		await expect(consent.nameField('collectionAgency')).toHaveAccessibleDescription(
			m.consent.form.errors.name
		);
		await axe(tenant.page, 'give consent, errors');
		await expectNoSidewaysScroll(tenant.page, 'give consent, errors');

		await consent.give({
			recipient: 'advisorService',
			categories: [
				'contactDetails',
				'rentArrears',
				'incomeExpenses',
				'debts',
				'benefitDecisions',
				'paymentPlan'
			]
		});
		await axe(tenant.page, 'receipt');
		await expectNoSidewaysScroll(tenant.page, 'receipt');
		await consent.give({
			recipient: 'other',
			name: 'Diakonissalaitoksen velkaneuvonta',
			categories: ['debts']
		});

		// The advisor's pages, with a view logged and a contact recorded, for the tenant's pages.
		const advisor = await advisorDesktop(desktop);
		await useLang(advisor.device);
		const cases = new CasePage(advisor.device.page, m);
		await cases.gotoList();
		await axe(advisor.device.page, 'case list');
		await expectNoSidewaysScroll(advisor.device.page, 'case list');
		await cases.goto(userId);
		await expect(cases.section('paymentPlan')).toBeVisible();
		await cases.recordContact(
			consent.recipientLabel('other', 'Diakonissalaitoksen velkaneuvonta'),
			'Sovittiin tapaaminen.'
		);
		await axe(advisor.device.page, 'case view');
		await expectNoSidewaysScroll(advisor.device.page, 'case view');

		await consent.goto();
		await expect(consent.accessLogEntries()).toHaveCount(1);
		await expect(consent.contactEntries()).toHaveCount(1);
		await axe(tenant.page, 'consent page, with consents, access log and contacts');
		await expectNoSidewaysScroll(tenant.page, 'consent page, with consents');
		await consent.withdrawButton(consent.recipientLabel('advisorService')).click();
		await expect(consent.dialog()).toBeVisible();
		await axe(tenant.page, 'withdraw dialog');
		await consent.dialog().getByRole('button', { name: m.consent.withdrawConfirm }).click();
		await expect(consent.card(consent.recipientLabel('advisorService'))).toHaveAttribute(
			'data-state',
			'withdrawn'
		);
		await axe(tenant.page, 'consent page, one withdrawn');

		await advisor.device.page.reload();
		await expect(cases.refusal()).toBeVisible();
		await axe(advisor.device.page, 'case view, refused');
		await expectNoSidewaysScroll(advisor.device.page, 'case view, refused');
	});
}

/** Presses Tab until `target` has focus (keyboard only, no pointer). */
async function tabTo(page: Page, target: import('@playwright/test').Locator): Promise<void> {
	for (let i = 0; i < 80; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('could not reach the element with Tab');
}

test('giving and withdrawing work by keyboard alone', async ({ device, m }) => {
	test.setTimeout(90_000);
	const tenant = await device(server, 'tenant');
	await sessions.signIn(tenant.context, newEmail('näppäimistö'));
	const consent = new ConsentPage(tenant.page, m);
	const page = tenant.page;

	await consent.gotoGive();
	await tabTo(page, consent.recipientRadio('advisorService'));
	await page.keyboard.press('Space');
	await expect(consent.recipientRadio('advisorService')).toBeChecked();
	await tabTo(page, consent.categoryBox('paymentPlan'));
	await page.keyboard.press('Space');
	await expect(consent.categoryBox('paymentPlan')).toBeChecked();
	await tabTo(page, consent.confirmButton());
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('receipt-given')).toBeVisible();

	await consent.goto();
	const service = consent.recipientLabel('advisorService');
	await tabTo(page, consent.withdrawButton(service));
	await page.keyboard.press('Enter');
	await expect(consent.dialog()).toBeVisible();
	// The safe choice has focus; Escape closes and returns focus to the button.
	await expect(consent.dialog().getByRole('button', { name: m.common.cancel })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(consent.dialog()).toBeHidden();
	await expect(consent.withdrawButton(service)).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await expect(
		consent.dialog().getByRole('button', { name: m.consent.withdrawConfirm })
	).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(consent.card(service)).toHaveAttribute('data-state', 'withdrawn');
	await expect(page.getByTestId('consent-message')).toHaveText(m.consent.withdrawDone(service));
});
