/**
 * The part of SyncStatus that runs sync: the schedule's one timer, the engine, the device-account
 * decision and what an outcome does to the status. Loaded only once an account is known, so an
 * anonymous visitor's first screen carries none of it (bench:web counts every byte there).
 */
import type { SyncOutcome } from './sync-client';
import type { AccountChoice, AccountInfo, SyncStatus } from './sync-status.svelte';
import { afterOutcome, delayAfter, type SyncTrigger } from './sync-schedule';

type Engine = typeof import('./sync-engine');
type Refresher = () => Promise<unknown>;

/** What the driver needs of SyncStatus beyond its public state. */
export interface DriverHooks {
	/** Forget the account on this device (the server said signed out). */
	signedOut(): void;
	/** Server-owned views to refresh after each successful sync. */
	refreshers: ReadonlySet<Refresher>;
}

export class SyncDriver {
	#paused = false;
	/** Unsent situation changes as the watcher last saw them. */
	#outbox = 0;
	/** The account decideFor last ran for: nothing syncs before the decision for this account. */
	#decidedFor: string | null = null;
	#engine: Promise<Engine> | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#failures = 0;

	constructor(
		private readonly status: SyncStatus,
		private readonly hooks: DriverHooks
	) {}

	/**
	 * The engine, loaded once. A load that failed (the network went before the service worker had
	 * the chunk) is forgotten, so the next trigger (reconnecting, a press of "Sync now") tries
	 * again instead of leaving this page without sync until a reload.
	 */
	loadEngine(): Promise<Engine> {
		if (this.#engine) return this.#engine;
		const loading = import('./sync-engine').then((engine) => {
			engine.watchSync((v) => {
				const grew = v.pending > this.status.pending;
				this.status.pending = v.pending;
				this.#outbox = v.outbox;
				this.status.conflicts = v.conflicts;
				this.status.rejected = v.rejected;
				this.status.notices = v.notices;
				this.status.notice = v.notice;
				if (grew) this.on('localChange');
			});
			return engine;
		});
		this.#engine = loading;
		loading.catch(() => {
			if (this.#engine === loading) this.#engine = null;
		});
		return loading;
	}

	async decideFor(account: AccountInfo | null): Promise<void> {
		if (!account) return;
		this.status.choice = await this.#decide(account.email);
		this.#decidedFor = account.email;
	}

	/**
	 * Whether the data on this device may sync into `email`'s account ($lib/domain/device-account).
	 * Read on every start, so no path into a session (a link, OpenID Connect, another tab) can
	 * carry data into an account unasked.
	 */
	async #decide(email: string): Promise<AccountChoice | null> {
		const [{ decideDeviceAccount }, owner] = await Promise.all([
			import('$lib/domain/device-account'),
			import('$lib/db/device-owner')
		]);
		const decision = decideDeviceAccount({
			owner: await owner.readOwner(),
			account: email,
			localChanges: await owner.localChangeCount()
		});
		if (decision === 'claim') await owner.setOwner(email);
		if (decision === 'askAttach') return 'attach';
		if (decision === 'askSwitch') return 'switch';
		return null;
	}

	#mayRun(): boolean {
		const account = this.status.account;
		return (
			account !== null &&
			!this.#paused &&
			this.status.choice === null &&
			this.#decidedFor === account.email
		);
	}

	/** Stops syncing for good in this page: the device is about to be wiped or switched. */
	pause(): void {
		this.#paused = true;
		clearTimeout(this.#timer);
	}

	/** The account is gone: the next one is decided afresh. */
	forget(): void {
		this.#decidedFor = null;
	}

	/** The page is going: no timer outlives it. */
	stop(): void {
		clearTimeout(this.#timer);
	}

	async dismissNotice(): Promise<void> {
		const engine = await this.loadEngine();
		await engine.dismissNotice();
	}

	/** Schedules the sync a trigger asks for (sync-schedule.ts decides when). */
	on(trigger: SyncTrigger): void {
		const delay = delayAfter(trigger);
		if (delay !== null) this.schedule(delay);
	}

	schedule(delayMs: number): void {
		if (!this.#mayRun()) return;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.sync(), delayMs);
	}

	/** Syncs now; the button and every trigger end here. */
	async sync(): Promise<SyncOutcome | undefined> {
		if (!this.#mayRun()) return undefined;
		let engine: Engine;
		try {
			engine = await this.loadEngine();
		} catch {
			// Only the network keeps a chunk of this very build from loading: retried on reconnect.
			this.#record({ status: 'offline' });
			return { status: 'offline' };
		}
		if (!navigator.onLine) {
			this.status.state = 'offline';
			return { status: 'offline' };
		}
		this.status.state = 'syncing';
		const outcome = await engine.syncNow();
		this.#record(outcome);
		if (outcome.status === 'ok') {
			await engine.flushPending();
			await Promise.allSettled([...this.hooks.refreshers].map((refresh) => refresh()));
			// An edit made while the push ran can leave the count the watcher saw unchanged (one
			// change acknowledged, one added), so "grew" never fires: look again after the pause.
			// At worst one extra sync when the count was stale.
			if (this.#outbox > 0) this.on('moreToSend');
		}
		return outcome;
	}

	#record(outcome: SyncOutcome): void {
		const next = afterOutcome(
			outcome.status,
			this.#failures,
			outcome.status === 'error' ? outcome.retryAfterMs : undefined
		);
		this.#failures = next.failures;
		const status = this.status;
		switch (outcome.status) {
			case 'ok':
				status.state = 'idle';
				status.lastError = null;
				status.lastErrorCode = null;
				status.lastSyncedAt = new Date();
				break;
			case 'busy':
				status.state = 'idle';
				break;
			case 'signedOut':
				this.hooks.signedOut();
				break;
			case 'offline':
			case 'error':
				status.state = outcome.status;
				status.lastError = outcome.status === 'error' ? outcome.message : null;
				status.lastErrorCode = outcome.status === 'error' ? (outcome.code ?? null) : null;
				break;
		}
		if (next.retryInMs !== null) this.schedule(next.retryInMs);
	}
}
