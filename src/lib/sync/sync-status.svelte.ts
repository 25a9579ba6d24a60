/**
 * When to sync, and what to tell the tenant about it. Sync runs on start (when signed in), after
 * local changes (debounced), on reconnect, when the page becomes visible, every half minute while
 * open, and on demand. Typing never waits for any of it.
 *
 * The sync machinery (sync-driver.ts, then Dexie and the wire schemas) loads only once an account
 * is known: an anonymous visitor's first screen holds the state and the listeners only.
 */
import { createContext, untrack } from 'svelte';
import type { Conflict } from '$lib/schemas/sync';
import type { RejectedChange, SyncOutcome } from './sync-client';
import type { SyncDriver } from './sync-driver';
import { onReconnect } from '$lib/state/online.svelte';
import { finishPendingSignOut } from './server-session';
import type { SyncNotice } from './sync-notices';
import type { RestartNotice } from './sync-restart';
import { PERIOD_MS, type SyncTrigger } from './sync-schedule';

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
	/** The sync machinery (sync-driver.ts), loaded once an account is known. */
	#driver: Promise<SyncDriver> | null = null;
	/** The same once loaded, for the calls that must act at once (pause, sign-out). */
	#loaded: SyncDriver | null = null;

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
				if (this.account)
					void this.#load()
						.then((driver) => driver.loadEngine())
						.catch(() => undefined);
				void this.refreshAccount();
			});
			return () => {
				document.removeEventListener('visibilitychange', visible);
				clearInterval(period);
				this.#loaded?.stop();
			};
		});
	}

	/** The driver, loaded once; a failed load (offline, chunk not cached) is tried again later. */
	#load(): Promise<SyncDriver> {
		if (this.#driver) return this.#driver;
		const loading = import('./sync-driver').then(({ SyncDriver }) => {
			const driver = new SyncDriver(this, { signedOut: () => this.#signedOut(), refreshers });
			if (this.#paused) driver.pause();
			this.#loaded = driver;
			return driver;
		});
		this.#driver = loading;
		loading.catch(() => {
			if (this.#driver === loading) this.#driver = null;
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
		const driver = await this.#load();
		await driver.decideFor(this.account);
		await driver.sync();
	}

	/** Without the server's answer, the remembered account stands (its sync shows "offline"). */
	async #resumeKnown(): Promise<void> {
		if (!this.account) return;
		const driver = await this.#load();
		await driver.decideFor(this.account);
		driver.schedule(0);
	}

	/** Stops syncing for good in this page: the device is about to be wiped or switched. */
	pause(): void {
		this.#paused = true;
		this.#loaded?.pause();
	}

	#signedOut(): void {
		this.choice = null;
		this.#loaded?.forget();
		writeAccountHint(null);
		this.account = null;
		this.state = 'signedOut';
	}

	async dismissNotice(): Promise<void> {
		await (await this.#load()).dismissNotice();
	}

	/** A trigger (sync-schedule.ts): nothing to do without an account. */
	#on(trigger: SyncTrigger): void {
		if (!this.account || this.#paused) return;
		if (this.#loaded) this.#loaded.on(trigger);
		else
			void this.#load().then(
				(driver) => driver.on(trigger),
				() => undefined
			);
	}

	schedule(delayMs: number): void {
		if (!this.account || this.#paused) return;
		if (this.#loaded) this.#loaded.schedule(delayMs);
		else
			void this.#load().then(
				(driver) => driver.schedule(delayMs),
				() => undefined
			);
	}

	/** Syncs now; the button and every trigger end here. */
	async sync(): Promise<SyncOutcome | undefined> {
		if (!this.account || this.#paused) return undefined;
		let driver: SyncDriver;
		try {
			driver = await this.#load();
		} catch {
			// Only the network keeps a chunk of this very build from loading: retried on reconnect.
			this.state = 'offline';
			return { status: 'offline' };
		}
		return driver.sync();
	}
}

export const [getSyncStatus, setSyncStatus] = createContext<SyncStatus>();
