// `npm run backup`: a consistent copy of the SQLite database while the app runs.
//
//   npm run backup                     -> DATA_DIR/backups/app-<UTC time>.sqlite
//   npm run backup -- --out DIR        -> DIR/app-<UTC time>.sqlite
//   node scripts/backup.mjs --daily --keep 7   (the server's daily job: daily-<time>.sqlite,
//                                               keeping the newest 7 daily files)
//
// `VACUUM INTO` copies one read transaction's snapshot: every write committed before it starts
// is in the copy, including writes still in the WAL file (which a plain `cp app.sqlite` misses),
// and in WAL mode it does not block the app's writers. The copy is written under a temporary
// name, checked with `PRAGMA integrity_check`, flushed to disk and only then renamed, so a file
// named *.sqlite in the backups folder is always complete.
//
// PostgreSQL (DATABASE_URL set): use pg_dump (and point-in-time recovery); see README "Backups".
import {
	closeSync,
	fsyncSync,
	mkdirSync,
	openSync,
	readdirSync,
	renameSync,
	rmSync
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';

const { values } = parseArgs({
	options: {
		out: { type: 'string' },
		daily: { type: 'boolean', default: false },
		keep: { type: 'string' }
	}
});

if (process.env.DATABASE_URL?.trim()) {
	console.error(
		'DATABASE_URL is set: this server uses PostgreSQL. Back it up with pg_dump, e.g.\n' +
			'  pg_dump --format=custom --file=vuokra-apu-$(date -u +%Y%m%dT%H%M%SZ).dump "$DATABASE_URL"\n' +
			'and for serious deployments set up point-in-time recovery (README.md, "Backups").'
	);
	process.exit(2);
}

const dataDir = path.resolve(process.env.DATA_DIR || 'data');
const source = path.join(dataDir, 'app.sqlite');
const outDir = path.resolve(values.out ?? path.join(dataDir, 'backups'));
const prefix = values.daily ? 'daily' : 'app';
mkdirSync(outDir, { recursive: true });

/** 2026-11-30T19-08-12-345Z: sorts by time and is a valid file name everywhere. */
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = path.join(outDir, `${prefix}-${stamp}.sqlite`);
const partial = `${target}.partial`;

/** @param {string} file */
function fsyncPath(file) {
	const fd = openSync(file, 'r');
	try {
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

let db;
try {
	db = new Database(source, { fileMustExist: true });
} catch (error) {
	console.error(`Cannot open ${source}: ${/** @type {Error} */ (error).message}`);
	process.exit(1);
}
try {
	// A writer mid-commit can hold the lock briefly; wait instead of failing.
	db.pragma('busy_timeout = 10000');
	db.prepare('VACUUM INTO ?').run(partial);
} catch (error) {
	rmSync(partial, { force: true });
	console.error(`Backup failed: ${/** @type {Error} */ (error).message}`);
	process.exit(1);
} finally {
	db.close();
}

const copy = new Database(partial, { readonly: true, fileMustExist: true });
const check = copy.pragma('integrity_check', { simple: true });
const migrations = copy
	.prepare(
		"select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'"
	)
	.get();
copy.close();
if (check !== 'ok' || /** @type {{ n: number }} */ (migrations).n !== 1) {
	rmSync(partial, { force: true });
	console.error(`Backup failed its check (integrity_check: ${String(check)})`);
	process.exit(1);
}
fsyncPath(partial);
renameSync(partial, target);
fsyncPath(outDir);

if (values.daily) {
	const keep = Math.max(1, Number(values.keep ?? 7) || 7);
	const daily = readdirSync(outDir)
		.filter((name) => /^daily-.*\.sqlite$/.test(name))
		.sort();
	for (const name of daily.slice(0, Math.max(0, daily.length - keep))) {
		rmSync(path.join(outDir, name), { force: true });
	}
	// Leftovers of a daily run that was killed mid-copy.
	for (const name of readdirSync(outDir).filter((n) => /^daily-.*\.partial$/.test(n))) {
		if (path.join(outDir, name) !== partial) rmSync(path.join(outDir, name), { force: true });
	}
}

console.log(target);
