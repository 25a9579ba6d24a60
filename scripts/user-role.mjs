#!/usr/bin/env node
// Sets a user's role, creating the user (by email) if they have never signed in.
//
//   npm run user:role -- <email> <tenant|advisor|admin|landlord|funder>
//
// Uses the same database as the server: PostgreSQL when DATABASE_URL is a postgres:// URL, else
// SQLite at $DATA_DIR/app.sqlite (DATA_DIR defaults to ./data). The server creates the tables on
// its first start, so start it once before using this on a new installation.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROLES = ['tenant', 'advisor', 'admin', 'landlord', 'funder'];

/** Auth.js's default email normalisation, so the row matches the one a sign-in would find. */
export function normaliseEmail(email) {
	return email.trim().toLowerCase();
}

/**
 * Opens the database the way src/lib/server/db/index.ts does and returns a tiny query interface
 * (scripts/landlord-add.mjs uses it too; `kind` lets a caller pick dialect-specific SQL).
 * @param {NodeJS.ProcessEnv} env
 */
export async function openDatabase(env) {
	const url = env.DATABASE_URL?.trim();
	if (url) {
		if (!/^postgres(ql)?:\/\//i.test(url)) {
			throw new Error(
				'DATABASE_URL must start with postgres:// or postgresql:// (unset it for SQLite)'
			);
		}
		const { default: pg } = await import('pg');
		const client = new pg.Client({ connectionString: url });
		await client.connect();
		return {
			kind: 'postgres',
			where: 'PostgreSQL (DATABASE_URL)',
			/** @param {string} text @param {unknown[]} params */
			async run(text, params) {
				await client.query(numbered(text), params);
			},
			/** @param {string} text @param {unknown[]} params */
			async get(text, params) {
				return (await client.query(numbered(text), params)).rows[0];
			},
			close: () => client.end()
		};
	}
	const file = path.resolve(env.DATA_DIR ?? './data', 'app.sqlite');
	if (!existsSync(file)) {
		throw new Error(`No database at ${file}. Start the server once (npm start) so it creates it.`);
	}
	const { default: Database } = await import('better-sqlite3');
	const db = new Database(file);
	db.pragma('busy_timeout = 5000');
	return {
		kind: 'sqlite',
		where: file,
		/** @param {string} text @param {unknown[]} params */
		async run(text, params) {
			db.prepare(text).run(...params);
		},
		/** @param {string} text @param {unknown[]} params */
		async get(text, params) {
			return db.prepare(text).get(...params);
		},
		close: async () => db.close()
	};
}

/** `?` placeholders to PostgreSQL's `$1, $2, ...`. */
function numbered(text) {
	let i = 0;
	return text.replace(/\?/g, () => `$${++i}`);
}

/**
 * @param {string} rawEmail
 * @param {string} role
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Promise<string>} what was done, in one line
 */
export async function setUserRole(rawEmail, role, env = process.env) {
	const email = normaliseEmail(rawEmail ?? '');
	if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new Error(`Not an email address: ${rawEmail}`);
	if (!ROLES.includes(role))
		throw new Error(`Role must be one of ${ROLES.join(', ')}; got ${role}`);
	const db = await openDatabase(env);
	try {
		const existing = /** @type {{ id: string, role: string } | undefined} */ (
			await db.get('select id, role from "User" where email = ?', [email])
		);
		if (!existing) {
			await db.run('insert into "User" (id, email, role) values (?, ?, ?)', [
				randomUUID(),
				email,
				role
			]);
			return `Created user ${email} with role ${role} (${db.where}).`;
		}
		if (existing.role === role) return `${email} already has role ${role} (${db.where}).`;
		await db.run('update "User" set role = ? where id = ?', [role, existing.id]);
		return `Changed the role of ${email} from ${existing.role} to ${role} (${db.where}).`;
	} finally {
		await db.close();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	const [email, role] = process.argv.slice(2);
	if (!email || !role) {
		console.error(`Usage: npm run user:role -- <email> <${ROLES.join('|')}>`);
		process.exit(2);
	}
	try {
		console.log(await setUserRole(email, role));
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}
