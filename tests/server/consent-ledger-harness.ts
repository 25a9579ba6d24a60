/**
 * A migrated database for the ledger tests plus `npm run consent:verify` (the CLI) run against
 * it, as an operator would: same database, same environment.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import { createDb, migrateToLatest, type Database } from '$lib/server/db';
import { startTestPostgres, type TestPostgres } from '../support/postgres';
import type { BackendKind } from './backends';

const run = promisify(execFile);

export interface ScriptResult {
	code: number;
	out: Record<string, unknown>;
	stdout: string;
	stderr: string;
}

/** A migrated database of `kind` plus the environment the CLI needs to find it. */
export function useLedgerDb(kind: BackendKind, extraEnv: Record<string, string> = {}) {
	let db: Kysely<Database> | undefined;
	let dir: string | undefined;
	let server: TestPostgres | null = null;
	let env: Record<string, string> = {};
	beforeAll(async () => {
		if (kind === 'sqlite') {
			dir = mkdtempSync(join(tmpdir(), 'vuokra-consent-'));
			db = createDb({ kind: 'sqlite', file: join(dir, 'app.sqlite') });
			env = { DATA_DIR: dir, DATABASE_URL: '' };
		} else {
			server = await startTestPostgres();
			if (!server) throw new Error('PostgreSQL was expected but could not be started');
			db = createDb({ kind: 'postgres', connectionString: server.url, maxConnections: 8 });
			env = { DATABASE_URL: server.url };
		}
		await migrateToLatest(db);
	}, 60_000);
	afterAll(async () => {
		await db?.destroy();
		await server?.stop();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});
	return {
		get db(): Kysely<Database> {
			if (!db) throw new Error('not open yet');
			return db;
		},
		script(...args: string[]): Promise<ScriptResult> {
			return this.scriptWith({}, ...args);
		},
		/** The CLI with extra environment (e.g. `CONSENT_LEDGER_KEY: ''` to run it keyless). */
		async scriptWith(more: Record<string, string>, ...args: string[]): Promise<ScriptResult> {
			try {
				const r = await run('node', ['scripts/consent-verify.mjs', '--json', ...args], {
					env: { ...process.env, ...env, ...extraEnv, ...more }
				});
				return { code: 0, out: JSON.parse(r.stdout) as Record<string, unknown>, ...r };
			} catch (err) {
				const e = err as { code: number; stdout: string; stderr: string };
				const out = e.stdout.trim() ? (JSON.parse(e.stdout) as Record<string, unknown>) : {};
				return { code: e.code, out, stdout: e.stdout, stderr: e.stderr };
			}
		},
		async human(...args: string[]): Promise<{ code: number; text: string }> {
			try {
				const r = await run('node', ['scripts/consent-verify.mjs', ...args], {
					env: { ...process.env, ...env, ...extraEnv }
				});
				return { code: 0, text: r.stdout + r.stderr };
			} catch (err) {
				const e = err as { code: number; stdout: string; stderr: string };
				return { code: e.code, text: e.stdout + e.stderr };
			}
		}
	};
}
