// Page model of the advisor's booking pages: /advisor/bookings (queue), /advisor/agenda and
// /advisor/availability.
import { expect, type Locator, type Page } from '@playwright/test';
import { fi, type Messages } from '../../../src/lib/i18n/fi/index';

export interface WeeklyHours {
	weekday: number;
	start: string;
	end: string;
}

export class AdvisorPage {
	constructor(
		readonly page: Page,
		readonly m: Messages = fi
	) {}

	get a() {
		return this.m.booking.advisorArea;
	}

	// --- availability -----------------------------------------------------------------------

	async gotoAvailability(): Promise<void> {
		await this.page.goto('/advisor/availability');
		await expect(this.page.getByTestId('availability-form')).toBeVisible({ timeout: 20_000 });
	}

	field(label: string): Locator {
		return this.page.getByLabel(label, { exact: true });
	}

	async setChannel(name: string, on: boolean): Promise<void> {
		const box = this.page
			.getByRole('group', { name: this.a.availability.channels })
			.getByRole('checkbox', { name, exact: true });
		await box.setChecked(on);
	}

	/** Replaces the weekly template with `rows` (adds rows through the UI). */
	async setWeekly(rows: WeeklyHours[]): Promise<void> {
		const t = this.a.availability;
		const group = this.page.getByRole('group', { name: t.weekly });
		for (let i = 0; i < rows.length; i++) {
			await group.getByRole('button', { name: t.addWeekly }).click();
			const row = this.page.getByRole('group', { name: t.weeklyLabel(i + 1), exact: true });
			const r = rows[i]!;
			await row.getByLabel(t.weekday).selectOption(String(r.weekday));
			await row.getByLabel(t.start).fill(r.start);
			await row.getByLabel(t.end).fill(r.end);
		}
	}

	async save(): Promise<void> {
		// The advisor pages may also ask for a display name, whose form has its own "Save name".
		await this.page
			.getByTestId('availability-form')
			.getByRole('button', { name: this.a.availability.save, exact: true })
			.click();
	}

	availabilityMessage(): Locator {
		return this.page.getByTestId('availability-message');
	}

	// --- queue -------------------------------------------------------------------------------

	async gotoQueue(): Promise<void> {
		await this.page.goto('/advisor/bookings');
		await expect(
			this.page.getByRole('heading', { level: 1, name: this.a.queue.title })
		).toBeVisible();
		await expect(
			this.page.getByRole('status').filter({ hasText: this.m.common.loading })
		).toHaveCount(0);
	}

	request(id: string): Locator {
		return this.page.locator(`[data-testid="request"][data-booking-id="${id}"]`);
	}

	queueMessage(): Locator {
		return this.page.getByTestId('queue-message');
	}

	// --- agenda ------------------------------------------------------------------------------

	async gotoAgenda(view: 'day' | 'week', date?: string): Promise<void> {
		await this.page.goto(`/advisor/agenda?view=${view}${date ? `&date=${date}` : ''}`);
		await expect(this.page.getByTestId('agenda-range')).toBeVisible({ timeout: 20_000 });
	}

	meeting(id: string): Locator {
		return this.page.locator(`[data-testid="meeting"][data-booking-id="${id}"]`);
	}
}
