// Administration end to end, on a real built server of its own with SMTP_URL pointing at a real
// SMTP sink, in real Chromium: an admin invites an advisor by email using the keyboard (a bad
// address first: the message is next to the field and focus returns to it), the invitation's
// sign-in link from the sink signs the advisor in and lands on the advisor pages, and the audit
// log shows the invitation (users, settings, landlords and audit pages); an admin adds a landlord
// organisation and invites its staff, who reach the landlord pages until removed. axe finds nothing
// and nothing scrolls sideways at 320 px on every admin page, in Finnish and in English.
import type { Page } from '@playwright/test';
import { en } from '../../src/lib/i18n/en/index';
import { fi, type Messages } from '../../src/lib/i18n/fi/index';
import { expect, test } from './fixtures';
import { expectNoAxeViolations as axe, horizontalOverflow } from './support/a11y';
import { desktopContext, grantRole, startServer, type RunningServer } from './support/server';
import { sessionsFor, type Sessions } from './support/session';
import { firstLink, startSmtpSink, type SmtpSink } from '../support/smtp-sink';

const ADMIN = 'yllapito-e2e@example.test';
const INVITED = 'uusi-neuvoja-e2e@example.test';

let server: RunningServer;
let sink: SmtpSink;
let auth: Sessions;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	sink = await startSmtpSink();
	server = await startServer({
		env: { SMTP_URL: sink.url, MAIL_FROM: 'Vuokra-apu <no-reply@vuokra.test>' }
	});
	auth = sessionsFor(server);
	// The first admin is made on the command line, as on a new installation.
	await auth.createSession(ADMIN);
	grantRole(server, ADMIN, 'admin');
});

test.afterAll(async () => {
	await auth?.close();
	await server?.stop({ removeData: true });
	await sink?.close();
});

async function narrowAndScan(page: Page, where: string): Promise<void> {
	expect(await horizontalOverflow(page), `sideways scroll on ${where}`).toBeLessThanOrEqual(0);
	await axe(page, where);
}

test('an admin invites an advisor by email, who signs in to the advisor pages; admin pages pass axe at 320 px in fi and en', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const errors: Error[] = [];
	const context = await desktopContext(browser, server, errors);
	await auth.signIn(context, ADMIN);
	const page = await context.newPage();
	const u = fi.admin.users;

	await page.goto('/admin');
	await expect(page.getByRole('heading', { level: 1, name: u.title })).toBeVisible();
	await expect(page.getByTestId('staff-list')).toContainText(ADMIN);

	// The invitation form by keyboard: a bad address is named next to its field, focus goes back.
	const form = page.getByTestId('invite-form');
	const email = form.getByLabel(u.email);
	// The field is filled while focused (typing key by key proves nothing more and costs seconds
	// on a loaded machine); moving and submitting are by keyboard.
	await email.focus();
	await email.fill('ei-osoite');
	await page.keyboard.press('Enter');
	await expect(page.getByText(u.emailInvalid)).toBeVisible();
	await expect(email).toBeFocused();
	await expect(email).toHaveValue('ei-osoite');
	await email.fill(INVITED);
	await page.keyboard.press('Tab');
	await expect(form.getByLabel(u.role)).toBeFocused();
	await expect(form.getByLabel(u.role)).toHaveValue('advisor');
	await page.keyboard.press('Tab');
	await expect(form.getByLabel(u.lang)).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(form.getByRole('button', { name: u.invite })).toBeFocused();
	const since = sink.messages.length;
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('invite-status')).toHaveText(u.invited(INVITED));
	const row = page.getByTestId('staff-row').filter({ hasText: INVITED });
	await expect(row).toContainText(u.pending);
	await expect(row).toContainText(fi.account.page.roles.advisor);
	await page.setViewportSize({ width: 320, height: 800 });
	await narrowAndScan(page, '/admin at 320 px (fi)');

	// The invited advisor opens the emailed link on their own computer.
	const mail = await sink.waitFor(INVITED, { since, timeoutMs: 15_000 });
	expect(mail.text).toContain(fi.account.page.roles.advisor);
	const advisorContext = await desktopContext(browser, server, errors);
	const advisor = await advisorContext.newPage();
	await advisor.goto(firstLink(mail.text));
	await expect(
		advisor.getByRole('heading', { name: fi.account.confirm.title(INVITED) })
	).toBeFocused();
	await advisor.getByRole('button', { name: fi.account.confirm.signIn, exact: true }).click();
	await expect(advisor).toHaveURL(/\/advisor\/bookings$/);
	await expect(
		advisor.getByRole('navigation', { name: fi.advisor.nav.label }).getByRole('link', {
			name: fi.advisor.nav.requests
		})
	).toBeVisible();
	await advisorContext.close();

	// The admin sees the invitation in the audit log, then the invitation used. In-app navigation
	// from here on (as an admin moves around), still at 320 px.
	const nav = (m: Messages) => page.getByRole('navigation', { name: m.admin.nav.label });
	await nav(fi).getByRole('link', { name: fi.admin.nav.audit }).click();
	await expect(page.getByTestId('audit-list')).toContainText(INVITED);
	await expect(page.getByTestId('audit-list')).toContainText(
		fi.admin.audit.actions['user.invite']!
	);
	await narrowAndScan(page, '/admin/audit at 320 px (fi)');
	await nav(fi).getByRole('link', { name: fi.admin.nav.settings }).click();
	await expect(page.getByTestId('settings-form')).toBeVisible();
	await narrowAndScan(page, '/admin/settings at 320 px (fi)');
	await nav(fi).getByRole('link', { name: fi.admin.nav.landlords }).click();
	await expect(page.getByTestId('landlord-list')).toBeVisible();
	await narrowAndScan(page, '/admin/landlords at 320 px (fi)');
	await nav(fi).getByRole('link', { name: fi.admin.nav.users }).click();
	await expect(page.getByTestId('staff-row').filter({ hasText: INVITED })).toContainText(
		u.signedIn
	);

	// The same pages in English.
	await page.getByLabel(fi.common.language, { exact: true }).selectOption('en');
	await expect(nav(en)).toBeVisible();
	await expect(page.getByTestId('staff-list')).toBeVisible();
	await narrowAndScan(page, '/admin at 320 px (en)');
	await nav(en).getByRole('link', { name: en.admin.nav.settings }).click();
	await expect(page.getByTestId('settings-form')).toBeVisible();
	await narrowAndScan(page, '/admin/settings at 320 px (en)');
	await nav(en).getByRole('link', { name: en.admin.nav.landlords }).click();
	await expect(page.getByTestId('landlord-list')).toBeVisible();
	await narrowAndScan(page, '/admin/landlords at 320 px (en)');
	await nav(en).getByRole('link', { name: en.admin.nav.audit }).click();
	await expect(page.getByTestId('audit-list')).toBeVisible();
	await narrowAndScan(page, '/admin/audit at 320 px (en)');
	await context.close();
	expect(errors.map((e) => e.message)).toEqual([]);
});

test('an admin adds a landlord organisation linked to the map and invites its staff, who land on the landlord pages; removed, they lose them', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const ORG = 'Vuokratalot E2E Oy';
	const STAFF = 'vuokranantaja-e2e@example.test';
	const o = fi.admin.orgs;
	const u = fi.admin.users;
	const errors: Error[] = [];
	const context = await desktopContext(browser, server, errors);
	await auth.signIn(context, ADMIN);
	const page = await context.newPage();
	await page.goto('/admin');
	await page
		.getByRole('navigation', { name: fi.admin.nav.label })
		.getByRole('link', { name: fi.admin.nav.orgs })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: o.title })).toBeVisible();
	await expect(page.getByText(o.listEmpty)).toBeVisible();

	// A name too short: named next to the field, focus back on it, nothing saved.
	const form = page.getByTestId('org-form');
	const name = form.getByLabel(o.name);
	await name.focus();
	await name.fill('x');
	await page.keyboard.press('Enter');
	await expect(form.getByText(o.nameInvalid)).toBeVisible();
	await expect(name).toBeFocused();
	await name.fill(ORG);
	await form.getByLabel(o.landlordKey).selectOption({ label: 'SATO Oyj' });
	await form.getByRole('button', { name: o.save }).click();
	await expect(page.getByTestId('org-status')).toHaveText(o.saved(ORG));
	const row = page.getByTestId('org-row').filter({ hasText: ORG });
	await expect(row).toContainText(o.linkedTo('SATO Oyj'));
	await expect(row).toContainText(o.staffEmpty);

	// The invitation form: the one organisation is chosen; what was typed survives a reload.
	const invite = page.getByTestId('org-invite-form');
	await expect(invite.getByLabel(o.inviteOrg)).toHaveValue(/.+/);
	await invite.getByLabel(u.email).fill(STAFF);
	await page.reload();
	await expect(invite.getByLabel(u.email)).toHaveValue(STAFF);
	const since = sink.messages.length;
	await invite.getByRole('button', { name: u.invite }).click();
	await expect(page.getByTestId('org-invite-status')).toHaveText(u.invited(STAFF));
	await expect(row).toContainText(STAFF);
	await expect(row).toContainText(u.pending);
	await page.setViewportSize({ width: 320, height: 800 });
	await narrowAndScan(page, '/admin/organisations at 320 px (fi)');

	// The staff member's link signs them in to their organisation's pages.
	const mail = await sink.waitFor(STAFF, { since, timeoutMs: 15_000 });
	const staffContext = await desktopContext(browser, server, errors);
	const staff = await staffContext.newPage();
	await staff.goto(firstLink(mail.text));
	await staff.getByRole('button', { name: fi.account.confirm.signIn, exact: true }).click();
	await expect(staff).toHaveURL(/\/landlord$/);
	await expect(staff.getByRole('heading', { level: 1 })).toHaveText(
		fi.landlordCodes.home.title(ORG)
	);

	// Removed from the organisation: the pages are closed to them at once.
	await page.reload();
	await row.getByRole('button', { name: o.remove(STAFF) }).click();
	await expect(page.getByTestId('org-removal-status')).toHaveText(o.removed(STAFF));
	await expect(row).toContainText(o.staffEmpty);
	await staff.reload();
	await expect(staff.getByText(fi.landlordCodes.notAllowed)).toBeVisible();
	await expect(staff.getByRole('heading', { level: 1 })).toHaveCount(0);
	await staffContext.close();

	await page.getByLabel(fi.common.language, { exact: true }).selectOption('en');
	await expect(page.getByRole('heading', { level: 1, name: en.admin.orgs.title })).toBeVisible();
	await expect(page.getByTestId('org-row')).toContainText(en.admin.orgs.linkedTo('SATO Oyj'));
	await narrowAndScan(page, '/admin/organisations at 320 px (en)');
	await context.close();
	expect(errors.map((e) => e.message)).toEqual([]);
});
