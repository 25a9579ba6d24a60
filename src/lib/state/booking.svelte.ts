/**
 * The tenant's and advisor's booking pages' state around the booking API ($lib/api/bookings):
 * the offline copies of free times and of the tenant's bookings (readCache/writeCache), the tenant's
 * commands that wait in the pending queue while offline, and the Helsinki labels the pages show.
 *
 * Times: every instant a person reads comes with the server's Helsinki labels (`localDate`,
 * `localStart`); only a command still waiting on this device (which has no server answer yet)
 * and "fetched at" instants are labelled here, with the same helsinki-time code the server uses.
 */
import { toHelsinki } from '$lib/domain/helsinki-time';
import { bookingProblem, type BookingProblem } from '$lib/api/bookings';
import { fetchConsents } from '$lib/api/consents';
import type { Channel } from '$lib/schemas/booking';

export { loadCached, type Loaded } from './cached';

export const CACHE_ADVISORS = 'booking.advisors';
export const CACHE_MINE = 'booking.mine';
export const cacheSlotsKey = (advisor: string) => `booking.slots.${advisor}`;

/** Whether the tenant has an active consent letting the advice service see their arrears. */
export async function serviceConsent(): Promise<'active' | 'missing' | 'unknown'> {
	const result = await fetchConsents();
	if (!result.ok) return 'unknown';
	return result.data.consents.some(
		(c) =>
			c.state === 'active' &&
			c.recipient.kind === 'advisorService' &&
			c.categories.includes('rentArrears')
	)
		? 'active'
		: 'missing';
}

// --- the tenant's commands (sent now, or queued while offline) -----------------------------------

export const KIND_REQUEST = 'booking.request';
export const KIND_MOVE = 'booking.move';
export const KIND_CANCEL = 'booking.cancel';
const KINDS = [KIND_REQUEST, KIND_MOVE, KIND_CANCEL];

export interface RequestBody {
	advisorId: string;
	startsAt: string;
	channel: Channel;
	note: string;
	shareSummary: boolean;
}

export interface PendingBooking {
	seq: number;
	kind: string;
	url: string;
	/** For a request or move: what was asked for. */
	body: Partial<RequestBody>;
	/** The booking a move or cancel is about. */
	bookingId: string | null;
	createdAt: string;
	/** The server's refusal (kept until the tenant acts on it), e.g. 409 `slot_taken`. */
	refusal: BookingProblem | null;
}

function bookingIdOf(url: string): string | null {
	const match = /^\/api\/bookings\/([^/]+)\/(cancel|move)$/.exec(url);
	return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** Booking commands still in the queue: not yet sent, or refused and not yet dealt with. */
export async function pendingBookings(): Promise<PendingBooking[]> {
	const { appDb } = await import('$lib/db/app-db');
	const rows = await appDb().pending.where('kind').anyOf(KINDS).sortBy('seq');
	return rows.flatMap((row) =>
		row.seq === undefined
			? []
			: [
					{
						seq: row.seq,
						kind: row.kind,
						url: row.url,
						body: (row.body ?? {}) as Partial<RequestBody>,
						bookingId: bookingIdOf(row.url),
						createdAt: row.createdAt,
						refusal: row.error ? bookingProblem(row.error.status, row.error.body) : null
					}
				]
	);
}

export async function dismissPending(seq: number): Promise<void> {
	const { appDb } = await import('$lib/db/app-db');
	await appDb().pending.delete(seq);
}

export type CommandOutcome =
	| { status: 'sent'; response: unknown }
	| { status: 'queued' }
	| { status: 'refused'; problem: BookingProblem };

/** Sends a booking command now, or keeps it (with its Idempotency-Key) until the network is back. */
export async function sendCommand(
	kind: string,
	url: string,
	body: unknown
): Promise<CommandOutcome> {
	const { sendOrQueue } = await import('$lib/sync/pending-client');
	const outcome = await sendOrQueue({ kind, url, method: 'POST', body });
	if (outcome.status === 'refused') {
		return { status: 'refused', problem: bookingProblem(outcome.httpStatus, outcome.body) };
	}
	return outcome;
}

/** Sends whatever waits in the queue (e.g. when the page sees the network come back). */
export async function flushCommands(): Promise<void> {
	const { flushPending } = await import('$lib/sync/pending-client');
	await flushPending();
}

// --- labels -------------------------------------------------------------------------------------

/** The Helsinki labels of an instant the server did not label (a queued command, a fetch time). */
export function helsinkiLabels(iso: string): { localDate: string; localStart: string } {
	const h = toHelsinki(Date.parse(iso));
	return { localDate: h.date, localStart: h.time };
}
