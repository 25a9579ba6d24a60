/**
 * Reading booking rows and advisor calendars, and the lock that serialises a calendar's writes.
 * Timestamps are ISO text on SQLite and Date on PostgreSQL; everything above this module works
 * in epoch milliseconds (`StoredBooking`).
 */
import type { Kysely, Selectable } from 'kysely';
import type { AdvisorAvailability, BookingTimes } from '$lib/domain/booking';
import {
	BOOKING_STATUSES,
	CHANNELS,
	LIVE_STATUSES,
	MAIL_LANGS,
	type BookingStatus,
	type Channel,
	type MailLang,
	type TimeRange
} from '$lib/schemas/booking';
import { dialectKind } from '../db/dialect';
import type { BookingTable, Database } from '../db/schema';

export type Db = Kysely<Database>;

export function toMs(value: Date | string): number {
	return typeof value === 'string' ? Date.parse(value) : value.getTime();
}

export function iso(ms: number): string {
	return new Date(ms).toISOString();
}

function parseJsonArray(text: string): unknown[] {
	try {
		const v: unknown = JSON.parse(text);
		return Array.isArray(v) ? v : [];
	} catch {
		return [];
	}
}

function oneOf<T extends string>(values: readonly T[], value: string, fallback: T): T {
	return (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

export interface StoredBooking extends BookingTimes {
	id: string;
	uid: string;
	sequence: number;
	tenantId: string;
	viaService: boolean;
	channel: Channel;
	officeAddress: string | null;
	note: string;
	requestId: string;
	movedFrom: string | null;
	movedTo: string | null;
	shareSummary: boolean;
	proposedTimes: number[];
	message: string;
	cancelledBy: 'tenant' | 'advisor' | null;
	lang: MailLang;
	createdAt: number;
	updatedAt: number;
}

export function toStoredBooking(row: Selectable<BookingTable>): StoredBooking {
	return {
		id: row.id,
		uid: row.uid,
		sequence: row.sequence,
		tenantId: row.tenant_id,
		advisorId: row.advisor_id,
		viaService: row.via_service === 1,
		startsAt: toMs(row.starts_at),
		endsAt: toMs(row.ends_at),
		channel: oneOf(CHANNELS, row.channel, 'phone'),
		officeAddress: row.office_address,
		note: row.note,
		status: oneOf<BookingStatus>(BOOKING_STATUSES, row.status, 'cancelled'),
		holdExpiresAt: row.hold_expires_at === null ? null : toMs(row.hold_expires_at),
		requestId: row.request_id,
		movedFrom: row.moved_from,
		movedTo: row.moved_to,
		shareSummary: row.share_summary === 1,
		proposedTimes: parseJsonArray(row.proposed_times)
			.filter((v): v is string => typeof v === 'string')
			.map(Date.parse)
			.filter(Number.isFinite),
		message: row.message,
		cancelledBy:
			row.cancelled_by === 'tenant' || row.cancelled_by === 'advisor' ? row.cancelled_by : null,
		lang: oneOf(MAIL_LANGS, row.lang, 'fi'),
		createdAt: toMs(row.created_at),
		updatedAt: toMs(row.updated_at)
	};
}

export interface AdvisorCalendar extends AdvisorAvailability {
	displayName: string;
	officeAddress: string | null;
	active: boolean;
	mailLang: MailLang;
}

/** Settings, template and exceptions of the given advisors (all with settings if `ids` is null). */
export async function loadCalendars(
	db: Db,
	ids: readonly string[] | null,
	options: { activeOnly?: boolean } = {}
): Promise<AdvisorCalendar[]> {
	if (ids !== null && ids.length === 0) return [];
	let q = db
		.selectFrom('booking_advisors')
		.innerJoin('User', 'User.id', 'booking_advisors.advisor_id')
		.selectAll('booking_advisors')
		// Only people who are advisors (or admins) now: a demoted advisor drops out at once.
		.where('User.role', 'in', ['advisor', 'admin']);
	if (ids !== null) q = q.where('booking_advisors.advisor_id', 'in', ids);
	if (options.activeOnly) q = q.where('booking_advisors.active', '=', 1);
	const rows = await q.orderBy('booking_advisors.advisor_id').execute();
	if (rows.length === 0) return [];
	const advisorIds = rows.map((r) => r.advisor_id);
	const [weekly, exceptions] = await Promise.all([
		db
			.selectFrom('booking_weekly_hours')
			.selectAll()
			.where('advisor_id', 'in', advisorIds)
			.orderBy('weekday')
			.orderBy('start_time')
			.execute(),
		db
			.selectFrom('booking_exceptions')
			.selectAll()
			.where('advisor_id', 'in', advisorIds)
			.orderBy('date')
			.execute()
	]);
	return rows.map((r) => ({
		advisorId: r.advisor_id,
		displayName: r.display_name,
		meetingMinutes: r.meeting_minutes,
		bufferMinutes: r.buffer_minutes,
		minNoticeMinutes: r.min_notice_minutes,
		horizonDays: r.horizon_days,
		channels: parseJsonArray(r.channels).filter((c): c is Channel =>
			(CHANNELS as readonly unknown[]).includes(c)
		),
		officeAddress: r.office_address,
		active: r.active === 1,
		mailLang: oneOf(MAIL_LANGS, r.mail_lang, 'fi'),
		weekly: weekly
			.filter((w) => w.advisor_id === r.advisor_id)
			.map((w) => ({ weekday: w.weekday, start: w.start_time, end: w.end_time })),
		exceptions: exceptions
			.filter((e) => e.advisor_id === r.advisor_id)
			.map((e) => ({
				date: e.date,
				ranges: parseJsonArray(e.ranges).filter(
					(x): x is TimeRange =>
						typeof x === 'object' &&
						x !== null &&
						typeof (x as TimeRange).start === 'string' &&
						typeof (x as TimeRange).end === 'string'
				),
				note: e.note
			}))
	}));
}

/**
 * Bookings of these advisors in a live status overlapping [from, to). Expired holds are still
 * returned (the rules ignore them by `holdExpiresAt`), so callers need no clock here.
 */
export async function liveBookings(
	db: Db,
	advisorIds: readonly string[],
	from: number,
	to: number
): Promise<StoredBooking[]> {
	if (advisorIds.length === 0) return [];
	const rows = await db
		.selectFrom('bookings')
		.selectAll()
		.where('advisor_id', 'in', advisorIds)
		.where('status', 'in', [...LIVE_STATUSES])
		.where('starts_at', '<', iso(to))
		.where('ends_at', '>', iso(from))
		.execute();
	return rows.map(toStoredBooking);
}

export async function findBooking(db: Db, id: string): Promise<StoredBooking | undefined> {
	const row = await db.selectFrom('bookings').selectAll().where('id', '=', id).executeTakeFirst();
	return row ? toStoredBooking(row) : undefined;
}

export async function findByRequestId(
	db: Db,
	tenantId: string,
	requestId: string
): Promise<StoredBooking | undefined> {
	const row = await db
		.selectFrom('bookings')
		.selectAll()
		.where('tenant_id', '=', tenantId)
		.where('request_id', '=', requestId)
		.executeTakeFirst();
	return row ? toStoredBooking(row) : undefined;
}

/**
 * Serialises writers of these advisors' calendars until the transaction ends. PostgreSQL: row
 * locks on their booking_advisors rows, taken in id order so two writers that need the same
 * pair (a move, a service request) cannot deadlock. SQLite: the caller's BEGIN IMMEDIATE already
 * holds the database write lock, so there is nothing more to take.
 */
export async function lockCalendars(trx: Db, advisorIds: readonly string[]): Promise<void> {
	if (dialectKind(trx) !== 'postgres' || advisorIds.length === 0) return;
	await trx
		.selectFrom('booking_advisors')
		.select('advisor_id')
		.where('advisor_id', 'in', [...new Set(advisorIds)].sort())
		.orderBy('advisor_id')
		.forUpdate()
		.execute();
}

/** Marks lapsed holds of these advisors as expired (the lazy half of hold expiry). */
export async function markExpiredHolds(
	trx: Db,
	advisorIds: readonly string[],
	now: number
): Promise<void> {
	if (advisorIds.length === 0) return;
	await trx
		.updateTable('bookings')
		.set({ status: 'expired', updated_at: iso(now) })
		.where('advisor_id', 'in', advisorIds)
		.where('status', '=', 'requested')
		.where('hold_expires_at', '<=', iso(now))
		.execute();
}

/** True for a unique-constraint violation on either dialect. */
export function isUniqueViolation(err: unknown): boolean {
	const e = err as { code?: unknown; message?: unknown } | null;
	if (!e) return false;
	if (e.code === '23505') return true;
	return (
		typeof e.code === 'string' &&
		e.code.startsWith('SQLITE_CONSTRAINT') &&
		/UNIQUE/i.test(String(e.message))
	);
}

/** Names and addresses of a meeting's two parties, for its calendar entry. */
export async function meetingParties(
	db: Db,
	b: Pick<StoredBooking, 'tenantId' | 'advisorId'>
): Promise<{
	tenant: { name: string | null; email: string };
	advisor: { name: string; email: string };
}> {
	const people = await db
		.selectFrom('User')
		.leftJoin('booking_advisors', 'booking_advisors.advisor_id', 'User.id')
		.select(['User.id', 'User.name', 'User.email', 'booking_advisors.display_name'])
		.where('User.id', 'in', [b.tenantId, b.advisorId])
		.execute();
	const tenant = people.find((p) => p.id === b.tenantId);
	const advisor = people.find((p) => p.id === b.advisorId);
	return {
		tenant: { name: tenant?.name ?? null, email: tenant?.email ?? '' },
		advisor: { name: advisor?.display_name ?? advisor?.name ?? '', email: advisor?.email ?? '' }
	};
}
