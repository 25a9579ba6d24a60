/**
 * Read models: a tenant's bookings, the advisor's queue and agenda, in wire form
 * (lib/schemas/booking.ts). Statuses are effective: a lapsed hold reads `expired` at once.
 *
 * The queue's urgency needs the tenant's situation. It is read only when the tenant both ticked
 * "share my situation" on the request and has an active consent to the housing-advice service
 * covering `rentArrears` (activeConsentCategories, lib/server/consent/access.ts); otherwise the
 * request sorts as "situation unknown". Only the stage and the nearest eviction-path date leave
 * this module, and each such read is recorded in the consent access log the tenant can see.
 */
import {
	compareUrgency,
	effectiveStatus,
	slotView,
	urgencyOf,
	type UrgencyKey
} from '$lib/domain/booking';
import { addDays, startOfWeek } from '$lib/domain/dates';
import { helsinkiDayBounds, toHelsinki } from '$lib/domain/helsinki-time';
import type { AdvisorBookingView, BookingView } from '$lib/schemas/booking';
import { homeSchema, type Home } from '$lib/schemas/situation';
import { activeConsentCategories } from '../consent/access';
import { caseIdsForTenants } from '../cases/service';
import { logAccess } from '../consent/contacts';
import { parseObject } from '../db/json';
import { iso, toStoredBooking, type Db, type StoredBooking } from './store';
import type { Actor } from './service';

const HOUR = 3_600_000;

async function advisorNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.selectFrom('User')
		.leftJoin('booking_advisors', 'booking_advisors.advisor_id', 'User.id')
		.select(['User.id', 'User.name', 'booking_advisors.display_name'])
		.where('User.id', 'in', [...new Set(ids)])
		.execute();
	return new Map(rows.map((r) => [r.id, r.display_name ?? r.name ?? '']));
}

export function bookingView(b: StoredBooking, advisorName: string, now: number): BookingView {
	const start = toHelsinki(b.startsAt);
	return {
		id: b.id,
		uid: b.uid,
		sequence: b.sequence,
		advisorId: b.advisorId,
		advisorName,
		viaService: b.viaService,
		startsAt: iso(b.startsAt),
		endsAt: iso(b.endsAt),
		localDate: start.date,
		localStart: start.time,
		localEnd: toHelsinki(b.endsAt).time,
		channel: b.channel,
		officeAddress: b.officeAddress,
		note: b.note,
		status: effectiveStatus(b, now),
		holdExpiresAt: b.holdExpiresAt === null ? null : iso(b.holdExpiresAt),
		movedFrom: b.movedFrom,
		movedTo: b.movedTo,
		shareSummary: b.shareSummary,
		proposedTimes: b.proposedTimes.map((t) =>
			slotView({
				startsAt: t,
				endsAt: t + (b.endsAt - b.startsAt),
				advisorIds: [b.advisorId],
				channels: [b.channel]
			})
		),
		message: b.message,
		cancelledBy: b.cancelledBy,
		createdAt: iso(b.createdAt),
		updatedAt: iso(b.updatedAt)
	};
}

/** One booking as its tenant sees it. */
export async function viewForTenant(db: Db, b: StoredBooking, now: number): Promise<BookingView> {
	const names = await advisorNames(db, [b.advisorId]);
	return bookingView(b, names.get(b.advisorId) ?? '', now);
}

/** The tenant's bookings, upcoming first then past, newest changes last. At most 200. */
export async function tenantBookings(
	db: Db,
	tenantId: string,
	now: number
): Promise<BookingView[]> {
	const rows = (
		await db
			.selectFrom('bookings')
			.selectAll()
			.where('tenant_id', '=', tenantId)
			.orderBy('starts_at', 'desc')
			.limit(200)
			.execute()
	).map(toStoredBooking);
	const names = await advisorNames(
		db,
		rows.map((r) => r.advisorId)
	);
	return rows
		.sort((a, b) => {
			const aUp = a.endsAt > now ? 0 : 1;
			const bUp = b.endsAt > now ? 0 : 1;
			return aUp - bUp || (aUp === 0 ? a.startsAt - b.startsAt : b.startsAt - a.startsAt);
		})
		.map((b) => bookingView(b, names.get(b.advisorId) ?? '', now));
}

/** The tenant's home row, when an active consent lets the service see rent arrears. */
async function sharedHome(
	db: Db,
	tenantId: string,
	advisor: Actor,
	now: number
): Promise<Home | undefined> {
	const categories = await activeConsentCategories(db, tenantId, new Date(now));
	if (!categories.has('rentArrears')) return undefined;
	const row = await db
		.selectFrom('sync_rows')
		.select('data')
		.where('user_id', '=', tenantId)
		.where('entity', '=', 'home')
		.where('deleted', '=', 0)
		.executeTakeFirst();
	const parsed = homeSchema.safeParse(parseObject(row?.data ?? null));
	await logAccess(db, advisor, tenantId, ['rentArrears'], new Date(now));
	return parsed.success ? parsed.data : undefined;
}

async function advisorViews(
	db: Db,
	rows: StoredBooking[],
	actor: Actor,
	now: number,
	withUrgency: boolean
): Promise<AdvisorBookingView[]> {
	const names = await advisorNames(
		db,
		rows.map((r) => r.advisorId)
	);
	const tenantIds = [...new Set(rows.map((r) => r.tenantId))];
	const tenants = new Map(
		tenantIds.length === 0
			? []
			: (
					await db
						.selectFrom('User')
						.select(['id', 'name', 'email'])
						.where('id', 'in', tenantIds)
						.execute()
				).map((t) => [t.id, t])
	);
	const cases = await caseIdsForTenants(db, tenantIds);
	const today = toHelsinki(now).date;
	const homes = new Map<string, Home | undefined>();
	if (withUrgency) {
		for (const tenantId of tenantIds) {
			if (rows.some((r) => r.tenantId === tenantId && r.shareSummary)) {
				homes.set(tenantId, await sharedHome(db, tenantId, actor, now));
			}
		}
	}
	return rows.map((b) => {
		const urgency: UrgencyKey = urgencyOf(homes.get(b.tenantId), b.createdAt, today);
		const tenant = tenants.get(b.tenantId);
		return {
			...bookingView(b, names.get(b.advisorId) ?? '', now),
			tenant: { id: b.tenantId, name: tenant?.name ?? null, email: tenant?.email ?? '' },
			urgency: {
				known: urgency.severity >= 0,
				stage: urgency.stage,
				severity: urgency.severity >= 0 ? urgency.severity : null,
				nextDeadline: urgency.nextDeadline,
				daysToDeadline: urgency.daysToDeadline
			},
			ageHours: Math.max(0, Math.round(((now - b.createdAt) / HOUR) * 10) / 10),
			case: cases.get(b.tenantId) ?? null
		};
	});
}

/**
 * Pending requests the actor may answer, most urgent first: their own calendar's, plus any
 * advisor's requests made to the service (any advisor may take those); an admin sees all.
 */
export async function advisorQueue(
	db: Db,
	actor: Actor,
	now: number
): Promise<AdvisorBookingView[]> {
	let q = db
		.selectFrom('bookings')
		.selectAll()
		.where('status', '=', 'requested')
		.where('hold_expires_at', '>', iso(now));
	if (actor.role !== 'admin') {
		q = q.where((eb) => eb.or([eb('advisor_id', '=', actor.id), eb('via_service', '=', 1)]));
	}
	const rows = (await q.orderBy('created_at').limit(500).execute()).map(toStoredBooking);
	const views = await advisorViews(db, rows, actor, now, true);
	const keyOf = (v: AdvisorBookingView): UrgencyKey => ({
		stage: null,
		severity: v.urgency.severity ?? -1,
		nextDeadline: v.urgency.nextDeadline,
		daysToDeadline: v.urgency.daysToDeadline,
		requestedAt: Date.parse(v.createdAt)
	});
	return views.sort((a, b) => compareUrgency(keyOf(a), keyOf(b)));
}

/**
 * The actor's own calendar for a Helsinki day or the Monday–Sunday week containing `date`:
 * pending (live hold) and confirmed meetings in time order.
 */
export async function advisorAgenda(
	db: Db,
	actor: Actor,
	advisorId: string,
	view: 'day' | 'week',
	date: string,
	now: number
): Promise<{ from: string; to: string; bookings: AdvisorBookingView[] }> {
	const from = view === 'day' ? date : startOfWeek(date);
	const lastDay = view === 'day' ? date : addDays(from, 6);
	const start = helsinkiDayBounds(from).start;
	const end = helsinkiDayBounds(lastDay).end;
	const rows = (
		await db
			.selectFrom('bookings')
			.selectAll()
			.where('advisor_id', '=', advisorId)
			.where('status', 'in', ['requested', 'confirmed'])
			.where('starts_at', '<', iso(end))
			.where('ends_at', '>', iso(start))
			.orderBy('starts_at')
			.execute()
	)
		.map(toStoredBooking)
		.filter((b) => effectiveStatus(b, now) !== 'expired');
	return { from, to: lastDay, bookings: await advisorViews(db, rows, actor, now, false) };
}
