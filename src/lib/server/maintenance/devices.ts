/**
 * The "device away too long" rule. Idempotency answers are pruned after the offline horizon
 * (prune.ts), so a mutation a device sent before that and never saw answered would, if
 * retried now, be applied again, possibly over newer edits from another device. A device's
 * retries are always in its latest push, so the device's last push time bounds them: a device
 * that has not pushed within the horizon is refused as a whole and told to start over (re-send
 * its unsent changes as new mutations from a new client id, after a full resync).
 */
import type { Kysely } from 'kysely';
import type { SyncRestartCode } from '$lib/schemas/sync';
import { dialectKind } from '../db/dialect';
import type { Database } from '../db/schema';
import { HttpProblem } from '../http/guards';
import { horizonCutoff, maintenanceSettingsFromEnv } from './settings';

/** Touching the row at most daily keeps a write off most pushes; the stored time stays a lower bound. */
const TOUCH_AFTER_MS = 24 * 60 * 60 * 1000;

function toDate(value: Date | string): Date {
	return value instanceof Date ? value : new Date(value);
}

/**
 * Records that `clientIds` of `userId` are pushing now and answers which of them were away
 * longer than the horizon (those are not touched: their push must be refused). A device never
 * seen before is new and admitted. Call before applying the push, so that a push applied is
 * always covered by a stored time no later than its answers.
 */
export async function staleDevices(
	db: Kysely<Database>,
	userId: string,
	clientIds: readonly string[],
	now: Date,
	horizonDays: number
): Promise<string[]> {
	const ids = [...new Set(clientIds)];
	if (ids.length === 0) return [];
	const known = await db
		.selectFrom('sync_devices')
		.select(['client_id', 'last_push_at'])
		.where('user_id', '=', userId)
		.where('client_id', 'in', ids)
		.execute();
	const lastPush = new Map(known.map((d) => [d.client_id, toDate(d.last_push_at).getTime()]));
	const cutoff = horizonCutoff(now, horizonDays).getTime();
	const stale = ids.filter((id) => (lastPush.get(id) ?? Infinity) < cutoff);
	if (stale.length > 0) return stale;
	const touch = ids.filter(
		(id) => (lastPush.get(id) ?? -Infinity) < now.getTime() - TOUCH_AFTER_MS
	);
	if (touch.length > 0) {
		const at = dialectKind(db) === 'postgres' ? now : now.toISOString();
		await db
			.insertInto('sync_devices')
			.values(touch.map((client_id) => ({ user_id: userId, client_id, last_push_at: at })))
			.onConflict((oc) => oc.columns(['user_id', 'client_id']).doUpdateSet({ last_push_at: at }))
			.execute();
	}
	return [];
}

/**
 * The push endpoint's check: throws 409 `device-away-too-long` when a device in the push has
 * been away longer than the horizon, before anything of the push is applied.
 */
export async function refuseStaleDevices(
	db: Kysely<Database>,
	userId: string,
	mutations: readonly { clientId?: string | undefined }[],
	options: { now?: () => Date; horizonDays?: number } = {}
): Promise<void> {
	const clientIds = mutations.flatMap((m) => (m.clientId === undefined ? [] : [m.clientId]));
	const now = options.now?.() ?? new Date();
	const horizonDays = options.horizonDays ?? maintenanceSettingsFromEnv().horizonDays;
	const stale = await staleDevices(db, userId, clientIds, now, horizonDays);
	if (stale.length > 0) {
		throw new HttpProblem(409, {
			message: 'This device was away too long: resync, then send its changes again as new ones',
			code: 'device-away-too-long' satisfies SyncRestartCode
		});
	}
}
