// Page model of /summary: the key figures (data-testid summary-*), the eviction stage, the urgent
// "contact an advisor now" box and the list of benefits not applied for.
import { expect, type Locator, type Page } from '@playwright/test';
import { fi, type Messages } from '../../../src/lib/i18n/fi/index';
import { normalise } from '../factories';

export type Figure =
	| 'income'
	| 'expenses'
	| 'surplus'
	| 'total-debt'
	| 'rent-arrears'
	| 'one-off-income'
	| 'one-off-expenses';

export class SummaryPage {
	constructor(
		readonly page: Page,
		readonly m: Messages = fi
	) {}

	async goto(): Promise<void> {
		await this.page.goto('/summary');
		await this.expectLoaded();
	}

	async expectLoaded(): Promise<void> {
		await expect(
			this.page.getByRole('heading', { level: 1, name: this.m.summary.title })
		).toBeVisible();
		await expect(
			this.page.getByRole('status').filter({ hasText: this.m.common.loading })
		).toHaveCount(0);
	}

	figure(name: Figure): Locator {
		return this.page.getByTestId(`summary-${name}`);
	}

	/** A figure's text with every kind of space made a plain one: `1 234,50 €`. */
	async figureText(name: Figure): Promise<string> {
		return normalise(await this.figure(name).textContent());
	}

	/** Asserts a figure shows exactly `expected` (after normalising spaces), retrying until it does. */
	async expectFigure(name: Figure, expected: string): Promise<void> {
		await expect.poll(() => this.figureText(name), { message: `summary-${name}` }).toBe(expected);
	}

	/** The label (dt) that goes with a figure, e.g. "Rahaa jää yli" or "Rahaa puuttuu". */
	figureLabel(name: Figure): Locator {
		return this.figure(name).locator('xpath=preceding-sibling::dt[1]');
	}

	stage(): Locator {
		return this.page.getByTestId('summary-stage');
	}

	urgent(): Locator {
		return this.page.getByTestId('summary-urgent');
	}

	benefits(): Locator {
		return this.page.getByTestId('summary-benefits');
	}

	/** Headings of the benefits listed as not applied for, in order. */
	benefitNames(): Locator {
		return this.benefits().getByRole('listitem').getByRole('heading', { level: 3 });
	}

	hints(): Locator {
		return this.page.getByTestId('summary-hints');
	}

	empty(): Locator {
		return this.page.getByTestId('summary-empty');
	}

	/** Opens a `<details>` list of lines ("Menot eriteltyinä") and returns its term/amount pairs. */
	async lines(summaryText: string): Promise<[string, string][]> {
		const details = this.page.locator('details').filter({ hasText: summaryText });
		const toggle = details.locator('summary');
		if ((await details.getAttribute('open')) === null) await toggle.tap();
		const rows = details.locator('dl > div');
		const out: [string, string][] = [];
		for (const row of await rows.all()) {
			out.push([
				normalise(await row.locator('dt').textContent()),
				normalise(await row.locator('dd').textContent())
			]);
		}
		return out;
	}
}
