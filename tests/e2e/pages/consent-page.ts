// Page model of the tenant's consent pages: /consent (the consents by state, withdrawal, "who has
// looked at my information", contacts), /consent/give (the form with the versioned consent text)
// and /consent/receipt?id=... (the printable receipt). Controls are found by their accessible
// names in the test's language, the way a tenant finds them.
import { expect, type Locator, type Page } from '@playwright/test';
import { fi, type Messages } from '../../../src/lib/i18n/fi/index';
import {
	consentText,
	CURRENT_CONSENT_TEXT_VERSION,
	type ConsentLanguage,
	type ConsentText
} from '../../../src/lib/consent-texts/index';
import type { ConsentCategory, RecipientKind } from '../../../src/lib/domain/consent';

export interface GiveConsent {
	recipient: RecipientKind;
	/** Typed into the name field (replacing a prefilled name); omit to keep what is there. */
	name?: string;
	categories: ConsentCategory[];
	/** Validity in months; omit for the default. */
	months?: number;
}

export class ConsentPage {
	constructor(
		readonly page: Page,
		readonly m: Messages = fi,
		readonly lang: ConsentLanguage = 'fi'
	) {}

	get c() {
		return this.m.consent;
	}

	/** The consent text the form shows in this language (the current version). */
	get text(): ConsentText {
		const text = consentText(CURRENT_CONSENT_TEXT_VERSION, this.lang);
		if (!text) throw new Error('no current consent text');
		return text;
	}

	/** How a consent's recipient is named on the cards: "Vuokranantajasi: Vuokratalot Oy". */
	recipientLabel(kind: RecipientKind, name?: string): string {
		const label = this.text.recipients[kind].label;
		return name ? `${label}: ${name}` : label;
	}

	async goto(): Promise<void> {
		await this.page.goto('/consent');
		await this.expectLoaded();
	}

	async expectLoaded(): Promise<void> {
		await expect(this.page.getByRole('heading', { level: 1, name: this.c.title })).toBeVisible();
		await expect(this.page.getByRole('status').filter({ hasText: this.c.loading })).toHaveCount(0);
	}

	/** The card of the consent to `recipient` (its heading is the recipient's label). */
	card(recipient: string): Locator {
		return this.page.getByTestId('consent').filter({
			has: this.page.getByRole('heading', { level: 3, name: recipient, exact: true })
		});
	}

	withdrawButton(recipient: string): Locator {
		return this.page.getByRole('button', { name: this.c.withdrawFor(recipient), exact: true });
	}

	dialog(): Locator {
		return this.page.getByRole('dialog', { name: this.c.withdrawConfirmTitle });
	}

	/** One tap plus the one confirmation. */
	async withdraw(recipient: string): Promise<void> {
		await this.withdrawButton(recipient).click();
		await expect(this.dialog()).toBeVisible();
		await this.dialog().getByRole('button', { name: this.c.withdrawConfirm }).click();
		await expect(this.dialog()).toBeHidden();
	}

	accessLogEntries(): Locator {
		return this.page.getByTestId('access-log-entry');
	}

	contactEntries(): Locator {
		return this.page.getByTestId('contact-entry');
	}

	// --- giving -----------------------------------------------------------------------------

	async gotoGive(): Promise<void> {
		await this.page.goto('/consent/give');
		await expect(this.page.getByRole('heading', { level: 1, name: this.text.title })).toBeVisible();
	}

	recipientRadio(kind: RecipientKind): Locator {
		return this.page.getByRole('radio', { name: this.text.recipients[kind].label, exact: true });
	}

	categoryBox(category: ConsentCategory): Locator {
		return this.page.getByRole('checkbox', {
			name: this.text.categories[category].label,
			exact: true
		});
	}

	nameField(kind: Exclude<RecipientKind, 'advisorService'>): Locator {
		return this.page.getByLabel(this.c.form.nameLabel[kind], { exact: true });
	}

	validity(): Locator {
		return this.page.getByLabel(this.c.form.validityLabel, { exact: true });
	}

	confirmButton(): Locator {
		return this.page.getByRole('button', { name: this.text.confirm, exact: true });
	}

	/** Fills the form (on /consent/give) without confirming. */
	async fill(consent: GiveConsent): Promise<void> {
		await this.recipientRadio(consent.recipient).check();
		if (consent.name !== undefined && consent.recipient !== 'advisorService') {
			await this.nameField(consent.recipient).fill(consent.name);
		}
		for (const category of consent.categories) await this.categoryBox(category).check();
		if (consent.months !== undefined) {
			await this.validity().selectOption({ label: this.c.form.months(consent.months) });
		}
	}

	/** Gives a consent through the form; ends on its receipt and returns the consent id. */
	async give(consent: GiveConsent): Promise<string> {
		await this.gotoGive();
		await this.fill(consent);
		await this.confirmButton().click();
		await expect(this.page).toHaveURL(/\/consent\/receipt\?id=/);
		await expect(this.page.getByTestId('receipt-given')).toHaveText(this.c.receiptPage.given);
		const id = (await this.page.getByTestId('receipt-id').textContent())?.trim() ?? '';
		expect(id).not.toBe('');
		return id;
	}
}
