/**
 * When to sync, and what to tell the tenant about it. Sync runs on start (when signed in), after
 * local changes (debounced), on reconnect, when the page becomes visible, every half minute while
 * open, and on demand. Typing never waits for any of it.
 *
 * The sync machinery (Dexie, the wire schemas) loads only once an account is known.
 */
import { createContext, untrack } from 'svelte';
import type { Conflict } from '$lib/schemas/sync';
import type { RejectedChange, SyncOutcome } from './sync-client';
import { onReconnect } from '$lib/state/online.svelte';
import { finishPendingSignOut } from './server-session';
import type { SyncNotice } from './sync-notices';
import type { RestartNotice } from './sync-restart';
import { PERIOD_MS, afterOutcome, delayAfter, type SyncTrigger } from './sync-schedule';

/** Who is signed in on this device, so an offline start still knows to keep changes for sync. */
export const ACCOUNT_HINT_KEY = 'account';

export type SyncState = 'signedOut' | 'idle' | 'syncing' | 'offline' | 'error';

export interface AccountInfo {
	email: string;
	role: string;
}

function readAccountHint(): AccountInfo | null {
	try {
		const raw = localStorage.getItem(ACCOUNT_HINT_KEY);
		const value = raw ? (JSON.parse(raw) as Partial<AccountInfo>) : null;
		return value?.email ? { email: value.email, role: value.role ?? 'tenant' } : null;
	} catch {
		return null;
	}
}

function writeAccountHint(account: AccountInfo | null): void {
	try {
		if (account) localStorage.setItem(ACCOUNT_HINT_KEY, JSON.stringify(account));
		else localStorage.removeItem(ACCOUNT_HINT_KEY);
	} catch {
		// Without storage an offline start just shows "signed out" until the network is back.
	}
}

/**
 * Server-owned views (bookings, consents) register here to be refreshed whenever the tenant's
 * data syncs, so their status follows the same triggers.
 */
type Refresher = () => Promise<unknown>;
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a registry of callbacks, not state anything renders
const refreshers = new Set<Refresher>();
export function onSynced(refresh: Refresher): () => void {
	refreshers.add(refresh);
	return () => refreshers.delete(refresh);
}

type Engine = typeof import('./sync-engine');

/**
 * What the tenant must decide before this device syncs (shown at /signin/confirm): whether data
 * typed before signing in moves into the account, or what happens to another account's data.
 */
export type AccountChoice = 'attach' | 'switch';

export class SyncStatus {
	account = $state<AccountInfo | null>(readAccountHint());
	state = $state<SyncState>('signedOut');
	pending = $state(0);
	conflicts = $state.raw<Conflict[]>([]);
	rejected = $state.raw<RejectedChange[]>([]);
	/** What sync replaced or discarded, until the tenant dismisses it. */
	notices = $state.raw<SyncNotice[]>([]);
	/** Set when sync had to start over (e.g. the device was away too long); shown until dismissed. */
	notice = $state.raw<RestartNotice | null>(null);
	lastSyncedAt = $state<Date | null>(null);
	lastError = $state<string | null>(null);
	/** Set while sync waits for the tenant's decision about the data on this device. */
	choice = $state<AccountChoice | null>(null);
	/** The server's problem code for the last failure (`quota_exceeded`: the account is full). */
	lastErrorCode = $state<string | null>(null);

	#paused = false;
	/** Unsent situation changes as the watcher last saw them. */
	#outbox = 0;
	/** The account #decide last ran for: nothing syncs before the decision for this account. */
	#decidedFor: string | null = null;
	#engine: Promise<Engine> | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#failures = 0;

	/** Must be constructed during component initialisation: its listeners live with it. */
	constructor() {
		if (this.account) this.state = 'idle';
		onReconnect(() => this.#on('online'));
		$effect(() => {
			const visible = () => this.#on(document.visibilityState === 'visible' ? 'visible' : 'hidden');
			document.addEventListener('visibilitychange', visible);
			const period = setInterval(() => this.#on('period'), PERIOD_MS);
			// Untracked: refreshAccount replaces `account`, which must not re-run this effect.
			untrack(() => {
				if (this.account) void this.#loadEngine().catch(() => undefined);
				void this.refreshAccount();
			});
			return () => {
				document.removeEventListener('visibilitychange', visible);
				clearInterval(period);
				clearTimeout(this.#timer);
			};
		});
	}

	/**
	 * The engine, loaded once. A load that failed (the network went before the service worker had
	 * the chunk) is forgotten, so the next trigger (reconnecting, a press of "Sync now") tries
	 * again instead of leaving this page without sync until a reload.
	 */
	#loadEngine(): Promise<Engine> {
		if (this.#engine) return this.#engine;
		const loading = import('./sync-engine').then((engine) => {
			engine.watchSync((v) => {
				const grew = v.pending > this.pending;
				this.pending = v.pending;
				this.#outbox = v.outbox;
				this.conflicts = v.conflicts;
				this.rejected = v.rejected;
				this.notices = v.notices;
				this.notice = v.notice;
				if (grew) this.#on('localChange');
			});
			return engine;
		});
		this.#engine = loading;
		loading.catch(() => {
			if (this.#engine === loading) this.#engine = null;
		});
		return loading;
	}

	/**
	 * Asks the server who we are (when online) and remembers it for offline starts. Auth.js's own
	 * session endpoint answers 200 with `null` for a visitor, so anonymous tenants cause no error.
	 */
	async refreshAccount(): Promise<void> {
		// A device forgotten offline signs out before anything else, so nothing syncs back.
		if (await finishPendingSignOut()) {
			this.#signedOut();
			return;
		}
		const { fetchSession } = await import('$lib/api/session');
		const answer = await fetchSession();
		// Offline or no readable answer: keep what we knew; sync resumes on reconnect.
		if (!answer.ok) return this.#resumeKnown();
		const session = answer.data;
		const email = session?.user?.email;
		if (!email) {
			this.#signedOut();
			return;
		}
		this.account = { email, role: session?.user?.role ?? 'tenant' };
		writeAccountHint(this.account);
		if (this.state === 'signedOut') this.state = 'idle';
		await this.#decideFor(this.account);
		await this.sync();
	}

	/** Without the server's answer, the remembered account stands (its sync shows "offline"). */
	async #resumeKnown(): Promise<void> {
		await this.#decideFor(this.account);
		this.schedule(0);
	}

	async #decideFor(account: AccountInfo | null): Promise<void> {
		if (!account) return;
		this.choice = await this.#decide(account.email);
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
		return (
			this.account !== null &&
			!this.#paused &&
			this.choice === null &&
			this.#decidedFor === this.account.email
		);
	}

	/** Stops syncing for good in this page: the device is about to be wiped or switched. */
	pause(): void {
		this.#paused = true;
		clearTimeout(this.#timer);
	}

	#signedOut(): void {
		this.choice = null;
		this.#decidedFor = null;
		writeAccountHint(null);
		this.account = null;
		this.state = 'signedOut';
	}

	async dismissNotice(): Promise<void> {
		const engine = await this.#loadEngine();
		await engine.dismissNotice();
	}

	/** Schedules the sync a trigger asks for (sync-schedule.ts decides when). */
	#on(trigger: SyncTrigger): void {
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
			engine = await this.#loadEngine();
		} catch {
			// Only the network keeps a chunk of this very build from loading: retried on reconnect.
			this.#record({ status: 'offline' });
			return { status: 'offline' };
		}
		if (!navigator.onLine) {
			this.state = 'offline';
			return { status: 'offline' };
		}
		this.state = 'syncing';
		const outcome = await engine.syncNow();
		this.#record(outcome);
		if (outcome.status === 'ok') {
			await engine.flushPending();
			await Promise.allSettled([...refreshers].map((refresh) => refresh()));
			// An edit made while the push ran can leave the count the watcher saw unchanged (one
			// change acknowledged, one added), so "grew" never fires: look again after the pause.
			// At worst one extra sync when the count was stale.
			if (this.#outbox > 0) this.#on('moreToSend');
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
		switch (outcome.status) {
			case 'ok':
				this.state = 'idle';
				this.lastError = null;
				this.lastErrorCode = null;
				// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a snapshot, replaced whole on each sync
				this.lastSyncedAt = new Date();
				break;
			case 'busy':
				this.state = 'idle';
				break;
			case 'signedOut':
				this.#signedOut();
				break;
			case 'offline':
			case 'error':
				this.state = outcome.status;
				this.lastError = outcome.status === 'error' ? outcome.message : null;
				this.lastErrorCode = outcome.status === 'error' ? (outcome.code ?? null) : null;
				break;
		}
		if (next.retryInMs !== null) this.schedule(next.retryInMs);
	}
}

export const [getSyncStatus, setSyncStatus] = createContext<SyncStatus>();
