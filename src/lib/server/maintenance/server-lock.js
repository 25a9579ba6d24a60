// @ts-check
/**
 * "A server is running on this DATA_DIR": one file per server process, `DATA_DIR/run/<pid>.pid`,
 * written at start and removed at shutdown. A file whose process is gone (a crash, a kill -9)
 * does not count. Plain JavaScript so `scripts/restore.mjs` can use it without a build.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} dataDir */
function runDir(dataDir) {
	return join(dataDir, 'run');
}

/** @param {number} pid */
function isAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else; it still counts as running.
		return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
	}
}

/**
 * Marks this process as a server on `dataDir`. Returns the release function (idempotent).
 * @param {string} dataDir
 * @param {number} [pid]
 * @returns {() => void}
 */
export function holdServerLock(dataDir, pid = process.pid) {
	const dir = runDir(dataDir);
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `${pid}.pid`);
	writeFileSync(file, `${pid}\n`);
	return () => rmSync(file, { force: true });
}

/**
 * Process ids of the servers running on `dataDir`; stale files are removed on the way.
 * @param {string} dataDir
 * @returns {number[]}
 */
export function runningServers(dataDir) {
	/** @type {string[]} */
	let names;
	try {
		names = readdirSync(runDir(dataDir));
	} catch {
		return [];
	}
	/** @type {number[]} */
	const alive = [];
	for (const name of names) {
		const match = /^(\d+)\.pid$/.exec(name);
		if (!match) continue;
		const pid = Number(match[1]);
		if (isAlive(pid)) alive.push(pid);
		else rmSync(join(runDir(dataDir), name), { force: true });
	}
	return alive;
}
