// The payment plan end to end on the phone: a filled situation becomes a proposal whose figures are
// checked to the cent against sums written out below (never computed with the app's planner), an
// instalment is changed (invalid text and an impossible amount are refused, kept and explained), a
// version is agreed and printed (print CSS hides the app around the proposal), payments are recorded,
// a missed instalment is flagged once the browser clock passes the next due date, a re-plan starts
// from the real balances, and axe finds nothing on /plan and /plan/print in Finnish and English.
import { expectNoAxeViolations, horizontalOverflow } from './support/a11y';
import { en } from '../../src/lib/i18n/en/index';
import type { Messages } from '../../src/lib/i18n/fi/index';
import { expect, test } from './fixtures';
import { euroEn, euroFi, normalise } from './factories';
import { AppShell } from './pages/app-shell';
import { PlanPage } from './pages/plan-page';
import { escapeRegExp } from './pages/situation-page';

/**
 * Splits `amount` cents between two balances in proportion, by the largest remainder (a tie goes
 * to the first): written out with integer division so the expectation does not use the planner.
 */
function splitTwo(amount: number, a: number, b: number): [number, number] {
	const total = a + b;
	const shareA = Math.floor((amount * a) / total);
	const shareB = Math.floor((amount * b) / total);
	const remA = (amount * a) % total;
	const remB = (amount * b) % total;
	const left = amount - shareA - shareB; // 0 or 1 cent
	if (left === 0) return [shareA, shareB];
	return remA >= remB ? [shareA + 1, shareB] : [shareA, shareB + 1];
}

const LANDLORD = 'Jyväskylän Vuokra-asunnot Oy';
const TAX = 'Verohallinto';
const QUICK = 'Pikalaina Oy';
const CONSUMER = 'Kulutusluotto Oy';

// The situation, in cents as typed.
const INCOME = 2030_00;
const RENT = 600_00;
const FOOD = 500_00;
const ELECTRICITY = 50_00;
const PHONE = 30_00;
const ARREARS = 1000_00;
const TAX_BALANCE = 300_00;
const QUICK_BALANCE = 700_00;
const CONSUMER_BALANCE = 500_01;

// Living costs floor: every typed expense line (rent and debt repayments are not typed here),
// above the household minimum (Kela basic amount for one adult from 1.3.2026, 578,43 €).
const FLOOR = FOOD + ELECTRICITY + PHONE; // 580,00
// The reserve kept outside the plan: 5 % of the floor is 29,00, so the minimum 30,00.
const RESERVE = 30_00;
const AVAILABLE = INCOME - FLOOR - RESERVE - RENT; // 820,00

/** Sunday 1 March 2026, 10:00 in Helsinki: rent is due on the 5th, so the plan starts in March. */
const START = new Date('2026-03-01T10:00:00+02:00');

async function fillSituation(plan: PlanPage): Promise<void> {
	const s = plan.fields;
	await s.goto('household');
	await s.fillHousehold({ adults: '1', children: '0', municipality: 'Jyväskylä' });
	await s.goto('home');
	await s.fillHome({
		landlord: LANDLORD,
		rent: { text: '600,00', cents: RENT },
		dueDay: '5',
		arrears: { text: '1 000', cents: ARREARS },
		arrearsMonths: '2',
		events: []
	});
	await s.goto('income');
	await s.fillAmountRow(s.incomeRow('salary'), '2 030,00', 'monthly');
	await s.goto('expenses');
	await s.fillAmountRow(s.expenseRow('food'), '500', 'monthly');
	await s.fillAmountRow(s.expenseRow('electricity'), '50', 'monthly');
	await s.fillAmountRow(s.expenseRow('phoneInternet'), '30', 'monthly');
	await s.goto('debts');
	const debt = (creditor: string, type: 'tax' | 'instantLoan' | 'consumerLoan', text: string) => ({
		creditor,
		type,
		balance: { text, cents: 0 },
		monthly: { text: '20', cents: 20_00 },
		// Behind on payments: no agreement to keep, so the planner shares the money.
		status: 'late' as const
	});
	await s.addDebt(debt(TAX, 'tax', '300'));
	await s.addDebt(debt(QUICK, 'instantLoan', '700'));
	await s.addDebt(debt(CONSUMER, 'consumerLoan', '500,01'));
	await new AppShell(plan.page, plan.m).expectSaved();
}

async function expectDebt(
	plan: PlanPage,
	creditor: string,
	expected: { balance: number; first: number; firstDue: string; cleared: string }
): Promise<void> {
	const item = plan.debt(creditor);
	await expect(item).toHaveAttribute('data-balance', String(expected.balance));
	await expect(item).toHaveAttribute('data-first', String(expected.first));
	await expect(item).toHaveAttribute('data-first-due', expected.firstDue);
	await expect(item).toHaveAttribute('data-cleared', expected.cleared);
	await expect
		.poll(async () => normalise(await item.getByTestId('plan-debt-instalment').textContent()))
		.toContain(euroFi(expected.first));
}

test('a plan from the situation: adjust, agree, print, follow, re-plan; axe clean in fi and en', async ({
	page,
	m
}) => {
	test.setTimeout(480_000);
	const plan = new PlanPage(page, m);
	// The situation is typed in real time (its lists are ordered by creation time); the plan is
	// made on a known day.
	await fillSituation(plan);
	await page.clock.setFixedTime(START);

	// --- The proposal -------------------------------------------------------------------------
	await plan.goto();
	await expect(plan.figure('income')).toHaveAttribute('data-cents', String(INCOME));
	await expect(plan.figure('rent')).toHaveAttribute('data-cents', String(RENT));
	await expect(plan.figure('available')).toHaveAttribute('data-cents', String(AVAILABLE));
	expect(await plan.figureText('available')).toBe(euroFi(AVAILABLE)); // 820,00 €
	await expect(plan.floorField()).toHaveValue('580,00');
	// The reference budget is a hint beside the field, not a limit.
	await expect(plan.floorField()).toHaveAccessibleDescription(/viitebudjettien/);
	await expect(plan.figure('total-debt')).toHaveAttribute(
		'data-cents',
		String(ARREARS + TAX_BALANCE + QUICK_BALANCE + CONSUMER_BALANCE)
	);
	await expect(page.getByTestId('plan-warning-court')).toHaveCount(0);

	// March (due 5.3.): all 820,00 to the landlord's arrears.
	// April (due 5.4.): the last 180,00 of the arrears, then tax 300,00, then 340,00 pro rata.
	const aprilOthers = AVAILABLE - (ARREARS - AVAILABLE) - TAX_BALANCE; // 340,00
	const [quickApril, consumerApril] = splitTwo(aprilOthers, QUICK_BALANCE, CONSUMER_BALANCE);
	expect([quickApril, consumerApril]).toEqual([198_33, 141_67]);
	// May: 820,00 pro rata to what is left; June: the rest of both.
	const [quickMay, consumerMay] = splitTwo(
		AVAILABLE,
		QUICK_BALANCE - quickApril,
		CONSUMER_BALANCE - consumerApril
	);
	expect(
		QUICK_BALANCE - quickApril - quickMay + CONSUMER_BALANCE - consumerApril - consumerMay
	).toBeLessThan(AVAILABLE);
	await expectDebt(plan, LANDLORD, {
		balance: ARREARS,
		first: AVAILABLE,
		firstDue: '2026-03-05',
		cleared: '2026-04'
	});
	await expectDebt(plan, TAX, {
		balance: TAX_BALANCE,
		first: TAX_BALANCE,
		firstDue: '2026-04-05',
		cleared: '2026-04'
	});
	await expectDebt(plan, QUICK, {
		balance: QUICK_BALANCE,
		first: quickApril,
		firstDue: '2026-04-05',
		cleared: '2026-06'
	});
	await expectDebt(plan, CONSUMER, {
		balance: CONSUMER_BALANCE,
		first: consumerApril,
		firstDue: '2026-04-05',
		cleared: '2026-06'
	});
	await expect(page.getByTestId('plan-end')).toHaveAttribute('data-month', '2026-06');
	// The month-by-month schedule, May's row to the cent.
	await page.getByText(m.plan.debts.schedule, { exact: true }).first().tap();
	const may = page.getByTestId('plan-schedule').locator('tr[data-due="2026-05-05"]');
	await expect(may).toHaveAttribute('data-total', String(AVAILABLE));
	await expect(may.locator('td').nth(2)).toHaveAttribute('data-cents', String(quickMay));
	await expect(may.locator('td').nth(3)).toHaveAttribute('data-cents', String(consumerMay));

	// The floor is the tenant's to raise: 50,00 more for living leaves 50,00 less for debts.
	await plan.type(plan.floorField(), '630');
	await expect(plan.figure('available')).toHaveAttribute('data-cents', String(AVAILABLE - 50_00));
	await plan.type(plan.floorField(), '580,00');
	await expect(plan.figure('available')).toHaveAttribute('data-cents', String(AVAILABLE));

	await plan.saveButton().tap();
	await expect(plan.versions()).toHaveCount(1);
	await expect(plan.version(1)).toHaveAttribute('data-agreed', 'false');

	// --- Changing an instalment --------------------------------------------------------------
	const landlordField = plan.instalmentField(LANDLORD);
	await plan.type(landlordField, '2000');
	const over = m.plan.edit.problems.exceedsBalance(euroFi(2000_00 - ARREARS));
	await expect(landlordField).toHaveAttribute('aria-invalid', 'true');
	await expect(landlordField).toHaveAccessibleDescription(
		new RegExp(escapeRegExp(over).replace(/ /g, '\\s'))
	);
	await plan.saveButton().tap();
	await expect(page.getByTestId('plan-save-error')).toHaveText(m.plan.edit.fixFirst);
	await expect(landlordField).toBeFocused();
	await expect(plan.versions()).toHaveCount(1);

	// Unreadable text is kept across a reload and explained; nothing is saved.
	await plan.type(landlordField, '12,3x');
	await new AppShell(page, m).expectSaved();
	await page.reload();
	await plan.expectLoaded();
	await expect(landlordField).toHaveValue('12,3x');
	await expect(landlordField).toHaveAccessibleDescription(
		new RegExp(m.common.moneyErrors.invalid.slice(0, 20))
	);
	await expect(plan.versions()).toHaveCount(1);

	// 500,00 a month to the landlord: March 500 + tax 300 + 20,00 pro rata; April the last 500.
	await plan.type(landlordField, '500');
	await expect(landlordField).not.toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByTestId('plan-unsaved')).toBeVisible();
	const [quickMarch, consumerMarch] = splitTwo(
		AVAILABLE - 500_00 - TAX_BALANCE,
		QUICK_BALANCE,
		CONSUMER_BALANCE
	);
	expect([quickMarch, consumerMarch]).toEqual([11_67, 8_33]);
	await expectDebt(plan, LANDLORD, {
		balance: ARREARS,
		first: 500_00,
		firstDue: '2026-03-05',
		cleared: '2026-04'
	});
	await expectDebt(plan, TAX, {
		balance: TAX_BALANCE,
		first: TAX_BALANCE,
		firstDue: '2026-03-05',
		cleared: '2026-03'
	});
	await expect(plan.debt(QUICK)).toHaveAttribute('data-first', String(quickMarch));
	await expect(plan.debt(CONSUMER)).toHaveAttribute('data-first', String(consumerMarch));
	await plan.saveButton().tap();
	await expect(plan.versions()).toHaveCount(2);
	await expect(plan.version(2)).toContainText(m.plan.versions.basedOn(1));
	await expect(page.getByTestId('plan-unsaved')).toHaveCount(0);
	await expect(landlordField).toHaveValue('500,00');

	// --- Agreeing (by keyboard) --------------------------------------------------------------
	await plan.agreeButton(2).focus();
	await page.keyboard.press('Enter');
	await expect(plan.version(2)).toHaveAttribute('data-agreed', 'true');
	await expect(plan.version(1)).toHaveAttribute('data-agreed', 'false');
	await expect(plan.version(2)).toContainText(m.plan.versions.agreed('1.3.2026'));
	await expect(plan.agreeButton(2)).toHaveCount(0);
	await expect(page.getByTestId('plan-follow')).toBeVisible();
	await expectNoAxeViolations(page, '/plan (fi), agreed');

	// --- The printable proposal --------------------------------------------------------------
	await plan.printLink(2).tap();
	await expect(page).toHaveURL(/\/plan\/print\?id=/);
	const proposal = plan.proposal();
	await expect(proposal.getByRole('heading', { level: 1, name: m.plan.print.title })).toBeVisible();
	await expect(page.getByTestId('proposal-landlord')).toHaveText(LANDLORD);
	await expect(page.getByTestId('proposal-owed')).toHaveAttribute('data-cents', String(ARREARS));
	expect(normalise(await page.getByTestId('proposal-owed').textContent())).toBe(euroFi(ARREARS));
	expect(await plan.proposalRows()).toEqual([
		{ due: '2026-03-05', total: 500_00, text: `5.3.2026 | ${euroFi(500_00)}` },
		{ due: '2026-04-05', total: 500_00, text: `5.4.2026 | ${euroFi(500_00)}` }
	]);
	await expect(page.getByTestId('proposal-total')).toHaveAttribute('data-cents', String(ARREARS));
	await expect(proposal).toContainText(m.plan.print.tenantSign);
	await expect(proposal).toContainText(m.plan.print.landlordSign);
	// Other creditors are shown only when the tenant chooses to.
	await expect(proposal).not.toContainText(QUICK);
	await page.getByLabel(m.plan.print.includeOthers).check();
	await expect(proposal).toContainText(QUICK);
	await expect(page.getByTestId('proposal-total')).toHaveAttribute(
		'data-cents',
		String(ARREARS + TAX_BALANCE + QUICK_BALANCE + CONSUMER_BALANCE)
	);
	await page.getByLabel(m.plan.print.includeOthers).uncheck();
	await expect(plan.printButton()).toBeVisible();
	await expectNoAxeViolations(page, '/plan/print (fi)');

	const nav = page.getByRole('navigation', { name: m.common.mainNav });
	await expect(nav).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(nav).toBeHidden();
	await expect(plan.printButton()).toBeHidden();
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(proposal).toBeVisible();
	await expect(page.getByTestId('proposal-total')).toBeVisible();
	expect(
		await proposal.evaluate((el) => [
			getComputedStyle(el).color,
			getComputedStyle(document.body).backgroundColor
		])
	).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
	await page.emulateMedia({ media: 'screen' });
	await expect(nav).toBeVisible();

	// --- Following it ------------------------------------------------------------------------
	await page.clock.setFixedTime(new Date('2026-03-06T12:00:00+02:00'));
	await plan.goto();
	// Agreed on 1.3.: no check-in question before a month has passed.
	await expect(page.getByTestId('plan-follow')).toBeVisible();
	await expect(page.getByTestId('checkin')).toHaveCount(0);
	await plan.recordPayment({ date: '2026-03-05', creditor: LANDLORD, amount: '500' });
	await plan.recordPayment({ date: '2026-03-06', creditor: TAX, amount: '300,00' });
	await expect(plan.progress(LANDLORD)).toHaveAttribute('data-status', 'onTrack');
	await expect(plan.progress(LANDLORD).getByTestId('plan-progress-paid')).toHaveAttribute(
		'data-cents',
		String(500_00)
	);
	await expect(plan.progress(LANDLORD).getByTestId('plan-progress-remaining')).toHaveAttribute(
		'data-cents',
		String(ARREARS - 500_00)
	);
	await expect(plan.progress(TAX)).toHaveAttribute('data-status', 'cleared');
	// The small instalments of 5.3. are unpaid, but still within the grace days.
	await expect(plan.progress(QUICK)).toHaveAttribute('data-status', 'onTrack');
	await expect(plan.alert()).toHaveCount(0);

	// A day past April's due date: March's instalments to the two loans were never paid.
	await page.clock.setFixedTime(new Date('2026-04-06T12:00:00+03:00'));
	await plan.goto();
	await expect(plan.alert()).toBeVisible();
	await expect(plan.alert()).toHaveAttribute('data-status', 'missed');
	await expect(
		plan.alert().getByRole('heading', { level: 2, name: m.plan.follow.missedTitle })
	).toBeVisible();
	await expect(plan.alert()).toContainText(m.plan.follow.missedText);
	await expect(plan.alert().locator(`li[data-status="missed"]`)).toHaveCount(2);
	await expect(plan.alert()).toContainText(QUICK);
	// Unpaid by now: March's instalment and April's (due 5.4.); April gives the loans 320,00 pro rata.
	const [quickApril2, consumerApril2] = splitTwo(
		AVAILABLE - 500_00,
		QUICK_BALANCE - quickMarch,
		CONSUMER_BALANCE - consumerMarch
	);
	await expect(plan.alert().locator('li').filter({ hasText: QUICK })).toContainText(
		m.plan.follow.overdue('5.3.2026', euroFi(quickMarch + quickApril2))
	);
	await expect(plan.alert().locator('li').filter({ hasText: CONSUMER })).toContainText(
		m.plan.follow.overdue('5.3.2026', euroFi(consumerMarch + consumerApril2))
	);
	await expect(plan.alert().getByRole('link', { name: m.plan.warnings.book })).toHaveAttribute(
		'href',
		'/book'
	);
	// The alert comes first, right under the page heading.
	const first = page.locator('main h1 ~ *').first();
	await expect(first).toHaveAttribute('data-testid', 'plan-alert');
	await expect(plan.progress(QUICK)).toHaveAttribute('data-status', 'missed');

	// A month after the agreement the plan asks about this month's rent; "partly" offers the next
	// step and a booking, and the answer is kept.
	const c = m.plan.checkin;
	const checkin = page.getByTestId('checkin');
	await expect(checkin).toContainText(c.ask);
	await checkin.getByRole('button', { name: c.answers.partly }).click();
	await expect(checkin.getByTestId('checkin-status')).toHaveText(c.thanks.partly);
	await expect(checkin.getByRole('link', { name: c.book })).toHaveAttribute('href', '/book');
	await expectNoAxeViolations(page, '/plan (fi), check-in answered');
	await plan.goto();
	await expect(checkin.getByRole('button', { name: c.answers.partly })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(plan.progress(LANDLORD)).toHaveAttribute('data-status', 'onTrack');

	// The running rent: March's and April's unpaid until recorded; a rent payment pays no debt.
	const k = m.plan.chart;
	const rentMonths = page.getByTestId('rent-months');
	await expect(rentMonths.locator('li[data-month="2026-03"]')).toHaveAttribute(
		'data-status',
		'unpaid'
	);
	const landlordPaid = await plan
		.progress(LANDLORD)
		.getByTestId('plan-progress-paid')
		.getAttribute('data-cents');
	await plan.recordPayment({
		date: '2026-04-03',
		creditor: m.plan.follow.rentOption,
		amount: '900'
	});
	await expect(rentMonths.locator('li[data-month="2026-03"]')).toHaveAttribute(
		'data-status',
		'paid'
	);
	await expect(rentMonths.locator('li[data-month="2026-04"]')).toContainText(k.rentStatuses.partly);
	await expect(plan.progress(LANDLORD).getByTestId('plan-progress-paid')).toHaveAttribute(
		'data-cents',
		landlordPaid!
	);
	// The chart's figures as a table: March as planned, what the payments left, rent paid.
	const chart = page.getByTestId('plan-chart');
	await expect(chart.getByRole('img', { name: k.title })).toBeVisible();
	await chart.getByText(k.table).click();
	const march = chart.getByTestId('plan-chart-table').locator('tr[data-month="2026-03"]');
	await expect(march).toContainText(k.rentStatuses.paid);
	await expectNoAxeViolations(page, '/plan (fi), rent and chart');
	await page
		.getByRole('button', {
			name: m.plan.follow.removeLabel(m.plan.follow.rentName, '3.4.2026', euroFi(900_00)),
			exact: true
		})
		.tap();

	// Removing a payment puts the tax back to missed.
	await page
		.getByRole('button', {
			name: m.plan.follow.removeLabel(TAX, '6.3.2026', euroFi(TAX_BALANCE)),
			exact: true
		})
		.tap();
	await expect(plan.payments()).toHaveCount(1);
	await expect(plan.progress(TAX)).toHaveAttribute('data-status', 'missed');
	await expectNoAxeViolations(page, '/plan (fi), missed instalment');

	// --- A new plan from the real balances ----------------------------------------------------
	await page.getByRole('button', { name: m.plan.follow.replan }).tap();
	await expect(plan.versions()).toHaveCount(3);
	await expect(plan.version(3)).toHaveAttribute('data-agreed', 'false');
	await expect(plan.version(3)).toContainText(m.plan.versions.basedOn(2));
	await expect(plan.version(2)).toHaveAttribute('data-agreed', 'true');
	// 500,00 of the arrears was paid; the next due date not yet passed is 5.5.2026.
	await expectDebt(plan, LANDLORD, {
		balance: ARREARS - 500_00,
		first: 500_00,
		firstDue: '2026-05-05',
		cleared: '2026-05'
	});
	await expect(plan.debt(TAX)).toHaveAttribute('data-balance', String(TAX_BALANCE));
	await expect(plan.debt(TAX)).toHaveAttribute('data-first', String(TAX_BALANCE));
	await expect(plan.debt(QUICK)).toHaveAttribute('data-first', String(quickMarch));

	// --- 320 px and English ------------------------------------------------------------------
	await page.setViewportSize({ width: 320, height: 800 });
	expect(await horizontalOverflow(page)).toBe(0);
	await plan.printLink(2).tap();
	await expect(plan.proposal()).toBeVisible();
	expect(await horizontalOverflow(page)).toBe(0);

	await new AppShell(page, m).languageSelect().selectOption('en');
	const english: Messages = en;
	const planEn = new PlanPage(page, english);
	await expect(
		planEn.proposal().getByRole('heading', { level: 1, name: en.plan.print.title })
	).toBeVisible();
	await expect(page.getByTestId('proposal-owed')).toHaveText(euroEn(ARREARS));
	await expect(planEn.proposal()).toContainText(en.plan.print.tenantSign);
	await expectNoAxeViolations(page, '/plan/print (en)');
	await planEn.goto();
	await expect(planEn.alert()).toContainText(en.plan.follow.missedTitle);
	await expectNoAxeViolations(page, '/plan (en)');
});

test('no money left: says so and points to help', async ({ page, m }) => {
	test.setTimeout(240_000);
	const plan = new PlanPage(page, m);
	const s = plan.fields;
	await s.goto('home');
	await s.fillHome({
		landlord: LANDLORD,
		rent: { text: '700', cents: 700_00 },
		dueDay: '1',
		arrears: { text: '1400', cents: 1400_00 },
		arrearsMonths: '2',
		events: []
	});
	await s.event('evictionApplication').tap();
	await expect(s.event('evictionApplication')).toBeChecked();
	await s.goto('income');
	await s.fillAmountRow(s.incomeRow('salary'), '1000', 'monthly');
	await s.goto('expenses');
	await s.fillAmountRow(s.expenseRow('food'), '450', 'monthly');
	await new AppShell(page, m).expectSaved();

	await page.clock.setFixedTime(START);
	await plan.goto();
	// The floor is the household minimum (578,43 €, above the typed 450 €) and the reserve 30 €:
	// 1000 - 578,43 - 30 - 700 = -308,43, the rent is not covered and nothing is left for arrears.
	const shortfall = 1000_00 - 578_43 - 30_00 - 700_00;
	await expect(plan.figure('available')).toHaveAttribute('data-cents', String(shortfall));
	await expect(page.getByTestId('plan-warning-rent')).toContainText(euroFi(-shortfall));
	const noMoney = page.getByTestId('plan-warning-nomoney');
	await expect(noMoney).toContainText(m.plan.warnings.noMoneyTitle);
	await expect(noMoney).toContainText(m.plan.warnings.noMoneyPreventive);
	await expect(noMoney.getByRole('link', { name: m.plan.warnings.book })).toHaveAttribute(
		'href',
		'/book'
	);
	// Benefits not applied for (none were answered): preventive social assistance among them.
	await expect(
		noMoney.getByRole('link', {
			name: m.situation.benefits.names.preventiveSocialAssistance
		})
	).toBeVisible();
	// The case is in court: the landlord may no longer accept a plan.
	await expect(page.getByTestId('plan-warning-court')).toContainText(m.plan.warnings.courtText);
	await expectNoAxeViolations(page, '/plan (fi), no money, court stage');
});
