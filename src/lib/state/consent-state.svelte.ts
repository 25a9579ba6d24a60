/**
 * What the tenant's /consent page shows and the actions that change it: their consents, who has
 * looked at their information and the contacts the advisor recorded (each kept on the device for
 * offline reading), withdrawals waiting in the queue or refused, and the outcome of the last
 * withdrawal (`ConsentState`); and the /consent/give form (`GiveConsentState`). The pages display
 * this state and dispatch to it; dialogs, focus and navigation stay there.
 */
import { issuesByPath, type ApiResult } from '$lib/api/client';
import { fetchAccessLog, fetchConsents, fetchContacts, giveConsent } from '$lib/api/consents';
import { CURRENT_CONSENT_TEXT_VERSION } from '$lib/consent-texts';
import { newId } from '$lib/db/ids';
import {
	DEFAULT_VALIDITY_MONTHS,
	MAX_VALIDITY_MONTHS,
	MIN_VALIDITY_MONTHS,
	RECIPIENT_KINDS,
	normaliseCategories,
	recipientNeedsName,
	type ConsentCategory,
	type RecipientKind
} from '$lib/domain/consent';
import type { Lang } from '$lib/i18n/i18n.svelte';
import {
	MAX_RECIPIENT_NAME,
	accessLogSchema,
	consentListSchema,
	contactListSchema,
	type AccessLogEntry,
	type ConsentList,
	type ConsentView,
	type ContactEntry
} from '$lib/schemas/consent';
import {
	clearConsentForm,
	dismissPending,
	flushWithdrawals,
	keepConsentForm,
	loadCached,
	pendingWithdrawals,
	restoreConsentForm,
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

// --- giving consent ---------------------------------------------------------------------------

export type GiveField = 'recipient' | 'name' | 'categories' | 'validity' | 'form';
/** Which message a field shows (keys of the page's `form.errors` messages). */
export type GiveError =
	| 'recipient'
	| 'name'
	| 'categories'
	| 'validity'
	| 'offline'
	| 'signedOut'
	| 'role'
	| 'rateLimited'
	/** A newer consent text was published meanwhile: the page shows it and asks again. */
	| 'outdated'
	| 'failed';

/**
 * The consent form: what is chosen and typed (kept as a draft at every change, read back when the
 * page opens), its checks, and giving the consent. Needs the network: nothing is queued.
 */
export class GiveConsentState {
	kind = $state<RecipientKind | null>(null);
	names = $state<Record<RecipientKind, string>>({
		advisorService: '',
		landlord: '',
		socialOffice: '',
		collectionAgency: '',
		other: ''
	});
	categories = $state<ConsentCategory[]>([]);
	months = $state(DEFAULT_VALIDITY_MONTHS);
	/** The landlord's name was filled in from the tenant's situation. */
	landlordPrefilled = $state(false);
	#landlordEdited = false;
	/** False until the kept form is read back: the landlord prefill must not run before it. */
	restored = $state(false);
	busy = $state(false);
	errors = $state<Partial<Record<GiveField, GiveError>>>({});

	/** Same key for a retry of the same body (a lost reply must not give twice). */
	#attempt: { body: string; key: string } | null = null;

	/** Reads the kept form back; only parts the tenant has not changed since the page opened. */
	async restore(): Promise<void> {
		const draft = await restoreConsentForm();
		if (draft.kind && this.kind === null) this.kind = draft.kind;
		if (draft.names) {
			for (const k of RECIPIENT_KINDS) {
				const typed = draft.names[k];
				if (typed && !this.names[k]) this.names[k] = typed;
			}
			if (draft.names.landlord) this.#landlordEdited = true;
		}
		if (draft.categories?.length && this.categories.length === 0) {
			this.categories = draft.categories;
		}
		if (draft.months !== undefined && this.months === DEFAULT_VALIDITY_MONTHS) {
			this.months = draft.months;
		}
		this.restored = true;
	}

	/** Fills in the landlord's name (read only when needed), once restored, unless typed over. */
	prefillLandlord(name: () => string | null | undefined): void {
		if (!this.restored || this.#landlordEdited) return;
		const found = name();
		if (found && !this.names.landlord) {
			this.names.landlord = found;
			this.landlordPrefilled = true;
		}
	}

	/** The tenant typed in the name field: a landlord's name is theirs from now on. */
	nameTyped(): void {
		if (this.kind === 'landlord') this.#landlordEdited = true;
	}

	/** Keeps the form as it is now (call from the input or change event). */
	keep(): void {
		keepConsentForm({
			kind: this.kind,
			names: $state.snapshot(this.names),
			categories: [...this.categories],
			months: this.months
		});
	}

	#validate(): Partial<Record<GiveField, GiveError>> {
		const out: Partial<Record<GiveField, GiveError>> = {};
		if (!this.kind) out.recipient = 'recipient';
		else if (this.kind !== 'advisorService') {
			const name = this.names[this.kind].trim();
			if ((recipientNeedsName(this.kind) && !name) || name.length > MAX_RECIPIENT_NAME) {
				out.name = 'name';
			}
		}
		if (this.categories.length === 0) out.categories = 'categories';
		if (!(this.months >= MIN_VALIDITY_MONTHS && this.months <= MAX_VALIDITY_MONTHS)) {
			out.validity = 'validity';
		}
		return out;
	}

	/**
	 * Checks and gives the consent in `lang` under `textVersion` (the language and version of the
	 * text the tenant saw). The new consent's id when given (the kept form is forgotten); false when
	 * a field needs fixing (see `errors`; `form: 'outdated'` when a newer text is in force, and
	 * nothing chosen is lost); null while a submission is already under way.
	 */
	async submit(
		lang: Lang,
		textVersion: string = CURRENT_CONSENT_TEXT_VERSION
	): Promise<string | false | null> {
		if (this.busy) return null;
		this.errors = this.#validate();
		const kind = this.kind;
		if (Object.keys(this.errors).length > 0 || !kind) return false;
		const name = kind === 'advisorService' ? '' : this.names[kind].trim();
		const body = {
			recipient: name ? { kind, name } : { kind },
			categories: normaliseCategories(this.categories),
			validityMonths: this.months,
			textVersion,
			language: lang
		};
		const bodyText = JSON.stringify(body);
		if (this.#attempt?.body !== bodyText) this.#attempt = { body: bodyText, key: newId() };
		this.busy = true;
		const result = await giveConsent(body, this.#attempt.key);
		this.busy = false;
		if (result.ok) {
			clearConsentForm();
			return result.data.consent.id;
		}
		// The key was used for another body: the next try gets a new one.
		if (!result.offline && issuesByPath(result.problem).has('Idempotency-Key')) {
			this.#attempt = null;
		}
		this.errors = errorsOf(result);
		return false;
	}
}

function errorsOf(result: ApiResult<unknown>): Partial<Record<GiveField, GiveError>> {
	if (result.ok) return {};
	if (result.offline) return { form: 'offline' };
	const { problem } = result;
	if (problem.code === 'unauthenticated') return { form: 'signedOut' };
	if (problem.code === 'forbidden') return { form: 'role' };
	if (problem.code === 'rate_limited') return { form: 'rateLimited' };
	if (problem.code === 'consent_text_outdated') return { form: 'outdated' };
	const out: Partial<Record<GiveField, GiveError>> = {};
	for (const path of issuesByPath(problem).keys()) {
		if (path === 'recipient' || path === 'recipient.kind') out.recipient = 'recipient';
		else if (path.startsWith('recipient.name')) out.name = 'name';
		else if (path.startsWith('categories')) out.categories = 'categories';
		else if (path === 'validityMonths') out.validity = 'validity';
		else out.form = 'failed';
	}
	if (Object.keys(out).length === 0) out.form = 'failed';
	return out;
}
