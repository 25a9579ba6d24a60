import type { Kysely } from 'kysely';
import { safeErrorSummary } from '$lib/server/log/safe-error';
import type { Database } from '../db/schema';
import { REMINDER_ENTITIES, refreshReminders } from './store';

const ENTITIES: ReadonlySet<string> = new Set(REMINDER_ENTITIES);

/**
 * Called by the sync push endpoint after a push is stored: recomputes the tenant's reminders when
 * the push touched data they come from. Never fails the push (it is already stored); the daily
 * sweep repairs a refresh that failed.
 */
export async function refreshRemindersAfterPush(
	db: Kysely<Database>,
	userId: string,
	mutations: readonly { entity: string }[],
	now: Date
): Promise<void> {
	if (!mutations.some((m) => ENTITIES.has(m.entity))) return;
	try {
		await refreshReminders(db, userId, now);
	} catch (error) {
		console.error(`[reminders] refresh after push failed: ${safeErrorSummary(error)}`);
	}
}
