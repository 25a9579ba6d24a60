/**
 * `npm run backup` and `npm run restore` as separate processes, against a real SQLite file that
 * this test writes to through the sync code the server runs (applyPush), with several writers
 * going on throughout the backup. Every write acknowledged before the backup started must be in
 * the restored database; a restore must refuse while a server holds the data folder.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, migrateToLatest, type Database } from '$lib/server/db';
import { holdServerLock } from '$lib/server/maintenance/server-lock.js';
import { applyPush, pull } from '$lib/server/sync';
import { create } from './factories';

const ROOT = resolve(import.meta.dirname, '../..');

interface Ran {
	code: number | null;
	stdout: string;
	stderr: string;
}

function runScript(script: string, args: string[], env: Record<string, string>): Promise<Ran> {
	return new Promise((done, fail) => {
		// The scripts choose PostgreSQL by DATABASE_URL: only the caller may set it.
		const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: '', ...env };
		const child = spawn(process.execPath, [join(ROOT, 'scripts', script), ...args], {
			cwd: ROOT,
			env: childEnv,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
		child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
		child.on('error', fail);
		child.on('exit', (code) => done({ code, stdout, stderr }));
	});
}

async function newUser(db: Kysely<Database>, id: string): Promise<void> {
	await db
		.insertInto('User')
		.values({ id, email: `${id}@example.test`, name: null, image: null, emailVerified: null })
		.execute();
}

// Each test starts node processes; on a loaded machine that alone takes seconds.
describe('backup and restore (SQLite)', { timeout: 180_000 }, () => {
	const dirs: string[] = [];
	const tempDir = (name: string) => {
		const dir = mkdtempSync(join(tmpdir(), `vuokra-${name}-`));
		dirs.push(dir);
		return dir;
	};
	let dataDir: string;
	let db: Kysely<Database>;

	beforeAll(async () => {
		dataDir = tempDir('backup-src');
		db = createDb({ kind: 'sqlite', file: join(dataDir, 'app.sqlite') });
		await migrateToLatest(db);
	});
	afterAll(async () => {
		await db.destroy();
		for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	});

	it('keeps every acknowledged write in a backup taken under write load', async () => {
		const WRITERS = 4;
		const users = Array.from({ length: WRITERS }, (_, i) => `writer-${i}`);
		for (const u of users) await newUser(db, u);
		const acked: { user: string; id: string; version: number; at: number }[] = [];
		let stop = false;
		let seq = 0;
		const writer = async (user: string) => {
			while (!stop) {
				const id = `d${seq++}`;
				const [result] = await applyPush(db, user, [create('debts', id)]);
				if (result?.status !== 'applied') throw new Error(`push ${id}: ${result?.status}`);
				acked.push({ user, id, version: result.version, at: performance.now() });
				// Yield so the other writers and the child process's pipes get their turn.
				await new Promise((r) => setImmediate(r));
			}
		};
		const writers = users.map(writer);
		while (acked.length < 300) await new Promise((r) => setTimeout(r, 5));

		const startedAt = performance.now();
		const ran = await runScript('backup.mjs', [], { DATA_DIR: dataDir });
		const endedAt = performance.now();
		stop = true;
		await Promise.all(writers);
		expect(ran.stderr).toBe('');
		expect(ran.code).toBe(0);
		const file = ran.stdout.trim();
		expect(file).toMatch(/backups\/app-\d{4}-\d\d-\d\dT[\d-]+Z\.sqlite$/);
		const before = acked.filter((a) => a.at < startedAt);
		const during = acked.filter((a) => a.at >= startedAt && a.at <= endedAt);
		// The load really ran while the backup did.
		expect(during.length).toBeGreaterThan(0);

		const restoredDir = tempDir('backup-restored');
		const restore = await runScript('restore.mjs', [file], { DATA_DIR: restoredDir });
		expect(restore.stderr).toBe('');
		expect(restore.code).toBe(0);

		const restored = createDb({ kind: 'sqlite', file: join(restoredDir, 'app.sqlite') });
		try {
			expect(await migrateToLatest(restored)).toEqual([]);
			// Versions stamped after the restore lie above any cursor a device got before it.
			const clocks = await restored.selectFrom('sync_clock').select('version').execute();
			const highestAcked = Math.max(...acked.map((a) => a.version));
			expect(clocks.every((c) => c.version > highestAcked)).toBe(true);
			for (const user of users) {
				const page = await pull(restored, user, 0, 1000);
				const have = new Map(page.changes.map((c) => [c.id, c.version]));
				const missing = before.filter((a) => a.user === user && have.get(a.id) !== a.version);
				expect(missing).toEqual([]);
			}
		} finally {
			await restored.destroy();
		}
	});

	it('refuses to restore while a server runs on the data folder', async () => {
		const backup = await runScript('backup.mjs', [], { DATA_DIR: dataDir });
		expect(backup.code).toBe(0);
		const target = tempDir('restore-busy');
		const release = holdServerLock(target);
		try {
			const refused = await runScript('restore.mjs', [backup.stdout.trim()], { DATA_DIR: target });
			expect(refused.code).toBe(1);
			expect(refused.stderr).toContain(`process ${process.pid}`);
			expect(existsSync(join(target, 'app.sqlite'))).toBe(false);
		} finally {
			release();
		}
		const allowed = await runScript('restore.mjs', [backup.stdout.trim()], { DATA_DIR: target });
		expect(allowed.code).toBe(0);
		expect(existsSync(join(target, 'app.sqlite'))).toBe(true);
	});

	it('keeps the newest daily backups and moves a replaced database aside', async () => {
		const keep = 2;
		const files: string[] = [];
		for (let i = 0; i < 3; i++) {
			const r = await runScript('backup.mjs', ['--daily', '--keep', String(keep)], {
				DATA_DIR: dataDir
			});
			expect(r.code).toBe(0);
			files.push(r.stdout.trim());
		}
		expect(files.map((f) => existsSync(f))).toEqual([false, true, true]);

		const target = tempDir('restore-twice');
		expect((await runScript('restore.mjs', [files[1] ?? ''], { DATA_DIR: target })).code).toBe(0);
		const second = await runScript('restore.mjs', [files[2] ?? ''], { DATA_DIR: target });
		expect(second.code).toBe(0);
		const moved = /moved to (\S+)/.exec(second.stdout)?.[1] ?? '';
		expect(readFileSync(moved).subarray(0, 15).toString()).toBe('SQLite format 3');
	});

	it('refuses a file that is not a database of this app', async () => {
		const dir = tempDir('restore-junk');
		const junk = join(dir, 'junk.sqlite');
		const other = createDb({ kind: 'sqlite', file: junk });
		await other.schema.createTable('t').addColumn('x', 'integer').execute();
		await other.destroy();
		const r = await runScript('restore.mjs', [junk], { DATA_DIR: join(dir, 'data') });
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('not a Vuokra-apu database');
	});

	it('points PostgreSQL deployments to pg_dump', async () => {
		const r = await runScript('backup.mjs', [], {
			DATA_DIR: dataDir,
			DATABASE_URL: 'postgres://localhost/none'
		});
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('pg_dump');
	});
});
