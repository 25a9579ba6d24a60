// Page model of the payment plan (/plan) and its printable proposal (/plan/print). Figures are read
// from data-* attributes (cents, dates, months) and from the visible text; fields by their labels.
import { expect, type Locator, type Page } from '@playwright/test';
import { fi, type Messages } from '../../../src/lib/i18n/fi/index';
import { normalise } from '../factories';
import { SituationPage } from './situation-page';

export interface PaymentInput {
	date: string;
	/** The creditor as the debt select names it. */
	creditor: string;
	amount: string;
}

export class PlanPage {
	readonly fields: SituationPage;

	constructor(
		readonly page: Page,
		readonly m: Messages = fi
	) {
		// Typing helpers (tap, then key by key) shared with the situation map.
		this.fields = new SituationPage(page, m);
	}

	get p() {
		return this.m.plan;
	}

	async goto(): Promise<void> {
		await this.page.goto('/plan');
		await this.expectLoaded();
	}

	async expectLoaded(): Promise<void> {
		await expect(this.page.getByRole('heading', { level: 1, name: this.p.title })).toBeVisible();
		await expect(
			this.page.getByRole('status').filter({ hasText: this.m.common.loading })
		).toHaveCount(0);
	}

	figure(name: 'income' | 'rent' | 'available' | 'total-debt'): Locator {
		return this.page.getByTestId(`plan-${name}`);
	}

	async figureText(name: 'income' | 'rent' | 'available' | 'total-debt'): Promise<string> {
		return normalise(await this.figure(name).textContent());
	}

	floorField(): Locator {
		return this.page.getByLabel(this.p.money.floor, { exact: true });
	}

	instalmentField(creditor: string): Locator {
		return this.page.getByLabel(this.p.edit.instalment(creditor), { exact: true });
	}

	/** A debt in the phone's stacked list, by creditor. */
	debt(creditor: string): Locator {
		return this.page
			.getByTestId('plan-debt')
			.filter({ has: this.page.getByRole('heading', { level: 3, name: creditor, exact: true }) });
	}

	async type(field: Locator, text: string): Promise<void> {
		await this.fields.typeInto(field, text);
	}

	saveButton(): Locator {
		return this.page.getByRole('button', {
			name: new RegExp(`^(${this.p.edit.saveFirst}|${this.p.edit.saveNew})$`)
		});
	}

	versions(): Locator {
		return this.page.getByTestId('plan-version');
	}

	version(revision: number): Locator {
		return this.page.locator(`[data-testid="plan-version"][data-revision="${revision}"]`);
	}

	agreeButton(revision: number): Locator {
		return this.page.getByRole('button', { name: this.p.versions.agreeLabel(revision) });
	}

	printLink(revision: number): Locator {
		return this.page.getByRole('link', { name: this.p.versions.printLabel(revision) });
	}

	alert(): Locator {
		return this.page.getByTestId('plan-alert');
	}

	progress(creditor: string): Locator {
		return this.page
			.getByTestId('plan-progress')
			.filter({ has: this.page.getByRole('heading', { level: 3, name: creditor, exact: true }) });
	}

	payments(): Locator {
		return this.page.getByTestId('plan-payment');
	}

	async recordPayment({ date, creditor, amount }: PaymentInput): Promise<void> {
		const f = this.p.follow;
		const before = await this.payments().count();
		await this.page.getByLabel(f.date, { exact: true }).fill(date);
		await this.page.getByLabel(f.debt, { exact: true }).selectOption({ label: creditor });
		await this.type(this.page.getByLabel(f.amount, { exact: true }), amount);
		await this.page.getByRole('button', { name: f.add, exact: true }).tap();
		await expect(this.payments()).toHaveCount(before + 1);
	}

	// --- /plan/print -------------------------------------------------------------------------

	proposal(): Locator {
		return this.page.getByTestId('plan-proposal');
	}

	printButton(): Locator {
		return this.page.getByRole('button', { name: this.p.print.print });
	}

	/** Each row of the proposal's schedule: due date, total, and its cells as `a | b | c`. */
	async proposalRows(): Promise<{ due: string; total: number; text: string }[]> {
		const rows = this.page.getByTestId('proposal-schedule').locator('tbody tr');
		const out: { due: string; total: number; text: string }[] = [];
		for (const row of await rows.all()) {
			out.push({
				due: (await row.getAttribute('data-due')) ?? '',
				total: Number(await row.getAttribute('data-total')),
				text: (await row.locator('th, td').allTextContents()).map(normalise).join(' | ')
			});
		}
		return out;
	}
}
