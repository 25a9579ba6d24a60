/**
 * Sends due reminders: claims them with a lease, sends each to the tenant's push subscriptions
 * (or an email when they have none), records what was done, retries a push service error with
 * backoff and drops a subscription the push service says is gone (404/410).
 *
 * Exactly once across instances and crashes:
 * - The claim is one statement that sets `lease_until`/`lease_owner` on due rows whose lease is
 *   free; PostgreSQL picks the rows `FOR UPDATE SKIP LOCKED`, so two instances never claim the
 *   same row and never wait on each other. SQLite has one writer and one process.
 * - Every later write is guarded by `lease_owner`: a sender whose lease ran out and was taken
 *   over cannot mark the row or record a delivery any more.
 * - A sender killed after its claim sends nothing; the lease runs out (LEASE_MS) and another
 *   claim sends the reminder once. Each (reminder, target) delivery is recorded, so a retry after
 *   a partial failure sends only to the targets not yet served.
 * - Left open: a crash after the push service accepted a message and before it was recorded
 *   (records are written in groups of RECORD_GROUP). Those reminders are sent again; each carries
 *   the same Topic (the push service replaces a message still queued) and the same notification
 *   tag (the device shows it once).
 *
 * The clock is injected; `tick()` can be called directly (tests, the benchmark).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { REMINDER_KINDS, retryDelayMs, type ReminderKind } from '$lib/domain/reminders';
import { safeErrorSummary } from '$lib/server/log/safe-error';
import { dialectKind } from '../db/dialect';
import type { Database } from '../db/schema';
import { topicFor, type PushSender } from './push-sender';
import { readSettingsOf, stamp, DEFAULT_SETTINGS } from './store';
import { notificationPayload, notificationLang, reminderMail } from './text';

/** How long a claim holds a reminder; a crashed sender's reminders are taken over after it. */
export const LEASE_MS = 2 * 60_000;
/** Claims after which a reminder that still fails is given up. */
export const MAX_ATTEMPTS = 10;
/** Delivery records written together (see `#record`). */
const RECORD_GROUP = 25;

export interface DispatcherOptions {
	now?: () => Date;
	/** Reminders claimed at a time. */
	batchSize?: number;
	/** Messages in flight at once. */
	concurrency?: number;
	tickMs?: number;
	/** The name of this sender in `lease_owner`; unique per process. */
	instance?: string;
	/** Email fallback; without it, an account with no subscription is not reminded. */
	mail?: (to: string, mail: { subject: string; text: string; html: string }) => Promise<void>;
	/** The app's origin for links in emails (ORIGIN). */
	origin?: string;
	log?: (message: string) => void;
	/** Test hook: runs after a claim, before anything is sent. */
	afterClaim?: (ids: string[]) => Promise<void>;
}

export interface TickResult {
	claimed: number;
	sent: number;
	retried: number;
	dropped: number;
	failed: number;
}

interface Claimed {
	id: string;
	user_id: string;
	key: string;
	kind: string;
	page: string;
	attempts: number;
}

type Outcome = 'sent' | 'retry' | 'dropped';

function isKind(value: string): value is ReminderKind {
	return (REMINDER_KINDS as readonly string[]).includes(value);
}

export class ReminderDispatcher {
	readonly #db: () => Promise<Kysely<Database>>;
	readonly #push: PushSender;
	readonly #now: () => Date;
	readonly #batch: number;
	readonly #concurrency: number;
	readonly #tickMs: number;
	readonly #instance: string;
	readonly #options: DispatcherOptions;
	readonly #log: (message: string) => void;
	#timer: ReturnType<typeof setInterval> | undefined;
	#running: Promise<TickResult> | undefined;

	constructor(
		db: () => Promise<Kysely<Database>>,
		push: PushSender,
		options: DispatcherOptions = {}
	) {
		this.#db = db;
		this.#push = push;
		this.#now = options.now ?? (() => new Date());
		this.#batch = options.batchSize ?? 200;
		this.#concurrency = options.concurrency ?? 32;
		this.#tickMs = options.tickMs ?? 15_000;
		this.#instance = options.instance ?? randomUUID();
		this.#options = options;
		this.#log = options.log ?? ((m) => console.log(m));
	}

	start(): void {
		if (this.#timer) return;
		this.#timer = setInterval(() => void this.tick(), this.#tickMs);
		this.#timer.unref();
		void this.tick();
	}

	async stop(): Promise<void> {
		clearInterval(this.#timer);
		this.#timer = undefined;
		await this.#running;
	}

	/** Sends every reminder due now, batch by batch. Ticks never overlap within one instance. */
	tick(): Promise<TickResult> {
		if (this.#running) return this.#running;
		const running = this.#drain().finally(() => {
			this.#running = undefined;
		});
		this.#running = running;
		return running;
	}

	async #drain(): Promise<TickResult> {
		const total: TickResult = { claimed: 0, sent: 0, retried: 0, dropped: 0, failed: 0 };
		let db: Kysely<Database>;
		try {
			db = await this.#db();
		} catch (error) {
			this.#log(`[reminders] database not ready: ${safeErrorSummary(error)}`);
			return total;
		}
		for (;;) {
			let claimed: Claimed[];
			try {
				claimed = await this.claim(db);
			} catch (error) {
				this.#log(`[reminders] could not claim: ${safeErrorSummary(error)}`);
				break;
			}
			if (claimed.length === 0) break;
			total.claimed += claimed.length;
			await this.#options.afterClaim?.(claimed.map((c) => c.id));
			const result = await this.#process(db, claimed);
			total.sent += result.sent;
			total.retried += result.retried;
			total.dropped += result.dropped;
			total.failed += result.failed;
			if (claimed.length < this.#batch) break;
		}
		return total;
	}

	/** Claims up to one batch of due reminders for this instance. */
	async claim(db: Kysely<Database>): Promise<Claimed[]> {
		const now = this.#now();
		const nowStamp = stamp(db, now);
		// The pick is a materialized CTE: as a plain `IN (subquery)`, PostgreSQL may run the
		// subquery again per row, and with LIMIT and SKIP LOCKED each run picks other rows, so one
		// claim took far more than a batch.
		let due = db
			.selectFrom('reminders')
			.select('id')
			.where('status', '=', 'pending')
			.where('due_at', '<=', nowStamp)
			.where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', nowStamp)]))
			.orderBy('due_at')
			.limit(this.#batch);
		if (dialectKind(db) === 'postgres') due = due.forUpdate().skipLocked();
		return (
			db
				.with(
					(wb) => wb('due').materialized(),
					() => due
				)
				.updateTable('reminders')
				.from('due')
				.set((eb) => ({
					lease_until: stamp(db, now.getTime() + LEASE_MS),
					lease_owner: this.#instance,
					attempts: eb('reminders.attempts', '+', 1)
				}))
				.whereRef('reminders.id', '=', 'due.id')
				// Checked again on the row itself: a row another sender claimed between the pick and this
				// update is skipped (PostgreSQL re-reads an updated row against these conditions).
				.where('reminders.status', '=', 'pending')
				.where((eb) =>
					eb.or([
						eb('reminders.lease_until', 'is', null),
						eb('reminders.lease_until', '<', nowStamp)
					])
				)
				.returning([
					'reminders.id',
					'reminders.user_id',
					'reminders.key',
					'reminders.kind',
					'reminders.page',
					'reminders.attempts'
				])
				.execute()
		);
	}

	async #process(db: Kysely<Database>, claimed: Claimed[]) {
		const ids = claimed.map((c) => c.id);
		const users = [...new Set(claimed.map((c) => c.user_id))];
		const [settings, subs, done, emails] = await Promise.all([
			readSettingsOf(db, users),
			db
				.selectFrom('push_subscriptions')
				.select(['id', 'user_id', 'endpoint', 'p256dh', 'auth', 'lang'])
				.where('user_id', 'in', users)
				.execute(),
			db
				.selectFrom('reminder_deliveries')
				.select(['reminder_id', 'target'])
				.where('reminder_id', 'in', ids)
				.execute(),
			db.selectFrom('User').select(['id', 'email']).where('id', 'in', users).execute()
		]);
		const subsOf = new Map<string, typeof subs>();
		for (const s of subs) subsOf.set(s.user_id, [...(subsOf.get(s.user_id) ?? []), s]);
		const doneSet = new Set(done.map((d) => `${d.reminder_id} ${d.target}`));
		const emailOf = new Map(emails.map((u) => [u.id, u.email]));

		const outcomes = new Map<string, { outcome: Outcome; error?: string }>();
		const queue = [...claimed];
		const worker = async () => {
			for (let r = queue.shift(); r; r = queue.shift()) {
				try {
					outcomes.set(
						r.id,
						await this.#deliver(db, r, {
							settings: settings.get(r.user_id) ?? DEFAULT_SETTINGS,
							subs: subsOf.get(r.user_id) ?? [],
							done: doneSet,
							email: emailOf.get(r.user_id)
						})
					);
				} catch (error) {
					outcomes.set(r.id, { outcome: 'retry', error: safeErrorSummary(error).slice(0, 200) });
				}
			}
		};
		await Promise.all(Array.from({ length: Math.min(this.#concurrency, claimed.length) }, worker));
		await this.#flushRecords(db);
		return this.#finish(db, claimed, outcomes);
	}

	async #deliver(
		db: Kysely<Database>,
		r: Claimed,
		ctx: {
			settings: typeof DEFAULT_SETTINGS;
			subs: { id: string; endpoint: string; p256dh: string; auth: string; lang: string }[];
			done: Set<string>;
			email: string | undefined;
		}
	): Promise<{ outcome: Outcome; error?: string }> {
		if (!isKind(r.kind) || !ctx.settings.kinds[r.kind]) return { outcome: 'dropped' };
		if (ctx.subs.length === 0) {
			const mail = this.#options.mail;
			// A booking change has had its own email already (bookings/notify.ts).
			const fallback = ctx.settings.emailFallback && r.kind !== 'booking';
			if (!fallback || !mail || !ctx.email) return { outcome: 'dropped' };
			if (ctx.done.has(`${r.id} email`)) return { outcome: 'sent' };
			const link = `${this.#options.origin ?? ''}${r.page}`;
			await mail(ctx.email, reminderMail(ctx.settings.lang, link));
			await this.#record(db, r.id, 'email', 'sent');
			return { outcome: 'sent' };
		}
		let sent = 0;
		let error: string | undefined;
		for (const sub of ctx.subs) {
			const target = `push:${sub.id}`;
			if (ctx.done.has(`${r.id} ${target}`)) {
				sent++;
				continue;
			}
			const payload = notificationPayload(
				notificationLang(sub.lang),
				r.kind,
				r.page,
				r.id,
				ctx.settings.detailed
			);
			const { status } = await this.#push.send(sub, JSON.stringify(payload), topicFor(r.id));
			if (status >= 200 && status < 300) {
				await this.#record(db, r.id, target, 'sent');
				sent++;
			} else if (status === 404 || status === 410) {
				// The browser dropped the subscription: forget it, and this target is done.
				await db.deleteFrom('push_subscriptions').where('id', '=', sub.id).execute();
				await this.#record(db, r.id, target, 'gone');
			} else {
				error = status === 0 ? 'push service unreachable' : `push service ${status}`;
			}
		}
		if (error) return { outcome: 'retry', error };
		return { outcome: sent > 0 ? 'sent' : 'dropped' };
	}

	/**
	 * Delivery records are written in small groups (RECORD_GROUP), not one statement per message:
	 * the writes were most of the sending time on SQLite. A crash loses at most one unwritten
	 * group, whose messages are sent again with the same Topic and tag (see the top of this file).
	 */
	#pending: { reminder_id: string; target: string; outcome: string; at: Date | string }[] = [];

	async #record(db: Kysely<Database>, reminderId: string, target: string, outcome: string) {
		this.#pending.push({ reminder_id: reminderId, target, outcome, at: stamp(db, this.#now()) });
		if (this.#pending.length >= RECORD_GROUP) await this.#flushRecords(db);
	}

	async #flushRecords(db: Kysely<Database>) {
		while (this.#pending.length > 0) {
			const group = this.#pending.splice(0, 200);
			await db
				.insertInto('reminder_deliveries')
				.values(group)
				.onConflict((oc) => oc.columns(['reminder_id', 'target']).doNothing())
				.execute();
		}
	}

	async #finish(
		db: Kysely<Database>,
		claimed: Claimed[],
		outcomes: Map<string, { outcome: Outcome; error?: string }>
	) {
		const result = { sent: 0, retried: 0, dropped: 0, failed: 0 };
		const now = this.#now();
		const byOutcome = (o: Outcome) =>
			claimed.filter((c) => outcomes.get(c.id)?.outcome === o).map((c) => c.id);
		const mine = () =>
			db
				.updateTable('reminders')
				.where('lease_owner', '=', this.#instance)
				.where('status', '=', 'pending');
		for (const [outcome, status] of [
			['sent', 'sent'],
			['dropped', 'dropped']
		] as const) {
			const ids = byOutcome(outcome);
			// In chunks: SQLite allows a limited number of bound values per statement.
			for (let i = 0; i < ids.length; i += 500) {
				await mine()
					.set({ status, sent_at: stamp(db, now), lease_until: null, lease_owner: null })
					.where('id', 'in', ids.slice(i, i + 500))
					.execute();
			}
			result[outcome] += ids.length;
		}
		for (const c of claimed) {
			const o = outcomes.get(c.id);
			if (o?.outcome !== 'retry') continue;
			const giveUp = c.attempts >= MAX_ATTEMPTS;
			await mine()
				.set({
					status: giveUp ? 'failed' : 'pending',
					due_at: stamp(db, now.getTime() + retryDelayMs(c.attempts)),
					lease_until: null,
					lease_owner: null,
					last_error: o.error ?? null
				})
				.where('id', '=', c.id)
				.execute();
			if (giveUp) result.failed++;
			else result.retried++;
		}
		return result;
	}
}
