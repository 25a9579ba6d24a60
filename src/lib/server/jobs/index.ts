/**
 * The server process's scheduled jobs: daily pruning, the retention sweep and the daily SQLite
 * backup. Started once
 * per process from `init` in hooks.server.ts, which also marks the process as a server on its
 * DATA_DIR (so `npm run restore` refuses to run under it).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { dialectKind, readyDb, type Database } from '../db';
import { runRetention, type CaseRetentionSource } from '../admin/retention';
import { caseRetentionSource } from '../cases/retention';
import { mailSettingsFromEnv } from '../mail/transport';
import { pruneAll } from '../maintenance/prune';
import { holdServerLock } from '../maintenance/server-lock.js';
import { maintenanceSettingsFromEnv, type MaintenanceSettings } from '../maintenance/settings';
import { advisorDigestJob, reminderRefreshJob, startReminderDispatcher } from '../reminders';
import { DAY_MS, JobScheduler, type Job } from './scheduler';

export { JobScheduler, slotOf, DAY_MS, type Job, type JobRun } from './scheduler';

export function pruneJob(settings: Pick<MaintenanceSettings, 'horizonDays'>): Job {
	return {
		name: 'prune',
		everyMs: DAY_MS,
		run: (db, now) => pruneAll(db, now, settings.horizonDays)
	};
}

/**
 * Runs `scripts/backup.mjs --daily` in a child process: VACUUM INTO reads a snapshot without
 * blocking writers, but better-sqlite3 is synchronous and would block this server's event loop.
 */
export function backupJob(
	settings: Pick<MaintenanceSettings, 'backupKeep'>,
	script = resolve('scripts', 'backup.mjs'),
	env: NodeJS.ProcessEnv = process.env
): Job {
	return {
		name: 'backup',
		everyMs: DAY_MS,
		run: (db: Kysely<Database>) => {
			if (dialectKind(db) !== 'sqlite') return Promise.resolve('PostgreSQL: use pg_dump');
			if (!existsSync(script)) return Promise.reject(new Error(`${script} not found`));
			return new Promise((done, fail) => {
				const child = spawn(
					process.execPath,
					[script, '--daily', '--keep', String(settings.backupKeep)],
					{ env, stdio: ['ignore', 'pipe', 'pipe'] }
				);
				let out = '';
				child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
				child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
				child.on('error', fail);
				child.on('exit', (code) =>
					code === 0
						? done(out.trim().split('\n').at(-1))
						: fail(new Error(`backup exited with ${code}: ${out.trim().slice(-300)}`))
				);
			});
		}
	};
}

/**
 * Daily retention sweep (../admin/retention.ts): unused accounts warned and erased, closed cases'
 * personal data erased through the case module's source (../cases/retention.ts).
 */
export function retentionJob(
	env: NodeJS.ProcessEnv,
	cases: CaseRetentionSource | null = null
): Job {
	return {
		name: 'retention',
		everyMs: DAY_MS,
		run: (db, now) =>
			runRetention(db, now, {
				env,
				mail: mailSettingsFromEnv(env),
				origin: env.ORIGIN?.trim() || 'http://localhost:3000',
				cases
			})
	};
}

const STARTED = Symbol.for('vuokra-apu.jobs');
type GlobalWithJobs = typeof globalThis & { [STARTED]?: JobScheduler };

/** Starts the jobs once per process (a `vite dev` reload keeps the running scheduler). */
export function startServerJobs(env: NodeJS.ProcessEnv = process.env): JobScheduler {
	const g: GlobalWithJobs = globalThis;
	const existing = g[STARTED];
	if (existing) return existing;
	const settings = maintenanceSettingsFromEnv(env);
	const jobs: Job[] = [pruneJob(settings), retentionJob(env, caseRetentionSource)];
	if (settings.dailyBackup) jobs.push(backupJob(settings));
	if (env.REMINDERS !== 'off') jobs.push(reminderRefreshJob(), advisorDigestJob(env));
	const scheduler = new JobScheduler(readyDb, jobs);
	const reminders = startReminderDispatcher(env);
	g[STARTED] = scheduler;

	const release = holdServerLock(resolve(env.DATA_DIR ?? './data'));
	process.once('exit', release);
	process.once('sveltekit:shutdown', () => {
		void Promise.all([scheduler.stop(), reminders?.stop()]).finally(release);
	});
	scheduler.start();
	return scheduler;
}
