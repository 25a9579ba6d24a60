/**
 * The booking HTTP endpoints as plain functions of (event, context), so tests drive them with
 * real Requests and a real database without a server; the routes under src/routes/api bind them.
 * The API reference for the UI is README.md beside this file.
 *
 * Every handler re-checks the user, role and, for a booking, that the caller may see or act on
 * it (a booking that is not theirs is a 404, not a 403, so ids reveal nothing). Writes check
 * Origin and Content-Type (assertJsonRequest); every answer is `Cache-Control: no-store`.
 */
import type { Kysely } from 'kysely';
import { slotsByDay } from '$lib/domain/booking';
import { daysBetween, isLocalDate, toHelsinki } from '$lib/domain/helsinki-time';
import { DATE_RANGE_MESSAGE, isDateInRange } from '$lib/schemas/text';
import {
	MAX_SLOT_DAYS,
	SERVICE,
	availabilitySchema,
	bookingRequestSchema,
	cancelSchema,
	confirmSchema,
	declineSchema,
	moveRequestSchema,
	type Availability
} from '$lib/schemas/booking';
import { toIssues, type Issue } from '$lib/schemas/sync';
import type { Database, Role } from '../db/schema';
import {
	HttpProblem,
	assertJsonRequest,
	assertNotCrossSite,
	json,
	rateLimit,
	type JsonEvent,
	type SessionUser
} from '../http/guards';
import { langFromCookieHeader } from '../mail/sign-in-email';
import { withWriteTransaction } from '../db/write-transaction';
import { icsFor } from './notify';
import { BookingService, canAct, type Actor } from './service';
import { findBooking, iso, loadCalendars, lockCalendars } from './store';
import { advisorAgenda, advisorQueue, tenantBookings, viewForTenant } from './views';

export interface BookingEndpointContext {
	db: () => Promise<Kysely<Database>>;
	service: (db: Kysely<Database>) => BookingService;
	/** Absolute URL of the app's booking page for emails and calendar entries. */
	appUrl?: string | null;
	/** [requests, per ms] per user for writes and reads. */
	writeLimit?: readonly [number, number];
	readLimit?: readonly [number, number];
}

const DEFAULT_WRITE_LIMIT = [30, 60_000] as const;
const DEFAULT_READ_LIMIT = [300, 60_000] as const;
const DEFAULT_SLOT_DAYS = 14;
const ID_RE = /^[A-Za-z0-9-]{1,64}$/;
const KEY_RE = /^[A-Za-z0-9_-]{8,100}$/;

function signedIn(event: JsonEvent): SessionUser {
	const user = event.locals.user;
	if (!user) throw new HttpProblem(401, { message: 'Sign in first' });
	return user;
}

function withRole(event: JsonEvent, ...roles: Role[]): SessionUser {
	const user = signedIn(event);
	if (!roles.includes(user.role))
		throw new HttpProblem(403, { message: 'Not allowed for your role' });
	return user;
}

async function limitWrites(ctx: BookingEndpointContext, user: SessionUser): Promise<void> {
	const [n, ms] = ctx.writeLimit ?? DEFAULT_WRITE_LIMIT;
	await rateLimit(`bookings-write:${user.id}`, n, ms);
}

async function limitReads(ctx: BookingEndpointContext, key: string): Promise<void> {
	const [n, ms] = ctx.readLimit ?? DEFAULT_READ_LIMIT;
	await rateLimit(`bookings-read:${key}`, n, ms);
}

function invalid(message: string, issues: Issue[]): HttpProblem {
	return new HttpProblem(400, { message, issues });
}

function parseBody<T>(
	schema: {
		safeParse(
			v: unknown
		): { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } };
	},
	body: unknown,
	what: string
): T {
	const parsed = schema.safeParse(body);
	if (!parsed.success) {
		throw invalid(
			`Invalid ${what}`,
			toIssues(parsed.error.issues as Parameters<typeof toIssues>[0])
		);
	}
	return parsed.data;
}

function bookingId(id: string | undefined): string {
	if (!id || !ID_RE.test(id)) throw new HttpProblem(404, { message: 'No such booking' });
	return id;
}

/** The idempotency key: the Idempotency-Key header or `requestId` in the body (same if both). */
function requestKey(event: JsonEvent, fromBody: string | undefined): string {
	const header = event.request.headers.get('idempotency-key')?.trim();
	if (header !== undefined && header !== '' && !KEY_RE.test(header)) {
		throw invalid('Invalid Idempotency-Key', [
			{ path: 'Idempotency-Key', message: 'expected 8–100 letters, digits, - or _' }
		]);
	}
	if (header && fromBody && header !== fromBody) {
		throw invalid('Idempotency-Key and requestId differ', [
			{ path: 'requestId', message: 'must equal the Idempotency-Key header' }
		]);
	}
	const key = header || fromBody;
	if (!key) {
		throw invalid('A request id is needed so a retry cannot book twice', [
			{ path: 'requestId', message: 'send requestId (a UUID) or an Idempotency-Key header' }
		]);
	}
	return key;
}

function actorOf(user: SessionUser): Actor {
	return { id: user.id, role: user.role };
}

// ---- Public and tenant endpoints -----------------------------------------------------------

/**
 * GET /api/advisors: signed-in users only. The booking page asks for it only after sign-in, and
 * the list of who works at the service (names, offices) is no business of anonymous visitors or
 * crawlers. Only what choosing and booking needs: id, name, channels, office, meeting length.
 */
export async function handleAdvisors(
	event: JsonEvent,
	ctx: BookingEndpointContext
): Promise<Response> {
	const user = signedIn(event);
	assertNotCrossSite(event);
	await limitReads(ctx, user.id);
	const db = await ctx.db();
	const calendars = await loadCalendars(db, null, { activeOnly: true });
	return json({
		advisors: calendars
			.filter((c) => c.channels.length > 0)
			.map((c) => ({
				id: c.advisorId,
				displayName: c.displayName,
				channels: c.channels,
				officeAddress: c.channels.includes('office') ? c.officeAddress : null,
				meetingMinutes: c.meetingMinutes
			}))
	});
}

/** GET /api/booking-slots?advisor=<id|service>&from=YYYY-MM-DD&days=N */
export async function handleSlots(
	event: JsonEvent,
	ctx: BookingEndpointContext
): Promise<Response> {
	const user = signedIn(event);
	assertNotCrossSite(event);
	await limitReads(ctx, user.id);
	const params = event.url.searchParams;
	const issues: Issue[] = [];
	const advisor = params.get('advisor') ?? SERVICE;
	if (advisor !== SERVICE && !ID_RE.test(advisor)) {
		issues.push({ path: 'advisor', message: 'expected an advisor id or "service"' });
	}
	const service = ctx.service(await ctx.db());
	const today = toHelsinki(service.now()).date;
	const from = params.get('from') || today;
	if (!isLocalDate(from)) issues.push({ path: 'from', message: 'expected a date YYYY-MM-DD' });
	else if (!isDateInRange(from)) issues.push({ path: 'from', message: DATE_RANGE_MESSAGE });
	const daysRaw = params.get('days');
	const days = daysRaw === null || daysRaw === '' ? DEFAULT_SLOT_DAYS : Number(daysRaw);
	if (
		!/^\d{1,3}$/.test(daysRaw ?? '14') ||
		!Number.isInteger(days) ||
		days < 1 ||
		days > MAX_SLOT_DAYS
	) {
		issues.push({ path: 'days', message: `expected an integer from 1 to ${MAX_SLOT_DAYS}` });
	}
	if (issues.length) throw invalid('Invalid slot query', issues);
	// Past days have no free times: start at today, keeping the requested end date.
	const skipped = from < today ? daysBetween(from, today) : 0;
	const range = { from: skipped ? today : from, days: Math.max(1, days - skipped) };
	const slots = await service.slots(advisor, range.from, range.days);
	return json({
		advisor,
		timeZone: 'Europe/Helsinki',
		from: range.from,
		days: slotsByDay(slots, range),
		fetchedAt: iso(service.now())
	});
}

/** POST /api/bookings */
export async function handleCreateBooking(
	event: JsonEvent,
	ctx: BookingEndpointContext
): Promise<Response> {
	const user = withRole(event, 'tenant');
	await limitWrites(ctx, user);
	const body = parseBody(
		bookingRequestSchema,
		await assertJsonRequest(event, 16 * 1024),
		'booking request'
	);
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
		lang: langFromCookieHeader(event.request.headers.get('cookie'))
	});
	return json(
		{ booking: await viewForTenant(db, booking, service.now()), replayed: !created },
		{ status: created ? 201 : 200 }
	);
}

/** GET /api/bookings */
export async function handleListBookings(
	event: JsonEvent,
	ctx: BookingEndpointContext
): Promise<Response> {
	const user = signedIn(event);
	assertNotCrossSite(event);
	await limitReads(ctx, user.id);
	const db = await ctx.db();
	const now = ctx.service(db).now();
	return json({ bookings: await tenantBookings(db, user.id, now), serverTime: iso(now) });
}

/** POST /api/bookings/[id]/cancel */
export async function handleTenantCancel(
	event: JsonEvent,
	ctx: BookingEndpointContext,
	id: string | undefined
): Promise<Response> {
	const user = withRole(event, 'tenant');
	await limitWrites(ctx, user);
	const body = parseBody(cancelSchema, await assertJsonRequest(event, 16 * 1024), 'cancel body');
	const db = await ctx.db();
	const service = ctx.service(db);
	const booking = await service.cancel(actorOf(user), bookingId(id), body.reason);
	return json({ booking: await viewForTenant(db, booking, service.now()) });
}

/** POST /api/bookings/[id]/move */
export async function handleMove(
	event: JsonEvent,
	ctx: BookingEndpointContext,
	id: string | undefined
): Promise<Response> {
	const user = withRole(event, 'tenant');
	await limitWrites(ctx, user);
	const body = parseBody(
		moveRequestSchema,
		await assertJsonRequest(event, 16 * 1024),
		'move request'
	);
	const requestId = requestKey(event, body.requestId);
	const db = await ctx.db();
	const service = ctx.service(db);
	const { booking, previous, created } = await service.move(actorOf(user), bookingId(id), {
		requestId,
		startsAt: Date.parse(body.startsAt),
		...(body.channel ? { channel: body.channel } : {}),
		...(body.advisorId ? { advisorId: body.advisorId } : {}),
		...(body.note !== undefined ? { note: body.note } : {}),
		lang: langFromCookieHeader(event.request.headers.get('cookie'))
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

/** GET /api/bookings/[id]/ics — the booking's calendar entry ("add to calendar"). */
export async function handleIcs(
	event: JsonEvent,
	ctx: BookingEndpointContext,
	id: string | undefined
): Promise<Response> {
	const user = signedIn(event);
	assertNotCrossSite(event);
	await limitReads(ctx, user.id);
	const db = await ctx.db();
	const service = ctx.service(db);
	const b = await findBooking(db, bookingId(id));
	if (!b || !(b.tenantId === user.id || canAct(actorOf(user), { ...b, status: 'confirmed' }))) {
		throw new HttpProblem(404, { message: 'No such booking' });
	}
	// Read-time expiry: a lapsed hold is served as a cancellation.
	const status =
		b.status === 'requested' && (b.holdExpiresAt ?? 0) <= service.now() ? 'expired' : b.status;
	const people = await db
		.selectFrom('User')
		.leftJoin('booking_advisors', 'booking_advisors.advisor_id', 'User.id')
		.select(['User.id', 'User.name', 'User.email', 'booking_advisors.display_name'])
		.where('User.id', 'in', [b.tenantId, b.advisorId])
		.execute();
	const tenant = people.find((p) => p.id === b.tenantId);
	const advisor = people.find((p) => p.id === b.advisorId);
	const ics = icsFor(
		{ ...b, status },
		b.lang,
		{ name: advisor?.display_name ?? advisor?.name ?? '', email: advisor?.email ?? '' },
		{ name: tenant?.name ?? null, email: tenant?.email ?? '' },
		ctx.appUrl ?? null
	);
	return new Response(ics.text, {
		headers: {
			'content-type': `text/calendar; charset=utf-8; method=${ics.method}`,
			'content-disposition': 'attachment; filename="meeting.ics"',
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}

// ---- Advisor endpoints ----------------------------------------------------------------------

/** GET /api/advisor/bookings?view=queue|day|week&date=YYYY-MM-DD[&advisor=<id> for admins] */
export async function handleAdvisorBookings(
	event: JsonEvent,
	ctx: BookingEndpointContext
): Promise<Response> {
	const user = withRole(event, 'advisor', 'admin');
	assertNotCrossSite(event);
	await limitReads(ctx, user.id);
	const params = event.url.searchParams;
	const view = params.get('view') ?? 'queue';
	const issues: Issue[] = [];
	if (view !== 'queue' && view !== 'day' && view !== 'week') {
		issues.push({ path: 'view', message: 'expected queue, day or week' });
	}
	const db = await ctx.db();
	const now = ctx.service(db).now();
	const date = params.get('date') || toHelsinki(now).date;
	if (!isLocalDate(date)) issues.push({ path: 'date', message: 'expected a date YYYY-MM-DD' });
	else if (!isDateInRange(date)) issues.push({ path: 'date', message: DATE_RANGE_MESSAGE });
	const advisorParam = params.get('advisor');
	if (advisorParam !== null && (user.role !== 'admin' || !ID_RE.test(advisorParam))) {
		issues.push({ path: 'advisor', message: 'only an admin may name another advisor' });
	}
	if (issues.length) throw invalid('Invalid agenda query', issues);
	if (view === 'queue') {
		return json({
			view,
			bookings: await advisorQueue(db, actorOf(user), now),
			serverTime: iso(now)
		});
	}
	const agenda = await advisorAgenda(
		db,
		actorOf(user),
		advisorParam ?? user.id,
		view === 'day' ? 'day' : 'week',
		date,
		now
	);
	return json({ view, ...agenda, serverTime: iso(now) });
}

/** POST /api/advisor/bookings/[id]/(confirm|decline|cancel) */
export async function handleAdvisorAction(
	event: JsonEvent,
	ctx: BookingEndpointContext,
	id: string | undefined,
	action: 'confirm' | 'decline' | 'cancel'
): Promise<Response> {
	const user = withRole(event, 'advisor', 'admin');
	await limitWrites(ctx, user);
	const raw = await assertJsonRequest(event, 16 * 1024);
	const db = await ctx.db();
	const service = ctx.service(db);
	const actor = actorOf(user);
	const bookingKey = bookingId(id);
	let booking;
	if (action === 'confirm') {
		const body = parseBody(confirmSchema, raw, 'confirm body');
		booking = await service.confirm(actor, bookingKey, body.message);
	} else if (action === 'decline') {
		const body = parseBody(declineSchema, raw, 'decline body');
		booking = await service.decline(actor, bookingKey, {
			proposedTimes: body.proposedTimes.map((t) => Date.parse(t)),
			reason: body.reason
		});
	} else {
		const body = parseBody(cancelSchema, raw, 'cancel body');
		booking = await service.cancel(actor, bookingKey, body.reason);
	}
	return json({ booking: await viewForTenant(db, booking, service.now()) });
}

/** Whose availability: one's own, or (admin) `?advisor=<id>` of an advisor or admin account. */
async function availabilityTarget(
	event: JsonEvent,
	db: Kysely<Database>
): Promise<SessionUser | { id: string; email: string; role: Role }> {
	const user = withRole(event, 'advisor', 'admin');
	const named = event.url.searchParams.get('advisor');
	if (named === null || named === user.id) return user;
	if (user.role !== 'admin')
		throw new HttpProblem(403, { message: 'Only an admin may edit another advisor' });
	if (!ID_RE.test(named))
		throw invalid('Invalid advisor', [{ path: 'advisor', message: 'expected an id' }]);
	const target = await db
		.selectFrom('User')
		.select(['id', 'email', 'role'])
		.where('id', '=', named)
		.executeTakeFirst();
	if (!target || (target.role !== 'advisor' && target.role !== 'admin')) {
		throw new HttpProblem(404, { message: 'No such advisor' });
	}
	return target;
}

function defaultAvailability(name: string): Availability {
	return {
		displayName: name,
		meetingMinutes: 45,
		bufferMinutes: 15,
		minNoticeMinutes: 120,
		horizonDays: 28,
		channels: ['phone'],
		officeAddress: null,
		active: false,
		mailLang: 'fi',
		weekly: [],
		exceptions: []
	};
}

/** GET /api/advisor/availability[?advisor=<id>] */
export async function handleGetAvailability(
	event: JsonEvent,
	ctx: BookingEndpointContext
): Promise<Response> {
	assertNotCrossSite(event);
	const db = await ctx.db();
	const target = await availabilityTarget(event, db);
	await limitReads(ctx, target.id);
	const [c] = await loadCalendars(db, [target.id]);
	if (!c) {
		const who = await db
			.selectFrom('User')
			.select(['name', 'email'])
			.where('id', '=', target.id)
			.executeTakeFirst();
		return json({
			advisorId: target.id,
			configured: false,
			availability: defaultAvailability(who?.name ?? who?.email ?? '')
		});
	}
	const availability: Availability = {
		displayName: c.displayName,
		meetingMinutes: c.meetingMinutes,
		bufferMinutes: c.bufferMinutes,
		minNoticeMinutes: c.minNoticeMinutes,
		horizonDays: c.horizonDays,
		channels: [...c.channels],
		officeAddress: c.officeAddress,
		active: c.active,
		mailLang: c.mailLang,
		weekly: [...c.weekly],
		exceptions: [...c.exceptions]
	};
	return json({ advisorId: target.id, configured: true, availability });
}

/** PUT /api/advisor/availability[?advisor=<id>] — replaces settings, template and exceptions. */
export async function handlePutAvailability(
	event: JsonEvent,
	ctx: BookingEndpointContext
): Promise<Response> {
	const user = withRole(event, 'advisor', 'admin');
	await limitWrites(ctx, user);
	const body = parseBody(
		availabilitySchema,
		await assertJsonRequest(event, 256 * 1024),
		'availability'
	);
	const db = await ctx.db();
	const target = await availabilityTarget(event, db);
	const now = ctx.service(db).now();
	await withWriteTransaction(db, async (trx) => {
		const row = {
			display_name: body.displayName,
			meeting_minutes: body.meetingMinutes,
			buffer_minutes: body.bufferMinutes,
			min_notice_minutes: body.minNoticeMinutes,
			horizon_days: body.horizonDays,
			channels: JSON.stringify(body.channels),
			office_address: body.officeAddress || null,
			active: body.active ? 1 : 0,
			mail_lang: body.mailLang,
			updated_at: iso(now)
		};
		await trx
			.insertInto('booking_advisors')
			.values({ advisor_id: target.id, ...row })
			.onConflict((oc) => oc.column('advisor_id').doUpdateSet(row))
			.execute();
		// Same lock as the booking writers: a request never sees half a template.
		await lockCalendars(trx, [target.id]);
		await trx.deleteFrom('booking_weekly_hours').where('advisor_id', '=', target.id).execute();
		await trx.deleteFrom('booking_exceptions').where('advisor_id', '=', target.id).execute();
		if (body.weekly.length) {
			await trx
				.insertInto('booking_weekly_hours')
				.values(
					body.weekly.map((w) => ({
						advisor_id: target.id,
						weekday: w.weekday,
						start_time: w.start,
						end_time: w.end
					}))
				)
				.execute();
		}
		if (body.exceptions.length) {
			await trx
				.insertInto('booking_exceptions')
				.values(
					body.exceptions.map((e) => ({
						advisor_id: target.id,
						date: e.date,
						ranges: JSON.stringify(e.ranges),
						note: e.note
					}))
				)
				.execute();
		}
	});
	return json({ advisorId: target.id, configured: true, availability: body });
}
