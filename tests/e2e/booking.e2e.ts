// Booking an advisor end to end, on a real built server of its own (startServer) with a
// temporary DATA_DIR and SMTP_URL pointing at a real SMTP sink, in real Chromium:
//
// - an advisor (desktop) sets availability (a field error shown next to its field, then saved);
// - a tenant (phone) requests a time, the advisor confirms it, the tenant sees "confirmed" after a
//   reload, and the confirmation email in the sink carries an iCalendar part that ical.js parses
//   with the right Helsinki time; the in-app "Add to calendar" file says the same;
// - a request made offline waits on the device and is sent on reconnect (once);
// - the request note is kept on the device while typed: a reload shows it, sending clears it;
// - the decline path: the advisor proposes another time, the tenant sees it and books it;
// - a time taken meanwhile (another tenant books it while the first is offline) is explained
//   plainly with the nearest free times, and one of them can be booked at once;
// - the advisor's agenda (day and week) shows the meeting; the advisor cancels a confirmed one;
// - one tenant never sees another tenant's bookings;
// - axe finds nothing on every new page (fi and en) and nothing scrolls sideways at 320 px.
//
// BOOKING_E2E_BUILD_DIR=<dir> reuses an existing build instead of building build-booking/.
import { expectNoAxeViolations as axe, horizontalOverflow } from './support/a11y';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { en } from '../../src/lib/i18n/en/index';
import { fi, type Messages } from '../../src/lib/i18n/fi/index';
import { expect, test } from './fixtures';
import { AdvisorPage } from './pages/advisor-page';
import { BookingPage } from './pages/booking-page';
import { grantRole, startServer, type RunningServer } from './support/server';
import { sessionsFor, type Sessions } from './support/session';
import { icsEvent, mimePart } from '../support/mail-parts';
import { startSmtpSink, type SmtpSink, type SunkMail } from '../support/smtp-sink';

const ADVISOR = 'neuvoja-e2e@example.test';
const ADVISOR_NAME = 'Neuvoja Testinen';
const OFFICE = 'Testikatu 1, 00100 Helsinki';
const DESKTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };
const PHONE = {
	viewport: { width: 412, height: 915 },
	isMobile: true,
	hasTouch: true,
	// 1, as in playwright.config.ts: the pixel density changes nothing the tests check, and
	// rasterising every frame at 2x in software costs CPU the loaded 2-core machine needs.
	deviceScaleFactor: 1
};

let server: RunningServer;
let sink: SmtpSink;
let auth: Sessions;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
	test.setTimeout(240_000);
	sink = await startSmtpSink();
	// The same production build as every other test: SMTP and the rest are runtime settings.
	const buildDir = process.env.BOOKING_E2E_BUILD_DIR ?? 'build';
	server = await startServer({
		buildDir,
		env: { SMTP_URL: sink.url, MAIL_FROM: 'Vuokra-apu <no-reply@vuokra.test>' }
	});
	auth = sessionsFor(server);
	// The role is granted the way an administrator does it (the server created the tables).
	await auth.createSession(ADVISOR);
	grantRole(server, ADVISOR, 'advisor');
});

test.afterAll(async () => {
	if (process.env.BOOKING_E2E_DEBUG) console.log(server?.output());
	await auth?.close();
	await server?.stop({ removeData: true });
	await sink?.close();
});

let tenants = 0;
const tenantEmail = () => `vuokralainen-${Date.now().toString(36)}-${++tenants}@example.test`;

interface Opened {
	context: BrowserContext;
	page: Page;
	errors: Error[];
}

const opened: Opened[] = [];

async function open(
	browser: Browser,
	email: string | null,
	kind: 'phone' | 'desktop',
	lang: 'fi' | 'en' = 'fi'
): Promise<Opened> {
	const context = await browser.newContext({
		...(kind === 'phone' ? PHONE : DESKTOP),
		locale: lang === 'fi' ? 'fi-FI' : 'en-GB',
		timezoneId: 'Europe/Helsinki',
		baseURL: server.url,
		serviceWorkers: 'allow'
	});
	if (lang !== 'fi') {
		await context.addInitScript((l) => {
			try {
				localStorage.setItem('lang', l);
			} catch {
				// documents without storage (about:blank, downloads)
			}
		}, lang);
	}
	if (email) await auth.signIn(context, email);
	const errors: Error[] = [];
	context.on('page', (p) => p.on('pageerror', (e) => errors.push(e)));
	const page = await context.newPage();
	const o = { context, page, errors };
	opened.push(o);
	return o;
}

test.afterEach(async () => {
	const errors = opened.flatMap((o) => o.errors.map((e) => e.message));
	for (const o of opened.splice(0)) await o.context.close();
	expect(errors, 'uncaught errors in the pages').toEqual([]);
});

/** An iCalendar text read with ical.js (its VTIMEZONE registered, so times resolve in Helsinki). */
function parseIcs(text: string) {
	const { method, vevent, event } = icsEvent(text);
	const pad = (n: number) => String(n).padStart(2, '0');
	return {
		method,
		uid: event.uid,
		status: String(vevent.getFirstPropertyValue('status')),
		tzid: vevent.getFirstProperty('dtstart')?.getParameter('tzid'),
		start: event.startDate.toJSDate().toISOString(),
		localDate: `${event.startDate.year}-${pad(event.startDate.month)}-${pad(event.startDate.day)}`,
		localStart: `${pad(event.startDate.hour)}:${pad(event.startDate.minute)}`
	};
}

/** The first mail to `to` after `since` messages that `accept` takes. */
async function mailTo(
	to: string,
	since: number,
	accept: (mail: SunkMail) => boolean
): Promise<SunkMail> {
	await expect
		.poll(() => sink.messages.slice(since).some((m) => m.to.includes(to) && accept(m)), {
			timeout: 15_000
		})
		.toBe(true);
	return sink.messages.slice(since).find((m) => m.to.includes(to) && accept(m))!;
}

/** Signs the advisor's desktop context in and opens the queue page model. */
async function advisorDesk(browser: Browser, lang: 'fi' | 'en' = 'fi') {
	const o = await open(browser, ADVISOR, 'desktop', lang);
	return { ...o, advisor: new AdvisorPage(o.page, lang === 'fi' ? fi : en) };
}

/** A tenant on a phone, on /book with free times showing. */
async function tenantPhone(browser: Browser, email = tenantEmail()) {
	const o = await open(browser, email, 'phone');
	const book = new BookingPage(o.page, fi);
	await book.goto();
	await book.expectTimes();
	return { ...o, book, email };
}

/** Requests the first free phone time online; returns the booking id and its start. */
async function requestOnline(book: BookingPage, note: string) {
	await book.chooseChannel('phone');
	const startsAt = await book.pickTime(0);
	await book.fillNote(note);
	await book.send();
	await expect(book.message()).toHaveText(fi.booking.form.sent);
	const card = book.bookings().filter({ hasText: note });
	await book.expectStatus(card, 'requested');
	const id = (await card.getAttribute('data-booking-id'))!;
	return { id, startsAt, card };
}

// ---------------------------------------------------------------------------------------------------

test('an advisor sets weekly hours, channels and rules; a missing office address is shown at its field', async ({
	browser
}) => {
	const { page, advisor } = await advisorDesk(browser);
	const t = fi.booking.advisorArea.availability;
	await advisor.gotoAvailability();
	await expect(page.getByTestId('not-configured')).toHaveText(t.notConfigured);

	await advisor.field(t.displayName).fill(ADVISOR_NAME);
	await page.getByRole('checkbox', { name: t.active }).check();
	await advisor.field(t.meetingMinutes).fill('30');
	await advisor.field(t.bufferMinutes).fill('0');
	await advisor.field(t.minNoticeMinutes).fill('120');
	// A week: enough free times whenever the test runs, and every /book page renders them all.
	await advisor.field(t.horizonDays).fill('7');
	await advisor.setChannel(fi.booking.form.channels.office, true);
	await advisor.setChannel(fi.booking.form.channels.phone, true);
	await advisor.setChannel(fi.booking.form.channels.video, true);
	// Every day of the week, so the test finds free times whatever day it runs.
	await advisor.setWeekly(
		[1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '07:00', end: '22:00' }))
	);

	// Office visits without an address: the server names the field, the page shows it there.
	await advisor.save();
	await expect(advisor.availabilityMessage()).toHaveText(t.invalid);
	const address = advisor.field(t.officeAddress);
	await expect(address).toHaveAttribute('aria-invalid', 'true');
	await expect(address).toBeFocused();
	await expect(address).toHaveAccessibleDescription(new RegExp(t.errors.officeAddress));
	await axe(page, 'availability with a field error (fi)');

	await address.fill(OFFICE);
	await advisor.save();
	await expect(advisor.availabilityMessage()).toHaveText(t.saved);
	await expect(address).not.toHaveAttribute('aria-invalid', 'true');

	// Saved for real: a reload shows it, and tenants now see the advisor.
	await advisor.gotoAvailability();
	await expect(advisor.field(t.displayName)).toHaveValue(ADVISOR_NAME);
	await expect(page.getByTestId('weekly-row')).toHaveCount(7);
	await expect(page.getByTestId('not-configured')).toHaveCount(0);
	const res = await page.request.get(`${server.url}/api/advisors`);
	expect((await res.json()).advisors).toEqual([
		expect.objectContaining({ displayName: ADVISOR_NAME, officeAddress: OFFICE })
	]);
});

test('a tenant on a phone requests a time, the advisor confirms, the tenant sees "confirmed" and gets the calendar email', async ({
	browser
}) => {
	const tenant = await tenantPhone(browser);
	const { book, page } = tenant;
	// Office visits show the address; the advisor can be chosen by name.
	await page.getByRole('radio', { name: ADVISOR_NAME }).check();
	await book.chooseChannel('office');
	await expect(page.getByText(fi.booking.form.officeAt(OFFICE))).toBeVisible();
	await book.expectTimes();
	await page.getByRole('radio', { name: fi.booking.form.service }).check();
	await book.expectTimes();

	const note = 'Vuokraa maksamatta kaksi kuukautta';
	const { id, startsAt, card } = await requestOnline(book, note);
	const localStart = await card.locator('h3').textContent();
	const sinceConfirm = sink.messages.length;

	// The advisor sees it in the queue and confirms in one tap.
	const { advisor } = await advisorDesk(browser);
	await advisor.gotoQueue();
	const request = advisor.request(id);
	await expect(request).toContainText(tenant.email);
	await expect(request).toContainText(note);
	await expect(request.getByTestId('urgency')).toHaveText(
		fi.booking.advisorArea.queue.urgencyUnknown
	);
	await request
		.getByRole('button', { name: fi.booking.advisorArea.queue.confirm, exact: true })
		.click();
	await expect(advisor.queueMessage()).toContainText(tenant.email);
	await expect(advisor.request(id)).toHaveCount(0);

	// The tenant's status follows (after a reload; a sync does the same through onSynced).
	await page.reload();
	await book.expectStatus(book.booking(id), 'confirmed');
	await expect(book.booking(id).locator('h3')).toHaveText(localStart!);

	// The confirmation email to the tenant: an iCalendar REQUEST at the right Helsinki time.
	const mail = await mailTo(tenant.email, sinceConfirm, (m) => {
		try {
			return /^STATUS:CONFIRMED/im.test(mimePart(m.raw, 'text/calendar').text);
		} catch {
			return false;
		}
	});
	const part = mimePart(mail.raw, 'text/calendar');
	expect(part.method).toBe('REQUEST');
	const ics = parseIcs(part.text);
	expect(ics.method).toBe('REQUEST');
	expect(ics.tzid).toBe('Europe/Helsinki');
	expect(ics.start).toBe(new Date(startsAt).toISOString());
	const shown = await page.evaluate(
		(iso) =>
			new Intl.DateTimeFormat('en-CA', {
				timeZone: 'Europe/Helsinki',
				year: 'numeric',
				month: '2-digit',
				day: '2-digit',
				hour: '2-digit',
				minute: '2-digit',
				hourCycle: 'h23'
			}).format(new Date(iso)),
		startsAt
	);
	expect(`${ics.localDate}, ${ics.localStart}`).toBe(shown);
	expect(localStart).toContain(ics.localStart);

	// "Add to calendar" downloads the same event.
	const link = book.booking(id).getByRole('link', { name: fi.booking.mine.calendar });
	const download = await page.request.get(`${server.url}${await link.getAttribute('href')}`);
	expect(download.headers()['content-type']).toContain('text/calendar');
	const file = parseIcs(await download.text());
	expect(file.uid).toBe(ics.uid);
	expect(file.start).toBe(ics.start);

	// The advisor's agenda has it on that day and in that week; previous/next move the range.
	await advisor.gotoAgenda('day', ics.localDate);
	await expect(advisor.meeting(id)).toHaveAttribute('data-status', 'confirmed');
	await expect(advisor.meeting(id)).toContainText(`${ics.localStart}–`);
	await advisor.page.getByTestId('agenda-next').click();
	await expect(advisor.meeting(id)).toHaveCount(0);
	await advisor.page.getByTestId('agenda-previous').click();
	await expect(advisor.meeting(id)).toBeVisible();
	await advisor.page
		.getByRole('link', { name: fi.booking.advisorArea.agenda.week, exact: true })
		.click();
	await expect(advisor.meeting(id)).toBeVisible();
	await axe(advisor.page, 'agenda week (fi)');
});

test('a request made offline waits on the phone and is sent once on reconnect; the tenant can cancel it', async ({
	browser
}) => {
	const { book, page, context } = await tenantPhone(browser);
	await book.chooseChannel('video');
	const startsAt = await book.pickTime(1);
	await book.fillNote('Lähetetty ilman verkkoa');

	await context.setOffline(true);
	await book.send();
	await expect(book.message()).toHaveText(fi.booking.form.queued);
	await expect(book.waiting()).toHaveCount(1);
	await expect(book.waiting().getByTestId('booking-status')).toHaveText(fi.booking.mine.waiting);
	await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '1');

	// Offline, the page still has its last copy of the times, marked with when it was fetched.
	await page.getByRole('radio', { name: ADVISOR_NAME }).check();
	await page.getByRole('radio', { name: fi.booking.form.service }).check();
	await expect(page.getByTestId('times-as-of')).toContainText(fi.booking.asOf('').slice(0, 16));
	await book.expectTimes();

	await context.setOffline(false);
	const card = book.bookings().filter({ hasText: 'Lähetetty ilman verkkoa' });
	await book.expectStatus(card, 'requested');
	await expect(book.waiting()).toHaveCount(0);
	await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
	const list = await (await page.request.get(`${server.url}/api/bookings`)).json();
	expect(list.bookings).toHaveLength(1);
	expect(list.bookings[0].startsAt).toBe(new Date(startsAt).toISOString());

	// Cancel, after a confirmation step.
	await card.getByRole('button', { name: fi.booking.mine.cancel }).click();
	const dialog = page.getByRole('dialog', { name: fi.booking.mine.cancelTitle });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: fi.booking.mine.keep })).toBeFocused();
	await axe(page, 'book with the cancel dialog (fi)');
	await dialog.getByRole('button', { name: fi.booking.mine.cancelConfirm }).click();
	await expect(book.message()).toHaveText(fi.booking.mine.cancelled);
	await page.getByText(fi.booking.mine.past, { exact: false }).click();
	await book.expectStatus(
		book.bookings().filter({ hasText: 'Lähetetty ilman verkkoa' }),
		'cancelled'
	);
});

test('a note typed on /book survives a reload, and is cleared once the request is sent', async ({
	browser
}) => {
	const { book, page } = await tenantPhone(browser);
	const noteField = page.getByLabel(fi.booking.form.note);
	await book.fillNote('Kirjoitettu ennen uudelleenlatausta');
	await page.reload();
	await book.expectTimes();
	await expect(noteField).toHaveValue('Kirjoitettu ennen uudelleenlatausta');

	await book.chooseChannel('phone');
	await book.pickTime(2);
	await book.send();
	await expect(book.message()).toHaveText(fi.booking.form.sent);
	await expect(noteField).toHaveValue('');
	await book.expectStatus(
		book.bookings().filter({ hasText: 'Kirjoitettu ennen uudelleenlatausta' }),
		'requested'
	);
	await page.reload();
	await book.expectTimes();
	await expect(noteField).toHaveValue('');
});

test('decline path: the advisor declines proposing another time; the tenant sees it and books it', async ({
	browser
}) => {
	const tenant = await tenantPhone(browser);
	const { id } = await requestOnline(tenant.book, 'Häätöuhka, tarvitsen neuvoa');

	const { advisor, page: desk } = await advisorDesk(browser);
	await advisor.gotoQueue();
	const q = fi.booking.advisorArea.queue;
	const request = advisor.request(id);
	await request.getByRole('button', { name: q.propose }).click();
	const propose = request.getByRole('group', { name: q.proposeTitle });
	const option = propose.locator('label.slot').nth(3);
	const proposedAt = (await option.getAttribute('data-starts-at'))!;
	await option.getByRole('checkbox').check();
	await propose.getByLabel(q.reason).fill('Tuo aika ei käy, tässä toinen.');
	await axe(desk, 'queue with the propose panel open (fi)');
	await propose.getByRole('button', { name: q.sendDecline }).click();
	await expect(advisor.queueMessage()).toHaveText(q.declined(tenant.email));
	await expect(advisor.request(id)).toHaveCount(0);

	const { book, page } = tenant;
	await page.reload();
	const card = book.booking(id);
	await book.expectStatus(card, 'declined');
	await expect(card).toContainText(fi.booking.mine.proposed);
	await expect(card).toContainText('Tuo aika ei käy, tässä toinen.');
	const proposed = card.getByTestId('book-proposed');
	await expect(proposed).toHaveCount(1);
	await proposed.click();
	await expect(book.message()).toHaveText(fi.booking.form.sent);
	const list = await (await page.request.get(`${server.url}/api/bookings`)).json();
	const rebooked = list.bookings.find((b: { id: string }) => b.id !== id);
	expect(rebooked).toMatchObject({
		status: 'requested',
		startsAt: new Date(proposedAt).toISOString()
	});
	await book.expectStatus(book.booking(rebooked.id), 'requested');
});

test('a time taken meanwhile: told plainly, shown the nearest free times, and one is booked', async ({
	browser
}) => {
	const first = await tenantPhone(browser);
	await first.book.chooseChannel('phone');
	const startsAt = await first.book.pickTime(0);
	await first.book.fillNote('Ensimmäinen');
	await first.context.setOffline(true);
	await first.book.send();
	await expect(first.book.message()).toHaveText(fi.booking.form.queued);

	// Meanwhile a second tenant books that very time.
	const second = await tenantPhone(browser);
	await second.book.chooseChannel('phone');
	await second.book.pickStartsAt(startsAt);
	await second.book.fillNote('Toinen');
	await second.book.send();
	await expect(second.book.message()).toHaveText(fi.booking.form.sent);

	await first.context.setOffline(false);
	const refusals = first.book.refusals();
	await expect(refusals.getByRole('heading', { name: fi.booking.taken.title })).toBeVisible({
		timeout: 20_000
	});
	await expect(refusals.getByTestId('refusal')).toHaveAttribute('data-code', 'slot_taken');
	await expect(refusals).toContainText(fi.booking.taken.text('').slice(0, 20));
	const nearest = refusals.getByTestId('pick-nearest');
	await expect(nearest.first()).toBeVisible();
	expect(await nearest.count()).toBeGreaterThan(0);
	expect(await nearest.count()).toBeLessThanOrEqual(3);
	await axe(first.page, 'book with a time taken meanwhile (fi)');

	await nearest.first().click();
	await expect(first.book.message()).toHaveText(fi.booking.form.sent);
	await expect(refusals).toHaveCount(0);
	const card = first.book.bookings().filter({ hasText: 'Ensimmäinen' });
	await first.book.expectStatus(card, 'requested');
	const mine = await (await first.page.request.get(`${server.url}/api/bookings`)).json();
	expect(mine.bookings).toHaveLength(1);
	expect(mine.bookings[0].startsAt).not.toBe(new Date(startsAt).toISOString());
	await expect(first.page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
});

test("an advisor cancels a confirmed meeting; a tenant never sees another tenant's bookings", async ({
	browser
}) => {
	const a = await tenantPhone(browser);
	const { id } = await requestOnline(a.book, 'Tenant A:n asia');
	const { advisor } = await advisorDesk(browser);
	await advisor.gotoQueue();
	await advisor
		.request(id)
		.getByRole('button', { name: fi.booking.advisorArea.queue.confirm, exact: true })
		.click();
	await expect(advisor.request(id)).toHaveCount(0);

	// Another tenant: nothing of A's in the page or through the API.
	const b = await tenantPhone(browser);
	await expect(b.page.getByTestId('no-bookings')).toHaveText(fi.booking.mine.empty);
	await expect(b.book.booking(id)).toHaveCount(0);
	await expect(b.page.getByText('Tenant A:n asia')).toHaveCount(0);
	expect((await b.page.request.get(`${server.url}/api/bookings/${id}/ics`)).status()).toBe(404);
	expect((await (await b.page.request.get(`${server.url}/api/bookings`)).json()).bookings).toEqual(
		[]
	);

	// The advisor cancels it from the agenda (with a confirmation); A sees "cancelled".
	const list = await (await a.page.request.get(`${server.url}/api/bookings`)).json();
	const date = list.bookings[0].localDate as string;
	await advisor.gotoAgenda('day', date);
	const meeting = advisor.meeting(id);
	await meeting.getByRole('button', { name: fi.booking.advisorArea.agenda.cancel }).click();
	const dialog = advisor.page.getByRole('dialog', {
		name: fi.booking.advisorArea.agenda.cancelTitle
	});
	await dialog.getByLabel(fi.booking.advisorArea.agenda.cancelReason).fill('Sairastuin.');
	await axe(advisor.page, 'agenda with the cancel dialog (fi)');
	await dialog.getByRole('button', { name: fi.booking.advisorArea.agenda.cancelConfirm }).click();
	await expect(advisor.page.getByTestId('agenda-message')).toHaveText(
		fi.booking.advisorArea.agenda.cancelled
	);
	await expect(meeting).toHaveCount(0);

	await a.page.reload();
	await a.page.getByText(fi.booking.mine.past, { exact: false }).click();
	await a.book.expectStatus(a.book.booking(id), 'cancelled');
	await expect(a.book.booking(id)).toContainText(fi.booking.mine.cancelledBy.advisor);
});

test('signed out, /book explains that booking needs an account and links to sign in', async ({
	browser
}) => {
	const { page } = await open(browser, null, 'phone');
	await page.goto('/book');
	const box = page.getByTestId('book-signed-out');
	await expect(box.getByRole('heading', { name: fi.booking.signedOut.title })).toBeVisible();
	await expect(box.getByRole('link', { name: fi.booking.signedOut.action })).toHaveAttribute(
		'href',
		'/signin'
	);
});

for (const lang of ['fi', 'en'] as const) {
	test(`axe finds nothing and nothing scrolls sideways at 320 px on the booking pages (${lang})`, async ({
		browser
	}) => {
		test.setTimeout(240_000);
		const m: Messages = lang === 'fi' ? fi : en;
		// One scan per page, at 320 px: the narrowest layout is where reflow, target size and
		// overlapping text fail first; a second scan of the same page at its first width doubled
		// the file's longest tests.
		const check = async (page: Page, where: string) => {
			await page.setViewportSize({ width: 320, height: 800 });
			expect(
				await horizontalOverflow(page),
				`sideways scroll on ${where} at 320 px`
			).toBeLessThanOrEqual(0);
			await axe(page, `${where} at 320 px (${lang})`);
		};

		const visitor = await open(browser, null, 'phone', lang);
		await visitor.page.goto('/book');
		await expect(visitor.page.getByTestId('book-signed-out')).toBeVisible();
		await check(visitor.page, '/book signed out');

		const tenant = await open(browser, tenantEmail(), 'phone', lang);
		const book = new BookingPage(tenant.page, m);
		await book.goto();
		await book.expectTimes();
		// Three days at a time; more by keyboard, which lands on the first new time.
		const days = book.slotPicker().locator('fieldset.day');
		await expect(days).toHaveCount(3);
		await tenant.page.getByRole('button', { name: m.booking.form.moreDays }).press('Enter');
		await expect(days.nth(3).getByRole('radio').first()).toBeFocused();
		await book.chooseChannel('office');
		await book.pickTime(2);
		await tenant.page.getByRole('checkbox', { name: m.booking.form.share }).check();
		await expect(tenant.page.getByTestId('consent-state')).toHaveAttribute('data-state', 'missing');
		await expect(
			tenant.page
				.getByTestId('consent-state')
				.getByRole('link', { name: m.booking.form.consentLink })
		).toHaveAttribute('href', '/consent');
		await tenant.page.getByRole('button', { name: m.booking.form.send }).click();
		await expect(book.message()).toHaveText(m.booking.form.sent);
		const card = book.bookings().first();
		await card.getByRole('button', { name: m.booking.mine.move }).click();
		await expect(card.locator('[data-testid="slot-picker"] label.slot').first()).toBeVisible();
		await check(tenant.page, '/book with a booking and the move panel');

		const desk = await advisorDesk(browser, lang);
		await desk.advisor.gotoQueue();
		await expect(desk.page.getByTestId('request').first()).toBeVisible();
		await check(desk.page, '/advisor/bookings');
		await desk.page.setViewportSize(DESKTOP.viewport);
		await desk.advisor.gotoAgenda('week');
		await check(desk.page, '/advisor/agenda week');
		await desk.page.setViewportSize(DESKTOP.viewport);
		await desk.advisor.gotoAgenda('day');
		await check(desk.page, '/advisor/agenda day');
		await desk.page.setViewportSize(DESKTOP.viewport);
		await desk.advisor.gotoAvailability();
		await check(desk.page, '/advisor/availability');
	});
}
