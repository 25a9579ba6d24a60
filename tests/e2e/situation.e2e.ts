// The situation map on a phone: a whole situation typed in (touch + keyboard), then the summary
// checked to the cent against figures computed here from the inputs; invalid money input is kept,
// explained next to the field, survives a reload and stays out of the summary.
import { expect, test } from './fixtures';
import {
	BENEFIT_ORDER,
	euroFi,
	expectedSummary,
	monthly,
	normalise,
	terminatedFamily
} from './factories';

test('a whole situation typed on the phone gives the summary to the cent', async ({
	page,
	m,
	situation,
	summary
}) => {
	test.setTimeout(90_000);
	const data = terminatedFamily();
	const expected = expectedSummary(data);
	// The figures written out, so a mistake in the helper cannot pass silently either.
	expect(expected).toMatchObject({
		income: 1850_50 + 94_88 + 199_12 + 243_43,
		oneOffIncome: 300_00,
		expenses: 29_97 + 15_00 + 600_00 + 39_90 + 400_00 + 650_00 + 120_00 + 50_00,
		totalDebt: 1300_00 + 2400_00 + 450_50,
		rentArrears: 1300_00 + 450_50
	});

	await situation.fillAll(data);

	// Every step is marked as filled in the step list.
	for (const step of ['household', 'home', 'income', 'expenses', 'debts', 'benefits'] as const) {
		await expect(situation.stepLink(step)).toHaveClass(/filled/);
	}

	// The monthly equivalent is shown beside a line paid every two weeks (exact half cent, up).
	await situation.goto('income');
	await expect(situation.incomeRow('maintenanceSupport')).toContainText(
		normalise(m.situation.money.monthlyEquivalent(euroFi(243_43)))
	);
	await expect(situation.incomeRow('studentAid')).toContainText(m.situation.money.oneOffNote);
	// Derived expense lines show what the other steps said.
	await situation.goto('expenses');
	await expect
		.poll(async () => normalise(await page.getByTestId('expense-rent-derived').textContent()))
		.toBe(euroFi(650_00));
	await expect
		.poll(async () =>
			normalise(await page.getByTestId('expense-debtRepayments-derived').textContent())
		)
		.toBe(euroFi(170_00));

	// To the summary the way a tenant gets there: the last step's button.
	await situation.goto('decisions');
	await expect(situation.decisionCards()).toHaveCount(1);
	await page.getByRole('link', { name: m.situation.toSummary }).tap();
	await summary.expectLoaded();

	await summary.expectFigure('income', euroFi(expected.income));
	await summary.expectFigure('expenses', euroFi(expected.expenses));
	await summary.expectFigure('surplus', euroFi(Math.abs(expected.surplus)));
	await expect(summary.figureLabel('surplus')).toHaveText(
		expected.surplus < 0 ? m.summary.deficit : m.summary.surplus
	);
	await summary.expectFigure('one-off-income', euroFi(expected.oneOffIncome));
	await summary.expectFigure('total-debt', euroFi(expected.totalDebt));
	await summary.expectFigure('rent-arrears', euroFi(expected.rentArrears));

	// Each income line is its own rounded monthly amount, listed in the income step's order.
	const sourceOrder = Object.keys(m.situation.income.sources);
	const incomeLines = await summary.lines(m.summary.incomeLines);
	expect(incomeLines).toEqual(
		data.incomes
			.filter((l) => l.frequency !== 'oneOff')
			.sort((a, b) => sourceOrder.indexOf(a.key) - sourceOrder.indexOf(b.key))
			.map((l) => [m.situation.income.sources[l.key], euroFi(monthly(l.amount.cents, l.frequency))])
	);

	// Stage: the lease is terminated -> that wording, and the prominent "contact an advisor now".
	await expect(summary.stage()).toHaveText(m.summary.stages.terminated.name);
	const urgent = summary.urgent();
	await expect(urgent).toBeVisible();
	await expect(urgent.getByRole('heading', { level: 2 })).toHaveText(m.summary.urgentTitle);
	await expect(page.getByRole('region', { name: m.summary.urgentTitle })).toBeVisible();
	// Shown first, before the figures.
	const urgentBox = await urgent.boundingBox();
	const incomeBox = await summary.figure('income').boundingBox();
	expect(urgentBox && incomeBox && urgentBox.y < incomeBox.y).toBe(true);
	await expect(page.getByTestId('summary-arrears-months')).toHaveText(m.summary.arrearsMonths(2));
	await expect(page.getByTestId('summary-grounds')).toHaveText(m.summary.groundsWarning);

	// Benefits not applied for: unanswered ones and the one marked "not applied", in list order.
	expect(expected.benefitsNotApplied).toEqual(
		BENEFIT_ORDER.filter(
			(b) => !['housingAllowance', 'basicSocialAssistance', 'childBenefit'].includes(b)
		)
	);
	await expect(summary.benefitNames()).toHaveText(
		expected.benefitsNotApplied.map((b) => m.situation.benefits.names[b])
	);

	// Hobbies at 400 € are far above the reference for 2 adults + 1 child (2 × 80 + 60 = 220 €).
	await expect(summary.hints().getByRole('listitem')).toHaveCount(1);
	await expect
		.poll(async () => normalise(await summary.hints().getByRole('listitem').textContent()))
		.toBe(m.summary.hintHigh(m.situation.expenses.categories.hobbies, euroFi(220_00)));

	// The same figures after a reload: they come from the device's database, not from memory.
	await page.reload();
	await summary.expectLoaded();
	await summary.expectFigure('income', euroFi(expected.income));
	await summary.expectFigure('expenses', euroFi(expected.expenses));
	await summary.expectFigure('total-debt', euroFi(expected.totalDebt));
});

test('typed values are all there again after a reload of each step', async ({
	page,
	m,
	situation
}) => {
	// Types into every step and reloads each one: 35 s on a quiet run, over 60 s once beside
	// another worker on two cores (waiting on visible states throughout, never failing one).
	test.setTimeout(120_000);
	const data = terminatedFamily();
	await situation.fillAll(data);
	const s = m.situation;

	await situation.goto('household');
	await expect(page.getByLabel(s.household.adults, { exact: true })).toHaveValue('2');
	await expect(page.getByLabel(s.household.children, { exact: true })).toHaveValue('1');
	await expect(page.getByLabel(s.household.municipality, { exact: true })).toHaveValue('Jyväskylä');

	await situation.goto('home');
	const landlord = page.getByLabel(s.home.landlord, { exact: true });
	await expect(landlord.locator('option:checked')).toHaveText(data.home.landlord);
	// Money is shown back in the input format: no grouping, Finnish decimal comma.
	await expect(page.getByLabel(s.home.rent, { exact: true })).toHaveValue('650,00');
	await expect(page.getByLabel(s.home.arrears, { exact: true })).toHaveValue('1300,00');
	await expect(page.getByLabel(s.home.dueDay, { exact: true })).toHaveValue('5');
	await expect(page.getByLabel(s.home.arrearsMonths, { exact: true })).toHaveValue('2');
	await expect(situation.event('reminder')).toBeChecked();
	await expect(situation.event('termination')).toBeChecked();
	await expect(situation.event('collectionLetter')).not.toBeChecked();
	await expect(situation.eventDates()).toHaveCount(2);
	await expect(situation.eventDates().nth(0)).toHaveValue('2026-08-10');
	await expect(situation.eventDates().nth(1)).toHaveValue('2026-10-01');

	await situation.goto('income');
	await expect(situation.amountField(situation.incomeRow('salary'))).toHaveValue('1850,50');
	await expect(
		situation.incomeRow('other').getByLabel(s.money.frequency, { exact: true })
	).toHaveValue('weekly');

	await situation.goto('debts');
	await expect(situation.debtCards()).toHaveCount(2);
	const second = situation.debtCards().nth(1);
	await expect(second.getByLabel(s.debts.creditor, { exact: true })).toHaveValue(
		'Vanha vuokranantaja'
	);
	await expect(second.getByLabel(s.debts.type, { exact: true })).toHaveValue('rentArrears');
	await expect(second.getByLabel(s.debts.balance, { exact: true })).toHaveValue('450,50');
	await expect(second.getByLabel(s.debts.status, { exact: true })).toHaveValue('collection');

	await situation.goto('benefits');
	await expect(
		situation.benefitGroup('housingAllowance').getByRole('radio', {
			name: s.benefits.statuses.waiting,
			exact: true
		})
	).toBeChecked();

	await situation.goto('decisions');
	const decision = situation.decisionCards().first();
	await expect(decision.getByLabel(s.decisions.type, { exact: true })).toHaveValue('court');
	await expect(decision.getByLabel(s.decisions.date, { exact: true })).toHaveValue('2026-10-20');
	await expect(decision.getByLabel(s.decisions.note, { exact: true })).toHaveValue(
		'Kutsu käräjäoikeuteen'
	);
});

for (const mode of ['type', 'paste'] as const) {
	test(`invalid money input (${mode === 'type' ? 'typed key by key' : 'pasted'}) is kept, explained and left out of the summary`, async ({
		page,
		m,
		app,
		situation,
		summary
	}) => {
		// Two steps, a reload and two summaries: the file's other walk-throughs have 60 s too.
		test.setTimeout(60_000);
		const s = m.situation;
		// Something valid first, so the summary has figures to compare with.
		await situation.goto('home');
		await situation.fillMoney(s.home.rent, '650');
		await app.expectSaved();
		await situation.goto('expenses');
		await situation.fillAmountRow(situation.expenseRow('food'), '500', 'monthly');

		const water = situation.expenseRow('water');
		await situation.fillMoney(s.money.amount, '12,3x', { scope: water, mode });
		const field = situation.amountField(water);
		await situation.expectFieldError(field, m.common.moneyErrors.invalid);
		await expect(situation.fieldBox(field)).toContainText(m.common.fieldKept);
		// Leaving the field keeps the text as typed (a valid amount would be reformatted).
		await page.keyboard.press('Tab');
		await expect(field).toHaveValue('12,3x');
		await app.expectSaved();

		await page.reload();
		await situation.expectStep('expenses');
		await expect(field).toHaveValue('12,3x');
		await situation.expectFieldError(field, m.common.moneyErrors.invalid);
		// No monthly equivalent is claimed for a line whose amount cannot be read. (Soft, so the
		// summary check below still runs and shows whether the figure leaks there too.)
		await expect.soft(water).not.toContainText(normalise(s.money.monthlyEquivalent('')).trim());

		await summary.goto();
		await summary.expectFigure('expenses', euroFi(650_00 + 500_00));
		const expenseLines = await summary.lines(m.summary.expenseLines);
		expect(expenseLines.map(([name]) => name)).not.toContain(s.expenses.categories.water);

		// Correcting it brings it in, and the error goes.
		await situation.goto('expenses');
		await situation.fillMoney(s.money.amount, '12,30', { scope: water, mode });
		await situation.expectNoFieldError(field);
		await app.expectSaved();
		await summary.goto();
		await summary.expectFigure('expenses', euroFi(650_00 + 500_00 + 12_30));
	});
}
