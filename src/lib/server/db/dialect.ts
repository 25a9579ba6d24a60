import { PostgresAdapter, type Kysely } from 'kysely';

export type DialectKind = 'sqlite' | 'postgres';

/**
 * Which SQL dialect a Kysely instance speaks. Read from the instance itself (as
 * @auth/kysely-adapter does) rather than from module state, so migrations and the sync code
 * work on any instance they are handed, including test databases.
 */
export function dialectKind<DB>(db: Kysely<DB>): DialectKind {
	return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

export function isPostgres<DB>(db: Kysely<DB>): boolean {
	return dialectKind(db) === 'postgres';
}
