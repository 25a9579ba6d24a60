/**
 * The user behind a database session token, in one indexed query. JSON endpoints (sync above all)
 * are called many times a minute; running the whole Auth.js core for each of them cost more CPU
 * than the sync work itself. Pages and /auth/* still go through Auth.js, which also slides the
 * session's expiry (the app asks /auth/session on every start).
 */
import type { Kysely } from 'kysely';
import type { Database, Role } from '$lib/server/db/schema';

export interface SessionUser {
	id: string;
	email: string;
	role: Role;
}

export async function userFromSessionToken(
	db: Kysely<Database>,
	token: string,
	now: Date = new Date()
): Promise<SessionUser | null> {
	const row = await db
		.selectFrom('Session')
		.innerJoin('User', 'User.id', 'Session.userId')
		.select(['User.id as id', 'User.email as email', 'User.role as role', 'Session.expires'])
		.where('Session.sessionToken', '=', token)
		.executeTakeFirst();
	// SQLite returns the expiry as ISO text, PostgreSQL as a Date; both parse the same way.
	if (!row || new Date(row.expires as string | Date) <= now) return null;
	return { id: row.id, email: row.email, role: row.role };
}
