/**
 * What the server holds about one user: the export ("download my data", GDPR art. 15/20) and the
 * erasure ("delete my account", art. 17).
 *
 * Tables keyed by the user are found by looking at the schema: the Auth.js tables by "userId",
 * and every other table with a `user_id` column (sync tables today; bookings, consent and
 * conflicts as they are added). So a new migration is covered without editing this file, and
 * the export can never silently omit a table that deletion erases, or the other way round.
 */
import { sql, type Kysely } from 'kysely';
import { dialectKind } from '$lib/server/db/dialect';
import type { Database } from '$lib/server/db/schema';
import { withWriteTransaction } from '$lib/server/db/write-transaction';
import { exportConsentLedger, recordConsentErasure } from '$lib/server/consent/consents';
import { eraseTenantCaseText, tenantCases } from '$lib/server/cases/service';

/** Columns stored as JSON text, shown parsed in the export for readability. */
const JSON_COLUMNS = new Set(['data', 'field_versions', 'field_clients', 'result']);

/** Tables (other than the Auth.js ones) with a `user_id` column, in name order. */
export async function userKeyedTables(db: Kysely<Database>): Promise<string[]> {
	const tables = await db.introspection.getTables();
	return tables
		.filter((t) => !t.isView && t.columns.some((c) => c.name === 'user_id'))
		.map((t) => t.name)
		.sort();
}

function readable(row: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(row)) {
		if (JSON_COLUMNS.has(key) && typeof value === 'string') {
			try {
				out[key] = JSON.parse(value) as unknown;
				continue;
			} catch {
				// not JSON after all: export the text as stored
			}
		}
		out[key] = value;
	}
	return out;
}

export interface AccountExport {
	exportedAt: string;
	user: {
		id: string;
		email: string;
		name: string | null;
		emailVerified: unknown;
		role: string;
	};
	/** How the user signs in; tokens are secrets and are left out. */
	accounts: { provider: string; type: string; providerAccountId: string }[];
	/** Only when each session ends; the session tokens are secrets. */
	sessions: { expires: unknown }[];
	/** Every other table keyed by the user, as stored (JSON columns parsed). */
	tables: Record<string, Record<string, unknown>[]>;
}

export async function exportUserData(
	db: Kysely<Database>,
	userId: string
): Promise<AccountExport | null> {
	const user = await db
		.selectFrom('User')
		.select(['id', 'email', 'name', 'emailVerified', 'role'])
		.where('id', '=', userId)
		.executeTakeFirst();
	if (!user) return null;
	const accounts = await db
		.selectFrom('Account')
		.select(['provider', 'type', 'providerAccountId'])
		.where('userId', '=', userId)
		.orderBy('provider')
		.execute();
	const sessions = await db
		.selectFrom('Session')
		.select(['expires'])
		.where('userId', '=', userId)
		.orderBy('expires')
		.execute();
	const tables: AccountExport['tables'] = {};
	for (const table of await userKeyedTables(db)) {
		const { rows } = await sql<Record<string, unknown>>`
			select * from ${sql.table(table)} where user_id = ${userId}`.execute(db);
		tables[table] = rows.map(readable);
	}
	// The ledger holds no user_id (only a pseudonymous subject), so the scan above cannot see it.
	tables.consent_ledger = await exportConsentLedger(db, userId);
	// Bookings name their tenant in `tenant_id`, not `user_id`.
	tables.bookings = (
		await db.selectFrom('bookings').selectAll().where('tenant_id', '=', userId).execute()
	).map((row) => readable(row as Record<string, unknown>));
	// Cases name their tenant in `tenant_id`; their notes and tasks are the service's records
	// about the tenant, which the right of access covers.
	tables.cases = (await tenantCases(db, userId)) as unknown as Record<string, unknown>[];
	return { exportedAt: new Date().toISOString(), user, accounts, sessions, tables };
}

/**
 * Erases the user and everything keyed by them, every session included, in one write
 * transaction (so a sync push cannot slip a row in between). Returns false when the user did
 * not exist. Foreign keys would cascade most of this; deleting explicitly also covers tables
 * added without a cascade.
 */
export async function deleteUserData(db: Kysely<Database>, userId: string): Promise<boolean> {
	const tables = await userKeyedTables(db);
	return withWriteTransaction(db, async (trx) => {
		const user = await trx
			.selectFrom('User')
			.select(['email'])
			.where('id', '=', userId)
			.executeTakeFirst();
		if (!user) return false;
		// A future table may reference another user-keyed table without a cascade; SQLite then
		// checks the foreign keys at commit, when all of them are gone (PostgreSQL FKs cascade).
		if (dialectKind(trx) === 'sqlite') await sql`pragma defer_foreign_keys = on`.execute(trx);
		// The append-only ledger records that the consents ended with the account, before the
		// link from the user to their pseudonymous subject id is deleted below.
		await recordConsentErasure(trx, userId);
		// Case notes and tasks go; the case rows stay without their tenant (set null) for the report.
		await eraseTenantCaseText(trx, userId);
		for (const table of tables) {
			await sql`delete from ${sql.table(table)} where user_id = ${userId}`.execute(trx);
		}
		await trx.deleteFrom('Session').where('userId', '=', userId).execute();
		await trx.deleteFrom('Account').where('userId', '=', userId).execute();
		// Unused sign-in links for the address would otherwise recreate the account.
		await trx.deleteFrom('VerificationToken').where('identifier', '=', user.email).execute();
		await trx.deleteFrom('User').where('id', '=', userId).execute();
		return true;
	});
}
