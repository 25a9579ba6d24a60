// Page model of /settings: the language choice and "Forget this device" with its confirm dialog.
import { expect, type Locator, type Page } from '@playwright/test';
import { fi, type Messages } from '../../../src/lib/i18n/fi/index';

export class SettingsPage {
	constructor(
		readonly page: Page,
		readonly m: Messages = fi
	) {}

	get f() {
		return this.m.account.forget;
	}

	async goto(): Promise<void> {
		await this.page.goto('/settings');
		await expect(
			this.page.getByRole('heading', { level: 1, name: this.m.account.settings.title })
		).toBeVisible();
	}

	forgetButton(): Locator {
		return this.page.getByRole('button', { name: this.f.action });
	}

	dialog(): Locator {
		return this.page.getByRole('dialog', { name: this.f.confirmTitle });
	}

	/** Opens the confirmation; the safe choice (Cancel) has focus. */
	async openForget(): Promise<Locator> {
		await this.forgetButton().tap();
		const dialog = this.dialog();
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('button', { name: this.m.common.cancel })).toBeFocused();
		return dialog;
	}

	/** Confirms and waits for "deleted" (the app then reloads itself at `/` after a moment). */
	async confirmForget(): Promise<void> {
		await this.dialog().getByRole('button', { name: this.f.confirm }).tap();
		await expect(this.dialog()).toBeHidden();
		await expect(this.page.getByRole('status').filter({ hasText: this.f.done })).toBeVisible();
	}
}
