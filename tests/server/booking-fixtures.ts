/**
 * Test and benchmark fixtures for bookings: advisors with a calendar, tenants, a settable clock.
 * Kept under tests/, so the app can never import it; tests/load/bench-booking.mjs bundles it.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { fromHelsinki } from '$lib/domain/helsinki-time';
import type { Availability } from '$lib/schemas/booking';
import type { BookingService } from '$lib/server/bookings/service';
import type { Database, Role } from '$lib/server/db/schema';
import { iso } from '$lib/server/bookings/store';

/** Monday 30 November 2026, 08:00 in Helsinki. */
export const MONDAY_0800 = Date.parse('2026-11-30T06:00:00Z');

export const WEEKDAYS_9_TO_16: Availability['weekly'] = [1, 2, 3, 4, 5].map((weekday) => ({
	weekday,
	start: '09:00',
	end: '16:00'
}));

export async function insertUser(
	db: Kysely<Database>,
	role: Role,
	name: string | null = null
): Promise<{ id: string; email: string; role: Role }> {
	const id = randomUUID();
	const email = `${role}-${id.slice(0, 8)}@example.test`;
	await db
		.insertInto('User')
		.values({ id, email, name, image: null, emailVerified: null, role })
		.execute();
	return { id, email, role };
}

/** An advisor account with an active calendar (Mon–Fri 9–16, 45 min + 15 min buffer). */
export async function insertAdvisor(
	db: Kysely<Database>,
	overrides: Partial<Availability> = {},
	now: number = MONDAY_0800
): Promise<{ id: string; email: string; role: Role }> {
	const a: Availability = {
		displayName: 'Neuvoja',
		meetingMinutes: 45,
		bufferMinutes: 15,
		minNoticeMinutes: 120,
		horizonDays: 28,
		channels: ['office', 'phone', 'video'],
		officeAddress: 'Hämeenkatu 1, Tampere',
		active: true,
		mailLang: 'fi',
		weekly: WEEKDAYS_9_TO_16,
		exceptions: [],
		...overrides
	};
	const user = await insertUser(db, 'advisor', a.displayName);
	await db
		.insertInto('booking_advisors')
		.values({
			advisor_id: user.id,
			display_name: a.displayName,
			meeting_minutes: a.meetingMinutes,
			buffer_minutes: a.bufferMinutes,
			min_notice_minutes: a.minNoticeMinutes,
			horizon_days: a.horizonDays,
			channels: JSON.stringify(a.channels),
			office_address: a.officeAddress,
			active: a.active ? 1 : 0,
			mail_lang: a.mailLang,
			updated_at: iso(now)
		})
		.execute();
	if (a.weekly.length) {
		await db
			.insertInto('booking_weekly_hours')
			.values(
				a.weekly.map((w) => ({
					advisor_id: user.id,
					weekday: w.weekday,
					start_time: w.start,
					end_time: w.end
				}))
			)
			.execute();
	}
	for (const e of a.exceptions) {
		await db
			.insertInto('booking_exceptions')
			.values({ advisor_id: user.id, date: e.date, ranges: JSON.stringify(e.ranges), note: e.note })
			.execute();
	}
	return user;
}

/** A clock tests can move. */
export class TestClock {
	constructor(public at: number = MONDAY_0800) {}
	readonly now = (): number => this.at;
	advance(ms: number): void {
		this.at += ms;
	}
}

/**
 * A tenant's phone booking request with `advisorId`, by default for Tuesday 1 December 2026 at
 * 10:00 in Helsinki (a free time of `insertAdvisor`'s calendar, seen from MONDAY_0800).
 */
export function requestPhoneBooking(
	service: Pick<BookingService, 'request'>,
	tenantId: string,
	advisorId: string,
	startsAt: number = fromHelsinki('2026-12-01', '10:00')
) {
	return service.request(
		{ id: tenantId, role: 'tenant' },
		{
			requestId: randomUUID(),
			advisorId,
			startsAt,
			channel: 'phone',
			note: '',
			shareSummary: false,
			lang: 'fi'
		}
	);
}
