#!/usr/bin/env node
// Adds a staff member to a landlord organisation, creating the organisation if it is missing.
//
//   npm run landlord:add -- "<organisation name>" <email> [--landlord-key <id>]
//
// The user (found by email, created if they have never signed in) gets role `landlord` and is
// made staff of that organisation; a user is staff of one organisation only, so one who was staff
// elsewhere is moved. `--landlord-key` links the organisation to its entry in the situation map's
// landlord list (the ids in src/lib/domain/landlords.ts). Same database as the server and
// `npm run user:role`. Everything is one transaction: nothing half-done on an error.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { normaliseEmail, openDatabase } from './user-role.mjs';

const LANDLORD_LIST = path.resolve(
	path.dirname(fileURLToPath(import.meta.url)),
	'../src/lib/domain/landlords.ts'
);

/**
 * The ids of the map's current landlord list, read from its source (this script runs without a
 * TypeScript loader); null when the source is not there, and then only the shape is checked.
 * @returns {string[] | null}
 */
export function knownLandlordKeys(file = LANDLORD_LIST) {
	let source;
	try {
		source = readFileSync(file, 'utf8');
	} catch {
		return null;
	}
	const block = /export const LANDLORDS = \[([\s\S]*?)\] as const/.exec(source)?.[1] ?? '';
	return [...block.matchAll(/\bid:\s*'([^']+)'/g)].map((m) => m[1]);
}

/**
 * @param {string} rawName
 * @param {string} rawEmail
 * @param {{ landlordKey?: string | null, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<string[]>} what was done, one line each
 */
export async function addLandlordStaff(rawName, rawEmail, options = {}) {
	const env = options.env ?? process.env;
	const name = (rawName ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');
	if (name.length === 0 || name.length > 200) {
		throw new Error('The organisation name must be 1-200 characters.');
	}
	const email = normaliseEmail(rawEmail ?? '');
	if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new Error(`Not an email address: ${rawEmail}`);
	const landlordKey = options.landlordKey?.trim() || null;
	if (landlordKey !== null) {
		const known = knownLandlordKeys();
		if (!/^[a-z0-9-]{1,64}$/.test(landlordKey) || (known && !known.includes(landlordKey))) {
			throw new Error(
				`Unknown landlord key ${landlordKey}` +
					(known ? `; the map's landlords are: ${known.join(', ')}` : '')
			);
		}
	}

	const db = await openDatabase(env);
	const done = [];
	const now = new Date().toISOString();
	try {
		await db.run(db.kind === 'sqlite' ? 'begin immediate' : 'begin', []);
		try {
			/** @type {{ id: string, landlord_key: string | null } | undefined} */
			let org = await db.get('select id, landlord_key from landlord_orgs where name = ?', [name]);
			if (landlordKey !== null) {
				const holder = /** @type {{ name: string } | undefined} */ (
					await db.get('select name from landlord_orgs where landlord_key = ?', [landlordKey])
				);
				if (holder && holder.name !== name) {
					throw new Error(`The landlord key ${landlordKey} already belongs to ${holder.name}.`);
				}
			}
			if (!org) {
				org = { id: randomUUID(), landlord_key: landlordKey };
				await db.run(
					'insert into landlord_orgs (id, name, landlord_key, created_at) values (?, ?, ?, ?)',
					[org.id, name, landlordKey, now]
				);
				done.push(
					`Created the organisation ${name}` + (landlordKey ? ` (landlord key ${landlordKey})` : '')
				);
			} else if (landlordKey !== null && org.landlord_key !== landlordKey) {
				await db.run('update landlord_orgs set landlord_key = ? where id = ?', [
					landlordKey,
					org.id
				]);
				done.push(`Linked ${name} to the landlord key ${landlordKey}`);
			}

			/** @type {{ id: string, role: string } | undefined} */
			const user = await db.get('select id, role from "User" where email = ?', [email]);
			let userId;
			if (!user) {
				userId = randomUUID();
				await db.run('insert into "User" (id, email, role) values (?, ?, ?)', [
					userId,
					email,
					'landlord'
				]);
				done.push(`Created user ${email} with role landlord`);
			} else {
				userId = user.id;
				if (user.role !== 'landlord') {
					await db.run('update "User" set role = ? where id = ?', ['landlord', userId]);
					done.push(`Changed the role of ${email} from ${user.role} to landlord`);
				}
			}

			/** @type {{ org_id: string, org_name: string } | undefined} */
			const staff = await db.get(
				`select s.org_id, o.name as org_name from landlord_staff s
				 join landlord_orgs o on o.id = s.org_id where s.user_id = ?`,
				[userId]
			);
			if (!staff) {
				await db.run('insert into landlord_staff (user_id, org_id, created_at) values (?, ?, ?)', [
					userId,
					org.id,
					now
				]);
				done.push(`Added ${email} as staff of ${name}`);
			} else if (staff.org_id !== org.id) {
				await db.run('update landlord_staff set org_id = ?, created_at = ? where user_id = ?', [
					org.id,
					now,
					userId
				]);
				done.push(`Moved ${email} from ${staff.org_name} to ${name}`);
			} else {
				done.push(`${email} is already staff of ${name}`);
			}
			await db.run('commit', []);
		} catch (error) {
			await db.run('rollback', []);
			throw error;
		}
		return done.map((line) => `${line} (${db.where}).`);
	} finally {
		await db.close();
	}
}

/** @param {string[]} argv */
function parseArgs(argv) {
	/** @type {string[]} */
	const positional = [];
	/** @type {string | null} */
	let landlordKey = null;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--landlord-key') {
			landlordKey = argv[++i] ?? '';
			if (!landlordKey) return null;
		} else if (arg.startsWith('--landlord-key=')) {
			landlordKey = arg.slice('--landlord-key='.length);
		} else if (arg.startsWith('--')) {
			return null;
		} else {
			positional.push(arg);
		}
	}
	if (positional.length !== 2) return null;
	return { name: positional[0], email: positional[1], landlordKey };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	const args = parseArgs(process.argv.slice(2));
	if (!args) {
		console.error(
			'Usage: npm run landlord:add -- "<organisation name>" <email> [--landlord-key <id>]'
		);
		process.exit(2);
	}
	try {
		for (const line of await addLandlordStaff(args.name, args.email, args)) console.log(line);
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}
