/**
 * The free-time picker as a tenant meets it: the first three days with times, "Show more days"
 * adding three more with the keyboard on the first new time, the day of a chosen time always
 * shown, and days without a time for the chosen way of meeting left out. Finnish messages.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { fi } from '$lib/i18n/fi/index';
import type { Channel, Slot } from '$lib/schemas/booking';
import SlotPicker from './SlotPicker.svelte';

function day(date: string, channels: Channel[] = ['phone', 'office']) {
	const slots: Slot[] = ['09:00', '09:30'].map((localStart) => ({
		startsAt: `${date}T${localStart}:00+02:00`,
		endsAt: `${date}T${localStart}:00+02:00`,
		localDate: date,
		localStart,
		localEnd: localStart,
		advisorIds: ['a1'],
		channels
	}));
	return { date, slots };
}

const SEVEN_DAYS = [1, 2, 3, 4, 5, 6, 7].map((d) => day(`2026-12-0${d}`));

function shownDays(container: HTMLElement): string[] {
	return [...container.querySelectorAll('fieldset.day')].map((f) => f.getAttribute('data-date')!);
}

describe('SlotPicker', () => {
	// The booking page asks for its messages in its load; here, before the first render.
	beforeAll(() => i18n.need(['booking']));

	it('shows three days, then three more at a time, with the keyboard on the first new time', async () => {
		const { container } = render(SlotPicker, {
			props: { days: SEVEN_DAYS, channel: null, name: 'slot' }
		});
		expect(shownDays(container)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);

		await fireEvent.click(screen.getByRole('button', { name: fi.booking.form.moreDays }));
		flushSync();
		expect(shownDays(container)).toHaveLength(6);
		await expect
			.poll(() => document.activeElement?.getAttribute('value'))
			.toBe('2026-12-04T09:00:00+02:00');

		await fireEvent.click(screen.getByRole('button', { name: fi.booking.form.moreDays }));
		flushSync();
		expect(shownDays(container)).toHaveLength(7);
		expect(screen.queryByRole('button', { name: fi.booking.form.moreDays })).toBeNull();
	});

	it('always shows the day of the chosen time', () => {
		const { container } = render(SlotPicker, {
			props: {
				days: SEVEN_DAYS,
				channel: null,
				name: 'slot',
				selected: '2026-12-05T09:30:00+02:00'
			}
		});
		expect(shownDays(container)).toHaveLength(5);
		const chosen = container.querySelector<HTMLInputElement>(
			'input[value="2026-12-05T09:30:00+02:00"]'
		);
		expect(chosen?.checked).toBe(true);
	});

	it('counts only days with a time for the chosen way of meeting', () => {
		const days = [
			day('2026-12-01', ['office']),
			day('2026-12-02'),
			day('2026-12-03', ['office']),
			day('2026-12-04'),
			day('2026-12-05')
		];
		const { container } = render(SlotPicker, { props: { days, channel: 'phone', name: 'slot' } });
		expect(shownDays(container)).toEqual(['2026-12-02', '2026-12-04', '2026-12-05']);
		expect(screen.queryByRole('button', { name: fi.booking.form.moreDays })).toBeNull();
	});
});
