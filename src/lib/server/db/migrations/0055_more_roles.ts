/**
 * Two more roles on "User".role: `landlord` (staff of a landlord organisation, issue 13) and
 * `funder` (read-only outcome report, issue 15).
 *
 * PostgreSQL replaces the check constraint in place. SQLite cannot alter a CHECK constraint, so
 * the table is rebuilt by SQLite's documented procedure: with foreign keys off (a pragma that is a
 * no-op inside a transaction, hence outside it; Kysely runs SQLite migrations without one),
 * create the new table, copy, drop the old one and rename. Children keep referring to "User" by
 * name, so their foreign keys resolve to the new table; foreign_key_check proves it before commit.
 * With foreign keys on, the DROP would cascade and delete every session, consent and booking.
 */
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

const NEW_CHECK = sql`role in ('tenant', 'advisor', 'admin', 'landlord', 'funder')`;

export async function up(db: Kysely<unknown>): Promise<void> {
	if (isPostgres(db)) {
		await sql`alter table "User" drop constraint "User_role_check"`.execute(db);
		await sql`alter table "User" add constraint "User_role_check" check (${NEW_CHECK})`.execute(db);
		return;
	}
	await sql`pragma foreign_keys = off`.execute(db);
	try {
		await db.transaction().execute(async (trx) => {
			await sql`create table "User_new" (
				"id" text primary key,
				"name" text,
				"email" text not null unique,
				"emailVerified" text,
				"image" text,
				"role" text default 'tenant' not null check (${NEW_CHECK})
			)`.execute(trx);
			await sql`insert into "User_new" ("id", "name", "email", "emailVerified", "image", "role")
				select "id", "name", "email", "emailVerified", "image", "role" from "User"`.execute(trx);
			await sql`drop table "User"`.execute(trx);
			await sql`alter table "User_new" rename to "User"`.execute(trx);
			const broken = await sql`pragma foreign_key_check`.execute(trx);
			if (broken.rows.length > 0) throw new Error('foreign keys broken by the User rebuild');
		});
	} finally {
		await sql`pragma foreign_keys = on`.execute(db);
	}
}
