/**
 * Reminders and notifications on the server (README.md in this folder): the runtime pieces the
 * routes and the server's jobs use.
 */
import { readyDb, type Database } from '../db';
import type { Kysely } from 'kysely';
import { mailSettingsFromEnv, sendMail } from '../mail/transport';
import { DAY_MS, type Job } from '../jobs/scheduler';
import { sendAdvisorDigests } from './digest';
import { ReminderDispatcher } from './dispatcher';
import type { ReminderEndpointContext } from './endpoints';
import { webPushSender } from './push-sender';
import { refreshReminders, usersWithReminderData } from './store';
import { vapidKeysFromEnv, type VapidKeys } from './vapid';

export * from './endpoints';
export { ReminderDispatcher, LEASE_MS, MAX_ATTEMPTS } from './dispatcher';
export { refreshReminders } from './store';

let keys: VapidKeys | undefined;
/** The VAPID keys, read (or made) once per process. */
export function serverVapidKeys(): VapidKeys {
	keys ??= vapidKeysFromEnv();
	return keys;
}

export function reminderContext(): ReminderEndpointContext {
	return { db: readyDb, vapid: serverVapidKeys };
}

/**
 * The daily sweep: every tenant's reminders are computed again, so the horizon moves on and a
 * refresh that failed after a push is repaired.
 */
export function reminderRefreshJob(): Job {
	return {
		name: 'reminders-refresh',
		everyMs: DAY_MS,
		run: async (db: Kysely<Database>, now: Date) => {
			const users = await usersWithReminderData(db);
			let added = 0;
			for (const user of users) added += (await refreshReminders(db, user, now)).added;
			return { users: users.length, added };
		}
	};
}

/** The advisors' daily digest of their follow-up list (digest.ts). */
export function advisorDigestJob(env: NodeJS.ProcessEnv = process.env): Job {
	return {
		name: 'advisor-digest',
		everyMs: DAY_MS,
		run: (db: Kysely<Database>, now: Date) =>
			sendAdvisorDigests(db, now, {
				mail: mailSettingsFromEnv(env),
				origin: env.ORIGIN?.trim() || 'http://localhost:3000'
			})
	};
}

/** The sender, running every 15 s in this process (off: REMINDERS=off). */
export function startReminderDispatcher(
	env: NodeJS.ProcessEnv = process.env
): ReminderDispatcher | null {
	if (env.REMINDERS === 'off') return null;
	const mail = mailSettingsFromEnv(env);
	const dispatcher = new ReminderDispatcher(readyDb, webPushSender(serverVapidKeys()), {
		mail: (to, message) => sendMail(mail, to, message),
		origin: env.ORIGIN?.replace(/\/$/, '') ?? ''
	});
	dispatcher.start();
	return dispatcher;
}
