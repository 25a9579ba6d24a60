import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkpointInWorker, type Checkpointer } from './checkpointer';

const dirs: string[] = [];
const stops: Checkpointer[] = [];
const connections: SqliteDatabase.Database[] = [];

function open(): { sqlite: SqliteDatabase.Database; file: string; dir: string } {
	const dir = mkdtempSync(join(tmpdir(), 'checkpointer-'));
	dirs.push(dir);
	const file = join(dir, 'app.sqlite');
	const sqlite = new SqliteDatabase(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = NORMAL');
	sqlite.exec('create table t (id integer primary key, body text not null)');
	connections.push(sqlite);
	return { sqlite, file, dir };
}

/** About 4 MB in many commits, as a busy server writes it. */
function write(sqlite: SqliteDatabase.Database): void {
	const insert = sqlite.prepare('insert into t (body) values (?)');
	for (let i = 0; i < 400; i++) {
		sqlite.transaction(() => {
			for (let j = 0; j < 10; j++) insert.run('x'.repeat(1000));
		})();
	}
}

afterEach(async () => {
	for (const c of stops.splice(0)) await c.stop();
	for (const c of connections.splice(0)) c.close();
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
	vi.restoreAllMocks();
});

describe('checkpoints in a worker thread', () => {
	it('copies the WAL into the database file while the app connection checkpoints nothing itself', async () => {
		const { sqlite, file } = open();
		const results: { log: number; checkpointed: number }[] = [];
		stops.push(checkpointInWorker(sqlite, file, 20, (r) => results.push(r)));
		expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
		const before = statSync(file).size;

		write(sqlite);

		await vi.waitFor(
			() => {
				const last = results.at(-1);
				// Everything in the WAL copied (the WAL restarts after a complete checkpoint, so how
				// many frames it holds depends on when the worker ran).
				expect(last?.log).toBeGreaterThan(0);
				expect(last?.checkpointed).toBe(last?.log);
			},
			{ timeout: 10_000, interval: 20 }
		);
		// The pages reached the database file: nobody but the worker checkpointed them.
		expect(statSync(file).size - before).toBeGreaterThan(3_000_000);
		expect(sqlite.prepare('select count(*) as n from t').get()).toEqual({ n: 4000 });
	});

	it('hands checkpoints back to the app connection when the worker stops on its own', async () => {
		const { sqlite, dir } = open();
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		// The worker cannot open this file, so it fails at once.
		stops.push(checkpointInWorker(sqlite, join(dir, 'missing', 'app.sqlite'), 20));

		await vi.waitFor(() => expect(logged).toHaveBeenCalled(), { timeout: 10_000 });
		expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
		expect(String(logged.mock.calls[0]?.[0])).toMatch(/^\[db\] checkpoint worker stopped/);
	});

	it('stops without handing anything back when told to', async () => {
		const { sqlite, file } = open();
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const checkpoints = checkpointInWorker(sqlite, file, 20);
		await checkpoints.stop();
		expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
		expect(logged).not.toHaveBeenCalled();
	});
});
