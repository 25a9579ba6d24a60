/**
 * Browser side of the booking API (src/lib/server/bookings/README.md) for the tenant's /book page
 * and the advisor's pages: fetches whose answers are parsed with the shared zod shapes, the
 * offline copies of free times and of the tenant's bookings (readCache/writeCache), the tenant's
 * commands that wait in the pending queue while offline, and the Helsinki labels the pages show.
 *
 * Times: every instant a person reads comes with the server's Helsinki labels (`localDate`,
 * `localStart`); only a command still waiting on this device (which has no server answer yet)
 * and "fetched at" instants are labelled here, with the same helsinki-time code the server uses.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- plain helpers: nothing here is reactive state */
import { z } from 'zod/mini';
import { toHelsinki } from '$lib/domain/helsinki-time';
import { requestJson } from '$lib/sync/json-api';
import {
	advisorBookingViewSchema,
	advisorPublicSchema,
	availabilitySchema,
	bookingViewSchema,
	slotSchema,
	slotsResponseSchema,
	type Channel,
	type Slot
} from '$lib/schemas/booking';

// --- requests ---------------------------------------------------------------------------------

export interface ApiProblem {
	message?: string;
	code?: string;
	status?: string;
	/** With `not_pending`: the advisor who answered the request first. */
	answeredBy?: string | null;
	issues?: { path: string; message: string }[];
	nearest?: Slot[];
}

export type ApiResult<T> =
	| { ok: true; status: number; body: T }
	/** `status` 0: no answer (offline, server down); `problem` is the error body when there is one. */
	| { ok: false; status: number; problem: ApiProblem | null };

interface Parser<T> {
	safeParse(value: unknown): { success: true; data: T } | { success: false };
}

function request<T>(url: string, parser: Parser<T>, init: RequestInit = {}): Promise<ApiResult<T>> {
	return requestJson<T, ApiProblem>(url, init, (body) => {
		const parsed = parser.safeParse(body);
		return parsed.success ? parsed.data : null;
	});
}

export function getJson<T>(url: string, parser: Parser<T>): Promise<ApiResult<T>> {
	return request(url, parser);
}

export function sendJson<T>(
	url: string,
	body: unknown,
	parser: Parser<T>,
	method: 'POST' | 'PUT' = 'POST'
): Promise<ApiResult<T>> {
	return request(url, parser, {
		method,
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
}

/** The first message per field path (`weekly.0.end`, `officeAddress`, ...). */
export function issuesByPath(problem: ApiProblem | null): Map<string, string> {
	const out = new Map<string, string>();
	for (const issue of problem?.issues ?? []) {
		if (!out.has(issue.path)) out.set(issue.path, issue.message);
	}
	return out;
}

// --- response shapes --------------------------------------------------------------------------

export const advisorsResponse = z.object({ advisors: z.array(advisorPublicSchema) });
export type AdvisorsResponse = z.infer<typeof advisorsResponse>;
export const slotsResponse = slotsResponseSchema;
export const myBookingsResponse = z.object({
	bookings: z.array(bookingViewSchema),
	serverTime: z.string()
});
export type MyBookings = z.infer<typeof myBookingsResponse>;
export const bookingResponse = z.object({ booking: bookingViewSchema });
export const advisorListResponse = z.object({
	view: z.string(),
	from: z.optional(z.string()),
	to: z.optional(z.string()),
	bookings: z.array(advisorBookingViewSchema),
	serverTime: z.string()
});
export type AdvisorList = z.infer<typeof advisorListResponse>;
export const availabilityResponse = z.object({
	advisorId: z.string(),
	configured: z.boolean(),
	availability: availabilitySchema
});
export const nearestSchema = z.array(slotSchema);
const consentsResponse = z.object({
	consents: z.array(
		z.object({
			recipient: z.object({ kind: z.string() }),
			categories: z.array(z.string()),
			state: z.string()
		})
	)
});

// --- offline copies -----------------------------------------------------------------------------

export type Loaded<T> =
	| { kind: 'loading' }
	/** `stale`: the copy kept on this device, shown because the server could not be reached. */
	| { kind: 'ok'; value: T; fetchedAt: string; stale: boolean }
	| { kind: 'signedOut' }
	| { kind: 'offline' }
	| { kind: 'error'; status: number };

export const CACHE_ADVISORS = 'booking.advisors';
export const CACHE_MINE = 'booking.mine';
export const cacheSlotsKey = (advisor: string) => `booking.slots.${advisor}`;

/**
 * GET `url`; an answer is kept under `cacheKey`. Without an answer (offline, 5xx, 429) the kept
 * copy is returned, marked stale, with the time it was fetched. A 401 shows nothing kept.
 */
export async function loadCached<T>(
	url: string,
	cacheKey: string,
	parser: Parser<T>
): Promise<Loaded<T>> {
	const { readCache, writeCache } = await import('$lib/sync/pending-client');
	const result = await getJson(url, parser);
	if (result.ok) {
		await writeCache(cacheKey, result.body).catch(() => undefined);
		return { kind: 'ok', value: result.body, fetchedAt: new Date().toISOString(), stale: false };
	}
	if (result.status === 401) return { kind: 'signedOut' };
	if (result.status === 0 || result.status >= 500 || result.status === 429) {
		const cached = await readCache<unknown>(cacheKey).catch(() => undefined);
		const parsed = cached ? parser.safeParse(cached.value) : null;
		if (cached && parsed?.success) {
			return { kind: 'ok', value: parsed.data, fetchedAt: cached.fetchedAt, stale: true };
		}
		return result.status === 0 ? { kind: 'offline' } : { kind: 'error', status: result.status };
	}
	return { kind: 'error', status: result.status };
}

/** Whether the tenant has an active consent letting the advice service see their arrears. */
export async function serviceConsent(): Promise<'active' | 'missing' | 'unknown'> {
	const result = await getJson('/api/consents', consentsResponse);
	if (!result.ok) return 'unknown';
	return result.body.consents.some(
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
	refusal: { status: number; problem: ApiProblem | null } | null;
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
						refusal: row.error
							? { status: row.error.status, problem: (row.error.body as ApiProblem | null) ?? null }
							: null
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
	| { status: 'refused'; httpStatus: number; problem: ApiProblem | null };

/** Sends a booking command now, or keeps it (with its Idempotency-Key) until the network is back. */
export async function sendCommand(
	kind: string,
	url: string,
	body: unknown
): Promise<CommandOutcome> {
	const { sendOrQueue } = await import('$lib/sync/pending-client');
	const outcome = await sendOrQueue({ kind, url, method: 'POST', body });
	if (outcome.status === 'refused') {
		return {
			status: 'refused',
			httpStatus: outcome.httpStatus,
			problem: (outcome.body as ApiProblem | null) ?? null
		};
	}
	return outcome;
}

/** Sends whatever waits in the queue (e.g. when the page sees the network come back). */
export async function flushCommands(): Promise<void> {
	const { flushPending } = await import('$lib/sync/pending-client');
	await flushPending();
}

export const bookingUrl = (id: string, action: 'cancel' | 'move' | 'ics') =>
	`/api/bookings/${encodeURIComponent(id)}/${action}`;
export const advisorActionUrl = (id: string, action: 'confirm' | 'decline' | 'cancel') =>
	`/api/advisor/bookings/${encodeURIComponent(id)}/${action}`;

// --- labels -------------------------------------------------------------------------------------

/** The Helsinki labels of an instant the server did not label (a queued command, a fetch time). */
export function helsinkiLabels(iso: string): { localDate: string; localStart: string } {
	const h = toHelsinki(Date.parse(iso));
	return { localDate: h.date, localStart: h.time };
}
