// Landlord, tenant and advisor in three browsers against the real built server (its own SQLite
// DATA_DIR): the organisation and its staff come from `npm run landlord:add`. The landlord's staff
// (desktop) make a code; the tenant (phone, Finnish), whose mapped situation and agreed plan are
// pushed through the real sync endpoint, types the code on the start page and opens the map with
// the landlord chosen, consents both ways on the landlord page and books a phone time; the
// landlord fills the rent account; the advisor sees both sides and confirms the booking, which the
// tenant sees; the tenant takes the landlord's figures and sends the plan; the landlord
// counter-proposes; the tenant accepts; the landlord confirms the first payment, which the tenant
// sees. Axe on every new page, in Finnish and English, at 320 px; the main actions by keyboard.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { fi } from '../../src/lib/i18n/fi/index';
import { en } from '../../src/lib/i18n/en/index';
import { CURRENT_CONSENT_TEXT_VERSION } from '../../src/lib/consent-texts/index';
import { TEXTS as TEXT_2026_3 } from '../../src/lib/consent-texts/2026-3';
import { BookingPage } from './pages/booking-page';
import { expectNoAxeViolations, horizontalOverflow } from './support/a11y';
import { repoRoot, startServer, type RunningServer } from './support/server';
import { expect, sessionsFor, test, type Sessions } from './support/session';

const BUILD_DIR = process.env.LANDLORD_E2E_BUILD_DIR ?? 'build';
const ORG = 'Helsingin kaupungin asunnot Oy (Heka)';
const none = { happened: false, date: null };
const L = { fi: fi.landlordShare, en: en.landlordShare };

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

function script(name: string, args: string[]) {
	execFileSync(process.execPath, [path.join(repoRoot, 'scripts', name), ...args], {
		env: { ...process.env, DATA_DIR: server.dataDir },
		stdio: 'pipe'
	});
}

function addMonths(month: string, n: number): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	const i = y * 12 + (m - 1) + n;
	return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/**
 * Axe in Finnish, then in English (switched with the header's language menu, as a person does),
 * at 320 px with nothing sticking out; back to Finnish. `ready` waits for a text of the page in
 * the language shown.
 */
async function scanBothLanguages(
	page: Page,
	where: string,
	ready: (p: Page, lang: 'fi' | 'en') => Promise<void>
) {
	const size = page.viewportSize();
	await page.setViewportSize({ width: 320, height: size?.height ?? 800 });
	await expectNoAxeViolations(page, `${where} (fi)`);
	expect(await horizontalOverflow(page), `${where} at 320 px`).toBe(0);
	await page.locator('#language').selectOption('en');
	await ready(page, 'en');
	await expectNoAxeViolations(page, `${where} (en)`);
	await page.locator('#language').selectOption('fi');
	await ready(page, 'fi');
	if (size) await page.setViewportSize(size);
}

test('tenant, landlord and advisor: consent, rent account, plan, counter-proposal, payment', async ({
	browser,
	device
}) => {
	test.setTimeout(180_000);
	const id = randomUUID().slice(0, 8);
	const m = fi.landlordShare;
	const tenantEmail = `tenant-${id}@example.test`;
	const staffEmail = `staff-${id}@example.test`;
	const advisorEmail = `advisor-${id}@example.test`;
	const month = new Date().toISOString().slice(0, 7);
	const at = new Date().toISOString();

	// The landlord organisation, linked to the map's "Heka", and its staff member.
	script('landlord-add.mjs', [ORG, staffEmail, '--landlord-key', 'heka']);

	// The tenant's mapped situation and agreed plan, pushed as the app pushes it; the advisor
	// service consent (rent and plan), as the consent page gives it.
	const tenant = await sessions.createSession(tenantEmail);
	const headers = { cookie: tenant.cookie, origin: server.url, 'content-type': 'application/json' };
	const row = (entity: string, entityId: string, fields: Record<string, unknown>) => ({
		mutationId: randomUUID(),
		entity,
		entityId,
		op: 'upsert',
		fields: { createdAt: at, updatedAt: at, ...fields },
		baseVersion: 0
	});
	const push = await fetch(`${server.url}/api/sync/push`, {
		method: 'POST',
		headers,
		body: JSON.stringify({
			mutations: [
				row('home', 'home', {
					landlordId: 'heka',
					landlordOther: '',
					rentCents: 75_000,
					dueDay: 5,
					arrearsCents: 60_000,
					arrearsMonths: 1,
					reminder: none,
					collectionLetter: none,
					termination: none,
					evictionApplication: none,
					judgment: none,
					evictionDate: none
				}),
				row('plans', 'plan-1', {
					revision: 1,
					basedOnPlanId: null,
					startMonth: month,
					dueDay: 5,
					incomeCents: 200_000,
					livingFloorCents: 90_000,
					rentCents: 75_000,
					debts: [
						{
							debtId: 'homeArrears',
							creditor: ORG,
							type: 'rentArrears',
							balanceCents: 60_000,
							currentLandlord: true
						}
					],
					adjustments: [],
					months: [
						{ month, dueDate: `${month}-05`, instalmentsCents: [35_000] },
						{
							month: addMonths(month, 1),
							dueDate: `${addMonths(month, 1)}-05`,
							instalmentsCents: [25_000]
						}
					],
					agreed: true,
					agreedAt: at,
					note: ''
				})
			]
		})
	});
	expect(push.status).toBe(200);
	const consent = await fetch(`${server.url}/api/consents`, {
		method: 'POST',
		headers: { ...headers, 'idempotency-key': randomUUID() },
		body: JSON.stringify({
			recipient: { kind: 'advisorService' },
			categories: ['rentArrears', 'paymentPlan'],
			textVersion: CURRENT_CONSENT_TEXT_VERSION,
			language: 'fi'
		})
	});
	expect(consent.status).toBe(201);

	// The advisor's calendar: phone times every day, so the tenant finds one whatever the day.
	const advisor = await sessions.createSession(advisorEmail);
	script('user-role.mjs', [advisorEmail, 'advisor']);
	const calendar = await fetch(`${server.url}/api/advisor/availability`, {
		method: 'PUT',
		headers: { cookie: advisor.cookie, origin: server.url, 'content-type': 'application/json' },
		body: JSON.stringify({
			displayName: 'Aino Neuvoja',
			meetingMinutes: 30,
			bufferMinutes: 0,
			minNoticeMinutes: 0,
			// Two days of half-hour slots around the clock: free times whenever the test runs, without
			// /book rendering four weeks of them (1,300 radio buttons) on the phone.
			horizonDays: 2,
			channels: ['phone'],
			officeAddress: null,
			active: true,
			mailLang: 'fi',
			weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:30' })),
			exceptions: []
		})
	});
	expect(calendar.status).toBe(200);

	// --- the landlord, on a desktop: a code for the payment reminder ------------------------------
	const s = m.staff;
	const desk = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		locale: 'fi-FI',
		timezoneId: 'Europe/Helsinki',
		baseURL: server.url
	});
	try {
		await sessions.signIn(desk, staffEmail);
		const lp = await desk.newPage();
		const C = fi.landlordCodes;
		await lp.goto('/landlord');
		await expect(lp.getByRole('heading', { level: 1, name: C.home.title(ORG) })).toBeVisible();
		await lp.getByLabel(C.create.count, { exact: true }).fill('1');
		await lp.getByRole('button', { name: C.create.submit }).click();
		await expect(lp.getByRole('heading', { name: C.create.made(1) })).toBeFocused();
		const code = (await lp.getByTestId('new-codes').locator('.code').first().textContent())!;

		// --- the tenant's phone, in Finnish: the code, the map with the landlord chosen -------------
		const phone = await device(server, 'tenant phone');
		await sessions.signIn(phone.context, tenantEmail);
		const tp = phone.page;
		await tp.goto('/');
		await tp.getByRole('button', { name: fi.common.haveCode }).click();
		await tp.getByLabel(C.entry.label, { exact: true }).fill(code);
		await tp.keyboard.press('Enter');
		await expect(tp).toHaveURL(new RegExp(`/r/${code}$`));
		await expect(tp.getByTestId('referral-landlord')).toHaveText(C.landing.gave(ORG));
		await tp.getByRole('button', { name: C.landing.start }).click();
		await expect(tp).toHaveURL(/\/situation\/household$/);
		await tp.goto('/situation/home');
		await expect(tp.getByLabel(fi.situation.home.landlord, { exact: true })).toHaveValue('heka');

		// --- the landlord page: consents both ways ---------------------------------------------------
		// The first sync brings the situation and the plan to the phone; the page follows the live data.
		await tp.goto('/landlord-share');
		await expect(tp.getByTestId('landlord-share-org')).toHaveText(m.orgUses(ORG), {
			timeout: 20_000
		});
		const kinds = TEXT_2026_3.fi.landlordKinds!;
		// The main action by keyboard: focus the button, press Enter.
		const shareButton = tp.getByRole('button', { name: m.give(kinds.shareRentAccount.label) });
		await shareButton.focus();
		await tp.keyboard.press('Enter');
		await expect(
			tp.getByRole('button', { name: m.withdraw(kinds.shareRentAccount.label) })
		).toBeVisible();
		await tp.getByRole('button', { name: m.give(kinds.tellGettingHelp.label) }).click();
		await expect(
			tp.getByRole('button', { name: m.withdraw(kinds.tellGettingHelp.label) })
		).toBeVisible();
		await tp.getByRole('button', { name: m.give(kinds.sendPlan.label) }).click();
		await expect(tp.getByRole('button', { name: m.sendPlan })).toBeVisible();
		await scanBothLanguages(tp, '/landlord-share', (p, lang) =>
			expect(p.getByRole('heading', { level: 1 })).toHaveText(L[lang].title)
		);

		// --- the tenant books a phone time with the service ----------------------------------------
		const book = new BookingPage(tp, fi);
		await book.goto();
		await book.expectTimes();
		await book.chooseChannel('phone');
		await book.pickTime(0);
		await book.send();
		await expect(book.message()).toHaveText(fi.booking.form.sent);
		const card = book.bookings().first();
		await book.expectStatus(card, 'requested');
		const bookingId = (await card.getAttribute('data-booking-id'))!;

		// --- the landlord: the request, the rent account ---------------------------------------------
		await lp.goto('/landlord/requests');
		await expect(lp.getByTestId('staff-help').getByRole('listitem')).toHaveCount(1);
		await scanBothLanguages(lp, '/landlord/requests', (p, lang) =>
			expect(p.getByRole('heading', { level: 1 })).toHaveText(L[lang].staff.title)
		);
		await lp.getByTestId('staff-requests').getByRole('link').first().click();
		await expect(lp.getByTestId('staff-tenant')).toContainText(tenantEmail);
		await lp.getByLabel(s.rent, { exact: true }).fill('750,00');
		await lp.getByLabel(s.dueDay, { exact: true }).fill('2');
		const prev = addMonths(month, -1);
		await lp.getByLabel(s.month, { exact: true }).fill(prev);
		await lp.getByLabel(s.due, { exact: true }).fill('750');
		await lp.getByLabel(s.paid, { exact: true }).fill('0');
		await lp.getByRole('button', { name: s.addMonth }).click();
		await lp.getByLabel(s.month, { exact: true }).nth(1).fill(month);
		await lp.getByLabel(s.due, { exact: true }).nth(1).fill('750');
		await lp.getByLabel(s.paid, { exact: true }).nth(1).fill('lots');
		// What staff typed survives a reload of the tab, the second month row and the bad text too.
		await lp.reload();
		await expect(lp.getByLabel(s.rent, { exact: true })).toHaveValue('750,00');
		await expect(lp.getByLabel(s.month, { exact: true }).nth(1)).toHaveValue(month);
		await expect(lp.getByLabel(s.paid, { exact: true }).nth(1)).toHaveValue('lots');
		await lp.getByRole('button', { name: s.save }).click();
		// A bad amount: named next to its field, nothing stored.
		await expect(lp.getByText(s.fieldErrors.amount)).toBeVisible();
		await lp.getByLabel(s.paid, { exact: true }).nth(1).fill('600');
		await lp.getByRole('button', { name: s.save }).click();
		await expect(lp.getByTestId('staff-saved')).toHaveText(s.saved);
		await scanBothLanguages(lp, '/landlord/requests/[id]', (p, lang) =>
			expect(p.getByRole('heading', { level: 1 })).toHaveText(L[lang].staff.accountTitle)
		);

		// --- the advisor, on a desktop: both sides, the differences marked ------------------------
		const adv = await browser.newContext({
			viewport: { width: 1280, height: 800 },
			locale: 'fi-FI',
			timezoneId: 'Europe/Helsinki',
			baseURL: server.url
		});
		try {
			await sessions.signIn(adv, advisorEmail);
			const ap = await adv.newPage();
			await ap.goto(`/advisor/cases/${tenant.userId}`);
			const side = ap.getByTestId('case-landlord-diff');
			await expect(side).toBeVisible();
			// The tenant said 600 € arrears and due day 5; the landlord 900 € and day 2.
			const dueRow = side.getByRole('row', { name: new RegExp(m.fields.dueDay) });
			await expect(dueRow).toContainText(m.differs);
			const rentRow = side.getByRole('row', { name: new RegExp(`^${m.fields.rentCents} `) });
			await expect(rentRow).not.toContainText(m.differs);
			await expectNoAxeViolations(ap, '/advisor/cases/[tenantId] with the landlord side');
			// The tenant's request, confirmed from the queue.
			await ap.goto('/advisor/bookings');
			const request = ap.locator(`[data-testid="request"][data-booking-id="${bookingId}"]`);
			await expect(request).toContainText(tenantEmail);
			await request
				.getByRole('button', { name: fi.booking.advisorArea.queue.confirm, exact: true })
				.click();
			await expect(ap.getByTestId('queue-message')).toContainText(tenantEmail);
		} finally {
			await adv.close();
		}

		// --- the tenant sees the meeting confirmed, takes the landlord's figures, sends the plan ----
		await book.goto();
		await book.expectStatus(book.booking(bookingId), 'confirmed');
		await tp.goto('/landlord-share');
		const diff = tp.getByTestId('landlord-account-diff');
		await expect(diff).toBeVisible();
		await expect(diff.getByRole('row', { name: new RegExp(m.fields.dueDay) })).toContainText(
			m.differs
		);
		await tp.getByRole('button', { name: m.useFigures }).click();
		await expect(tp.getByTestId('landlord-share-status')).toHaveText(m.usedFigures);
		await expect(diff.getByText(m.differs)).toHaveCount(0);
		const send = tp.getByRole('button', { name: m.sendPlan });
		await send.focus();
		await tp.keyboard.press('Enter');
		await expect(tp.getByTestId('landlord-proposal')).toContainText(m.states.sent);

		// --- the landlord counter-proposes ----------------------------------------------------------
		await lp.goto('/landlord/requests');
		await lp.getByTestId('staff-proposals').getByRole('link').first().click();
		await expect(lp.getByTestId('staff-plan')).toContainText(ORG);
		await lp.getByLabel(s.answers.counter, { exact: true }).check();
		const start = addMonths(month, 1);
		await lp.getByLabel(s.instalment, { exact: true }).fill('200');
		await lp.getByLabel(s.startMonth, { exact: true }).fill(start);
		await lp.getByLabel(s.length, { exact: true }).fill('3');
		await lp.reload();
		await expect(lp.getByLabel(s.answers.counter, { exact: true })).toBeChecked();
		await expect(lp.getByLabel(s.instalment, { exact: true })).toHaveValue('200');
		await expect(lp.getByLabel(s.length, { exact: true })).toHaveValue('3');
		await lp.getByRole('button', { name: s.send }).click();
		await expect(lp.getByTestId('staff-proposal-status')).toHaveText(s.answered);
		await expect(lp.getByTestId('staff-proposal-state')).toHaveText(m.states.countered);
		await scanBothLanguages(lp, '/landlord/proposals/[id]', (p, lang) =>
			expect(p.getByRole('heading', { level: 1 })).toHaveText(L[lang].staff.proposalTitle)
		);

		// --- the tenant accepts: a new agreed version ----------------------------------------------
		await tp.reload();
		const proposal = tp.getByTestId('landlord-proposal');
		await expect(proposal).toContainText(m.states.countered);
		await proposal.getByRole('button', { name: m.acceptCounter }).click();
		await expect(proposal).toContainText(m.states.counterAccepted);
		await expect(tp.getByTestId('landlord-agreed')).toContainText(ORG);

		// --- the landlord confirms the first payment; the tenant's follow-up shows it ----------------
		await lp.reload();
		await expect(lp.getByLabel(s.paymentMonth, { exact: true })).toHaveValue(start);
		await lp.getByRole('button', { name: s.confirm }).click();
		await expect(lp.getByTestId('staff-proposal-status')).toHaveText(s.confirmed);
		await tp.reload();
		await expect(tp.getByTestId('landlord-confirmations')).toContainText(m.arrived);
		await expect(tp.getByTestId('landlord-confirmations')).not.toContainText(m.notArrived);
	} finally {
		await desk.close();
	}
});
