/**
 * Auth.js tables as @auth/kysely-adapter 1.11 reads and writes them, plus "User".role.
 *
 * The adapter inserts Account and Session rows without an `id`, so both need a database default.
 * Dates: the adapter turns Dates into ISO strings on SQLite (so `text` columns there) and passes
 * Date objects through on PostgreSQL (so `timestamptz`). Ids are `text` on both dialects: the
 * adapter makes them with crypto.randomUUID() and the sync tables reference them as text.
 */
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
	const pg = isPostgres(db);
	const timestamp = pg ? 'timestamptz' : 'text';
	// Same 32-hex-digit shape on both; only used where the adapter leaves the id to the database.
	const randomId = pg ? sql`(gen_random_uuid()::text)` : sql`(lower(hex(randomblob(16))))`;

	await db.schema
		.createTable('User')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text')
		.addColumn('email', 'text', (c) => c.notNull().unique())
		.addColumn('emailVerified', timestamp)
		.addColumn('image', 'text')
		.addColumn('role', 'text', (c) =>
			c
				.notNull()
				.defaultTo('tenant')
				.check(sql`role in ('tenant', 'advisor', 'admin')`)
		)
		.execute();

	await db.schema
		.createTable('Account')
		.addColumn('id', 'text', (c) => c.primaryKey().defaultTo(randomId))
		.addColumn('userId', 'text', (c) => c.notNull().references('User.id').onDelete('cascade'))
		.addColumn('type', 'text', (c) => c.notNull())
		.addColumn('provider', 'text', (c) => c.notNull())
		.addColumn('providerAccountId', 'text', (c) => c.notNull())
		.addColumn('refresh_token', 'text')
		.addColumn('access_token', 'text')
		.addColumn('expires_at', 'bigint')
		.addColumn('token_type', 'text')
		.addColumn('scope', 'text')
		.addColumn('id_token', 'text')
		.addColumn('session_state', 'text')
		.addUniqueConstraint('Account_provider_providerAccountId_key', [
			'provider',
			'providerAccountId'
		])
		.execute();
	await db.schema.createIndex('Account_userId_index').on('Account').column('userId').execute();

	await db.schema
		.createTable('Session')
		.addColumn('id', 'text', (c) => c.primaryKey().defaultTo(randomId))
		.addColumn('userId', 'text', (c) => c.notNull().references('User.id').onDelete('cascade'))
		.addColumn('sessionToken', 'text', (c) => c.notNull().unique())
		.addColumn('expires', timestamp, (c) => c.notNull())
		.execute();
	// Sign-out everywhere and account deletion delete by userId.
	await db.schema.createIndex('Session_userId_index').on('Session').column('userId').execute();

	await db.schema
		.createTable('VerificationToken')
		.addColumn('identifier', 'text', (c) => c.notNull())
		.addColumn('token', 'text', (c) => c.notNull().unique())
		.addColumn('expires', timestamp, (c) => c.notNull())
		.addPrimaryKeyConstraint('VerificationToken_pkey', ['identifier', 'token'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of ['VerificationToken', 'Session', 'Account', 'User']) {
		await db.schema.dropTable(table).execute();
	}
}
