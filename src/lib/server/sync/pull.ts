import type { Kysely } from 'kysely';
import {
	DEFAULT_PULL_LIMIT,
	MAX_PULL_LIMIT,
	isSyncEntityName,
	type Change,
	type PullResponse,
	type SyncRestartCode
} from '$lib/schemas/sync';
import type { Database } from '../db/schema';
import { HttpProblem } from '../http/guards';
import { parseObject } from '../db/json';

/**
 * Rows of `userId` stamped after `since`, oldest first, tombstones and conflicts included.
 * Reads `limit + 1` rows to learn `hasMore` without a count. Safe to run beside a push: the
 * push holds the user's lock until commit, so versions become visible in order and a cursor
 * never passes a version that is still to commit.
 *
 * Pruned deletes (`sync_floor`, maintenance/prune.ts): `base` is the cursor the device had
 * when this run of pulls began (the first page's `since`; 0 for a device starting from
 * nothing). A `base` below the floor throws 409 `resync-required`: that device may hold rows
 * whose deletes it never saw. A device that started from 0 cannot, so its later pages pass, and
 * its last page's cursor is raised to the floor so its next run does not trip over it. The floor
 * is read after the rows: pruning raises it in the transaction that deletes the tombstones, so a
 * page that no longer holds a tombstone is always checked against a floor that covers it.
 */
export async function pull(
	db: Kysely<Database>,
	userId: string,
	since: number,
	limit: number = DEFAULT_PULL_LIMIT,
	base: number = since
): Promise<PullResponse> {
	const take = Math.min(Math.max(1, Math.trunc(limit)), MAX_PULL_LIMIT);
	const rows = await db
		.selectFrom('sync_rows')
		.select(['entity', 'row_id', 'version', 'deleted', 'data'])
		.where('user_id', '=', userId)
		.where('version', '>', Math.max(0, Math.trunc(since)))
		.orderBy('version')
		.limit(take + 1)
		.execute();
	const floor =
		(
			await db
				.selectFrom('sync_floor')
				.select('version')
				.where('user_id', '=', userId)
				.executeTakeFirst()
		)?.version ?? 0;
	if (base > 0 && base < floor) {
		throw new HttpProblem(409, {
			message: 'Deletes older than this cursor were pruned: pull again from 0',
			code: 'resync-required' satisfies SyncRestartCode
		});
	}
	const page = rows.slice(0, take);
	const changes: Change[] = [];
	for (const r of page) {
		// An entity dropped from the app in a later release is skipped rather than failing the pull.
		if (!isSyncEntityName(r.entity)) continue;
		const deleted = r.deleted === 1;
		changes.push({
			entity: r.entity,
			id: r.row_id,
			version: r.version,
			deleted,
			data: deleted ? null : parseObject(r.data)
		});
	}
	const hasMore = rows.length > take;
	const cursor = page.at(-1)?.version ?? Math.max(0, Math.trunc(since));
	return { changes, cursor: hasMore ? cursor : Math.max(cursor, floor), hasMore };
}
