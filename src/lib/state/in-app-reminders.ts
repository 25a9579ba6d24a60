/**
 * In-app reminders for a tenant with or without an account: computed on the device from the
 * local database when the app opens (the rules are `domain/reminders.ts`, the same as the
 * server's), shown until dismissed. Dismissed keys are kept in localStorage (keys hold no
 * amounts or names), bounded.
 */
import { dueInAppReminders, type PlannedReminder } from '$lib/domain/reminders';
import { appDb } from '$lib/db/app-db';

export const DISMISSED_KEY = 'dismissedReminders';
const MAX_DISMISSED = 200;

function readDismissed(): string[] {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(DISMISSED_KEY) ?? '[]');
		return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
	} catch {
		return [];
	}
}

export function dismissReminder(key: string): void {
	const keys = [...readDismissed().filter((k) => k !== key), key].slice(-MAX_DISMISSED);
	try {
		localStorage.setItem(DISMISSED_KEY, JSON.stringify(keys));
	} catch {
		// Storage full or blocked: the reminder shows again next time, nothing worse.
	}
}

export async function loadInAppReminders(now: number = Date.now()): Promise<PlannedReminder[]> {
	const db = appDb();
	const [homes, plans, payments, checkins] = await Promise.all([
		db.home.toArray(),
		db.plans.toArray(),
		db.payments.toArray(),
		db.checkins.toArray()
	]);
	return dueInAppReminders(
		{
			dueDay: homes[0]?.dueDay ?? null,
			plans,
			payments,
			meetings: [],
			answeredCheckins: new Set(checkins.map((c) => c.key))
		},
		now,
		new Set(readDismissed())
	);
}
