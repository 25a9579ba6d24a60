// Case work and the outcome report end to end, on a built server of its own with a real SMTP sink,
// in real Chromium (one flowing test: every sign-in costs time on a loaded machine):
//
// - an admin invites the advisor on /admin; the advisor signs in by the invitation's link and lands
//   on the advisor pages, not the tenant's account page; is asked for a display name once;
// - five tenants book the advisor (through the booking API, as the booking page does); each
//   request links to its case; the advisor opens one case from its request, makes first contact,
//   writes a note (by keyboard), adds a task, agrees a plan, answers its 3-month follow-up and
//   closes the case with an outcome; the other four are closed the same way through the API;
// - the case list filters closed cases; the follow-up list has nothing left; a funder's /report
//   shows the five new and closed cases (five: fewer would be hidden), and its CSV says the same;
// - a client who consented and whose agreed plan slipped (an instalment missed, rent unpaid) is
//   put forward on the follow-up list with both signs, and the list opens the client's case;
// - axe finds nothing on the case list, the case page, the follow-up list (empty and with a
//   client) and the report in fi and en, nothing scrolls sideways at 320 px.
import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test';
import { fi } from '../../src/lib/i18n/fi/index';
import { quarterOf } from '../../src/lib/domain/cases';
import { CURRENT_CONSENT_TEXT_VERSION } from '../../src/lib/consent-texts/index';
import { expect, test } from './fixtures';
import { expectNoAxeViolations as axe, horizontalOverflow } from './support/a11y';
import { grantRole, startServer, type RunningServer } from './support/server';
import { sessionsFor, type Sessions } from './support/session';
import { firstLink, startSmtpSink, type SmtpSink } from '../support/smtp-sink';

const ADMIN = 'tapausyllapito-e2e@example.test';
const ADVISOR = 'tapausneuvoja-e2e@example.test';
const FUNDER = 'rahoittaja-e2e@example.test';
const DESKTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };

let server: RunningServer;
let sink: SmtpSink;
let auth: Sessions;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
	test.setTimeout(240_000);
	sink = await startSmtpSink();
	server = await startServer({
		buildDir: 'build',
		env: { SMTP_URL: sink.url, MAIL_FROM: 'Vuokra-apu <no-reply@vuokra.test>' }
	});
	auth = sessionsFor(server);
	// The first admin is made on the command line, as on a new installation; the advisor is
	// invited by the admin in the test.
	await auth.createSession(ADMIN);
	await auth.createSession(FUNDER);
	grantRole(server, ADMIN, 'admin');
	grantRole(server, FUNDER, 'funder');
});

test.afterAll(async () => {
	await auth?.close();
	await server?.stop({ removeData: true });
	await sink?.close();
});

const contexts: BrowserContext[] = [];
const errors: string[] = [];

async function open(browser: Browser, lang: 'fi' | 'en' = 'fi'): Promise<Page> {
	const context = await browser.newContext({
		...DESKTOP,
		locale: lang === 'fi' ? 'fi-FI' : 'en-GB',
		timezoneId: 'Europe/Helsinki',
		baseURL: server.url
	});
	contexts.push(context);
	context.on('page', (p) => p.on('pageerror', (e) => errors.push(e.message)));
	return context.newPage();
}

test.afterEach(async () => {
	for (const c of contexts.splice(0)) await c.close();
	expect(errors.splice(0), 'uncaught errors in the pages').toEqual([]);
});

/** A same-origin JSON call with the page's session, as the app's own client makes it. */
async function api(
	from: Page | APIRequestContext,
	method: 'GET' | 'POST' | 'PUT',
	url: string,
	body?: unknown
) {
	const request = 'request' in from ? from.request : from;
	const res = await request.fetch(url, {
		method,
		headers: body === undefined ? {} : { origin: server.url, 'content-type': 'application/json' },
		data: body === undefined ? undefined : JSON.stringify(body)
	});
	const json = (await res.json().catch(() => null)) as Record<string, unknown> | null;
	expect(res.ok(), `${method} ${url}: ${res.status()} ${JSON.stringify(json)}`).toBe(true);
	return json!;
}

async function setLang(page: Page, lang: 'fi' | 'en'): Promise<void> {
	await page.evaluate((l) => localStorage.setItem('lang', l), lang);
	await page.reload();
}

/** axe in Finnish on the desktop, then in English at 320 px (which must not scroll sideways). */
async function checkPage(page: Page, where: string, ready: () => Promise<void>): Promise<void> {
	await ready();
	await axe(page, `${where} (fi)`);
	await page.setViewportSize({ width: 320, height: 700 });
	await setLang(page, 'en');
	await ready();
	expect(await horizontalOverflow(page), `${where} at 320 px`).toBe(0);
	await axe(page, `${where} (en, 320 px)`);
	await page.setViewportSize(DESKTOP.viewport);
	await setLang(page, 'fi');
}

test('an admin invites an advisor, who takes a case from a booking to closing; the funder report counts it', async ({
	browser,
	playwright
}) => {
	// Four sign-ins, five bookings and six axe runs: generous for a loaded 2-core machine.
	test.setTimeout(300_000);
	const w = fi.advisor.caseWork;

	// The admin invites the advisor; the advisor signs in by the invitation's link and lands on the
	// advisor's own pages.
	const adminPage = await open(browser);
	await auth.signIn(adminPage.context(), ADMIN);
	await adminPage.goto('/admin');
	const invite = adminPage.getByTestId('invite-form');
	await invite.getByLabel(fi.admin.users.email).fill(ADVISOR);
	await expect(invite.getByLabel(fi.admin.users.role)).toHaveValue('advisor');
	const since = sink.messages.length;
	await invite.getByRole('button', { name: fi.admin.users.invite }).click();
	await expect(adminPage.getByTestId('invite-status')).toHaveText(fi.admin.users.invited(ADVISOR));
	const desk = await open(browser);
	await desk.goto(firstLink((await sink.waitFor(ADVISOR, { since })).text));
	await desk.getByRole('button', { name: fi.account.confirm.signIn, exact: true }).click();
	await expect(desk).toHaveURL(`${server.url}/advisor/bookings`);

	// Asked once for the name clients see.
	const prompt = desk.getByTestId('display-name');
	await expect(prompt).toBeVisible();
	await prompt.getByLabel(fi.advisor.profile.label).fill('Aino Tapausneuvoja');
	await prompt.getByRole('button', { name: fi.advisor.profile.save }).click();
	await expect(desk.getByText(fi.advisor.profile.saved)).toBeVisible();

	// The advisor's calendar, then five tenants' requests through the booking API.
	const advisorId = ((await api(desk, 'GET', '/api/profile/name')) &&
		(await auth.userId(ADVISOR)))!;
	await api(desk, 'PUT', '/api/advisor/availability', {
		displayName: 'Aino Tapausneuvoja',
		meetingMinutes: 30,
		bufferMinutes: 0,
		minNoticeMinutes: 0,
		horizonDays: 28,
		channels: ['phone'],
		officeAddress: null,
		active: true,
		mailLang: 'fi',
		weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '20:00' })),
		exceptions: []
	});
	const tenants: string[] = [];
	for (let i = 0; i < 5; i += 1) {
		const email = `tapaus-${i}-${Date.now().toString(36)}@example.test`;
		// No browser page: the tenant's requests go straight to the API with their session.
		const tenant = await playwright.request.newContext({
			baseURL: server.url,
			extraHTTPHeaders: { cookie: (await auth.createSession(email)).cookie }
		});
		const slots = (await api(tenant, 'GET', `/api/booking-slots?advisor=${advisorId}&days=28`)) as {
			days: { slots: { startsAt: string; channels: string[] }[] }[];
		};
		const slot = slots.days.flatMap((d) => d.slots)[0]!;
		await api(tenant, 'POST', '/api/bookings', {
			requestId: randomUUID(),
			advisorId,
			startsAt: slot.startsAt,
			channel: 'phone',
			note: '',
			shareSummary: false
		});
		tenants.push((await auth.userId(email))!);
		await tenant.dispose();
	}

	// Each request links to its case; the advisor opens the first one from there.
	await desk.goto('/advisor/bookings');
	await expect(desk.getByTestId('request')).toHaveCount(5);
	const first = desk.getByTestId('request').first().getByTestId('case-link');
	await expect(first).toHaveText(/^Asiakkuus [0-9a-f]{8}$/);
	await first.click();
	await expect(desk).toHaveURL(/\/advisor\/cases\/[0-9a-f-]+$/);
	const panel = desk.getByTestId('case-panel');
	await expect(panel.getByTestId('case-status')).toHaveText(w.statuses.new);
	await panel.getByRole('button', { name: w.start }).click();
	await expect(panel.getByTestId('case-status')).toHaveText(w.statuses.active);

	// A note by keyboard: type, Tab to the button, Enter.
	await panel.getByLabel(w.newNote).fill('Soitettu, sovittu maksusuunnitelman luonnos.');
	await desk.keyboard.press('Tab');
	await expect(panel.getByRole('button', { name: w.addNote })).toBeFocused();
	await desk.keyboard.press('Enter');
	await expect(panel.getByTestId('note')).toContainText('sovittu maksusuunnitelman luonnos');
	await expect(panel.getByLabel(w.newNote)).toHaveValue('');

	// An empty task is refused next to its field, nothing sent.
	await panel.getByRole('button', { name: w.addTask }).click();
	await expect(panel.getByText(w.titleRequired)).toBeVisible();
	await panel.getByLabel(w.taskTitle).fill('Soita isännöitsijälle');
	await panel.getByRole('button', { name: w.addTask }).click();
	await expect(
		panel.getByTestId('task').filter({ hasText: 'Soita isännöitsijälle' })
	).toBeVisible();

	await panel.getByRole('button', { name: w.statuses.planAgreed }).click();
	await expect(panel.getByTestId('case-status')).toHaveText(w.statuses.planAgreed);
	const kept3 = panel.locator('[data-testid="task"][data-kind="planKept3"]');
	await kept3.getByRole('button', { name: `${w.followUps.planKept3} ${w.yes}` }).click();
	await expect(kept3).toContainText(`${w.done}: ${w.yes}`);

	await checkPage(desk, 'case page', () => expect(panel.getByTestId('case-status')).toBeVisible());

	await panel.getByLabel(w.outcome).selectOption('keptWithPlan');
	await panel.getByRole('button', { name: w.closeButton }).click();
	await expect(panel.getByTestId('case-status')).toHaveText(w.closedWith(w.outcomes.keptWithPlan));
	await expect(panel.locator('[data-testid="task"][data-kind="recurrence"]')).toBeVisible();

	// The other four cases, closed the same way through the API.
	for (const tenantId of tenants) {
		const c = (await api(desk, 'GET', `/api/cases/tenant/${tenantId}`)) as {
			case: { id: string; status: string };
		};
		if (c.case.status === 'closed') continue;
		await api(desk, 'POST', `/api/cases/${c.case.id}`, { status: 'active' });
		await api(desk, 'POST', `/api/cases/${c.case.id}/close`, { outcome: 'keptWithPlan' });
	}

	// The case list: closed cases by filter.
	await desk.goto('/advisor/cases');
	const closedOnly = async () => {
		await desk.getByTestId('filter-status').selectOption('closed');
		await desk.getByTestId('filter-apply').click();
		await expect(desk.getByTestId('case-work')).toHaveCount(5);
	};
	await checkPage(desk, 'case list', closedOnly);

	// The follow-up list from the advisor's menu: every case is closed, so nothing to follow up.
	await desk
		.getByRole('navigation', { name: fi.advisor.nav.label })
		.getByRole('link', { name: fi.advisor.nav.followUp })
		.click();
	await checkPage(desk, 'follow-up list', () =>
		expect(desk.getByTestId('follow-up-empty')).toBeVisible()
	);

	// The funder's report: five new cases this quarter, all closed.
	const report = await open(browser);
	await auth.signIn(report.context(), FUNDER);
	await report.goto('/report');
	const quarter = quarterOf(new Date());
	const whole = report
		.getByTestId('report-quarter')
		.filter({ has: report.getByRole('heading', { name: quarter }) })
		.locator('[data-testid="report-row"][data-partner="*"]');
	await expect(whole.locator('[data-cell="newCases"]')).toHaveText('5');
	await expect(whole.locator('[data-cell="closed"]')).toHaveText('5');
	const csv = await report.request.get(
		(await report.getByTestId('report-csv').getAttribute('href'))!
	);
	const lines = (await csv.text()).split('\r\n');
	const header = lines[0]!.split(',');
	const row = lines.find((l) => l.startsWith(`${quarter},*,`))!.split(',');
	expect(row[header.indexOf('newCases')]).toBe('5');
	expect(row[header.indexOf('outcome.keptWithPlan')]).toBe('5');
	expect(row[header.indexOf('outcome.evicted')]).toBe('');
	await checkPage(report, 'report', () =>
		expect(whole.locator('[data-cell="newCases"]')).toHaveText('5')
	);
});

test("the follow-up list puts forward a client whose plan slipped, and opens the client's case", async ({
	browser,
	playwright
}) => {
	test.setTimeout(180_000);
	const m = fi.advisor.followUp;
	// A tenant who consented to the service (plan included) and agreed a plan three months ago,
	// and has paid nothing since: an instalment missed, the months' rent unpaid.
	const email = `seuranta-${Date.now().toString(36)}@example.test`;
	const session = await auth.createSession(email);
	const tenant = await playwright.request.newContext({
		baseURL: server.url,
		extraHTTPHeaders: { cookie: session.cookie }
	});
	const month = (n: number) => {
		const d = new Date();
		d.setUTCDate(1);
		d.setUTCMonth(d.getUTCMonth() + n);
		return d.toISOString().slice(0, 7);
	};
	const at = `${month(-3)}-01T10:00:00.000Z`;
	await tenant.fetch('/api/consents', {
		method: 'POST',
		headers: {
			origin: server.url,
			'content-type': 'application/json',
			'idempotency-key': randomUUID()
		},
		data: JSON.stringify({
			recipient: { kind: 'advisorService' },
			categories: ['rentArrears', 'paymentPlan'],
			textVersion: CURRENT_CONSENT_TEXT_VERSION,
			language: 'fi'
		})
	});
	const plan = {
		revision: 1,
		basedOnPlanId: null,
		startMonth: month(-2),
		dueDay: 5,
		incomeCents: 200_000,
		livingFloorCents: 90_000,
		rentCents: 70_000,
		debts: [
			{
				debtId: 'homeArrears',
				creditor: 'Vuokra Oy',
				type: 'rentArrears',
				balanceCents: 40_000,
				currentLandlord: true
			}
		],
		adjustments: [],
		months: [month(-2), month(-1)].map((m) => ({
			month: m,
			dueDate: `${m}-05`,
			instalmentsCents: [20_000]
		})),
		agreed: true,
		agreedAt: at,
		note: '',
		createdAt: at,
		updatedAt: at
	};
	const pushed = await tenant.fetch('/api/sync/push', {
		method: 'POST',
		headers: { origin: server.url, 'content-type': 'application/json' },
		data: JSON.stringify({
			mutations: [
				{
					mutationId: randomUUID(),
					entity: 'plans',
					entityId: 'plan-1',
					op: 'upsert',
					fields: plan,
					baseVersion: 0
				}
			]
		})
	});
	expect(pushed.status()).toBe(200);
	const tenantId = (await auth.userId(email))!;
	await tenant.dispose();

	// The advisor takes the case (first contact assigns it), then opens the follow-up list.
	const desk = await open(browser);
	await auth.signIn(desk.context(), ADVISOR);
	const c = (await api(desk, 'GET', `/api/cases/tenant/${tenantId}`)) as { case: { id: string } };
	await api(desk, 'POST', `/api/cases/${c.case.id}`, { status: 'active' });
	await desk.goto('/advisor/follow-up');
	const item = desk.locator(`[data-testid="follow-up-item"][data-tenant="${tenantId}"]`);
	await expect(item.locator('[data-reason]')).toHaveText([
		m.reasons.missedInstalment,
		m.reasons.unpaidRent
	]);
	await checkPage(desk, 'follow-up list with a client', () => expect(item).toBeVisible());
	await item.getByRole('link').click();
	await expect(desk).toHaveURL(`${server.url}/advisor/cases/${tenantId}`);
});
