/**
 * Per-user storage quota for synced rows (README.md here). A free account could otherwise store
 * any number of rows, and the advisor's case view reads them all. The push endpoint asks
 * `assertPushWithinQuota` before applying a batch; a batch that would take the account over its
 * row or byte limit is refused whole (403, `code: 'quota_exceeded'`), nothing of it stored, and
 * the client shows it in plain words. Deleting and shrinking are always allowed, so a tenant over
 * the limit (e.g. after the limit was lowered) can always tidy up.
 *
 * The check runs before the batch's own transaction, so two concurrent pushes of one account can
 * together overshoot by at most one batch (MAX_PUSH_MUTATIONS rows): a bound, which is what a
 * quota is for, without holding a lock over the sync path.
 */
import { sql, type Kysely } from 'kysely';
import type { Mutation } from '$lib/schemas/sync';
import { dialectKind } from '../db/dialect';
import type { Database } from '../db/schema';
import { HttpProblem } from '../http/guards';

export interface QuotaLimits {
	/** Live synced rows per user. */
	rows: number;
	/** Bytes of live row data (UTF-8 JSON) per user. */
	bytes: number;
}

/**
 * Far above any household's situation (tens of rows) and years of plan versions and payments
 * (hundreds), far below what would slow the case view down.
 */
export const DEFAULT_QUOTA: QuotaLimits = { rows: 2_000, bytes: 8 * 1024 * 1024 };

export const QUOTA_EXCEEDED = 'quota_exceeded';

function positiveInt(raw: string | undefined, fallback: number): number {
	// Digits only: "1e3" or "0x10" in a setting is a typo, not a number.
	const n = raw !== undefined && /^\d{1,15}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
	return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

/** Limits from `SYNC_QUOTA_ROWS` and `SYNC_QUOTA_BYTES`, else the defaults. */
export function quotaLimits(env: Record<string, string | undefined> = process.env): QuotaLimits {
	return {
		rows: positiveInt(env.SYNC_QUOTA_ROWS, DEFAULT_QUOTA.rows),
		bytes: positiveInt(env.SYNC_QUOTA_BYTES, DEFAULT_QUOTA.bytes)
	};
}

export interface QuotaUsage {
	rows: number;
	bytes: number;
}

/** The user's live synced rows and their data size in bytes. */
export async function syncUsage(db: Kysely<Database>, userId: string): Promise<QuotaUsage> {
	const bytes =
		dialectKind(db) === 'postgres'
			? sql<string>`coalesce(sum(octet_length(data)), 0)`
			: sql<string>`coalesce(sum(length(cast(data as blob))), 0)`;
	const row = await db
		.selectFrom('sync_rows')
		.select((eb) => [eb.fn.countAll<string>().as('rows'), bytes.as('bytes')])
		.where('user_id', '=', userId)
		.where('deleted', '=', 0)
		.executeTakeFirst();
	return { rows: Number(row?.rows ?? 0), bytes: Number(row?.bytes ?? 0) };
}

const key = (entity: string, id: string) => `${entity}\u0000${id}`;

/**
 * What applying `mutations` would add to the user's usage. An upsert of a new row adds a row and
 * its fields' size; an upsert of a live row adds what its fields exceed the stored data by (a
 * patch never shrinks the estimate below the row as stored); a delete of a live row frees it.
 */
export async function pushGrowth(
	db: Kysely<Database>,
	userId: string,
	mutations: readonly Mutation[]
): Promise<QuotaUsage> {
	const last = new Map<string, Mutation>();
	for (const m of mutations) last.set(key(m.entity, m.entityId), m);
	const ids = [...new Set(mutations.map((m) => m.entityId))];
	const live = new Map<string, number>();
	const sizeOf =
		dialectKind(db) === 'postgres'
			? sql<string>`coalesce(octet_length(data), 0)`
			: sql<string>`coalesce(length(cast(data as blob)), 0)`;
	for (let i = 0; i < ids.length; i += 500) {
		const rows = await db
			.selectFrom('sync_rows')
			.select(['entity', 'row_id', sizeOf.as('size')])
			.where('user_id', '=', userId)
			.where('deleted', '=', 0)
			.where('row_id', 'in', ids.slice(i, i + 500))
			.execute();
		for (const r of rows) live.set(key(r.entity, r.row_id), Number(r.size));
	}
	let rows = 0;
	let bytes = 0;
	for (const [k, m] of last) {
		const stored = live.get(k);
		if (m.op === 'delete') {
			if (stored !== undefined) {
				rows -= 1;
				bytes -= stored;
			}
			continue;
		}
		const size = Buffer.byteLength(JSON.stringify(m.fields ?? {}), 'utf8');
		if (stored === undefined) {
			rows += 1;
			bytes += size;
		} else {
			bytes += Math.max(0, size - stored);
		}
	}
	return { rows, bytes };
}

/** Throws 403 `quota_exceeded` when the batch would take the user over a limit. */
export async function assertPushWithinQuota(
	db: Kysely<Database>,
	userId: string,
	mutations: readonly Mutation[],
	limits: QuotaLimits = quotaLimits()
): Promise<void> {
	const growth = await pushGrowth(db, userId, mutations);
	if (growth.rows <= 0 && growth.bytes <= 0) return;
	const used = await syncUsage(db, userId);
	const overRows = growth.rows > 0 && used.rows + growth.rows > limits.rows;
	const overBytes = growth.bytes > 0 && used.bytes + growth.bytes > limits.bytes;
	if (!overRows && !overBytes) return;
	throw new HttpProblem(403, {
		message: overRows
			? `This account can store at most ${limits.rows} rows; delete some before adding more`
			: `This account can store at most ${limits.bytes} bytes; shorten or delete some rows first`,
		code: QUOTA_EXCEEDED,
		limit: limits,
		used
	});
}
