/**
 * The booking endpoints: each one a declaration (`endpoint()` in ../http/endpoint.ts: roles,
 * rate-limit class, body and query schemas, path ids) and a handler that maps the request to
 * the booking service, store and views. No SQL here. The routes under src/routes/api bind them
 * to `bookingContext()`; tests bind them to a test database and clock. The API reference for
 * the UI is README.md beside this file.
 *
 * A booking that is not the caller's is a 404, not a 403, so ids reveal nothing.
 */
import { effectiveStatus, slotsByDay } from '$lib/domain/booking';
import { daysBetween, toHelsinki } from '$lib/domain/helsinki-time';
import {
	SERVICE,
	agendaQuerySchema,
	availabilityQuerySchema,
	availabilitySchema,
	bookingRequestSchema,
	cancelSchema,
	confirmSchema,
	declineSchema,
	moveRequestSchema,
	slotQuerySchema
} from '$lib/schemas/booking';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { recordAudit } from '../admin/audit';
import { endpointFor, type EndpointContext, type EndpointEvent } from '../http/endpoint';
import { HttpProblem, json, type SessionUser } from '../http/guards';
import { langFromCookieHeader } from '../mail/sign-in-email';
import { availabilityOwner, readAvailability, saveAvailability } from './availability';
import { openCase } from '../cases/service';
import { icsFor } from './notify';
import { BookingService, canAct, type Actor } from './service';
import { findBooking, iso, loadCalendars, meetingParties } from './store';
import { advisorAgenda, advisorQueue, tenantBookings, viewForTenant } from './views';

export interface BookingEndpointContext extends EndpointContext {
	db: () => Promise<Kysely<Database>>;
	service: (db: Kysely<Database>) => BookingService;
	/** Absolute URL of the app's booking page for emails and calendar entries. */
	appUrl?: string | null;
}

const DEFAULT_SLOT_DAYS = 14;
const KEY_RE = /^[A-Za-z0-9_-]{8,100}$/;
/** Booking bodies are small; the availability document (template and exceptions) is larger. */
const BODY_BYTES = 16 * 1024;
const AVAILABILITY_BYTES = 256 * 1024;

function invalid(message: string, path: string, issue: string): HttpProblem {
	return new HttpProblem(400, { message, issues: [{ path, message: issue }] });
}

/** The idempotency key: the Idempotency-Key header or `requestId` in the body (same if both). */
function requestKey(event: EndpointEvent, fromBody: string | undefined): string {
	const header = event.request.headers.get('idempotency-key')?.trim();
	if (header !== undefined && header !== '' && !KEY_RE.test(header)) {
		throw invalid(
			'Invalid Idempotency-Key',
			'Idempotency-Key',
			'expected 8–100 letters, digits, - or _'
		);
	}
	if (header && fromBody && header !== fromBody) {
		throw invalid(
			'Idempotency-Key and requestId differ',
			'requestId',
			'must equal the Idempotency-Key header'
		);
	}
	const key = header || fromBody;
	if (!key) {
		throw invalid(
			'A request id is needed so a retry cannot book twice',
			'requestId',
			'send requestId (a UUID) or an Idempotency-Key header'
		);
	}
	return key;
}

function actorOf(user: SessionUser): Actor {
	return { id: user.id, role: user.role };
}

function mailLang(event: EndpointEvent) {
	return langFromCookieHeader(event.request.headers.get('cookie'));
}

const bookingEndpoint = endpointFor<BookingEndpointContext>();

// ---- Tenant endpoints ------------------------------------------------------------------------

/**
 * GET /api/advisors: signed-in users only. The booking page asks for it only after sign-in, and
 * the list of who works at the service (names, offices) is no business of anonymous visitors or
 * crawlers. Only what choosing and booking needs: id, name, channels, office, meeting length.
 */
export const handleAdvisors = bookingEndpoint(
	{ roles: 'signed-in', limit: 'read' },
	async ({ ctx }) => {
		const calendars = await loadCalendars(await ctx.db(), null, { activeOnly: true });
		return {
			advisors: calendars
				.filter((c) => c.channels.length > 0)
				.map((c) => ({
					id: c.advisorId,
					displayName: c.displayName,
					channels: c.channels,
					officeAddress: c.channels.includes('office') ? c.officeAddress : null,
					meetingMinutes: c.meetingMinutes
				}))
		};
	}
);

/** GET /api/booking-slots?advisor=<id|service>&from=YYYY-MM-DD&days=N */
export const handleSlots = bookingEndpoint(
	{ roles: 'signed-in', limit: 'read', query: slotQuerySchema },
	async ({ ctx, query }) => {
		const service = ctx.service(await ctx.db());
		const advisor = query.advisor ?? SERVICE;
		const today = toHelsinki(service.now()).date;
		const from = query.from ?? today;
		const days = query.days ?? DEFAULT_SLOT_DAYS;
		// Past days have no free times: start at today, keeping the requested end date.
		const skipped = from < today ? daysBetween(from, today) : 0;
		const range = { from: skipped ? today : from, days: Math.max(1, days - skipped) };
		const slots = await service.slots(advisor, range.from, range.days);
		return {
			advisor,
			timeZone: 'Europe/Helsinki',
			from: range.from,
			days: slotsByDay(slots, range),
			fetchedAt: iso(service.now())
		};
	}
);

/** POST /api/bookings */
export const handleCreateBooking = bookingEndpoint(
	{ roles: ['tenant'], limit: 'write', body: bookingRequestSchema, maxBytes: BODY_BYTES },
	async ({ event, ctx, user, body }) => {
		const requestId = requestKey(event, body.requestId);
		const db = await ctx.db();
		const service = ctx.service(db);
		const { booking, created } = await service.request(actorOf(user), {
			requestId,
			advisorId: body.advisorId,
			startsAt: Date.parse(body.startsAt),
			channel: body.channel,
			note: body.note,
			shareSummary: body.shareSummary,
			lang: mailLang(event)
		});
		// Booking an advisor opens the tenant's case (or joins the open one).
		if (created) await openCase(db, user.id, 'booking', { now: new Date(service.now()) });
		return json(
			{ booking: await viewForTenant(db, booking, service.now()), replayed: !created },
			{ status: created ? 201 : 200 }
		);
	}
);

/** GET /api/bookings */
export const handleListBookings = bookingEndpoint(
	{ roles: 'signed-in', limit: 'read' },
	async ({ ctx, user }) => {
		const db = await ctx.db();
		const now = ctx.service(db).now();
		return { bookings: await tenantBookings(db, user.id, now), serverTime: iso(now) };
	}
);

/** POST /api/bookings/[id]/cancel */
export const handleTenantCancel = bookingEndpoint(
	{ roles: ['tenant'], limit: 'write', body: cancelSchema, maxBytes: BODY_BYTES, params: ['id'] },
	async ({ ctx, user, body, params }) => {
		const db = await ctx.db();
		const service = ctx.service(db);
		const booking = await service.cancel(actorOf(user), params.id, body.reason);
		return { booking: await viewForTenant(db, booking, service.now()) };
	}
);

/** POST /api/bookings/[id]/move */
export const handleMove = bookingEndpoint(
	{
		roles: ['tenant'],
		limit: 'write',
		body: moveRequestSchema,
		maxBytes: BODY_BYTES,
		params: ['id']
	},
	async ({ event, ctx, user, body, params }) => {
		const requestId = requestKey(event, body.requestId);
		const db = await ctx.db();
		const service = ctx.service(db);
		const { booking, previous, created } = await service.move(actorOf(user), params.id, {
			requestId,
			startsAt: Date.parse(body.startsAt),
			...(body.channel ? { channel: body.channel } : {}),
			...(body.advisorId ? { advisorId: body.advisorId } : {}),
			...(body.note !== undefined ? { note: body.note } : {}),
			lang: mailLang(event)
		});
		const now = service.now();
		return json(
			{
				booking: await viewForTenant(db, booking, now),
				previous: await viewForTenant(db, previous, now),
				replayed: !created
			},
			{ status: created ? 201 : 200 }
		);
	}
);

/** GET /api/bookings/[id]/ics — the booking's calendar entry ("add to calendar"). */
export const handleIcs = bookingEndpoint(
	{ roles: 'signed-in', limit: 'read', params: ['id'] },
	async ({ ctx, user, params }) => {
		const db = await ctx.db();
		const service = ctx.service(db);
		const b = await findBooking(db, params.id);
		if (!b || !(b.tenantId === user.id || canAct(actorOf(user), { ...b, status: 'confirmed' }))) {
			throw new HttpProblem(404, { message: 'No such booking' });
		}
		// Read-time expiry: a lapsed hold is served as a cancellation.
		const status = effectiveStatus(b, service.now());
		const { tenant, advisor } = await meetingParties(db, b);
		const ics = icsFor({ ...b, status }, b.lang, advisor, tenant, ctx.appUrl ?? null);
		return new Response(ics.text, {
			headers: {
				'content-type': `text/calendar; charset=utf-8; method=${ics.method}`,
				'content-disposition': 'attachment; filename="meeting.ics"'
			}
		});
	}
);

// ---- Advisor endpoints ----------------------------------------------------------------------

/** GET /api/advisor/bookings?view=queue|day|week&date=YYYY-MM-DD[&advisor=<id> for admins] */
export const handleAdvisorBookings = bookingEndpoint(
	{ roles: ['advisor', 'admin'], limit: 'read', query: agendaQuerySchema },
	async ({ ctx, user, query }) => {
		if (query.advisor !== undefined && user.role !== 'admin') {
			throw invalid('Invalid agenda query', 'advisor', 'only an admin may name another advisor');
		}
		const db = await ctx.db();
		const now = ctx.service(db).now();
		const view = query.view ?? 'queue';
		if (view === 'queue') {
			return { view, bookings: await advisorQueue(db, actorOf(user), now), serverTime: iso(now) };
		}
		const date = query.date ?? toHelsinki(now).date;
		const agenda = await advisorAgenda(
			db,
			actorOf(user),
			query.advisor ?? user.id,
			view,
			date,
			now
		);
		return { view, ...agenda, serverTime: iso(now) };
	}
);

const advisorAction = {
	roles: ['advisor', 'admin'],
	limit: 'write',
	maxBytes: BODY_BYTES
} as const;

/** POST /api/advisor/bookings/[id]/(confirm|decline|cancel) */
export const handleAdvisorAction = {
	confirm: bookingEndpoint(
		{ ...advisorAction, body: confirmSchema, params: ['id'] },
		async ({ ctx, user, body, params }) => {
			const db = await ctx.db();
			const service = ctx.service(db);
			const booking = await service.confirm(actorOf(user), params.id, body.message);
			return { booking: await viewForTenant(db, booking, service.now()) };
		}
	),
	decline: bookingEndpoint(
		{ ...advisorAction, body: declineSchema, params: ['id'] },
		async ({ ctx, user, body, params }) => {
			const db = await ctx.db();
			const service = ctx.service(db);
			const booking = await service.decline(actorOf(user), params.id, {
				proposedTimes: body.proposedTimes.map((t) => Date.parse(t)),
				reason: body.reason
			});
			return { booking: await viewForTenant(db, booking, service.now()) };
		}
	),
	cancel: bookingEndpoint(
		{ ...advisorAction, body: cancelSchema, params: ['id'] },
		async ({ ctx, user, body, params }) => {
			const db = await ctx.db();
			const service = ctx.service(db);
			const booking = await service.cancel(actorOf(user), params.id, body.reason);
			return { booking: await viewForTenant(db, booking, service.now()) };
		}
	)
};

/** GET /api/advisor/availability[?advisor=<id>] */
export const handleGetAvailability = bookingEndpoint(
	{ roles: ['advisor', 'admin'], limit: 'read', query: availabilityQuerySchema },
	async ({ ctx, user, query }) => {
		const db = await ctx.db();
		const owner = await availabilityOwner(db, user, query.advisor);
		return readAvailability(db, owner.id);
	}
);

/** PUT /api/advisor/availability[?advisor=<id>] — replaces settings, template and exceptions. */
export const handlePutAvailability = bookingEndpoint(
	{
		roles: ['advisor', 'admin'],
		limit: 'write',
		body: availabilitySchema,
		maxBytes: AVAILABILITY_BYTES,
		query: availabilityQuerySchema
	},
	async ({ ctx, user, body, query }) => {
		const db = await ctx.db();
		const owner = await availabilityOwner(db, user, query.advisor);
		const now = ctx.service(db).now();
		const saved = await saveAvailability(db, owner.id, body, now);
		// An admin editing another advisor's bookable settings is an admin action (audit log).
		if (owner.id !== user.id) {
			await recordAudit(db, {
				actor: { id: user.id, email: user.email },
				action: 'advisor.availability',
				target: owner.id,
				details: { active: body.active, channels: body.channels, office: body.officeAddress },
				at: new Date(now)
			});
		}
		return saved;
	}
);
