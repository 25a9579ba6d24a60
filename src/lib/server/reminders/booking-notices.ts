/**
 * A tenant's phone learns when the advisor confirms, declines, moves or cancels their booking: a
 * reminder row of kind `booking`, due at once (out of the tenant's quiet hours), which the
 * dispatcher sends as a push message with the usual generic lock-screen text and `/book` to open.
 * No email fallback for it: the booking email has already gone (bookings/notify.ts). What the
 * tenant did themselves is not announced back to them.
 *
 * Called after the booking's transaction has committed; a failure is logged and never fails the
 * booking (the booking page and the email are the record).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { outOfQuietHours } from '$lib/domain/reminders';
import type { Database } from '../db/schema';
import type { BookingEvent } from '../bookings/service';
import { safeErrorSummary } from '../log/safe-error';
import { readSettings, stamp } from './store';

const ANNOUNCED = new Set<BookingEvent['kind']>(['confirmed', 'declined', 'moved', 'cancelled']);

/** The key of one change: a booking changes once per sequence number, so none repeats. */
export function bookingNoticeKey(event: BookingEvent): string {
	return `booking:${event.booking.id}:${event.kind}:${event.booking.sequence}`;
}

export async function queueBookingNotice(
	db: Kysely<Database>,
	event: BookingEvent,
	now: Date
): Promise<boolean> {
	if (event.by !== 'advisor' || !ANNOUNCED.has(event.kind)) return false;
	const tenantId = event.booking.tenantId;
	const settings = await readSettings(db, tenantId);
	if (!settings.kinds.booking) return false;
	const dueAt = outOfQuietHours(now.getTime(), {
		start: settings.quietStart,
		end: settings.quietEnd
	});
	const inserted = await db
		.insertInto('reminders')
		.values({
			id: randomUUID(),
			user_id: tenantId,
			key: bookingNoticeKey(event),
			kind: 'booking',
			page: '/book',
			due_at: stamp(db, dueAt),
			status: 'pending',
			attempts: 0,
			created_at: stamp(db, now)
		})
		.onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
		.returning('id')
		.execute();
	return inserted.length > 0;
}

/** The BookingService's `onEvent` part that queues these (runtime.ts chains it with the mailer). */
export function bookingNotices(
	db: Kysely<Database>,
	now: () => Date = () => new Date()
): (event: BookingEvent) => Promise<void> {
	return (event) =>
		queueBookingNotice(db, event, now()).then(
			() => undefined,
			(e: unknown) => console.error(`[reminders] booking notice failed: ${safeErrorSummary(e)}`)
		);
}
