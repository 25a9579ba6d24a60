// Advice a tenant can trust at a glance: an amount that is not valid yet is named on
// the summary and the plan with a link to its field (one typo must not silently turn a surplus into
// a shortfall); the "contact an advisor now" box links to booking and shows the service's phone
// number, a server setting (SERVICE_PHONE) that is remembered for offline use; and an empty home
// step is never shown as "no rent arrears".
import { axeFor, horizontalOverflow } from './support/a11y';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { euroFi } from './factories';
import { SituationPage } from './pages/situation-page';
import { startServer, type RunningServer } from './support/server';

async function expectNoAxeViolations(page: Page): Promise<void> {
	const { violations } = await axeFor(page).analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
}

async function expectNoSideways(page: Page): Promise<void> {
	await page.setViewportSize({ width: 320, height: 800 });
	const overflow = await horizontalOverflow(page);
	expect(overflow, 'horizontal overflow at 320 px').toBeLessThanOrEqual(0);
	await page.setViewportSize({ width: 412, height: 915 });
}

test('an amount that is not valid yet is named on the summary and the plan, with a link to its field', async ({
	page,
	m,
	app,
	situation,
	summary
}) => {
	// Many keystroke-by-keystroke fields and three page types: minutes on a loaded 2-core machine.
	test.setTimeout(240_000);
	const s = m.situation;
	const n = m.common.invalidAmounts;

	await situation.goto('home');
	// Setup values are pasted (one input event each); only the typo below is typed key by key.
	await situation.fillMoney(s.home.rent, '650', { mode: 'paste' });
	await app.expectStored('"rentCents":65000');
	await situation.goto('income');
	const wages = situation.incomeRow('salary');
	await situation.fillAmountRow(wages, '1 650,00', 'monthly', 'paste');
	await app.expectStored('"amountCents":165000');

	await summary.goto();
	await summary.expectFigure('surplus', euroFi(1000_00));
	await expect(summary.figureLabel('surplus')).toHaveText(m.summary.surplus);
	await expect(page.getByTestId('invalid-amounts')).toHaveCount(0);

	// One typo (the letter O for a zero): the wages drop out of every total...
	await situation.goto('income');
	await situation.fillMoney(s.money.amount, '1 65O,00', { scope: wages });
	await app.expectStored('1 65O,00');

	// ...and the summary says so, naming the field, instead of showing a shortfall silently.
	await summary.goto();
	await summary.expectFigure('surplus', euroFi(650_00));
	await expect(summary.figureLabel('surplus')).toHaveText(m.summary.deficit);
	const notice = page.getByTestId('invalid-amounts');
	await expect(notice).toBeVisible();
	await expect(notice.getByRole('heading', { name: n.title(1) })).toBeVisible();
	await expect(notice).toContainText(n.explain(1));
	const link = notice.getByRole('link', { name: s.income.sources.salary, exact: true });
	await expect(link).toBeVisible();
	await expectNoAxeViolations(page);
	await expectNoSideways(page);

	// The plan says it too.
	await page.goto('/plan');
	await expect(page.getByRole('heading', { level: 1, name: m.plan.title })).toBeVisible();
	await expect(
		page
			.getByTestId('invalid-amounts')
			.getByRole('link', { name: s.income.sources.salary, exact: true })
	).toBeVisible();

	// The link opens the field itself, with the text as typed, ready to fix.
	await summary.goto();
	await page
		.getByTestId('invalid-amounts')
		.getByRole('link', { name: s.income.sources.salary, exact: true })
		.tap();
	await expect(page).toHaveURL(/\/situation\/income#income-salary-amount$/);
	const field = situation.amountField(wages);
	await expect(field).toBeFocused();
	await expect(field).toHaveValue('1 65O,00');

	// Fixed, the notice goes and the surplus is back.
	await situation.fillMoney(s.money.amount, '1 650,00', { scope: wages, mode: 'paste' });
	await app.expectStored('"amountCents":165000');
	await summary.goto();
	await summary.expectFigure('surplus', euroFi(1000_00));
	await expect(page.getByTestId('invalid-amounts')).toHaveCount(0);
});

test('an empty home step is not shown as "no rent arrears"', async ({
	page,
	m,
	app,
	situation,
	summary
}) => {
	test.setTimeout(120_000);
	await situation.goto('household');
	const municipality = page.getByLabel(m.situation.household.municipality, { exact: true });
	await situation.typeInto(municipality, 'Jyväskylä', 'paste');
	await app.expectStored('Jyväskylä');
	await summary.goto();
	await expect(summary.stage()).toHaveText(m.summary.stageUnknown.name);
	await expect(summary.stage()).toHaveAttribute('data-stage', 'unknown');
	await expect(page.getByText(m.summary.stages.none.name)).toHaveCount(0);
});

test('without a service phone set, the contact box still links to booking and shows no number', async ({
	page,
	m,
	situation,
	summary
}) => {
	test.setTimeout(120_000);
	await situation.goto('home');
	await situation.event('termination').tap();
	await expect(situation.event('termination')).toBeChecked();
	const asked = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/service-info');
	await summary.goto();
	const box = summary.urgent().getByTestId('contact-advisor');
	await expect(box.getByRole('link', { name: m.common.contactAdvisor.book })).toHaveAttribute(
		'href',
		'/book'
	);
	// The server was asked and has no number: nothing to show, and nothing cached.
	expect(await (await asked).json()).toEqual({ phone: null });
	await expect(box.getByTestId('contact-advisor-phone')).toHaveCount(0);
	expect(await page.evaluate(() => localStorage.getItem('service-phone'))).toBeNull();
});

test.describe('with SERVICE_PHONE set on the server', () => {
	let server: RunningServer;

	test.beforeAll(async () => {
		server = await startServer({ env: { SERVICE_PHONE: '+358 40 123  4567' } });
	});

	test.afterAll(async () => {
		await server?.stop({ removeData: true });
	});

	test('the contact box links to booking and shows the phone number, also offline', async ({
		context,
		page,
		m,
		app
	}) => {
		test.setTimeout(180_000);
		const situation = new SituationPage(page, m);
		const c = m.common.contactAdvisor;

		await page.goto(`${server.url}/situation/home`);
		await situation.expectStep('home');
		await situation.event('judgment').tap();
		await expect(situation.event('judgment')).toBeChecked();

		await page.goto(`${server.url}/summary`);
		const urgent = page.getByTestId('summary-urgent');
		await expect(urgent).toBeVisible();
		const box = urgent.getByTestId('contact-advisor');
		await expect(box).not.toContainText('tulee pian');
		const phone = box.getByTestId('contact-advisor-phone');
		await expect(phone).toContainText(c.phone);
		const call = phone.getByRole('link', { name: c.phoneLink('+358 40 123 4567') });
		await expect(call).toHaveText('+358 40 123 4567');
		await expect(call).toHaveAttribute('href', 'tel:+358401234567');
		await expectNoAxeViolations(page);
		await expectNoSideways(page);

		// Offline, the page comes from the service worker and the number from the device.
		await app.waitForServiceWorker();
		await context.setOffline(true);
		await page.reload();
		await expect(page.getByTestId('summary-urgent')).toBeVisible();
		await expect(
			page.getByTestId('contact-advisor-phone').getByRole('link', {
				name: c.phoneLink('+358 40 123 4567')
			})
		).toBeVisible();
		await context.setOffline(false);

		// Booking exists: the box leads there.
		await page.getByTestId('contact-advisor').getByRole('link', { name: c.book }).tap();
		await expect(page).toHaveURL(`${server.url}/book`);
		await expect(page.getByRole('heading', { level: 1, name: m.booking.title })).toBeVisible();
	});
});
