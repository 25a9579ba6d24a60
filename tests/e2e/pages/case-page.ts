// Page model of the advisor's case pages: /advisor/cases (clients with an active consent for the
// housing-advice service) and /advisor/cases/<tenantId> (the situation cut to the consented
// categories, the refusal after withdrawal or expiry, and the form to record a contact).
import { expect, type Locator, type Page } from '@playwright/test';
import { fi, type Messages } from '../../../src/lib/i18n/fi/index';
import type { ConsentCategory } from '../../../src/lib/domain/consent';

export class CasePage {
	constructor(
		readonly page: Page,
		readonly m: Messages = fi
	) {}

	get c() {
		return this.m.consent;
	}

	async gotoList(): Promise<void> {
		await this.page.goto('/advisor/cases');
		await expect(
			this.page.getByRole('heading', { level: 1, name: this.c.cases.title })
		).toBeVisible();
		await expect(
			this.page.getByRole('status').filter({ hasText: this.c.cases.loading })
		).toHaveCount(0);
	}

	cases(): Locator {
		return this.page.getByTestId('case');
	}

	caseOf(tenantId: string): Locator {
		return this.page.locator(`[data-testid="case"][data-tenant-id="${tenantId}"]`);
	}

	/** Opens a case from the list by its link (the client's name or email). */
	async open(tenantId: string): Promise<void> {
		await this.caseOf(tenantId).getByRole('link').click();
		await expect(this.page).toHaveURL(new RegExp(`/advisor/cases/${tenantId}$`));
		await this.expectLoaded();
	}

	async goto(tenantId: string): Promise<void> {
		await this.page.goto(`/advisor/cases/${tenantId}`);
		await this.expectLoaded();
	}

	async expectLoaded(): Promise<void> {
		await expect(this.page.getByRole('heading', { level: 1 })).toContainText(this.c.caseView.title);
		await expect(
			this.page.getByRole('status').filter({ hasText: this.c.caseView.loading })
		).toHaveCount(0);
	}

	section(category: ConsentCategory): Locator {
		return this.page.getByTestId(`case-section-${category}`);
	}

	refusal(): Locator {
		return this.page.getByTestId('case-refused');
	}

	withWhom(): Locator {
		return this.page.getByLabel(this.c.caseView.record.with, { exact: true });
	}

	note(): Locator {
		return this.page.getByLabel(this.c.caseView.record.note, { exact: true });
	}

	/** Records a contact with the party labelled `withWhom` (as the select shows it). */
	async recordContact(withWhom: string, note: string): Promise<void> {
		await this.withWhom().selectOption({ label: withWhom });
		await this.note().fill(note);
		await this.page.getByRole('button', { name: this.c.caseView.record.submit }).click();
		await expect(this.page.getByTestId('record-done')).toHaveText(this.c.caseView.record.done);
	}
}
