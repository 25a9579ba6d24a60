/**
 * The account the data on this device belongs to (meta `owner`; absent: typed before any
 * sign-in), and how many changes would be sent to an account. What sync may do with them is
 * decided in $lib/domain/device-account.
 */
import { appDb, type AppDb } from './app-db';

export const OWNER_KEY = 'owner';

export async function readOwner(db: AppDb = appDb()): Promise<string | null> {
	const value = (await db.meta.get(OWNER_KEY))?.value;
	return typeof value === 'string' && value ? value : null;
}

/** Records that the data on this device is `email`'s (after a claim or the tenant's yes). */
export async function setOwner(email: string, db: AppDb = appDb()): Promise<void> {
	await db.meta.put({ key: OWNER_KEY, value: email.trim().toLowerCase() });
}

/** Changes that a sync would send: the outbox and commands waiting for the network. */
export async function localChangeCount(db: AppDb = appDb()): Promise<number> {
	return db.transaction('r', db.outbox, db.pending, async () => {
		return (await db.outbox.count()) + (await db.pending.count());
	});
}
