// Accessibility (WCAG 2.2 AA): axe finds nothing on any tenant page in Finnish and English, with data,
// an invalid field and the open dialogs; nothing scrolls sideways at 320 px; and the flow works by
// keyboard alone (Tab, Enter, Space, arrow keys; no pointer at all).
import { expectNoAxeViolations as axe, horizontalOverflow } from './support/a11y';
import type { Page } from '@playwright/test';
import { en } from '../../src/lib/i18n/en/index';
import type { Messages } from '../../src/lib/i18n/fi/index';
import { expect, test } from './fixtures';
import { euroFi } from './factories';
import { SettingsPage } from './pages/settings-page';
import { SituationPage, STEPS } from './pages/situation-page';
import { SummaryPage } from './pages/summary-page';
import { tabTo } from './support/keyboard';

const LINK_EMAIL = 'maija@example.test';

interface Visit {
	where: string;
	/** Brings the page into the state to check (navigates, fills, opens). */
	open: () => Promise<void>;
}

/**
 * Every tenant page in the states worth checking: empty, filled in, with an invalid field showing
 * its error, the summary with the urgent box, the settings page with its confirm dialog open.
 */
function tenantPages(page: Page, m: Messages): Visit[] {
	const situation = new SituationPage(page, m);
	const summary = new SummaryPage(page, m);
	const settings = new SettingsPage(page, m);
	const s = m.situation;
	return [
		{
			where: 'start page, first visit',
			open: async () => {
				await page.goto('/');
				await expect(page.getByRole('link', { name: m.common.home.start })).toBeVisible();
			}
		},
		{
			where: 'summary, empty',
			open: async () => {
				await summary.goto();
				await expect(summary.empty()).toBeVisible();
			}
		},
		{
			where: 'household with an invalid number',
			open: async () => {
				await situation.goto('household');
				await situation.fillText(s.household.adults, '2');
				const children = await situation.fillText(s.household.children, 'kaksi');
				await situation.expectFieldError(children, m.common.numberErrors.invalid);
				await situation.fillText(s.household.municipality, 'Jyväskylä');
			}
		},
		{
			where: 'home and rent, lease terminated',
			open: async () => {
				await situation.stepLink('home').press('Enter');
				await situation.expectStep('home');
				await situation.fillHome({
					landlord: 'SATO Oyj',
					rent: { text: '720', cents: 720_00 },
					dueDay: '1',
					arrears: { text: '1440', cents: 1440_00 },
					arrearsMonths: '2',
					events: [{ event: 'termination', date: '2026-10-01' }]
				});
			}
		},
		{
			where: 'income with an invalid amount',
			open: async () => {
				await situation.stepLink('income').press('Enter');
				await situation.expectStep('income');
				await situation.fillAmountRow(situation.incomeRow('salary'), '1650,20', 'monthly');
				await situation.fillAmountRow(situation.incomeRow('childBenefit'), '12,3x', 'monthly');
				await situation.expectFieldError(
					situation.amountField(situation.incomeRow('childBenefit')),
					m.common.moneyErrors.invalid
				);
			}
		},
		{
			where: 'expenses',
			open: async () => {
				await situation.stepLink('expenses').press('Enter');
				await situation.expectStep('expenses');
				await situation.fillAmountRow(situation.expenseRow('food'), '450', 'monthly');
				await situation.fillAmountRow(situation.expenseRow('electricity'), '90', 'quarterly');
			}
		},
		{
			where: 'debts with a removal being confirmed',
			open: async () => {
				await situation.stepLink('debts').press('Enter');
				await situation.expectStep('debts');
				await situation.addDebt({
					creditor: 'Luottoyhtiö Oy',
					type: 'consumerLoan',
					balance: { text: '3 000', cents: 3000_00 },
					monthly: { text: '90', cents: 90_00 },
					status: 'current'
				});
				await situation.debtCards().first().getByRole('button', { name: m.common.remove }).tap();
				await expect(
					situation.debtCards().first().getByRole('button', { name: s.list.removeYes })
				).toBeVisible();
			}
		},
		{
			where: 'benefits',
			open: async () => {
				await situation.stepLink('benefits').press('Enter');
				await situation.expectStep('benefits');
				await situation.setBenefit('housingAllowance', 'waiting');
			}
		},
		{
			where: 'decisions',
			open: async () => {
				await situation.stepLink('decisions').press('Enter');
				await situation.expectStep('decisions');
				await situation.addDecision({
					type: 'landlord',
					date: '2026-10-01',
					note: 'Irtisanominen'
				});
			}
		},
		{
			where: 'summary with the urgent box, lines open',
			open: async () => {
				await summary.goto();
				await expect(summary.urgent()).toBeVisible();
				await summary.lines(m.summary.incomeLines);
				await summary.lines(m.summary.expenseLines);
			}
		},
		{
			where: 'start page with data',
			open: async () => {
				await page.goto('/');
				await expect(page.getByRole('link', { name: m.common.home.continue })).toBeVisible();
			}
		},
		{
			where: 'settings',
			open: async () => {
				await settings.goto();
			}
		},
		{
			where: 'settings with the confirm dialog open',
			open: async () => {
				await settings.openForget();
			}
		}
	];
}

for (const [lang, messages] of [
	['fi', undefined],
	['en', en]
] as const) {
	test.describe(`in ${lang}`, () => {
		if (messages) test.use({ locale: 'en-GB', m: messages });

		test('axe finds no WCAG 2.2 AA violations and nothing scrolls sideways at 320 px on any tenant page', async ({
			page,
			m,
			app
		}) => {
			// 13 page states × (fill + reflow check + axe); generous for a loaded 2-core machine.
			test.setTimeout(180_000);
			// One walk at the narrowest width: reflow, target size and clipped text fail there first,
			// and a second walk at the phone's own width repeated every fill for nothing new.
			await page.setViewportSize({ width: 320, height: 640 });
			for (const visit of tenantPages(page, m)) {
				await visit.open();
				await app.expectLang(lang);
				expect
					.soft(await horizontalOverflow(page), `horizontal overflow (px) on ${visit.where}`)
					.toBe(0);
				await axe(page, visit.where);
			}
		});

		test('the sign-in confirmation passes axe and fits 320 px, signed out and opened from a link', async ({
			page,
			m,
			app,
			situation
		}) => {
			test.setTimeout(90_000);
			// Data typed before signing in: the link's page then asks whether to move it.
			await situation.goto('household');
			await situation.fillText(m.situation.household.municipality, 'Jyväskylä');
			await app.expectSaved();
			const c = m.account.confirm;
			const states = [
				{
					where: 'sign-in confirmation, signed out',
					url: '/signin/confirm',
					ready: page.getByText(c.notSignedIn)
				},
				{
					// Opening the link changes nothing; only its button would sign in.
					where: 'sign-in link being confirmed, with data typed before',
					url: `/signin/confirm?token=e2e-unused&email=${encodeURIComponent(LINK_EMAIL)}`,
					ready: page.getByRole('heading', { level: 2, name: c.attachQuestion(LINK_EMAIL) })
				}
			];
			await page.setViewportSize({ width: 320, height: 640 });
			for (const state of states) {
				await page.goto(state.url);
				await expect(state.ready).toBeVisible();
				await app.expectLang(lang);
				expect
					.soft(await horizontalOverflow(page), `horizontal overflow (px) on ${state.where}`)
					.toBe(0);
				await axe(page, state.where);
			}
		});
	});
}

test('the whole flow works with the keyboard alone', async ({ page, m, app, summary }) => {
	test.setTimeout(90_000);
	const s = m.situation;
	const situation = new SituationPage(page, m);
	await page.goto('/');
	// The page renders in the browser after `load`: a key pressed before that reaches nothing.
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	// The first Tab reaches "skip to content", which moves focus to the main content.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: m.common.skipToContent })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();

	await tabTo(page, page.getByRole('link', { name: m.common.home.start }));
	await page.keyboard.press('Enter');
	await situation.expectStep('household');

	// Household: Tab goes field to field in reading order.
	await tabTo(page, page.getByLabel(s.household.adults, { exact: true }));
	await page.keyboard.type('2');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel(s.household.children, { exact: true })).toBeFocused();
	await page.keyboard.type('1');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel(s.household.municipality, { exact: true })).toBeFocused();
	await page.keyboard.type('Jyväskylä');
	await tabTo(page, page.getByRole('link', { name: m.common.next }));
	await page.keyboard.press('Enter');
	await situation.expectStep('home');

	// Home: a landlord with the arrow keys, amounts typed, events ticked with Space.
	const landlord = page.getByLabel(s.home.landlord, { exact: true });
	await tabTo(page, landlord);
	await page.keyboard.press('ArrowDown');
	await expect(landlord).not.toHaveValue('');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel(s.home.rent, { exact: true })).toBeFocused();
	await page.keyboard.type('650,00', { delay: 20 });
	await page.keyboard.press('Tab');
	await page.keyboard.type('5');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel(s.home.arrears, { exact: true })).toBeFocused();
	await page.keyboard.type('1300', { delay: 20 });
	await page.keyboard.press('Tab');
	await page.keyboard.type('2');
	await tabTo(page, situation.event('reminder'));
	await page.keyboard.press('Space');
	await expect(situation.event('reminder')).toBeChecked();
	await tabTo(page, situation.event('termination'));
	await page.keyboard.press('Space');
	await expect(situation.event('termination')).toBeChecked();
	await expect(page.getByLabel(s.home.rent, { exact: true })).toHaveValue('650,00');

	// Benefits via the step list: a radio group is one Tab stop, arrows move the choice.
	await tabTo(page, situation.stepLink('benefits'), { back: true });
	await page.keyboard.press('Enter');
	await situation.expectStep('benefits');
	const housing = situation.benefitGroup('housingAllowance');
	const notApplied = housing.getByRole('radio', {
		name: s.benefits.statuses.notApplied,
		exact: true
	});
	const waiting = housing.getByRole('radio', { name: s.benefits.statuses.waiting, exact: true });
	await tabTo(page, notApplied);
	await page.keyboard.press('Space');
	await expect(notApplied).toBeChecked();
	await page.keyboard.press('ArrowDown');
	await expect(waiting).toBeChecked();
	await expect(waiting).toBeFocused();

	// To the summary through the main menu.
	const nav = page.getByRole('navigation', { name: m.common.mainNav });
	await tabTo(page, nav.getByRole('link', { name: m.common.nav.summary }), { back: true });
	await page.keyboard.press('Enter');
	await summary.expectLoaded();
	await summary.expectFigure('expenses', euroFi(650_00));
	await summary.expectFigure('rent-arrears', euroFi(1300_00));
	await expect(summary.stage()).toHaveText(m.summary.stages.terminated.name);
	await expect(summary.urgent()).toBeVisible();
	await expect(
		summary.benefitNames().filter({ hasText: s.benefits.names.housingAllowance })
	).toHaveCount(0);
	// The line lists open with the keyboard.
	const lines = page.locator('details').filter({ hasText: m.summary.expenseLines });
	await tabTo(page, lines.locator('summary'));
	await page.keyboard.press('Enter');
	await expect(lines).toHaveAttribute('open', '');

	// Settings: the confirm dialog opens on Enter with Cancel focused; Escape closes it and focus
	// goes back to the button.
	// Settings is behind "More" in the tab bar: Enter opens the sheet, Tab goes into it.
	await tabTo(page, nav.getByRole('button', { name: m.common.nav.more }), { back: true });
	await page.keyboard.press('Enter');
	await tabTo(page, nav.getByRole('link', { name: m.common.nav.settings }));
	await page.keyboard.press('Enter');
	const settings = new SettingsPage(page, m);
	await expect(
		page.getByRole('heading', { level: 1, name: m.account.settings.title })
	).toBeVisible();
	await tabTo(page, settings.forgetButton());
	await page.keyboard.press('Enter');
	await expect(settings.dialog()).toBeVisible();
	await expect(settings.dialog().getByRole('button', { name: m.common.cancel })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(settings.dialog()).toBeHidden();
	await expect(settings.forgetButton()).toBeFocused();
	// Nothing was deleted.
	await app.expectStored('Jyväskylä');
});

test('on a phone the step list names each step, not just its number', async ({ page, m }) => {
	const situation = new SituationPage(page, m);
	await situation.goto('income');
	for (const [i, step] of STEPS.entries()) {
		const link = situation.stepLink(step);
		await expect(link, `step ${i + 1} link`).toHaveAccessibleName(
			new RegExp(m.situation.steps[step].replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		);
	}
	// The current step is marked for assistive technology.
	await expect(situation.stepLink('income')).toHaveAttribute('aria-current', 'step');
});

test('the offline notice is a status message and passes axe', async ({ page, app }) => {
	await page.goto('/situation/household');
	await app.waitForServiceWorker();
	await page.context().setOffline(true);
	await expect(app.offlineNotice()).toBeVisible();
	await axe(page, 'household step with the offline notice');
	await page.context().setOffline(false);
	await expect(app.offlineNotice()).toHaveCount(0);
});
