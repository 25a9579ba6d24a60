/**
 * The booking state machine (README.md here). Every write runs in ONE serialised write
 * transaction (`withWriteTransaction`: SQLite BEGIN IMMEDIATE; PostgreSQL READ COMMITTED plus
 * `lockCalendars`, a FOR UPDATE on the advisors' rows taken before anything is read), and the
 * overlap check happens inside it against rows read after the lock. That is what makes "100
 * concurrent requests for one slot give one hold" true on both dialects.
 *
 *   requested --confirm--> confirmed --cancel--> cancelled
 *       |  \--decline--> declined        \--move--> cancelled (+ a new requested, same UID)
 *       |--cancel / move--> cancelled
 *       \--hold passes--> expired  (lazily: read as expired at once, marked by the next write)
 *
 * Errors are HttpProblem (status + JSON body) so endpoints can pass them through.
 */
import { randomUUID } from 'node:crypto';
import {
	effectiveStatus,
	findFreeSlot,
	freeSlots,
	holdExpiry,
	isLive,
	nearestSlots,
	clashes,
	slotView,
	type FreeSlot
} from '$lib/domain/booking';
import { addDays } from '$lib/domain/dates';
import { toHelsinki } from '$lib/domain/helsinki-time';
import { SERVICE, type Channel, type MailLang, type Slot } from '$lib/schemas/booking';
import type { ProblemCode } from '$lib/schemas/problem';
import { HttpProblem } from '../http/guards';
import { withWriteTransaction } from '../db/write-transaction';
import type { Role } from '../db/schema';
import {
	findBooking,
	findByRequestId,
	iso,
	isUniqueViolation,
	liveBookings,
	loadCalendars,
	lockCalendars,
	markExpiredHolds,
	toStoredBooking,
	type AdvisorCalendar,
	type Db,
	type StoredBooking
} from './store';
import { safeErrorSummary } from '../log/safe-error';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const DEFAULT_HOLD_HOURS = 48;
/** A tenant may hold at most this many live future bookings (a guard against hoarding slots). */
export const DEFAULT_MAX_LIVE_PER_TENANT = 3;

export type BookingEventKind = 'requested' | 'confirmed' | 'declined' | 'cancelled' | 'moved';

/** What happened, for the mailer; sent after the transaction has committed. */
export interface BookingEvent {
	kind: BookingEventKind;
	booking: StoredBooking;
	/** For `moved`: the booking it replaced. */
	previous?: StoredBooking;
	by: 'tenant' | 'advisor';
}

export interface BookingServiceOptions {
	now?: () => number;
	/** BOOKING_HOLD_HOURS; default 48. */
	holdHours?: number;
	/**
	 * Reads the hold length in force when a request is made (an admin's run-time setting), in the
	 * request's transaction; `holdHours` when absent.
	 */
	readHoldHours?: (db: Db) => Promise<number>;
	maxLivePerTenant?: number;
	/** Called after each committed change; must not throw (failures are its own to log). */
	onEvent?: (event: BookingEvent) => void;
}

/** The acting user as the endpoints know them. */
export interface Actor {
	id: string;
	role: Role;
}

export class SlotUnavailable extends HttpProblem {
	constructor(
		code: 'slot_taken' | 'not_offered',
		readonly nearest: Slot[]
	) {
		super(409, {
			message:
				code === 'slot_taken'
					? 'That time was taken meanwhile'
					: 'That time is not offered (outside opening hours, notice or horizon, or another channel)',
			code,
			nearest
		});
	}
}

function notFound(): HttpProblem {
	// Also for bookings that exist but are not the caller's: the answer does not reveal them.
	return new HttpProblem(404, { message: 'No such booking' });
}

function conflict(
	message: string,
	extra: { code: ProblemCode } & Record<string, unknown>
): HttpProblem {
	return new HttpProblem(409, { message, ...extra });
}

/**
 * 409 `not_pending` saying what happened to the request: its status and, once it is confirmed,
 * the display name of the advisor whose calendar now holds it, so a colleague who answered at the
 * same moment learns who was first instead of a bare failure. (A decline leaves the request in
 * the calendar it was assigned to, which need not be the decliner's, so no name is given.)
 */
async function notPending(
	trx: Db,
	b: StoredBooking | undefined,
	now: number
): Promise<HttpProblem> {
	const status = b ? effectiveStatus(b, now) : 'cancelled';
	let answeredBy: string | null = null;
	if (b && status === 'confirmed') {
		const row = await trx
			.selectFrom('booking_advisors')
			.select('display_name')
			.where('advisor_id', '=', b.advisorId)
			.executeTakeFirst();
		answeredBy = row?.display_name ?? null;
	}
	const message =
		answeredBy === null
			? 'This request is no longer waiting for an answer'
			: `This request was already ${status} by ${answeredBy}`;
	return conflict(message, { code: 'not_pending', status, answeredBy });
}

/**
 * A request made to the service that another advisor has already answered: any advisor could act
 * on it a moment ago, so the loser of a race hears what happened (409) rather than 404.
 */
function answeredByColleague(actor: Actor, b: StoredBooking): boolean {
	return actor.role === 'advisor' && b.viaService && b.status !== 'requested';
}

export class BookingService {
	readonly now: () => number;
	readonly holdHours: number;
	private readonly readHoldHours: ((db: Db) => Promise<number>) | undefined;
	readonly maxLivePerTenant: number;
	private readonly onEvent: (event: BookingEvent) => void;

	constructor(
		readonly db: Db,
		options: BookingServiceOptions = {}
	) {
		this.now = options.now ?? Date.now;
		this.holdHours = options.holdHours ?? DEFAULT_HOLD_HOURS;
		this.readHoldHours = options.readHoldHours;
		this.maxLivePerTenant = options.maxLivePerTenant ?? DEFAULT_MAX_LIVE_PER_TENANT;
		this.onEvent = options.onEvent ?? (() => undefined);
	}

	private emit(event: BookingEvent): void {
		try {
			this.onEvent(event);
		} catch (err) {
			console.error(`[bookings] event handler failed: ${safeErrorSummary(err)}`);
		}
	}

	// ---- Reads -------------------------------------------------------------------------------

	/** Free slots of one advisor or of the service (all active advisors), for local dates. */
	async slots(advisor: string, from: string, days: number): Promise<FreeSlot[]> {
		const calendars = await this.calendarsFor(this.db, advisor);
		if (calendars.length === 0 && advisor !== SERVICE) throw unknownAdvisor();
		const now = this.now();
		const start = Math.min(Date.parse(`${from}T00:00:00Z`) - DAY, now);
		const end = Date.parse(`${addDays(from, days)}T00:00:00Z`) + DAY;
		const bookings = await liveBookings(
			this.db,
			calendars.map((c) => c.advisorId),
			start,
			end
		);
		return freeSlots(calendars, bookings, now, { from, days });
	}

	/** Active advisors (with the role) offering bookings, or the one asked for. */
	private async calendarsFor(db: Db, advisor: string): Promise<AdvisorCalendar[]> {
		const calendars = await loadCalendars(db, advisor === SERVICE ? null : [advisor], {
			activeOnly: true
		});
		return calendars.filter((c) => c.channels.length > 0);
	}

	// ---- Tenant writes -----------------------------------------------------------------------

	/**
	 * A tenant's request for `startsAt` with `advisorId` (or "service"). Returns the booking and
	 * whether it was created now; a retry with the same `requestId` returns the first booking.
	 */
	async request(
		tenant: Actor,
		input: {
			requestId: string;
			advisorId: string;
			startsAt: number;
			channel: Channel;
			note: string;
			shareSummary: boolean;
			lang: MailLang;
		}
	): Promise<{ booking: StoredBooking; created: boolean }> {
		let outcome: { booking: StoredBooking; created: boolean };
		try {
			outcome = await withWriteTransaction(this.db, async (trx) => {
				const now = this.now();
				const candidates = await this.candidatesFor(trx, input.advisorId);
				await lockCalendars(
					trx,
					candidates.map((c) => c.advisorId)
				);
				// After the lock: a concurrent retry of this request has committed or not started.
				const existing = await this.replayOrQuota(trx, tenant.id, input.requestId, now);
				if (existing) return { booking: existing, created: false };
				const choice = await this.pickFree(trx, candidates, now, input.startsAt, input.channel);
				const booking = await this.insertRequest(trx, now, {
					...input,
					tenantId: tenant.id,
					calendar: choice.calendar,
					endsAt: choice.slot.endsAt,
					viaService: input.advisorId === SERVICE,
					uid: null,
					sequence: 0,
					movedFrom: null
				});
				return { booking, created: true };
			});
		} catch (err) {
			// Two retries racing on different calendars (service vs advisor) meet at the unique
			// (tenant, request id) index instead of a lock: the loser answers with the winner's row.
			if (!isUniqueViolation(err)) throw err;
			const existing = await findByRequestId(this.db, tenant.id, input.requestId);
			if (!existing) throw err;
			return { booking: existing, created: false };
		}
		if (outcome.created) this.emit({ kind: 'requested', booking: outcome.booking, by: 'tenant' });
		return outcome;
	}

	/**
	 * Replaces booking `id` by a new request (same iCalendar UID, next SEQUENCE) and cancels the
	 * old one in the same transaction: there are never two live bookings for one move, and if the
	 * new time is not free nothing changes.
	 */
	async move(
		tenant: Actor,
		id: string,
		input: {
			requestId: string;
			startsAt: number;
			channel?: Channel;
			advisorId?: string;
			note?: string;
			lang: MailLang;
		}
	): Promise<{ booking: StoredBooking; previous: StoredBooking; created: boolean }> {
		type Outcome = { booking: StoredBooking; previous: StoredBooking; created: boolean };
		let target = input.advisorId;
		let channel = input.channel;
		const outcome: Outcome = await withWriteTransaction(this.db, async (trx): Promise<Outcome> => {
			const now = this.now();
			const before = await findBooking(trx, id);
			if (!before || before.tenantId !== tenant.id) throw notFound();
			const replay = await findByRequestId(trx, tenant.id, input.requestId);
			if (replay) {
				if (replay.movedFrom !== id) {
					throw new HttpProblem(422, {
						code: 'key_reused',
						message: 'This request id was used for another booking',
						issues: [{ path: 'requestId', message: 'already used' }]
					});
				}
				return { booking: replay, previous: before, created: false };
			}
			target ??= before.viaService ? SERVICE : before.advisorId;
			channel ??= before.channel;
			const candidates = await this.candidatesFor(trx, target);
			await lockCalendars(trx, [before.advisorId, ...candidates.map((c) => c.advisorId)]);
			const old = await findBooking(trx, id);
			if (!old || !isLive(old, now)) {
				throw conflict('Only a booking waiting for confirmation or confirmed can be moved', {
					code: 'not_live',
					status: old ? effectiveStatus(old, now) : 'cancelled'
				});
			}
			const choice = await this.pickFree(trx, candidates, now, input.startsAt, channel, old.id);
			const booking = await this.insertRequest(trx, now, {
				requestId: input.requestId,
				startsAt: input.startsAt,
				channel,
				note: input.note ?? old.note,
				shareSummary: old.shareSummary,
				lang: input.lang,
				tenantId: tenant.id,
				calendar: choice.calendar,
				endsAt: choice.slot.endsAt,
				viaService: target === SERVICE,
				uid: old.uid,
				sequence: old.sequence + 1,
				movedFrom: old.id
			});
			// The old row keeps its SEQUENCE: its UID now belongs to the new booking, whose higher
			// SEQUENCE is what calendars follow (no CANCEL is sent for the old one).
			const updated = await trx
				.updateTable('bookings')
				.set({
					status: 'cancelled',
					moved_to: booking.id,
					cancelled_by: 'tenant',
					updated_at: iso(now)
				})
				.where('id', '=', old.id)
				.where('status', '=', old.status)
				.executeTakeFirst();
			if (Number(updated.numUpdatedRows) !== 1) throw new Error('move lost its lock');
			const previous = await findBooking(trx, old.id);
			return { booking, previous: previous ?? old, created: true };
		});
		if (outcome.created) {
			this.emit({
				kind: 'moved',
				booking: outcome.booking,
				previous: outcome.previous,
				by: 'tenant'
			});
		}
		return outcome;
	}

	/** Cancels by the tenant who owns it, or by an advisor who may act on it. */
	async cancel(actor: Actor, id: string, reason: string): Promise<StoredBooking> {
		const by = actor.role === 'tenant' ? 'tenant' : 'advisor';
		const booking = await withWriteTransaction(this.db, async (trx) => {
			const now = this.now();
			const b = await findBooking(trx, id);
			if (!b || !(by === 'tenant' ? b.tenantId === actor.id : canAct(actor, b))) {
				throw notFound();
			}
			if (!isLive(b, now)) {
				throw conflict('This booking is no longer active', {
					code: 'not_live',
					status: effectiveStatus(b, now)
				});
			}
			if (b.endsAt <= now) throw conflict('The meeting is already over', { code: 'past' });
			const updated = await trx
				.updateTable('bookings')
				.set((eb) => ({
					status: 'cancelled',
					cancelled_by: by,
					message: reason,
					sequence: eb('sequence', '+', 1),
					updated_at: iso(now)
				}))
				.where('id', '=', id)
				.where('status', '=', b.status)
				.executeTakeFirst();
			if (Number(updated.numUpdatedRows) !== 1)
				throw conflict('Changed meanwhile; reload', { code: 'changed_meanwhile' });
			return (await findBooking(trx, id)) ?? b;
		});
		this.emit({ kind: 'cancelled', booking, by });
		return booking;
	}

	// ---- Advisor writes ----------------------------------------------------------------------

	/**
	 * Confirms a pending request: a compare-and-set on `status = 'requested'` with a live hold,
	 * inside the calendar lock, after checking no confirmed booking of that advisor clashes.
	 * A request made to the service may be confirmed by any advisor; it then moves to their
	 * calendar (checked free under both locks).
	 */
	async confirm(actor: Actor, id: string, message: string): Promise<StoredBooking> {
		const booking = await withWriteTransaction(this.db, async (trx) => {
			const now = this.now();
			const first = await findBooking(trx, id);
			if (first && answeredByColleague(actor, first) && !canAct(actor, first)) {
				throw await notPending(trx, first, now);
			}
			if (!first || !canAct(actor, first)) throw notFound();
			const takeOver = first.viaService && actor.role === 'advisor' && actor.id !== first.advisorId;
			const advisorId = takeOver ? actor.id : first.advisorId;
			await lockCalendars(trx, [first.advisorId, advisorId]);
			const b = await findBooking(trx, id);
			if (!b || effectiveStatus(b, now) !== 'requested') throw await notPending(trx, b, now);
			const [calendar] = await loadCalendars(trx, [advisorId]);
			if (!calendar) {
				throw new HttpProblem(403, {
					code: 'no_availability',
					message: 'Set up your availability before taking requests'
				});
			}
			const others = (await liveBookings(trx, [advisorId], b.startsAt - DAY, b.endsAt + DAY))
				.filter((o) => o.id !== b.id && isLive(o, now))
				// Same calendar: only a confirmed meeting blocks (pending ones wait their turn).
				// Taking over: anything live in the new calendar blocks.
				.filter((o) => takeOver || o.status === 'confirmed');
			if (others.some((o) => clashes(b, o, calendar.bufferMinutes))) {
				throw conflict('Another meeting is confirmed at that time', { code: 'clash' });
			}
			const updated = await trx
				.updateTable('bookings')
				.set((eb) => ({
					status: 'confirmed',
					advisor_id: advisorId,
					office_address: b.channel === 'office' ? calendar.officeAddress : null,
					message,
					sequence: eb('sequence', '+', 1),
					updated_at: iso(now)
				}))
				.where('id', '=', id)
				.where('status', '=', 'requested')
				.where('hold_expires_at', '>', iso(now))
				.executeTakeFirst();
			if (Number(updated.numUpdatedRows) !== 1) {
				throw await notPending(trx, await findBooking(trx, id), now);
			}
			return (await findBooking(trx, id)) ?? b;
		});
		this.emit({ kind: 'confirmed', booking, by: 'advisor' });
		return booking;
	}

	/** Declines a pending request, optionally proposing other times (not held). */
	async decline(
		actor: Actor,
		id: string,
		input: { proposedTimes: number[]; reason: string }
	): Promise<StoredBooking> {
		const booking = await withWriteTransaction(this.db, async (trx) => {
			const now = this.now();
			const b = await findBooking(trx, id);
			if (b && answeredByColleague(actor, b) && !canAct(actor, b)) {
				throw await notPending(trx, b, now);
			}
			if (!b || !canAct(actor, b)) throw notFound();
			const proposed = [...new Set(input.proposedTimes)]
				.filter((t) => t > now)
				.sort((a, b) => a - b);
			const updated = await trx
				.updateTable('bookings')
				.set((eb) => ({
					status: 'declined',
					proposed_times: JSON.stringify(proposed.map(iso)),
					message: input.reason,
					sequence: eb('sequence', '+', 1),
					updated_at: iso(now)
				}))
				.where('id', '=', id)
				.where('status', '=', 'requested')
				.where('hold_expires_at', '>', iso(now))
				.executeTakeFirst();
			if (Number(updated.numUpdatedRows) !== 1) {
				throw await notPending(trx, await findBooking(trx, id), now);
			}
			return (await findBooking(trx, id)) ?? b;
		});
		this.emit({ kind: 'declined', booking, by: 'advisor' });
		return booking;
	}

	// ---- Helpers -----------------------------------------------------------------------------

	private async candidatesFor(trx: Db, advisor: string): Promise<AdvisorCalendar[]> {
		const calendars = await this.calendarsFor(trx, advisor);
		if (calendars.length === 0 && advisor !== SERVICE) throw unknownAdvisor();
		return calendars;
	}

	/**
	 * One read for two checks: the booking an earlier try of this request made (returned), else
	 * the tenant's live upcoming bookings, which may not exceed the cap (409 too_many).
	 */
	private async replayOrQuota(
		trx: Db,
		tenantId: string,
		requestId: string,
		now: number
	): Promise<StoredBooking | undefined> {
		const rows = (
			await trx
				.selectFrom('bookings')
				.selectAll()
				.where('tenant_id', '=', tenantId)
				.where((eb) =>
					eb.or([
						eb('request_id', '=', requestId),
						eb.and([eb('status', 'in', ['requested', 'confirmed']), eb('ends_at', '>', iso(now))])
					])
				)
				.execute()
		).map(toStoredBooking);
		const replay = rows.find((r) => r.requestId === requestId);
		if (replay) return replay;
		const live = rows.filter((r) => isLive(r, now)).length;
		if (live >= this.maxLivePerTenant) {
			throw conflict(`You already have ${live} upcoming bookings; cancel one first`, {
				code: 'too_many'
			});
		}
		return undefined;
	}

	/**
	 * The calendar that takes `startsAt`: the named advisor, or for the service the free advisor
	 * with the fewest live bookings around it (ties: lowest id), read after the locks. When none
	 * can, throws the 409 with the nearest free times, computed here in the same transaction (on
	 * SQLite a second trip through the single connection's queue would double the loser's wait).
	 */
	private async pickFree(
		trx: Db,
		candidates: AdvisorCalendar[],
		now: number,
		startsAt: number,
		channel: Channel,
		ignoreBookingId?: string
	): Promise<{ calendar: AdvisorCalendar; slot: FreeSlot }> {
		const ids = candidates.map((c) => c.advisorId);
		await markExpiredHolds(trx, ids, now);
		const targetDate = toHelsinki(startsAt).date;
		const today = toHelsinki(now).date;
		const from = addDays(targetDate, -3) < today ? today : addDays(targetDate, -3);
		// One read covers the check and a week of alternatives around the wanted time.
		const windowStart = Math.min(Date.parse(`${from}T00:00:00Z`), startsAt) - DAY;
		const windowEnd = Math.max(Date.parse(`${addDays(from, 7)}T00:00:00Z`), startsAt) + DAY;
		const bookings = await liveBookings(trx, ids, windowStart, windowEnd);
		const free = candidates
			.map((calendar) => ({
				calendar,
				slot: findFreeSlot(calendar, bookings, now, startsAt, channel, ignoreBookingId),
				load: bookings.filter((b) => b.advisorId === calendar.advisorId && isLive(b, now)).length
			}))
			.filter(
				(c): c is { calendar: AdvisorCalendar; slot: FreeSlot; load: number } => c.slot !== null
			)
			.sort((a, b) => a.load - b.load || a.calendar.advisorId.localeCompare(b.calendar.advisorId));
		const pick = free[0];
		if (pick) return { calendar: pick.calendar, slot: pick.slot };
		// Would it be offered with the calendars empty? Then it was taken; otherwise never offered.
		const offered = candidates.some((c) => findFreeSlot(c, [], now, startsAt, channel) !== null);
		let nearby = freeSlots(candidates, bookings, now, { from, days: 7 }, ignoreBookingId).filter(
			(s) => s.channels.includes(channel)
		);
		if (nearby.length < 3) {
			const wide = await liveBookings(trx, ids, now - DAY, now + 30 * DAY);
			nearby = freeSlots(candidates, wide, now, { from: today, days: 29 }, ignoreBookingId).filter(
				(s) => s.channels.includes(channel)
			);
		}
		throw new SlotUnavailable(
			offered ? 'slot_taken' : 'not_offered',
			nearestSlots(nearby, startsAt, 3).map(slotView)
		);
	}

	private async insertRequest(
		trx: Db,
		now: number,
		r: {
			requestId: string;
			tenantId: string;
			calendar: AdvisorCalendar;
			startsAt: number;
			endsAt: number;
			channel: Channel;
			note: string;
			shareSummary: boolean;
			lang: MailLang;
			viaService: boolean;
			uid: string | null;
			sequence: number;
			movedFrom: string | null;
		}
	): Promise<StoredBooking> {
		const id = randomUUID();
		const holdHours = this.readHoldHours ? await this.readHoldHours(trx) : this.holdHours;
		const row = {
			id,
			uid: r.uid ?? `${id}@vuokra-apu`,
			sequence: r.sequence,
			tenant_id: r.tenantId,
			advisor_id: r.calendar.advisorId,
			via_service: r.viaService ? 1 : 0,
			starts_at: iso(r.startsAt),
			ends_at: iso(r.endsAt),
			channel: r.channel,
			office_address: r.channel === 'office' ? r.calendar.officeAddress : null,
			note: r.note,
			status: 'requested',
			hold_expires_at: iso(holdExpiry(now, r.startsAt, holdHours)),
			request_id: r.requestId,
			moved_from: r.movedFrom,
			moved_to: null,
			share_summary: r.shareSummary ? 1 : 0,
			proposed_times: '[]',
			message: '',
			cancelled_by: null,
			lang: r.lang,
			created_at: iso(now),
			updated_at: iso(now)
		};
		await trx.insertInto('bookings').values(row).execute();
		return toStoredBooking(row);
	}
}

function unknownAdvisor(): HttpProblem {
	return new HttpProblem(404, {
		message: 'No such advisor taking bookings',
		issues: [{ path: 'advisorId', message: 'unknown or not taking bookings' }]
	});
}

/**
 * Who may answer or cancel a booking as its advisor: the advisor whose calendar holds it; any
 * advisor when it was requested from the service and is still pending; an admin always.
 */
export function canAct(actor: Actor, b: StoredBooking): boolean {
	if (actor.role === 'admin') return true;
	if (actor.role !== 'advisor') return false;
	return b.advisorId === actor.id || (b.viaService && b.status === 'requested');
}
