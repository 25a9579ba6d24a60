/**
 * What the tenant's /consent page shows and the actions that change it: their consents, who has
 * looked at their information and the contacts the advisor recorded (each kept on the device for
 * offline reading), withdrawals waiting in the queue or refused, and the outcome of the last
 * withdrawal. The page displays this state and dispatches to it; dialogs and focus stay there.
 */
import { fetchAccessLog, fetchConsents, fetchContacts } from '$lib/api/consents';
import {
	accessLogSchema,
	consentListSchema,
	contactListSchema,
	type AccessLogEntry,
	type ConsentList,
	type ConsentView,
	type ContactEntry
} from '$lib/schemas/consent';
import {
	dismissPending,
	flushWithdrawals,
	loadCached,
	pendingWithdrawals,
	withdrawConsent,
	type Loaded,
	type PendingWithdrawal
} from './consent.svelte';

/** The cache keys of the three server views (`loadCached`). */
export const CACHE_CONSENTS = 'consent.list';
export const CACHE_ACCESS_LOG = 'consent.accessLog';
export const CACHE_CONTACTS = 'consent.contacts';

const GROUP_STATES = ['active', 'withdrawn', 'expired'] as const;

/**
 * The outcome of the last withdrawal, announced by the page: `done` and `queued` in its status
 * line, `refused` (the server said no) and `failed` (an error on this device) as an alert.
 */
export type WithdrawNotice =
	| { outcome: 'done'; recipient: ConsentView['recipient'] }
	| { outcome: 'queued' }
	| { outcome: 'refused' }
	| { outcome: 'failed' }
	| null;

export class ConsentState {
	readonly #sync: { readonly account: unknown };

	consents = $state.raw<Loaded<ConsentList>>({ kind: 'loading' });
	accessLog = $state.raw<Loaded<{ entries: AccessLogEntry[] }>>({ kind: 'loading' });
	contacts = $state.raw<Loaded<{ contacts: ContactEntry[] }>>({ kind: 'loading' });
	pending = $state.raw<PendingWithdrawal[]>([]);
	/** The consent the tenant is asked to confirm withdrawing. */
	target = $state.raw<ConsentView | null>(null);
	busyId = $state<string | null>(null);
	notice = $state.raw<WithdrawNotice>(null);

	/** Signed out by the server, or offline with no account remembered on this device. */
	readonly signedOut = $derived.by(
		() =>
			this.consents.kind === 'signedOut' ||
			(this.consents.kind === 'offline' && !this.#sync.account)
	);
	readonly list = $derived(this.consents.kind === 'ok' ? this.consents.value.consents : []);
	/** Newest first within each state. */
	readonly groups = $derived(
		GROUP_STATES.map((state) => ({
			state,
			items: this.list.filter((c) => c.state === state).reverse()
		}))
	);
	/** Consents whose withdrawal waits in the queue (not refused). */
	readonly waitingIds: ReadonlySet<string> = $derived(
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt from `pending`, never changed
		new Set(this.pending.filter((p) => !p.refused).map((p) => p.consentId))
	);
	readonly refused = $derived(this.pending.filter((p) => p.refused));

	/** `sync`: the sync status, whose account tells "signed out" from "offline" without a copy. */
	constructor(sync: { readonly account: unknown }) {
		this.#sync = sync;
	}

	refresh = async (): Promise<void> => {
		const [consents, accessLog, contacts, pending] = await Promise.all([
			loadCached(fetchConsents, CACHE_CONSENTS, consentListSchema),
			loadCached(fetchAccessLog, CACHE_ACCESS_LOG, accessLogSchema),
			loadCached(fetchContacts, CACHE_CONTACTS, contactListSchema),
			pendingWithdrawals().catch(() => [])
		]);
		this.consents = consents;
		this.accessLog = accessLog;
		this.contacts = contacts;
		this.pending = pending;
	};

	/** The network is back: withdrawals queued offline go now. */
	reconnected = async (): Promise<void> => {
		await flushWithdrawals();
		await this.refresh();
	};

	/** Chooses the consent to withdraw; the last outcome is no longer announced. */
	askWithdraw(consent: ConsentView): void {
		this.target = consent;
		this.notice = null;
	}

	/** Withdraws the chosen consent (or queues it offline); the outcome is in `notice`. */
	async confirmWithdraw(): Promise<WithdrawNotice> {
		const consent = this.target;
		if (!consent) return null;
		this.busyId = consent.id;
		try {
			const outcome = await withdrawConsent(consent.id);
			await this.refresh();
			this.notice =
				outcome === 'sent'
					? { outcome: 'done', recipient: consent.recipient }
					: outcome === 'queued'
						? { outcome: 'queued' }
						: { outcome: 'refused' };
		} catch (error) {
			console.error('Withdrawing failed', error);
			this.notice = { outcome: 'failed' };
		} finally {
			this.busyId = null;
		}
		return this.notice;
	}

	/** Removes a refused withdrawal from the queue (the tenant has read why). */
	async dismiss(seq: number): Promise<void> {
		await dismissPending(seq);
		this.pending = await pendingWithdrawals();
	}
}
