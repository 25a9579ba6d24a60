/**
 * What the tenant's /book page shows and the actions that change it: the advisors, free times and
 * the tenant's bookings (kept on the device for offline reading), commands waiting in the queue
 * or refused, and the request form, whose note is kept as a draft (nothing typed is lost on a
 * reload). The page displays this state and dispatches to it; it holds no requests of its own.
 */
import { untrack } from 'svelte';
import {
	fetchAdvisors,
	fetchMyBookings,
	fetchSlots,
	REQUEST_URL,
	advisorsResponse,
	bookingUrl,
	myBookingsResponse,
	type AdvisorsResponse,
	type MyBookings
} from '$lib/api/bookings';
import { isCurrentBooking } from '$lib/domain/booking';
import {
	CHANNELS,
	SERVICE,
	slotsResponseSchema,
	type Channel,
	type Slot,
	type SlotsResponse
} from '$lib/schemas/booking';
import {
	CACHE_ADVISORS,
	CACHE_MINE,
	KIND_MOVE,
	KIND_REQUEST,
	cacheSlotsKey,
	dismissPending,
	pendingBookings,
	sendCommand,
	serviceConsent,
	type CommandOutcome,
	type PendingBooking
} from './booking.svelte';
import { loadCached, type Loaded } from './cached';

/** The draft key of the request note (`drafts` table, written through the typed journal). */
export const NOTE_DRAFT_KEY = 'booking/request/note';

type Journal = typeof import('$lib/db/typed-journal');

export type BookingAction = 'cancel' | 'move' | 'request';

/** The outcome of the last action, announced in the page's status region. */
export type BookingMessage = {
	tone: 'ok' | 'wait';
	action: BookingAction;
	outcome: 'sent' | 'queued';
} | null;

export class BookingState {
	advisors = $state.raw<Loaded<AdvisorsResponse>>({ kind: 'loading' });
	slots = $state.raw<Loaded<SlotsResponse>>({ kind: 'loading' });
	mine = $state.raw<Loaded<MyBookings>>({ kind: 'loading' });
	pending = $state.raw<PendingBooking[]>([]);
	consent = $state<'active' | 'missing' | 'unknown' | null>(null);
	/** Set when the server says we are signed out though the device remembered an account. */
	signedOutByServer = $state(false);

	who = $state<string>(SERVICE);
	#channel = $state<Channel | null>(null);
	selected = $state('');
	note = $state('');
	share = $state(false);
	sending = $state(false);
	timeError = $state(false);
	message = $state<BookingMessage>(null);

	readonly advisorList = $derived(this.advisors.kind === 'ok' ? this.advisors.value.advisors : []);
	readonly chosenAdvisors = $derived(
		this.who === SERVICE ? this.advisorList : this.advisorList.filter((a) => a.id === this.who)
	);
	readonly channels = $derived(
		CHANNELS.filter((c) => this.chosenAdvisors.some((a) => a.channels.includes(c)))
	);
	/** The chosen channel while the chosen advisor offers it, else the first one offered. */
	readonly channel = $derived(
		this.#channel !== null && this.channels.includes(this.#channel)
			? this.#channel
			: (this.channels[0] ?? null)
	);
	readonly officeAddresses = $derived(
		this.chosenAdvisors
			.flatMap((a) => (a.channels.includes('office') && a.officeAddress ? [a.officeAddress] : []))
			.filter((address, i, all) => all.indexOf(address) === i)
	);
	readonly refusals = $derived(this.pending.filter((p) => p.refusal));
	readonly waiting = $derived(this.pending.filter((p) => !p.refusal && p.kind === KIND_REQUEST));
	readonly #serverTime = $derived(
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off reading of the clock
		this.mine.kind === 'ok' ? this.mine.value.serverTime : new Date().toISOString()
	);
	readonly current = $derived(
		this.mine.kind === 'ok'
			? this.mine.value.bookings.filter((b) => isCurrentBooking(b, this.#serverTime))
			: []
	);
	readonly past = $derived(
		this.mine.kind === 'ok'
			? this.mine.value.bookings.filter((b) => !isCurrentBooking(b, this.#serverTime))
			: []
	);
	get serverTime(): string {
		return this.#serverTime;
	}

	chooseChannel(channel: Channel): void {
		this.#channel = channel;
	}

	#noteSignedOut(result: Loaded<unknown>): void {
		if (result.kind === 'signedOut') this.signedOutByServer = true;
	}

	async loadAdvisors(): Promise<void> {
		this.advisors = await loadCached(fetchAdvisors, CACHE_ADVISORS, advisorsResponse);
	}

	async loadSlots(advisor = this.who): Promise<void> {
		const result = await loadCached(
			() => fetchSlots(advisor),
			cacheSlotsKey(advisor),
			slotsResponseSchema
		);
		this.#noteSignedOut(result);
		if (advisor === this.who) this.slots = result;
	}

	async loadMine(): Promise<void> {
		const result = await loadCached(fetchMyBookings, CACHE_MINE, myBookingsResponse);
		this.#noteSignedOut(result);
		this.mine = result;
	}

	async loadPending(): Promise<void> {
		this.pending = await pendingBookings().catch(() => []);
	}

	refreshAll = async (): Promise<void> => {
		await Promise.all([this.loadMine(), this.loadPending(), this.loadSlots()]);
	};

	/** Everything the page shows, once signed in; the note typed before a reload comes back. */
	start(): void {
		untrack(() => {
			void this.loadAdvisors();
			void this.refreshAll();
			void serviceConsent().then((c) => (this.consent = c));
			void this.#restoreNote();
			void this.#loadJournal();
		});
	}

	async #restoreNote(): Promise<void> {
		const draft = await import('$lib/db/app-db')
			.then(({ appDb }) => appDb().drafts.get(NOTE_DRAFT_KEY))
			.catch(() => undefined);
		// Typing that began before the draft was read wins.
		if (draft?.text && !this.note) this.note = draft.text;
	}

	/** Loaded with the page's data, so typing finds it ready (Dexie stays out of the first load). */
	#journal: Journal | null = null;
	#journalLoading: Promise<Journal> | null = null;

	#loadJournal(): Promise<Journal> {
		this.#journalLoading ??= import('$lib/db/typed-journal').then((j) => (this.#journal = j));
		return this.#journalLoading;
	}

	/**
	 * Keeps the note as typed. Called from the input event: once the journal module is loaded its
	 * write starts inside the event, so a reload right after the last key keeps it.
	 */
	keepNote(text: string): void {
		this.note = text;
		if (this.#journal) void this.#journal.keepDraft(NOTE_DRAFT_KEY, text);
		else void this.#loadJournal().then((j) => j.keepDraft(NOTE_DRAFT_KEY, text));
	}

	chooseWho(value: string): void {
		this.who = value;
		this.selected = '';
		this.slots = { kind: 'loading' };
		void this.loadSlots(value);
	}

	/** Records what happened to a command; a refusal is listed (with nearest times) from the queue. */
	async afterCommand(what: BookingAction, outcome: CommandOutcome): Promise<void> {
		await Promise.all([this.loadPending(), this.loadMine()]);
		if (outcome.status === 'sent') {
			this.message = { tone: 'ok', action: what, outcome: 'sent' };
			void this.loadSlots();
		} else if (outcome.status === 'queued') {
			this.message = { tone: 'wait', action: what, outcome: 'queued' };
		} else {
			this.message = null;
		}
	}

	/**
	 * Sends the request, or queues it offline. False when no time is chosen (`timeError` is set).
	 * A sent or queued request empties the form and its draft; a refused one keeps what was typed.
	 */
	async submit(): Promise<CommandOutcome | false> {
		const channel = this.channel;
		if (!this.selected || !channel) {
			this.timeError = true;
			return false;
		}
		this.timeError = false;
		this.sending = true;
		const outcome = await sendCommand(KIND_REQUEST, REQUEST_URL, {
			advisorId: this.who,
			startsAt: this.selected,
			channel,
			note: this.note.trim(),
			shareSummary: this.share
		});
		this.sending = false;
		if (outcome.status !== 'refused') {
			this.selected = '';
			this.keepNote('');
			this.share = false;
		}
		await this.afterCommand('request', outcome);
		return outcome;
	}

	/** Takes one of the nearest free times offered after a refusal. */
	async pickNearest(p: PendingBooking, slot: Slot): Promise<CommandOutcome> {
		await dismissPending(p.seq);
		if (p.kind === KIND_MOVE && p.bookingId) {
			const outcome = await sendCommand(KIND_MOVE, bookingUrl(p.bookingId, 'move'), {
				startsAt: slot.startsAt
			});
			await this.afterCommand('move', outcome);
			return outcome;
		}
		const wanted = p.body.channel;
		const outcome = await sendCommand(KIND_REQUEST, REQUEST_URL, {
			...p.body,
			startsAt: slot.startsAt,
			channel: wanted && slot.channels.includes(wanted) ? wanted : slot.channels[0]
		});
		await this.afterCommand('request', outcome);
		return outcome;
	}

	async dismiss(p: PendingBooking): Promise<void> {
		await dismissPending(p.seq);
		await this.loadPending();
		void this.loadSlots();
	}
}
