/**
 * The user behind a session cookie, for every request outside /auth/*. JSON endpoints (sync
 * above all) are called many times a minute; running the whole Auth.js core for each of them
 * cost more CPU than the sync work itself. So this asks the shared Auth.js adapter directly
 * (one indexed query, the token hashed as Auth.js stores it) and applies Auth.js's own session
 * rules: an expired session is deleted, and a session last extended more than `updateAge` ago is
 * extended to `maxAge` from now, so a tenant who only ever syncs stays signed in.
 */
import type { Kysely } from 'kysely';
import type { Database, Role } from '$lib/server/db/schema';
import { appAdapter } from './adapter';

const DAY_S = 24 * 60 * 60;
/** Auth.js `session.maxAge` and `session.updateAge` (seconds); config.ts passes the same values. */
export const SESSION_MAX_AGE_S = 30 * DAY_S;
export const SESSION_UPDATE_AGE_S = DAY_S;

export interface SessionUser {
	id: string;
	email: string;
	role: Role;
}

export interface ActiveSession {
	user: SessionUser;
	expires: Date;
	/** True when this lookup extended the session (the cookie's expiry should follow). */
	extended: boolean;
}

export async function lookUpSession(
	db: Kysely<Database>,
	token: string,
	now: Date = new Date()
): Promise<ActiveSession | null> {
	const adapter = appAdapter(db);
	const found = await adapter.getSessionAndUser(token);
	if (!found) return null;
	// SQLite returns the expiry as ISO text (the adapter turns it into a Date), PostgreSQL as a Date.
	let expires = new Date(found.session.expires);
	if (expires <= now) {
		await adapter.deleteSession(token);
		return null;
	}
	let extended = false;
	if (expires.getTime() - (SESSION_MAX_AGE_S - SESSION_UPDATE_AGE_S) * 1000 <= now.getTime()) {
		expires = new Date(now.getTime() + SESSION_MAX_AGE_S * 1000);
		try {
			await adapter.updateSession({ sessionToken: token, expires });
		} catch {
			return null; // signed out meanwhile: the row is gone
		}
		extended = true;
	}
	const { id, email, role } = found.user;
	return { user: { id, email, role: role ?? 'tenant' }, expires, extended };
}

export async function userFromSessionToken(
	db: Kysely<Database>,
	token: string,
	now: Date = new Date()
): Promise<SessionUser | null> {
	return (await lookUpSession(db, token, now))?.user ?? null;
}
