/**
 * SQLite's WAL checkpoints, run on a thread of their own.
 *
 * better-sqlite3 is synchronous, so SQLite's automatic checkpoint (every 1,000 WAL pages, inside
 * whichever commit crosses the line) copies pages and waits for the disk on the event loop: every
 * request in flight waits with it. bench:codes showed it as stalls of 15-25 ms about every 2 s
 * while a mailing's tenants opened their codes, which alone kept the lookup's p99 over its 20 ms
 * target. Here a worker thread with its own connection runs a PASSIVE checkpoint (it never blocks
 * the app's readers or its writer) every CHECKPOINT_MS, and the app's connection stops
 * checkpointing itself. If the worker stops for any reason, the app's connection takes
 * checkpoints back (SQLite's default), so the WAL never grows without bound.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Database as SqliteConnection } from 'better-sqlite3';
import { safeErrorSummary } from '$lib/server/log/safe-error';

export const CHECKPOINT_MS = 1000;
/** SQLite's own default, restored when the worker is gone. */
const AUTOCHECKPOINT_PAGES = 1000;

// A script, not a module file: the server bundle then needs no second entry point. It loads the
// same better-sqlite3 as the app (its path comes in workerData).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
setInterval(() => {
	const [result] = db.pragma('wal_checkpoint(PASSIVE)');
	parentPort.postMessage(result);
}, workerData.intervalMs);
`;

export interface Checkpointer {
	/** Stops the worker (before the app's connection closes). */
	stop(): Promise<void>;
}

/**
 * Moves `sqlite`'s checkpoints to a worker thread. `onCheckpoint` hears each one's result
 * (`log` frames in the WAL, `checkpointed` copied), for tests.
 */
export function checkpointInWorker(
	sqlite: SqliteConnection,
	file: string,
	intervalMs = CHECKPOINT_MS,
	onCheckpoint?: (result: { busy: number; log: number; checkpointed: number }) => void
): Checkpointer {
	const worker = new Worker(WORKER_SOURCE, {
		eval: true,
		workerData: {
			module: createRequire(import.meta.url).resolve('better-sqlite3'),
			file,
			intervalMs
		}
	});
	// A forgotten database must not keep the process alive.
	worker.unref();
	let stopping = false;
	sqlite.pragma('wal_autocheckpoint = 0');
	const takeBack = (why: string) => {
		if (stopping) return;
		stopping = true;
		if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
		console.error(
			`[db] checkpoint worker stopped (${why}); checkpoints are back on the app's connection`
		);
	};
	worker.on('message', (result) => onCheckpoint?.(result));
	worker.on('error', (err) => takeBack(safeErrorSummary(err)));
	worker.on('exit', (code) => takeBack(`exit ${code}`));
	return {
		async stop() {
			if (stopping) return;
			stopping = true;
			await worker.terminate();
		}
	};
}
