// End to end on the phone: a plan never harms the tenant. Three tenants from the review,
// each from the situation map to the summary, the plan and the printed proposal:
// - on social assistance with no expenses typed: the floor is the basic amount, not zero;
// - with a wage garnishment and a loan instalment: no plan money to enforcement, the loan kept,
//   the protected amount explained, and the step from the summary's "left over" shown;
// - with a card paid on time: its instalment kept every month, and when money is tight a
//   printable payment break request.
// Expected figures are written out from the official amounts (Kela basic amount 1.3.2026 for one
// adult living alone 578,43 €), never computed with the app's planner.
import { expectNoAxeViolations } from './support/a11y';
import { expect, test } from './fixtures';
import { euroFi, normalise } from './factories';
import { AppShell } from './pages/app-shell';
import { PlanPage } from './pages/plan-page';
import type { SituationPage } from './pages/situation-page';
import type { SummaryPage } from './pages/summary-page';

/** Sunday 1 March 2026 in Helsinki: rent is due on the 5th, so the plans start in March. */
const START = new Date('2026-03-01T10:00:00+02:00');
const LANDLORD = 'SATO Oyj';
/** Kela's basic amount for one adult living alone from 1 March 2026. */
const MINIMUM = 578_43;
const RESERVE_MIN = 30_00;

async function fillHome(
	s: SituationPage,
	rent: [string, number],
	arrears: [string, number]
): Promise<void> {
	await s.goto('household');
	await s.fillHousehold({ adults: '1', children: '0', municipality: 'Tampere' });
	await s.goto('home');
	await s.fillHome({
		landlord: LANDLORD,
		rent: { text: rent[0], cents: rent[1] },
		dueDay: '5',
		arrears: { text: arrears[0], cents: arrears[1] },
		arrearsMonths: '2',
		events: []
	});
}

async function openProposal(plan: PlanPage): Promise<void> {
	await plan.saveButton().tap();
	await expect(plan.versions()).toHaveCount(1);
	await plan.printLink(1).tap();
	await expect(plan.proposal()).toBeVisible();
}

async function expectSurplus(summary: SummaryPage, cents: number): Promise<void> {
	await summary.goto();
	await expect(summary.figure('surplus')).toBeVisible();
	await summary.expectFigure('surplus', euroFi(cents));
}

test('social assistance: the floor is the basic amount, arrears go to preventive assistance', async ({
	page,
	m,
	situation,
	summary
}) => {
	test.setTimeout(420_000);
	const plan = new PlanPage(page, m);
	// 900 € social assistance + 400 € housing allowance, rent 650 €, no expenses typed.
	await fillHome(situation, ['650', 650_00], ['1 300', 1300_00]);
	await situation.goto('income');
	await situation.fillAmountRow(situation.incomeRow('socialAssistance'), '900', 'monthly');
	await situation.fillAmountRow(situation.incomeRow('housingAllowance'), '400', 'monthly');
	await new AppShell(page, m).expectStored('"amountCents":40000');
	await page.clock.setFixedTime(START);

	await expectSurplus(summary, 1300_00 - 650_00);

	await plan.goto();
	await expect(plan.floorField()).toHaveValue('578,43');
	const available = 1300_00 - MINIMUM - RESERVE_MIN - 650_00; // 41,57
	await expect(plan.figure('available')).toHaveAttribute('data-cents', String(available));
	await expect(plan.debt(LANDLORD)).toHaveAttribute('data-first', String(available));
	await expect(page.getByTestId('plan-warning-social')).toContainText(
		m.plan.warnings.socialAssistanceTitle
	);
	// 1 300 € at 41,57 € a month is far beyond the 12 months a landlord usually accepts.
	await expect(page.getByTestId('plan-warning-length')).toContainText(
		m.plan.warnings.overLengthTitle(12)
	);

	// The tenant cannot lower the floor below the minimum; raising it is fine.
	await plan.type(plan.floorField(), '500');
	await expect(plan.floorField()).toHaveAttribute('aria-invalid', 'true');
	await expect(plan.floorField()).toHaveAccessibleDescription(
		new RegExp(m.plan.money.floorBelowMinimum(euroFi(MINIMUM)).slice(0, 30))
	);
	await expect(plan.figure('available')).toHaveAttribute('data-cents', String(available));
	await plan.type(plan.floorField(), '590');
	await expect(plan.floorField()).not.toHaveAttribute('aria-invalid', 'true');
	await expect(plan.figure('available')).toHaveAttribute(
		'data-cents',
		String(1300_00 - 590_00 - RESERVE_MIN - 650_00)
	);
	await plan.type(plan.floorField(), '578,43');
	await expect(plan.figure('available')).toHaveAttribute('data-cents', String(available));
	await expectNoAxeViolations(page, '/plan (social assistance)');

	// The printed proposal: the landlord's stated costs on their own line, and the legal caps.
	await openProposal(plan);
	await expect(page.getByTestId('proposal-owed')).toHaveAttribute('data-cents', '130000');
	const costs = page.getByLabel(m.plan.print.costs, { exact: true });
	await plan.type(costs, '25');
	await expect(page.getByTestId('proposal-costs')).toHaveAttribute('data-cents', '2500');
	await expect(page.getByTestId('proposal-owed-total')).toHaveAttribute('data-cents', '132500');
	await expect(page.getByTestId('proposal-caps')).toContainText('5,00 €');
	await expect(page.getByTestId('proposal-caps')).toContainText('9,5 %');
	// What was typed survives a reload.
	await page.reload();
	await expect(costs).toHaveValue('25');
	await expect(page.getByTestId('proposal-owed-total')).toHaveAttribute('data-cents', '132500');
	await expectNoAxeViolations(page, '/plan/print (costs)');
});

test('garnishment: nothing planned to enforcement, the loan kept, the step from the summary shown', async ({
	page,
	m,
	situation,
	summary
}) => {
	test.setTimeout(420_000);
	const plan = new PlanPage(page, m);
	await fillHome(situation, ['700', 700_00], ['1 400', 1400_00]);
	await situation.goto('income');
	// What reaches the account, after taxes and the garnishment.
	await situation.fillAmountRow(situation.incomeRow('salary'), '1 900', 'monthly');
	await situation.goto('expenses');
	await situation.fillAmountRow(situation.expenseRow('food'), '450', 'monthly');
	await situation.goto('debts');
	await situation.addDebt({
		creditor: 'Ulosotto',
		type: 'enforcement',
		balance: { text: '5 000', cents: 5000_00 },
		monthly: { text: '350', cents: 350_00 },
		status: 'enforcement'
	});
	await situation.addDebt({
		creditor: 'Laina Oy',
		type: 'consumerLoan',
		balance: { text: '3 000', cents: 3000_00 },
		monthly: { text: '150', cents: 150_00 },
		status: 'current'
	});
	await new AppShell(page, m).expectStored('"monthlyPaymentCents":15000');
	await page.clock.setFixedTime(START);

	// The garnishment is already out of the 1 900 €: shown, never subtracted again.
	const summaryLeft = 1900_00 - 700_00 - 450_00 - 150_00; // 600,00
	await expectSurplus(summary, summaryLeft);
	await expect(page.getByTestId('summary-garnished')).toHaveAttribute('data-cents', '35000');

	await plan.goto();
	const margin = 1900_00 - MINIMUM - RESERVE_MIN - 700_00; // 591,57
	const planMoney = margin - 150_00; // 441,57
	await expect(plan.figure('available')).toHaveAttribute('data-cents', String(margin));
	await expect(page.getByTestId('plan-existing')).toHaveAttribute('data-cents', '15000');
	await expect(page.getByTestId('plan-money')).toHaveAttribute('data-cents', String(planMoney));
	await expect(page.getByTestId('plan-garnished')).toHaveAttribute('data-cents', '35000');
	// Enforcement gets nothing from the plan; the loan keeps its 150 €; the landlord gets the rest.
	await expect(plan.debt('Ulosotto')).toHaveAttribute('data-first', '0');
	await expect(plan.debt('Laina Oy')).toHaveAttribute('data-first', '15000');
	await expect(plan.debt(LANDLORD)).toHaveAttribute('data-first', String(planMoney));
	// 1 400 € at 441,57 € a month: the fourth month clears it.
	await expect(plan.debt(LANDLORD)).toHaveAttribute('data-cleared', '2026-06');
	// The protected amount of pay, 2026: 30 days x 33,04 €.
	await expect(page.getByTestId('plan-protected')).toContainText(euroFi(30 * 33_04));

	// The step from the summary's 600 € to the plan's money, line by line.
	const steps = page.getByTestId('plan-steps');
	await steps.locator('summary').tap();
	await expect(page.getByTestId('step-summary-left')).toHaveAttribute(
		'data-cents',
		String(summaryLeft)
	);
	const stepCents = await steps
		.locator('dd')
		.evaluateAll((dds) => dds.map((dd) => Number(dd.getAttribute('data-cents'))));
	// left over, + repayments, floor change, - reserve, = available, - kept, = plan money
	expect(stepCents).toEqual([
		summaryLeft,
		150_00,
		450_00 - MINIMUM,
		-RESERVE_MIN,
		margin,
		-150_00,
		planMoney
	]);
	expect(normalise(await steps.locator('dd').nth(1).textContent())).toBe(`+${euroFi(150_00)}`);
	await expectNoAxeViolations(page, '/plan (garnishment)');

	// The printed proposal shows the landlord's arrears and the schedule that clears them.
	await openProposal(plan);
	await expect(page.getByTestId('proposal-owed')).toHaveAttribute('data-cents', '140000');
	await expect(page.getByTestId('proposal-total')).toHaveAttribute('data-cents', '140000');
	const rows = await plan.proposalRows();
	expect(rows.map((r) => r.total)).toEqual([
		planMoney,
		planMoney,
		planMoney,
		1400_00 - 3 * planMoney
	]);
});

test('an agreed card repayment is kept, and a payment break request is offered when tight', async ({
	page,
	m,
	situation,
	summary
}) => {
	test.setTimeout(420_000);
	const plan = new PlanPage(page, m);
	await fillHome(situation, ['700', 700_00], ['1 000', 1000_00]);
	await situation.goto('income');
	await situation.fillAmountRow(situation.incomeRow('salary'), '2 000', 'monthly');
	await situation.goto('expenses');
	await situation.fillAmountRow(situation.expenseRow('food'), '700', 'monthly');
	await situation.goto('debts');
	await situation.addDebt({
		creditor: 'Kortti Oy',
		type: 'creditCard',
		balance: { text: '1 100', cents: 1100_00 },
		monthly: { text: '100', cents: 100_00 },
		status: 'current'
	});
	await new AppShell(page, m).expectStored('"monthlyPaymentCents":10000');
	await page.clock.setFixedTime(START);

	await expectSurplus(summary, 2000_00 - 700_00 - 700_00 - 100_00);

	await plan.goto();
	// Floor 700 € (above the minimum), reserve 5 % = 35 €: 565 € for debts, 100 € of it the card's.
	const planMoney = 2000_00 - 700_00 - 35_00 - 700_00 - 100_00; // 465,00
	await expect(plan.debt('Kortti Oy')).toHaveAttribute('data-first', '10000');
	await expect(plan.debt('Kortti Oy').getByTestId('plan-debt-existing')).toHaveText(
		m.plan.debts.existingAgreed(euroFi(100_00))
	);
	await expect(plan.debt(LANDLORD)).toHaveAttribute('data-first', String(planMoney));
	await page.getByText(m.plan.debts.schedule, { exact: true }).first().tap();
	// The card gets its 100 € in every month of the schedule.
	const cardCells = page.getByTestId('plan-schedule').locator('tbody tr');
	await expect(cardCells).not.toHaveCount(0);
	for (const row of await cardCells.all()) {
		const cells = await row
			.locator('td[data-cents]')
			.evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-cents'))));
		expect(cells).toContain(100_00);
	}
	await expect(page.getByTestId('plan-warning-break')).toHaveCount(0);

	// The proposal to the landlord shows only the landlord's arrears, cleared in three months.
	await openProposal(plan);
	const rows = await plan.proposalRows();
	expect(rows.map((r) => r.total)).toEqual([planMoney, planMoney, 1000_00 - 2 * planMoney]);

	// Money gets tight: the tenant raises the living costs to 1 200 €. 2 000 - 1 200 - 35 - 700 =
	// 65 € is left, the card keeps its 100 €, nothing is left for the arrears.
	await page.goto('/plan');
	await plan.expectLoaded();
	await plan.type(plan.floorField(), '1200');
	await expect(plan.figure('available')).toHaveAttribute('data-cents', String(65_00));
	const warning = page.getByTestId('plan-warning-break');
	await expect(warning).toContainText(m.plan.warnings.paymentBreakTitle);
	await expect(warning.getByRole('listitem')).toHaveText(['Kortti Oy']);
	await expect(plan.debt('Kortti Oy')).toHaveAttribute('data-first', '10000');
	await warning.getByRole('link', { name: m.plan.warnings.paymentBreakLink }).tap();
	const letter = page.getByTestId('break-letter');
	await expect(letter).toHaveCount(1);
	await expect(letter).toContainText(m.plan.paymentBreak.subject('Kortti Oy'));
	await expect(letter).toContainText(m.plan.paymentBreak.body(euroFi(100_00), '3'));
	await expectNoAxeViolations(page, '/plan/break');
	await page.setViewportSize({ width: 320, height: 640 });
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		)
	).toBeLessThanOrEqual(0);
});
