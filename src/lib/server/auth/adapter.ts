/**
 * The Auth.js database adapter, one instance per database, shared by Auth.js (config.ts) and the
 * session lookup on every API request (session-user.ts), so both read and write sessions the
 * same way.
 *
 * Session tokens are stored hashed. The cookie holds the token; the "Session" row holds only its
 * SHA-256, so a copy of the database (a backup, a leaked dump, an export) cannot be replayed as
 * a cookie. Auth.js passes the raw token to every session method and reads it back from
 * `createSession` to set the cookie, so the wrapper hashes on the way in and restores the raw
 * token on the way out. The tokens are 32 random bytes, so a plain hash needs no salt or
 * stretching (unlike a password).
 */
import { createHash } from 'node:crypto';
import type { Adapter, AdapterSession } from '@auth/core/adapters';
import { KyselyAdapter, type Database as AdapterDatabase } from '@auth/kysely-adapter';
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';

/** What the "Session".sessionToken column holds for a cookie value. */
export function hashSessionToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export type AppAdapter = Adapter &
	Required<
		Pick<Adapter, 'createSession' | 'getSessionAndUser' | 'updateSession' | 'deleteSession'>
	>;

function withRawToken(session: AdapterSession | null | undefined, token: string) {
	return session ? { ...session, sessionToken: token } : null;
}

export function withHashedSessionTokens(adapter: Adapter): AppAdapter {
	const { createSession, getSessionAndUser, updateSession, deleteSession } = adapter;
	if (!createSession || !getSessionAndUser || !updateSession || !deleteSession) {
		throw new Error('The adapter must support database sessions');
	}
	return {
		...adapter,
		async createSession(session) {
			const row = await createSession({
				...session,
				sessionToken: hashSessionToken(session.sessionToken)
			});
			return { ...row, sessionToken: session.sessionToken };
		},
		async getSessionAndUser(token) {
			const found = await getSessionAndUser(hashSessionToken(token));
			return found && { user: found.user, session: { ...found.session, sessionToken: token } };
		},
		async updateSession(session) {
			const row = await updateSession({
				...session,
				sessionToken: hashSessionToken(session.sessionToken)
			});
			return withRawToken(row, session.sessionToken);
		},
		async deleteSession(token) {
			const row = await deleteSession(hashSessionToken(token));
			return withRawToken(row ?? null, token);
		}
	};
}

const adapters = new WeakMap<Kysely<Database>, AppAdapter>();

/** The app's adapter for `db` (created once per database handle). */
export function appAdapter(db: Kysely<Database>): AppAdapter {
	let adapter = adapters.get(db);
	if (!adapter) {
		// The adapter's table types are the Auth.js interfaces; ours are the same tables described
		// for both dialects (plus "User".role), which TypeScript cannot see as assignable.
		adapter = withHashedSessionTokens(KyselyAdapter(db as unknown as Kysely<AdapterDatabase>));
		adapters.set(db, adapter);
	}
	return adapter;
}
