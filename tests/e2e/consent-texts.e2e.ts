// Publishing a consent text version, end to end, on a built server of its own (a publish changes
// the version every other test's consents are given under): a tenant on a phone has the consent
// form open with a choice made; an admin opens /admin/consent-texts, starts a new version from the
// current one, changes a Finnish label, is told next to the field when a placeholder goes missing,
// finds the draft still there after a reload, confirms and publishes. The tenant's confirm is then
// refused as outdated: the form shows the new label and asks again, nothing chosen is lost, and
// the receipt names the new version and shows its words. axe finds nothing on the editor at
// 320 px in Finnish and in English.
import type { Page } from '@playwright/test';
import { consentText } from '../../src/lib/consent-texts/index';
import { en } from '../../src/lib/i18n/en/index';
import { fi, type Messages } from '../../src/lib/i18n/fi/index';
import { expectNoAxeViolations as axe, horizontalOverflow } from './support/a11y';
import { desktopContext, grantRole, startServer, type RunningServer } from './support/server';
import { expect, sessionsFor, test, type Sessions } from './support/session';

const ADMIN = 'tekstit-yllapito-e2e@example.test';
const TENANT = 'tekstit-vuokralainen-e2e@example.test';
const NEW_LABEL = 'Velat ja maksuhäiriöt';

const before = consentText('2026-3', 'fi')!;

let server: RunningServer;
let sessions: Sessions;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	server = await startServer();
	sessions = sessionsFor(server);
	await sessions.createSession(ADMIN);
	grantRole(server, ADMIN, 'admin');
});

test.afterAll(async () => {
	await sessions?.close();
	await server?.stop({ removeData: true });
});

async function narrowAndScan(page: Page, where: string): Promise<void> {
	const size = page.viewportSize();
	await page.setViewportSize({ width: 320, height: 800 });
	expect(await horizontalOverflow(page), `sideways scroll on ${where}`).toBeLessThanOrEqual(0);
	await axe(page, where);
	if (size) await page.setViewportSize(size);
}

/** The label of one language's input of a field, as the editor writes it. */
function fieldLabel(m: Messages, field: string, lang: 'fi' | 'sv' | 'en'): string {
	const t = m.admin.consentTexts;
	return t.inLang(field, t.langs[lang]);
}

test('an admin publishes a new consent text; the tenant is asked again with the new words, and the receipt names the new version', async ({
	browser,
	device
}) => {
	test.setTimeout(240_000);
	const t = fi.admin.consentTexts;
	const f = fi.consent.form;

	// The tenant has the form open, under the built-in version, with a choice made.
	const tenant = await device(server, 'tenant');
	await sessions.signIn(tenant.context, TENANT);
	const phone = tenant.page;
	await phone.goto('/consent/give');
	await expect(phone.getByRole('heading', { level: 1, name: before.title })).toBeVisible();
	await phone
		.getByRole('radio', { name: before.recipients.advisorService.label, exact: true })
		.check();
	await phone.getByRole('checkbox', { name: before.categories.debts.label, exact: true }).check();
	await expect(phone.getByText(f.textVersion('2026-2'))).toBeVisible();

	// The admin starts a new version from the current one.
	const errors: Error[] = [];
	const context = await desktopContext(browser, server, errors);
	await sessions.signIn(context, ADMIN);
	const page = await context.newPage();
	await page.goto('/admin/consent-texts');
	await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
	const versions = page.getByTestId('consent-text-versions');
	await expect(versions.getByTestId('consent-text-version-2026-3')).toContainText(
		t.currentLandlord
	);
	await expect(versions.getByTestId('consent-text-version-2026-2')).toContainText(t.current);

	// Any version can be read, in any of the three languages.
	await page.getByRole('button', { name: t.view('2026-1') }).click();
	const view = page.getByTestId('consent-text-view');
	await expect(view.getByRole('heading', { name: t.viewTitle('2026-1') })).toBeFocused();
	await expect(view).toContainText(consentText('2026-1', 'fi')!.withdrawal);
	await view.getByLabel(t.viewLanguage).selectOption('sv');
	await expect(view).toContainText(consentText('2026-1', 'sv')!.withdrawal);
	await view.getByRole('button', { name: t.closeView }).click();

	await page.getByTestId('consent-text-new').click();
	await expect(page.getByRole('heading', { name: t.formTitle('2026-3') })).toBeFocused();
	const debtsLabel = page.getByLabel(
		fieldLabel(fi, t.item(before.categories.debts.label, t.label), 'fi'),
		{ exact: true }
	);
	await expect(debtsLabel).toHaveValue(before.categories.debts.label);
	await debtsLabel.fill(NEW_LABEL);
	// A placeholder left out is named next to its field, and focus goes there.
	const termination = page.getByLabel(fieldLabel(fi, t.fields.termination!, 'fi'), {
		exact: true
	});
	await termination.fill('Suostumus päättyy, kun perut sen.');
	await page.getByRole('button', { name: t.review }).click();
	await expect(termination).toBeFocused();
	await expect(page.getByText(t.errors.placeholders('{date}'))).toBeVisible();
	await expect(page.getByTestId('consent-text-status')).toHaveText(t.outcomes.invalid);
	await termination.fill(before.termination);

	// The draft survives a reload.
	await narrowAndScan(page, '/admin/consent-texts, new version form (fi)');
	await page.reload();
	await expect(page.getByRole('heading', { name: t.formTitle('2026-3') })).toBeVisible();
	await expect(debtsLabel).toHaveValue(NEW_LABEL);

	// Confirmed, then published.
	await page.getByRole('button', { name: t.review }).click();
	const dialog = page.getByRole('dialog', { name: t.confirmTitle });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: t.confirmPublish }).click();
	await expect(page.getByTestId('consent-text-status')).toHaveText(t.outcomes.published('2026-4'));
	await expect(versions.getByTestId('consent-text-version-2026-4')).toContainText(t.current);
	await expect(versions.getByTestId('consent-text-version-2026-4')).toContainText(ADMIN);
	await expect(page.getByTestId('consent-text-form')).toHaveCount(0);

	// The audit log names the publish.
	await page.getByRole('link', { name: fi.admin.nav.audit }).click();
	await expect(page.getByText(fi.admin.audit.actions['consent-text.publish']!)).toBeVisible();

	// The tenant's confirm is refused as outdated; the new words are shown, the choices kept.
	await phone.getByRole('button', { name: before.confirm, exact: true }).click();
	await expect(phone.getByRole('alert').filter({ hasText: f.errors.outdated })).toBeVisible();
	const newBox = phone.getByRole('checkbox', { name: NEW_LABEL, exact: true });
	await expect(newBox).toBeChecked();
	await expect(
		phone.getByRole('radio', { name: before.recipients.advisorService.label, exact: true })
	).toBeChecked();
	await expect(phone.getByText(f.textVersion('2026-4'))).toBeVisible();
	await phone.getByRole('button', { name: before.confirm, exact: true }).click();
	await expect(phone).toHaveURL(/\/consent\/receipt\?id=/);
	await expect(phone.getByTestId('receipt-given')).toHaveText(fi.consent.receiptPage.given);
	await expect(phone.getByTestId('receipt')).toContainText('2026-4');
	const agreed = phone.getByTestId('receipt-agreed-text');
	await expect(
		agreed.getByRole('heading', { name: fi.consent.receiptPage.agreedTitle('2026-4') })
	).toBeVisible();
	await expect(agreed).toContainText(NEW_LABEL);

	// A fresh visit shows the new label at once (no built-in label first).
	await phone.goto('/consent/give');
	await expect(phone.getByRole('checkbox', { name: NEW_LABEL, exact: true })).toBeVisible();
	await expect(
		phone.getByRole('checkbox', { name: before.categories.debts.label, exact: true })
	).toHaveCount(0);

	// The editor in English, with the form open, at 320 px.
	await page.goto('/admin/consent-texts');
	await page.getByLabel(fi.common.language, { exact: true }).selectOption('en');
	await expect(
		page.getByRole('heading', { level: 1, name: en.admin.consentTexts.title })
	).toBeVisible();
	await page.getByTestId('consent-text-new').click();
	await expect(
		page.getByRole('heading', { name: en.admin.consentTexts.formTitle('2026-4') })
	).toBeFocused();
	await narrowAndScan(page, '/admin/consent-texts, new version form (en)');

	await context.close();
	expect(errors.map((e) => e.message)).toEqual([]);
});
