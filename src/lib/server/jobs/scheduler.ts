/**
 * A small scheduler for periodic jobs (README.md in this folder).
 *
 * Time is cut into slots of `everyMs` (aligned to the Unix epoch, so daily slots start at
 * 00:00 UTC). On every tick, each job whose current slot has no `job_runs` row gets one,
 * inserted by this instance; the insert is the claim (primary key (job, slot)), so with several
 * instances on one PostgreSQL exactly one runs each slot, and a restarted instance does not run
 * a slot again. A claimed slot that fails is not retried until the next slot: the jobs here are
 * idempotent catch-up work (the next run does what this one missed).
 *
 * The clock is injected, so tests drive time with `tick()` and a fake `now`.
 */
import { safeErrorSummary } from '$lib/server/log/safe-error';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { dialectKind } from '../db/dialect';
import type { Database } from '../db/schema';

export interface Job {
	/** Stable name: the claim key, so renaming a job runs it once more. */
	name: string;
	everyMs: number;
	run(db: Kysely<Database>, now: Date): Promise<unknown>;
}

export interface JobRun {
	job: string;
	slot: string;
	outcome: 'ok' | 'failed';
	result?: unknown;
}

export interface SchedulerOptions {
	now?: () => Date;
	/** How often to look for due jobs while started. */
	tickMs?: number;
	/** Names this instance in `job_runs` (for the operator; claims do not depend on it). */
	instance?: string;
	log?: (message: string) => void;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export function slotOf(now: Date, everyMs: number): string {
	return new Date(Math.floor(now.getTime() / everyMs) * everyMs).toISOString();
}

export class JobScheduler {
	readonly #db: () => Promise<Kysely<Database>>;
	readonly #jobs: readonly Job[];
	readonly #now: () => Date;
	readonly #tickMs: number;
	readonly #instance: string;
	readonly #log: (message: string) => void;
	#timer: ReturnType<typeof setInterval> | undefined;
	#running: Promise<JobRun[]> | undefined;

	constructor(
		db: () => Promise<Kysely<Database>>,
		jobs: readonly Job[],
		options: SchedulerOptions = {}
	) {
		this.#db = db;
		this.#jobs = jobs;
		this.#now = options.now ?? (() => new Date());
		this.#tickMs = options.tickMs ?? 60_000;
		this.#instance = options.instance ?? randomUUID();
		this.#log = options.log ?? ((message) => console.log(message));
	}

	/** Ticks now and then every `tickMs`. The timer does not keep the process alive. */
	start(): void {
		if (this.#timer) return;
		this.#timer = setInterval(() => void this.tick(), this.#tickMs);
		this.#timer.unref();
		void this.tick();
	}

	/** Stops ticking and waits for a run in progress. */
	async stop(): Promise<void> {
		clearInterval(this.#timer);
		this.#timer = undefined;
		await this.#running;
	}

	/** Runs every job that is due and unclaimed. Ticks never overlap within one instance. */
	tick(): Promise<JobRun[]> {
		if (this.#running) return this.#running;
		const running = this.#runDue().finally(() => {
			this.#running = undefined;
		});
		this.#running = running;
		return running;
	}

	async #runDue(): Promise<JobRun[]> {
		const runs: JobRun[] = [];
		let db: Kysely<Database>;
		try {
			db = await this.#db();
		} catch (error) {
			this.#log(`[jobs] database not ready: ${safeErrorSummary(error)}`);
			return runs;
		}
		for (const job of this.#jobs) {
			const now = this.#now();
			const slot = slotOf(now, job.everyMs);
			try {
				if (!(await this.#claim(db, job.name, slot, now))) continue;
			} catch (error) {
				this.#log(`[jobs] ${job.name}: could not claim: ${safeErrorSummary(error)}`);
				continue;
			}
			let run: JobRun;
			try {
				const result = await job.run(db, now);
				run = { job: job.name, slot, outcome: 'ok', result };
				this.#log(`[jobs] ${job.name} ${slot}: ${JSON.stringify(result ?? 'ok')}`);
			} catch (error) {
				// A database error's message can quote the values of a row (tenant text): never logged or
				// stored, as everywhere else (log/safe-error.ts).
				const message = safeErrorSummary(error);
				run = { job: job.name, slot, outcome: 'failed', result: message };
				this.#log(`[jobs] ${job.name} ${slot} failed: ${message}`);
			}
			runs.push(run);
			await this.#finish(db, run, this.#now()).catch(() => undefined);
		}
		return runs;
	}

	async #claim(db: Kysely<Database>, job: string, slot: string, now: Date): Promise<boolean> {
		const claimed = await db
			.insertInto('job_runs')
			.values({
				job,
				slot,
				instance: this.#instance,
				started_at: dialectKind(db) === 'postgres' ? now : now.toISOString()
			})
			.onConflict((oc) => oc.columns(['job', 'slot']).doNothing())
			.returning('job')
			.executeTakeFirst();
		return claimed !== undefined;
	}

	async #finish(db: Kysely<Database>, run: JobRun, at: Date): Promise<void> {
		await db
			.updateTable('job_runs')
			.set({
				finished_at: dialectKind(db) === 'postgres' ? at : at.toISOString(),
				outcome: run.outcome === 'ok' ? 'ok' : String(run.result).slice(0, 500)
			})
			.where('job', '=', run.job)
			.where('slot', '=', run.slot)
			.execute();
	}
}
