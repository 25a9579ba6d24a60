// `npm run restore -- FILE`: replaces the SQLite database with a backup made by `npm run backup`.
//
// Refuses while a server runs on DATA_DIR (each server process keeps DATA_DIR/run/<pid>.pid),
// and refuses a file that fails `PRAGMA integrity_check` or is not this app's database. The
// database it replaces is not deleted: it is moved to DATA_DIR/replaced/ with its WAL files.
//
// PostgreSQL (DATABASE_URL set): restore with pg_restore; see README "Backups".
import {
	closeSync,
	copyFileSync,
	existsSync,
	fsyncSync,
	mkdirSync,
	openSync,
	renameSync,
	rmSync
} from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runningServers } from '../src/lib/server/maintenance/server-lock.js';

/** Far more versions than any tenant's devices stamp between a backup and its restore. */
const CLOCK_JUMP = 1_000_000;

/** @param {string} message */
function fail(message) {
	console.error(message);
	process.exit(1);
}

if (process.env.DATABASE_URL?.trim()) {
	fail(
		'DATABASE_URL is set: this server uses PostgreSQL. Stop the app and restore with pg_restore, e.g.\n' +
			'  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" FILE.dump\n' +
			'(README.md, "Backups").'
	);
}

const file = process.argv[2];
if (!file) fail('Usage: npm run restore -- FILE   (a file made by npm run backup)');
const backup = path.resolve(/** @type {string} */ (file));
if (!existsSync(backup)) fail(`${backup} does not exist`);

const dataDir = path.resolve(process.env.DATA_DIR || 'data');
const servers = runningServers(dataDir);
if (servers.length > 0) {
	fail(
		`A server is running on ${dataDir} (process ${servers.join(', ')}). ` +
			'Stop it first: a restore under a running server would be overwritten or corrupted.'
	);
}

let check;
let migrations;
try {
	const db = new Database(backup, { readonly: true, fileMustExist: true });
	check = db.pragma('integrity_check', { simple: true });
	migrations = /** @type {{ n: number }} */ (
		db
			.prepare(
				"select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'"
			)
			.get()
	).n;
	db.close();
} catch (error) {
	fail(`${backup} is not a readable SQLite database: ${/** @type {Error} */ (error).message}`);
}
if (check !== 'ok') fail(`${backup} failed integrity_check: ${String(check)}`);
if (migrations !== 1) fail(`${backup} is not a Vuokra-apu database (no migration table)`);

/** @param {string} p */
function fsyncPath(p) {
	const fd = openSync(p, 'r');
	try {
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

mkdirSync(dataDir, { recursive: true });
const target = path.join(dataDir, 'app.sqlite');
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
if (existsSync(target)) {
	const replacedDir = path.join(dataDir, 'replaced');
	mkdirSync(replacedDir, { recursive: true });
	// The WAL files belong to the database they sit beside; they move with it, renamed alike.
	for (const suffix of ['', '-wal', '-shm']) {
		if (existsSync(target + suffix)) {
			renameSync(target + suffix, path.join(replacedDir, `app-${stamp}.sqlite${suffix}`));
		}
	}
	console.log(
		`The previous database was moved to ${path.join(replacedDir, `app-${stamp}.sqlite`)}`
	);
}
const partial = `${target}.restoring`;
copyFileSync(backup, partial);
// Devices that synced after the backup hold sync cursors past the restored versions; without a
// jump, the versions stamped next would repeat numbers those devices think they already have,
// and they would never pull those changes.
const restored = new Database(partial);
try {
	restored.prepare('update sync_clock set version = version + ?').run(CLOCK_JUMP);
} finally {
	restored.close();
}
fsyncPath(partial);
renameSync(partial, target);
rmSync(`${target}-wal`, { force: true });
rmSync(`${target}-shm`, { force: true });
fsyncPath(dataDir);
console.log(`Restored ${backup} to ${target}`);
