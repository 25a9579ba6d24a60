/**
 * Pruning: the rules that keep the server database from growing with every edit forever
 * (README.md in this folder). Each rule deletes only what sync can no longer need:
 *
 * - Idempotency answers older than the offline horizon. A device that might still retry one of
 *   them has not pushed for longer than the horizon, and the push endpoint refuses such a device
 *   (`device-away-too-long`, see devices.ts) instead of applying its retry a second time.
 * - Tombstones (deletes, resolved conflicts) older than the horizon. Before they go, the user's
 *   `sync_floor` is raised to the highest removed version in the same transaction, and a pull
 *   from a cursor below the floor is answered `resync-required` (pull.ts), so no device can
 *   miss a delete.
 * - Repeated conflict rows: open conflicts with the same entity, row, field and both values
 *   offer the tenant the same choice twice. All but the newest become tombstones, stamped with
 *   new versions under the user's sync lock like any push, so every device drops them.
 * - Expired sessions and sign-in tokens (unusable already), and old job-run claims.
 *
 * Every delete is by a timestamp range (indexed, migration 0050) in batches, so a large first
 * run never holds SQLite's write lock for long.
 */
import { sql, type Kysely } from 'kysely';
import { dialectKind } from '../db/dialect';
import type { Database } from '../db/schema';
import { lockUserClock } from '../sync/push';
import { withWriteTransaction } from '../db/write-transaction';
import { horizonCutoff } from './settings';

export interface PruneResult {
	mutations: number;
	tombstones: number;
	repeatedConflicts: number;
	sessions: number;
	verificationTokens: number;
	jobRuns: number;
}

/** Job-run claims are only needed until their slot has passed; a month is plenty to look back. */
const JOB_RUN_DAYS = 31;
/** Rows per delete: bounds how long one statement holds the write lock (and its parameters). */
const BATCH = 2000;

/** Timestamp columns are ISO text on SQLite and timestamptz on PostgreSQL. */
function stamp(db: Kysely<Database>, at: Date): Date | string {
	return dialectKind(db) === 'postgres' ? at : at.toISOString();
}

/**
 * Batches are picked by the physical row id (SQLite `rowid`, PostgreSQL `ctid`): a lookup per
 * row, where a key-tuple `IN (subquery)` made SQLite rescan the table for every batch.
 */
function rowIdColumn(db: Kysely<Database>) {
	return sql.raw(dialectKind(db) === 'postgres' ? 'ctid' : 'rowid');
}

async function pruneMutations(db: Kysely<Database>, cutoff: Date): Promise<number> {
	const rid = rowIdColumn(db);
	const old = sql`select ${rid} from sync_mutations where created_at < ${stamp(db, cutoff)} limit ${BATCH}`;
	const inBatch =
		dialectKind(db) === 'postgres' ? sql`ctid = any(array(${old}))` : sql`rowid in (${old})`;
	let total = 0;
	for (;;) {
		const res = await sql`delete from sync_mutations where ${inBatch}`.execute(db);
		const n = Number(res.numAffectedRows ?? 0);
		total += n;
		if (n < BATCH) return total;
	}
}

async function pruneTombstones(db: Kysely<Database>, cutoff: Date): Promise<number> {
	const at = stamp(db, cutoff);
	const pg = dialectKind(db) === 'postgres';
	const greatest = sql.raw(pg ? 'greatest' : 'max');
	const rid = rowIdColumn(db);
	let total = 0;
	for (;;) {
		const selected = await withWriteTransaction(db, async (trx) => {
			const { rows: batch } = await sql<{ rid: string | number; user_id: string; version: number }>`
				select ${rid} as rid, user_id, version from sync_rows
				where deleted = 1 and updated_at < ${at} limit ${BATCH}`.execute(trx);
			if (batch.length === 0) return 0;
			const floors = new Map<string, number>();
			for (const r of batch) floors.set(r.user_id, Math.max(floors.get(r.user_id) ?? 0, r.version));
			// The floor rises in the same transaction as the delete: a pull that no longer sees a
			// tombstone always sees the floor that tells it to resync.
			await trx
				.insertInto('sync_floor')
				.values([...floors].map(([user_id, version]) => ({ user_id, version })))
				.onConflict((oc) =>
					oc.column('user_id').doUpdateSet({
						version: sql<number>`${greatest}(sync_floor.version, excluded.version)`
					})
				)
				.execute();
			// The conditions again: on PostgreSQL a push may have re-created or deleted the row anew
			// since the select (a new tuple, so its old ctid no longer matches either); SQLite holds
			// the write lock throughout.
			const ids = batch.map((r) => r.rid);
			const inBatch = pg
				? sql`ctid = any(${ids.map(String)}::tid[])`
				: sql`rowid in (${sql.join(ids)})`;
			const res = await sql`delete from sync_rows
				where ${inBatch} and deleted = 1 and updated_at < ${at}`.execute(trx);
			total += Number(res.numAffectedRows ?? 0);
			return batch.length;
		});
		if (selected < BATCH) return total;
	}
}

interface ConflictData {
	entity?: unknown;
	entityId?: unknown;
	field?: unknown;
	serverValue?: unknown;
	clientValue?: unknown;
}

function conflictKey(data: string | null): string | null {
	if (data === null) return null;
	try {
		const d = JSON.parse(data) as ConflictData;
		return JSON.stringify([
			d.entity,
			d.entityId,
			d.field,
			d.serverValue ?? null,
			d.clientValue ?? null
		]);
	} catch {
		return null;
	}
}

async function pruneRepeatedConflicts(db: Kysely<Database>, now: Date): Promise<number> {
	const live = await db
		.selectFrom('sync_rows')
		.select(['user_id', 'row_id', 'version', 'data'])
		.where('entity', '=', 'conflicts')
		.where('deleted', '=', 0)
		.orderBy('user_id')
		.orderBy('version', 'desc')
		.execute();
	const repeats = new Map<string, { rowId: string; version: number }[]>();
	const seen = new Set<string>();
	for (const r of live) {
		const key = conflictKey(r.data);
		if (key === null) continue;
		const userKey = `${r.user_id}\n${key}`;
		// Rows come newest first: the first of each kind is kept, later ones are repeats.
		if (!seen.has(userKey)) {
			seen.add(userKey);
			continue;
		}
		repeats.set(r.user_id, [
			...(repeats.get(r.user_id) ?? []),
			{ rowId: r.row_id, version: r.version }
		]);
	}
	let total = 0;
	for (const [userId, rows] of repeats) {
		total += await withWriteTransaction(db, async (trx) => {
			const clock = await lockUserClock(trx, userId);
			let version = clock.version;
			let done = 0;
			for (const r of rows) {
				const res = await trx
					.updateTable('sync_rows')
					.set({
						version: version + 1,
						deleted: 1,
						data: null,
						updated_at: stamp(trx, now)
					})
					.where('user_id', '=', userId)
					.where('entity', '=', 'conflicts')
					.where('row_id', '=', r.rowId)
					.where('version', '=', r.version)
					.where('deleted', '=', 0)
					.executeTakeFirst();
				if (Number(res.numUpdatedRows) > 0) {
					version += 1;
					done += 1;
				}
			}
			if (version !== clock.version) {
				await trx
					.updateTable('sync_clock')
					.set({ version })
					.where('user_id', '=', userId)
					.execute();
			}
			return done;
		});
	}
	return total;
}

async function pruneExpiredAuth(
	db: Kysely<Database>,
	now: Date
): Promise<{ sessions: number; verificationTokens: number }> {
	const at = stamp(db, now);
	const sessions = await db.deleteFrom('Session').where('expires', '<', at).executeTakeFirst();
	const tokens = await db
		.deleteFrom('VerificationToken')
		.where('expires', '<', at)
		.executeTakeFirst();
	return {
		sessions: Number(sessions.numDeletedRows),
		verificationTokens: Number(tokens.numDeletedRows)
	};
}

/** Runs every pruning rule once, as of `now`. Safe to run at any time and on several instances. */
export async function pruneAll(
	db: Kysely<Database>,
	now: Date,
	horizonDays: number
): Promise<PruneResult> {
	const cutoff = horizonCutoff(now, horizonDays);
	const mutations = await pruneMutations(db, cutoff);
	const tombstones = await pruneTombstones(db, cutoff);
	const repeatedConflicts = await pruneRepeatedConflicts(db, now);
	const auth = await pruneExpiredAuth(db, now);
	const runs = await db
		.deleteFrom('job_runs')
		.where('started_at', '<', stamp(db, new Date(now.getTime() - JOB_RUN_DAYS * 86_400_000)))
		.executeTakeFirst();
	return {
		mutations,
		tombstones,
		repeatedConflicts,
		...auth,
		jobRuns: Number(runs.numDeletedRows)
	};
}
