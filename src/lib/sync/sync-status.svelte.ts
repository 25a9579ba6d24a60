/**
 * When to sync, and what to tell the tenant about it. Sync runs on start (when signed in), after
 * local changes (debounced), on reconnect, when the page becomes visible, every half minute while
 * open, and on demand. Typing never waits for any of it.
 */
import { createContext } from 'svelte';
import { liveQuery } from 'dexie';
import { appDb } from '$lib/db/app-db';
import type { Conflict } from '$lib/schemas/sync';
import { REJECTED_KEY, syncNow, type RejectedChange, type SyncOutcome } from './sync-client';
import { flushPending } from './pending-client';

export const ACCOUNT_KEY = 'account';
const PERIOD_MS = 30_000;
const DEBOUNCE_MS = 1_500;
const MAX_BACKOFF_MS = 5 * 60_000;

export type SyncState = 'signedOut' | 'idle' | 'syncing' | 'offline' | 'error';

export interface AccountInfo {
	email: string;
	role: string;
}

/**
 * Server-owned views (bookings, consents) register here to be refreshed and to flush their queued
 * commands whenever the tenant's data syncs, so their status follows the same triggers.
 */
type Refresher = () => Promise<unknown>;
const refreshers = new Set<Refresher>();
export function onSynced(refresh: Refresher): () => void {
	refreshers.add(refresh);
	return () => refreshers.delete(refresh);
}

export class SyncStatus {
	account = $state<AccountInfo | null>(null);
	state = $state<SyncState>('signedOut');
	pending = $state(0);
	conflicts = $state.raw<Conflict[]>([]);
	rejected = $state.raw<RejectedChange[]>([]);
	lastSyncedAt = $state<Date | null>(null);
	lastError = $state<string | null>(null);

	#timer: ReturnType<typeof setTimeout> | undefined;
	#failures = 0;

	/** Must be constructed during component initialisation: its listeners live with it. */
	constructor() {
		$effect(() => {
			const db = appDb();
			const sub = liveQuery(async () => ({
				pending: await db.outbox.count(),
				conflicts: await db.conflicts.toArray(),
				rejected: (await db.meta.get(REJECTED_KEY))?.value,
				account: (await db.meta.get(ACCOUNT_KEY))?.value
			})).subscribe({
				next: (v) => {
					const grew = v.pending > this.pending;
					this.pending = v.pending;
					this.conflicts = v.conflicts;
					this.rejected = Array.isArray(v.rejected) ? (v.rejected as RejectedChange[]) : [];
					this.account = (v.account as AccountInfo | undefined) ?? null;
					if (this.account && this.state === 'signedOut') this.state = 'idle';
					if (grew) this.schedule(DEBOUNCE_MS);
				}
			});
			const online = () => this.schedule(0);
			const visible = () => document.visibilityState === 'visible' && this.schedule(0);
			window.addEventListener('online', online);
			document.addEventListener('visibilitychange', visible);
			const period = setInterval(() => this.schedule(0), PERIOD_MS);
			void this.refreshAccount();
			return () => {
				sub.unsubscribe();
				window.removeEventListener('online', online);
				document.removeEventListener('visibilitychange', visible);
				clearInterval(period);
				clearTimeout(this.#timer);
			};
		});
	}

	/**
	 * Asks the server who we are (when online) and remembers it for offline starts. Auth.js's own
	 * session endpoint answers 200 with `null` for a visitor, so anonymous tenants cause no error.
	 */
	async refreshAccount(): Promise<void> {
		try {
			const response = await fetch('/auth/session', { headers: { accept: 'application/json' } });
			if (!response.ok) return;
			const session = (await response.json()) as { user?: Partial<AccountInfo> } | null;
			const email = session?.user?.email;
			if (!email) {
				await appDb().meta.delete(ACCOUNT_KEY);
				this.account = null;
				this.state = 'signedOut';
				return;
			}
			const account = { email, role: session.user?.role ?? 'tenant' };
			await appDb().meta.put({ key: ACCOUNT_KEY, value: account });
			this.account = account;
			await this.sync();
		} catch {
			// Offline: keep what we knew; sync resumes on reconnect.
		}
	}

	schedule(delayMs: number): void {
		if (!this.account) return;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.sync(), delayMs);
	}

	/** Syncs now; the button and every trigger end here. */
	async sync(): Promise<SyncOutcome | undefined> {
		if (!this.account) return undefined;
		if (typeof navigator !== 'undefined' && !navigator.onLine) {
			this.state = 'offline';
			return { status: 'offline' };
		}
		this.state = 'syncing';
		const outcome = await syncNow();
		this.#record(outcome);
		if (outcome.status === 'ok') {
			await flushPending();
			await Promise.allSettled([...refreshers].map((refresh) => refresh()));
		}
		return outcome;
	}

	#record(outcome: SyncOutcome): void {
		switch (outcome.status) {
			case 'ok':
				this.#failures = 0;
				this.state = 'idle';
				this.lastError = null;
				this.lastSyncedAt = new Date();
				break;
			case 'busy':
				// Another tab holds the lock and syncs the shared outbox; ask again shortly.
				this.state = 'idle';
				this.schedule(DEBOUNCE_MS * 2);
				break;
			case 'signedOut':
				this.state = 'signedOut';
				this.account = null;
				void appDb().meta.delete(ACCOUNT_KEY);
				break;
			case 'offline':
			case 'error':
				this.state = outcome.status;
				this.lastError = outcome.status === 'error' ? outcome.message : null;
				this.#failures += 1;
				this.schedule(Math.min(MAX_BACKOFF_MS, 2_000 * 2 ** this.#failures));
				break;
		}
	}
}

export const [getSyncStatus, setSyncStatus] = createContext<SyncStatus>();
