// Nothing typed is lost, whatever follows the last keystroke: a full page load, an in-app link, or
// closing the tab. Text is typed at machine speed (no pause between keys) or pasted as one input
// event, and the page moves on at once, without waiting for anything: faster than any person, and
// what a slow phone does to a person who taps "Next" right after typing.
//
// The loop that proves it under CPU load runs this file with `--repeat-each=50` while a busy-loop
// process runs per core (docs/design.md, "Nothing typed is lost").
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { euroFi } from './factories';
import { PlanPage } from './pages/plan-page';
import { SituationPage } from './pages/situation-page';

// Several full page loads each; on a loaded machine one load can take seconds.
test.describe.configure({ timeout: 120_000 });

/**
 * Focuses the field, selects what is in it, and types `text` over it with no pause between keys
 * (or pastes it as one input event), then returns at once.
 */
async function typeFast(page: Page, field: Locator, text: string, paste = false): Promise<void> {
	await field.focus();
	await page.keyboard.press('ControlOrMeta+a');
	if (paste) await page.keyboard.insertText(text);
	else await page.keyboard.type(text);
}

test('money typed at machine speed is stored whole when a page load follows at once', async ({
	page,
	situation,
	summary
}) => {
	await situation.goto('income');
	await typeFast(page, situation.amountField(situation.incomeRow('salary')), '1900');
	await summary.goto();
	await summary.expectFigure('income', euroFi(1900_00));
});

test('text, a number and unreadable money survive a reload right after the last key', async ({
	page,
	m,
	situation
}) => {
	const s = m.situation;
	await situation.goto('household');
	const municipality = page.getByLabel(s.household.municipality, { exact: true });
	const children = page.getByLabel(s.household.children, { exact: true });
	await typeFast(page, children, '3');
	await typeFast(page, municipality, 'Pieksämäki ja Juva');
	await page.reload();
	await situation.expectStep('household');
	await expect(municipality).toHaveValue('Pieksämäki ja Juva');
	await expect(children).toHaveValue('3');

	await situation.goto('expenses');
	const water = situation.amountField(situation.expenseRow('water'));
	await typeFast(page, water, '12,3x');
	await situation.goto('expenses');
	await expect(water).toHaveValue('12,3x');
	await situation.expectFieldError(water, m.common.moneyErrors.invalid);
});

test('money typed right before an in-app link is followed is in the summary', async ({
	page,
	m,
	situation,
	summary
}) => {
	await situation.goto('expenses');
	await typeFast(page, situation.amountField(situation.expenseRow('water')), '12,30');
	await page.getByRole('link', { name: m.common.next }).click();
	await situation.expectStep('debts');
	await summary.goto();
	await summary.expectFigure('expenses', euroFi(12_30));
});

test('text pasted right before the tab is closed is there in a new tab', async ({
	context,
	page,
	m
}) => {
	const first = new SituationPage(page, m);
	await first.goto('household');
	const text = 'Kauniainen-Espoo-Vantaa';
	await typeFast(
		page,
		page.getByLabel(m.situation.household.municipality, { exact: true }),
		text,
		true
	);
	await page.close();

	const again = new SituationPage(await context.newPage(), m);
	await again.goto('household');
	await expect(
		again.page.getByLabel(m.situation.household.municipality, { exact: true })
	).toHaveValue(text);
});

test('an amount typed into the plan is kept when a page load follows at once', async ({
	page,
	m,
	situation
}) => {
	await situation.goto('income');
	await situation.fillAmountRow(situation.incomeRow('salary'), '2000', 'monthly');
	await situation.goto('home');
	await situation.fillMoney(m.situation.home.rent, '700');
	const plan = new PlanPage(page, m);
	await plan.goto();
	await typeFast(page, plan.floorField(), '512,75');
	await plan.goto();
	await expect(plan.floorField()).toHaveValue('512,75');
});
