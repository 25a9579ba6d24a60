/**
 * Writes whose loss in a crash is harmless (a rate-limit counter, a code's "first opened" marker)
 * on PostgreSQL commit without waiting for the disk (`synchronous_commit = off`). They still reach
 * the WAL and the replicas; a crash can forget the last fraction of a second of them. Under load
 * the wait for the disk is what a request pays most for, and these writes sit on paths every
 * visitor takes (bench:codes). SQLite runs `write` as it is: its WAL-mode commits with
 * `synchronous=NORMAL` do not wait for the disk either.
 *
 * The server's database (createDb in ./index.ts) comes with a small second pool whose connections
 * have the setting for their whole session, so such a write is one statement and one round trip.
 * Any other PostgreSQL instance (a test's own) gets a transaction of its own with `set local`: four
 * round trips, the same durability. Inside a caller's transaction the write simply joins it.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { isPostgres } from './dialect';

const relaxedPools = new WeakMap<object, Kysely<unknown>>();

/** Registers `relaxed` (sessions with synchronous_commit off) as the place for `db`'s such writes. */
export function registerRelaxedCommits<DB>(db: Kysely<DB>, relaxed: Kysely<DB>): void {
	relaxedPools.set(db, relaxed as Kysely<unknown>);
}

export async function withRelaxedCommit<DB, T>(
	db: Kysely<DB>,
	write: (db: Kysely<DB> | Transaction<DB>) => Promise<T>
): Promise<T> {
	if (!isPostgres(db)) return write(db);
	const relaxed = relaxedPools.get(db) as Kysely<DB> | undefined;
	if (relaxed) return write(relaxed);
	// Inside a caller's transaction the write is part of it and commits as the rest does: relaxing
	// it would relax the caller's writes too.
	if (db.isTransaction) return write(db);
	return db.transaction().execute(async (trx) => {
		await sql`set local synchronous_commit = off`.execute(trx);
		return write(trx);
	});
}
