/**
 * The one rate limiter behind every limit in the app (sign-in per IP and per address, sync push
 * and pull, bookings, consent, advisor endpoints): `rateLimit()` in ./guards.ts, which the
 * endpoint wrapper calls with the class an endpoint declares (RATE_LIMITS below).
 *
 * Algorithm: GCRA (generic cell rate algorithm), which behaves exactly like a token bucket that
 * holds `limit` tokens and refills at limit/window, but keeps one number per key, the
 * "theoretical arrival time" (tat). A request is allowed when max(tat, now) + interval is at most
 * now + window; then tat moves on by one interval. A refused request changes nothing. One number
 * per key means one atomic statement in a database, with no read-modify-write race.
 *
 * Where the state lives:
 * - in this process's memory without DATABASE_URL (SQLite: one server process per data file);
 * - in the `rate_limits` table with DATABASE_URL, so several instances behind one PostgreSQL share
 *   every limit and a restart or failover forgets none of them. Keys are stored as SHA-256 hashes:
 *   they contain email and IP addresses, which have no business sitting in a table.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { dialectKind } from '$lib/server/db/dialect';
import { DelayedFlush } from '$lib/server/db/delayed-flush';
import { withRelaxedCommit } from '$lib/server/db/relaxed-commit';
import type { Database } from '$lib/server/db/schema';

/** [requests, per milliseconds]: a burst of `requests`, then requests/window sustained. */
export type RateLimitRule = readonly [number, number];

/**
 * The limit classes endpoints declare (`endpoint({ limit })`), counted per user and class.
 * Sign-in has its own limits, per IP and per address (auth/sign-in-limit.ts).
 */
export const RATE_LIMITS = {
	/** Reading one's own data or the booking calendar. */
	read: [300, 60_000],
	/** A person's decisions: bookings, consents, contacts, plan changes, account deletion. */
	write: [30, 60_000],
	/** An advisor opening tenants' cases (each look is logged for the tenant). */
	'case-view': [120, 60_000],
	/** Pushes are debounced by the client, so 120 a minute is generous. */
	'sync-push': [120, 60_000],
	'sync-pull': [240, 60_000]
} as const satisfies Record<string, RateLimitRule>;
export type LimitClass = keyof typeof RATE_LIMITS;

export interface RateLimitStore {
	/**
	 * Counts one request against `key` (at most `limit` per `windowMs`). Returns 0 when it is
	 * allowed, otherwise the milliseconds until one would be (nothing is counted then).
	 */
	take(key: string, limit: number, windowMs: number, now: number): Promise<number>;
}

/** Memory store: Map order is insertion order, so pruning drops the oldest keys first. */
export class MemoryRateLimitStore implements RateLimitStore {
	private readonly tats = new Map<string, number>();

	constructor(private readonly maxKeys = 50_000) {}

	take(key: string, limit: number, windowMs: number, now: number): Promise<number> {
		const interval = windowMs / limit;
		const next = Math.max(this.tats.get(key) ?? now, now) + interval;
		if (next - now > windowMs) return Promise.resolve(next - windowMs - now);
		this.tats.delete(key);
		this.tats.set(key, next);
		if (this.tats.size > this.maxKeys) this.prune(now);
		return Promise.resolve(0);
	}

	/** A key whose tat has passed behaves exactly like an unknown key: forget it to bound memory. */
	private prune(now: number): void {
		for (const [key, tat] of this.tats) {
			if (tat <= now || this.tats.size > this.maxKeys * 2) this.tats.delete(key);
		}
	}

	clear(): void {
		this.tats.clear();
	}
}

/** Hashed so that no email or IP address is kept in the table. */
function storedKey(key: string): string {
	return createHash('sha256').update(key).digest('base64url');
}

/** One in this many takes also deletes rows that have fully refilled (they mean nothing). */
const PRUNE_EVERY = 500;

export class DatabaseRateLimitStore implements RateLimitStore {
	private takes = 0;

	constructor(private readonly db: Kysely<Database>) {}

	async take(key: string, limit: number, windowMs: number, now: number): Promise<number> {
		const interval = windowMs / limit;
		const id = storedKey(key);
		// Both dialects evaluate every SET expression on the row as it was before the update, and
		// the conflict path holds the row lock, so concurrent instances cannot both take the
		// last token. PostgreSQL has greatest(), SQLite a two-argument max(); parameters are cast
		// so PostgreSQL does not have to guess their types.
		const later =
			dialectKind(this.db) === 'postgres'
				? sql<number>`greatest(rate_limits.tat, cast(${now} as double precision)) + cast(${interval} as double precision)`
				: sql<number>`max(rate_limits.tat, ${now}) + ${interval}`;
		const fits = sql<boolean>`${later} - ${now} <= ${windowMs}`;
		const upsert = (db: Kysely<Database>) =>
			db
				.insertInto('rate_limits')
				.values({ key: id, tat: now + interval, allowed: 1 })
				.onConflict((oc) =>
					oc.column('key').doUpdateSet({
						tat: sql<number>`case when ${fits} then ${later} else rate_limits.tat end`,
						allowed: sql<number>`case when ${fits} then 1 else 0 end`
					})
				)
				.returning(['tat', 'allowed'])
				.executeTakeFirstOrThrow();
		// Every limited request writes here: a crash forgetting the last moment of counts only lets
		// a few requests more through.
		const row = await withRelaxedCommit(this.db, upsert);
		if (++this.takes % PRUNE_EVERY === 0) {
			await this.db.deleteFrom('rate_limits').where('tat', '<', now).execute();
		}
		return Number(row.allowed) === 1 ? 0 : Number(row.tat) + interval - windowMs - now;
	}
}

/** How often the write-behind store sends its counts to the shared table. */
export const WRITE_BEHIND_FLUSH_MS = 200;
/** Rows per statement: 3 parameters each, well under both dialects' limits. */
const FLUSH_CHUNK = 2000;

interface LocalKey {
	tat: number;
	interval: number;
	/** Requests allowed here since the last flush. */
	pending: number;
}

/**
 * A limit that decides in memory and shares its counts through the `rate_limits` table a moment
 * later: for the public referral-code lookup, the one limited endpoint that a whole mailing's
 * tenants reach without an account. Waiting for a database write on each lookup kept its p99 far
 * above the 20 ms target on PostgreSQL (bench:codes); everything else keeps the exact store.
 *
 * Each instance runs the GCRA of MemoryRateLimitStore and every WRITE_BEHIND_FLUSH_MS adds the
 * requests it allowed to the key's shared tat in one statement, taking back the sum of every
 * instance's counts. The price, stated: between two flushes an instance decides alone, so with n
 * instances a key gets at most what the other n-1 allowed in one flush interval beyond its limit
 * (for the lookup's burst of 20, a guesser gains a few tries on a keyspace of 2^55), and an
 * instance that stops loses its last interval of counts.
 */
export class WriteBehindRateLimitStore implements RateLimitStore {
	private readonly keys = new Map<string, LocalKey>();
	private readonly flusher: DelayedFlush;
	/** The earliest `now` among the requests not sent yet. */
	private since: number | undefined;
	private flushes = 0;

	constructor(
		private readonly db: Kysely<Database>,
		flushMs = WRITE_BEHIND_FLUSH_MS,
		private readonly maxKeys = 50_000,
		onError: (err: unknown) => void = () => {}
	) {
		this.flusher = new DelayedFlush(() => this.send(), flushMs, onError);
	}

	take(key: string, limit: number, windowMs: number, now: number): Promise<number> {
		const id = storedKey(key);
		const interval = windowMs / limit;
		const entry = this.keys.get(id);
		const next = Math.max(entry?.tat ?? now, now) + interval;
		if (next - now > windowMs) return Promise.resolve(next - windowMs - now);
		if (entry) {
			entry.tat = next;
			entry.interval = interval;
			entry.pending++;
		} else {
			this.keys.set(id, { tat: next, interval, pending: 1 });
		}
		this.since = Math.min(this.since ?? now, now);
		this.flusher.schedule();
		return Promise.resolve(0);
	}

	/** Sends the counts now (the timer calls it; tests and shutdown may too). Never throws. */
	flush(): Promise<void> {
		return this.flusher.flush();
	}

	private async send(): Promise<void> {
		const batch = [...this.keys]
			.filter(([, e]) => e.pending > 0)
			.sort(([a], [b]) => (a < b ? -1 : 1));
		if (batch.length === 0 || this.since === undefined) return;
		// From the earliest request on: the stored tat then never runs ahead of this instance's own
		// (which matches the memory limiter exactly); it may lag it by the refill of one interval.
		const now = this.since;
		this.since = undefined;
		const counted = batch.map(([id, e]) => {
			const n = e.pending;
			e.pending = 0;
			return { id, n, interval: e.interval };
		});
		// The stored tat moves on by this instance's requests from wherever every instance left it.
		const later =
			dialectKind(this.db) === 'postgres'
				? sql<number>`greatest(rate_limits.tat, cast(${now} as double precision)) + (excluded.tat - cast(${now} as double precision))`
				: sql<number>`max(rate_limits.tat, ${now}) + (excluded.tat - ${now})`;
		try {
			for (let i = 0; i < counted.length; i += FLUSH_CHUNK) {
				const rows = await withRelaxedCommit(this.db, (w) =>
					w
						.insertInto('rate_limits')
						.values(
							counted
								.slice(i, i + FLUSH_CHUNK)
								.map((c) => ({ key: c.id, tat: now + c.n * c.interval, allowed: 1 }))
						)
						.onConflict((oc) => oc.column('key').doUpdateSet({ tat: later, allowed: 1 }))
						.returning(['key', 'tat'])
						.execute()
				);
				for (const row of rows) {
					const entry = this.keys.get(row.key);
					if (entry) entry.tat = Math.max(entry.tat, Number(row.tat));
				}
				// Sent: a failure in a later chunk must not count these twice.
				for (const c of counted.slice(i, i + FLUSH_CHUNK)) c.n = 0;
			}
			if (++this.flushes % PRUNE_EVERY === 0) {
				await this.db.deleteFrom('rate_limits').where('tat', '<', now).execute();
			}
		} catch (err) {
			// Kept for the next flush: a database that is away for a moment loses no count.
			for (const c of counted) {
				const entry = this.keys.get(c.id);
				if (entry) entry.pending += c.n;
			}
			this.since = Math.min(this.since ?? now, now);
			throw err;
		} finally {
			this.prune(now);
		}
	}

	/** A key with nothing to send whose tat has passed means nothing any more. */
	private prune(now: number): void {
		if (this.keys.size <= this.maxKeys) return;
		for (const [id, e] of this.keys) if (e.pending === 0 && e.tat <= now) this.keys.delete(id);
	}
}
