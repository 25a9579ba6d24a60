/**
 * Session tokens are stored as their SHA-256 (hex) from now on (lib/server/auth/adapter.ts).
 * Hashes the tokens of sessions that already exist, so nobody is signed out by the upgrade.
 * Written in JS because SQLite has no SHA-256 function.
 */
import { createHash } from 'node:crypto';
import { type Kysely } from 'kysely';

interface SessionRows {
	Session: { id: string; sessionToken: string };
}

export async function up(db: Kysely<unknown>): Promise<void> {
	const typed = db as unknown as Kysely<SessionRows>;
	const rows = await typed.selectFrom('Session').select(['id', 'sessionToken']).execute();
	for (const row of rows) {
		const hashed = createHash('sha256').update(row.sessionToken).digest('hex');
		await typed
			.updateTable('Session')
			.set({ sessionToken: hashed })
			.where('id', '=', row.id)
			.execute();
	}
}

export async function down(db: Kysely<unknown>): Promise<void> {
	// A hash cannot be turned back into its token: the only way back is to end every session.
	await (db as unknown as Kysely<SessionRows>).deleteFrom('Session').execute();
}
