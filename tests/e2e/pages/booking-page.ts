// Page model of /book (the tenant's bookings and a new booking request).
import { expect, type Locator, type Page } from '@playwright/test';
import { fi, type Messages } from '../../../src/lib/i18n/fi/index';

export type ChannelName = 'office' | 'phone' | 'video';

export class BookingPage {
	constructor(
		readonly page: Page,
		readonly m: Messages = fi
	) {}

	get b() {
		return this.m.booking;
	}

	async goto(): Promise<void> {
		await this.page.goto('/book');
		await expect(this.page.getByRole('heading', { level: 1, name: this.b.title })).toBeVisible();
	}

	/** Waits until the form shows free times (the page is signed in and online or has a copy). */
	async expectTimes(): Promise<void> {
		await expect(this.slotPicker().locator('label.slot').first()).toBeVisible({ timeout: 20_000 });
	}

	slotPicker(): Locator {
		return this.page.getByTestId('slot-picker').first();
	}

	async chooseChannel(channel: ChannelName): Promise<void> {
		await this.page
			.getByRole('group', { name: this.b.form.channel })
			.getByRole('radio', { name: this.b.form.channels[channel], exact: true })
			.check();
	}

	/** Picks the `n`th free time shown (0 = the first) and returns its `startsAt`. */
	async pickTime(n = 0): Promise<string> {
		const label = this.slotPicker().locator('label.slot').nth(n);
		const startsAt = await label.getAttribute('data-starts-at');
		await label.getByRole('radio').check();
		return startsAt!;
	}

	/** Picks the time starting at `startsAt`. */
	async pickStartsAt(startsAt: string): Promise<void> {
		await this.slotPicker()
			.locator(`label.slot[data-starts-at="${startsAt}"]`)
			.getByRole('radio')
			.check();
	}

	async fillNote(text: string): Promise<void> {
		await this.page.getByLabel(this.b.form.note).fill(text);
	}

	async send(): Promise<void> {
		await this.page.getByRole('button', { name: this.b.form.send }).click();
	}

	message(): Locator {
		return this.page.getByTestId('book-message');
	}

	bookings(): Locator {
		return this.page.getByTestId('booking');
	}

	booking(id: string): Locator {
		return this.page.locator(`[data-testid="booking"][data-booking-id="${id}"]`);
	}

	/** The booking card for a start time (upcoming list; its heading holds the local time). */
	bookingAt(localStart: string): Locator {
		return this.bookings().filter({ hasText: localStart });
	}

	waiting(): Locator {
		return this.page.getByTestId('booking-waiting');
	}

	refusals(): Locator {
		return this.page.getByTestId('refusals');
	}

	async expectStatus(card: Locator, status: keyof Messages['booking']['mine']['status']) {
		await expect(card.getByTestId('booking-status')).toHaveText(this.b.mine.status[status]);
		await expect(card).toHaveAttribute('data-status', status);
	}
}
