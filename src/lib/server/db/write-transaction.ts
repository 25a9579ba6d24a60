import { sql, type Kysely } from 'kysely';
import { dialectKind } from './dialect';
import type { Database } from './schema';

/**
 * Runs `fn` in a write transaction.
 *
 * SQLite: `BEGIN IMMEDIATE` takes the database write lock up front, so two writers never both
 * read and then fail to upgrade (SQLITE_BUSY mid-transaction). Within this process Kysely's
 * SQLite driver already hands out its single connection to one caller at a time, so this also
 * serialises our own concurrent requests; busy_timeout covers other processes.
 *
 * PostgreSQL: an ordinary READ COMMITTED transaction; callers take the row locks they need
 * (the per-user sync_clock row) as their first statement.
 */
export async function withWriteTransaction<T>(
	db: Kysely<Database>,
	fn: (trx: Kysely<Database>) => Promise<T>
): Promise<T> {
	if (dialectKind(db) === 'postgres') return db.transaction().execute(fn);
	return db.connection().execute(async (conn) => {
		await sql`begin immediate`.execute(conn);
		try {
			const result = await fn(conn);
			await sql`commit`.execute(conn);
			return result;
		} catch (err) {
			// The rollback can itself fail if SQLite already rolled back (e.g. SQLITE_FULL); the
			// original error is the one worth reporting.
			await sql`rollback`.execute(conn).catch(() => undefined);
			throw err;
		}
	});
}
