/**
 * In-app reminders on a device without an account: computed from the local database (real Dexie
 * over fake-indexeddb) when the app opens, shown in Finnish, dismissed for good.
 */
import 'fake-indexeddb/auto';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { appDb, deleteAppDb } from '$lib/db/app-db';
import { fromHelsinki } from '$lib/domain/helsinki-time';
import { fi } from '$lib/i18n/fi/index';
import { formatLocalDate } from '$lib/i18n/locales';
import { emptyRowData } from '$lib/schemas/defaults';
import { HOME_ID } from '$lib/schemas/situation';
import { DISMISSED_KEY } from '$lib/state/in-app-reminders';
import InAppReminders from './InAppReminders.svelte';

afterAll(async () => {
	await deleteAppDb();
});

const AT = '2026-11-01T10:00:00.000Z';
const NOW = fromHelsinki('2026-12-05', '12:00');
const m = fi.account.reminders.inApp;

describe('InAppReminders', () => {
	it('shows the rent and the instalment due today; a dismissed one stays away', async () => {
		await appDb().home.put({
			...emptyRowData('home', HOME_ID),
			id: HOME_ID,
			version: 0,
			createdAt: AT,
			updatedAt: AT,
			dueDay: 5
		});
		await appDb().plans.put({
			...emptyRowData('plans', 'plan-1'),
			id: 'plan-1',
			version: 0,
			createdAt: AT,
			updatedAt: AT,
			agreed: true,
			agreedAt: AT,
			months: [{ month: '2026-12', dueDate: '2026-12-05', instalmentsCents: [20_000] }]
		});
		const day = formatLocalDate('2026-12-05', 'fi');
		const first = render(InAppReminders, { props: { now: NOW } });
		await vi.waitFor(() => expect(screen.getByText(m.text.rent(day))).toBeTruthy(), {
			timeout: 10_000
		});
		expect(screen.getByText(m.text.instalment(day))).toBeTruthy();
		expect(screen.getAllByRole('link', { name: m.open })).toHaveLength(2);

		const rentItem = screen.getByText(m.text.rent(day)).closest('li');
		const dismiss = rentItem?.querySelector('button');
		if (!dismiss) throw new Error('no dismiss button');
		await fireEvent.click(dismiss);
		expect(screen.queryByText(m.text.rent(day))).toBeNull();
		expect(JSON.parse(localStorage.getItem(DISMISSED_KEY) ?? '[]')).toEqual([
			'rent:2026-12-05:due'
		]);
		first.unmount();

		// Opened again: the instalment shows, the dismissed rent does not.
		render(InAppReminders, { props: { now: NOW } });
		await vi.waitFor(() => expect(screen.getByText(m.text.instalment(day))).toBeTruthy(), {
			timeout: 10_000
		});
		expect(screen.queryByText(m.text.rent(day))).toBeNull();
	});
});
