/**
 * Writes whose loss in a crash is harmless (a rate-limit counter, a code's "first opened" marker)
 * on PostgreSQL commit without waiting for the disk: `synchronous_commit = off` for their own
 * transaction only. They still reach the WAL and the replicas; a crash can forget the last fraction
 * of a second of them. Under load the wait for the disk is what a request pays most for, and these
 * writes sit on paths every visitor takes (bench:codes). SQLite runs `write` as it is: its
 * WAL-mode commits with `synchronous=NORMAL` do not wait for the disk either.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { isPostgres } from './dialect';

export async function withRelaxedCommit<DB, T>(
	db: Kysely<DB>,
	write: (db: Kysely<DB> | Transaction<DB>) => Promise<T>
): Promise<T> {
	if (!isPostgres(db)) return write(db);
	return db.transaction().execute(async (trx) => {
		await sql`set local synchronous_commit = off`.execute(trx);
		return write(trx);
	});
}
