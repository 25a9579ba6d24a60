/**
 * iCalendar (RFC 5545 / iTIP RFC 5546) text for a booking, made with ical-generator.
 *
 * - METHOD:REQUEST while the meeting stands (requested = STATUS:TENTATIVE, confirmed =
 *   CONFIRMED), METHOD:CANCEL once declined, cancelled or expired (STATUS:CANCELLED).
 * - One UID per booking, kept across a move, and SEQUENCE = the booking's `sequence`, which
 *   every change raises, so a calendar replaces its earlier copy instead of adding one.
 * - DTSTART/DTEND carry TZID=Europe/Helsinki in Helsinki wall time, with a VTIMEZONE (EU rule
 *   since 1996) so clients without a tz database read them right; DTSTAMP is UTC.
 *
 * Dates: ical-generator formats a native Date "in a time zone" with the server process's own
 * local time, which is wrong on any server not set to Helsinki. So DTSTART/DTEND are passed as a
 * minimal Temporal.PlainDateTime-shaped value (its documented ICalTemporalPlainDateTimeStub)
 * holding the Helsinki wall time, which it prints as is after `;TZID=`. The calendar itself has no
 * time zone, so DTSTAMP stays UTC with a Z.
 */
import {
	ICalAttendeeRole,
	ICalAttendeeStatus,
	ICalCalendar,
	ICalCalendarMethod,
	ICalEventStatus,
	type ICalTemporalPlainDateStub,
	type ICalTemporalPlainDateTimeStub,
	type ICalTemporalZonedDateTimeStub
} from 'ical-generator';
import { HELSINKI, toHelsinki } from '$lib/domain/helsinki-time';
import type { BookingStatus } from '$lib/schemas/booking';

/** Europe/Helsinki since 1983 (EU rule: last Sundays of March and October at 01:00 UTC). */
export const HELSINKI_VTIMEZONE = [
	'BEGIN:VTIMEZONE',
	'TZID:Europe/Helsinki',
	'X-LIC-LOCATION:Europe/Helsinki',
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0300',
	'TZNAME:EEST',
	'DTSTART:19700329T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0300',
	'TZOFFSETTO:+0200',
	'TZNAME:EET',
	'DTSTART:19701025T040000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE'
].join('\r\n');

function helsinkiVtimezone(tz: string): string | null {
	return tz === HELSINKI ? HELSINKI_VTIMEZONE : null;
}

/**
 * The Helsinki wall time of `instant` in the Temporal shapes ical-generator accepts. With the
 * event's TZID set it turns the PlainDateTime into a ZonedDateTime in that zone and prints that
 * one's wall-clock fields, so both shapes carry the Helsinki reading.
 */
function helsinkiWallTime(instant: number): ICalTemporalPlainDateTimeStub {
	const local = toHelsinki(instant);
	const [year, month, day] = local.date.split('-').map(Number) as [number, number, number];
	const [hour, minute] = local.time.split(':').map(Number) as [number, number];
	const text = `${local.date}T${local.time}:00`;
	const fields = { year, month, day, hour, minute, second: 0 };
	const date: ICalTemporalPlainDateStub = {
		year,
		month,
		day,
		toJSON: () => local.date,
		toString: () => local.date
	};
	const plain: ICalTemporalPlainDateTimeStub = {
		...fields,
		toJSON: () => text,
		toString: () => text,
		toPlainDate: () => date,
		toZonedDateTime: (timeZone: string) => zoned(timeZone)
	};
	function zoned(timeZone: string): ICalTemporalZonedDateTimeStub {
		if (timeZone !== HELSINKI) throw new Error(`Helsinki wall time asked for in ${timeZone}`);
		const self: ICalTemporalZonedDateTimeStub = {
			...fields,
			timeZoneId: HELSINKI,
			toInstant: () => ({
				epochMilliseconds: instant,
				toJSON: () => new Date(instant).toISOString(),
				toString: () => new Date(instant).toISOString(),
				toZonedDateTimeISO: (tz: string) => zoned(tz)
			}),
			toJSON: () => `${text}[${HELSINKI}]`,
			toString: () => `${text}[${HELSINKI}]`,
			toPlainDateTime: () => plain,
			withTimeZone: (tz: string) => zoned(tz)
		};
		return self;
	}
	return plain;
}

/**
 * A value safe inside a quoted iCalendar parameter (`CN="..."`). RFC 5545 allows neither DQUOTE
 * nor control characters there and has no escape for them; ical-generator writes `\"`, which
 * parsers read as the end of the value, so a display name such as `a" ;x=y:mailto:evil@...`
 * would inject parameters and replace the organizer's address. Names come from accounts and
 * availability settings (older rows were stored before the schemas refused control characters).
 */
export function icsParamText(value: string): string {
	// eslint-disable-next-line no-control-regex
	return value.replace(/["\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim();
}

export interface IcsInput {
	uid: string;
	sequence: number;
	status: BookingStatus;
	startsAt: number;
	endsAt: number;
	/** DTSTAMP: when this version was made (the booking's last change). */
	stamp: number;
	summary: string;
	description: string;
	location: string | null;
	organizer: { name: string; email: string };
	attendee: { name: string; email: string };
	/** Link back into the app (optional). */
	url?: string | null;
}

export type IcsMethod = 'REQUEST' | 'CANCEL';

export function icsMethodFor(status: BookingStatus): IcsMethod {
	return status === 'requested' || status === 'confirmed' ? 'REQUEST' : 'CANCEL';
}

/** The iCalendar text for one booking. */
export function bookingIcs(input: IcsInput): { method: IcsMethod; text: string } {
	const method = icsMethodFor(input.status);
	const calendar = new ICalCalendar({
		prodId: { company: 'vuokra-apu', product: 'bookings', language: 'FI' },
		method: method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
		// No calendar-wide zone (that would print DTSTAMP in local time); the generator is used
		// for every event's zone, i.e. Helsinki.
		timezone: { name: null, generator: helsinkiVtimezone }
	});
	calendar.createEvent({
		id: input.uid,
		sequence: input.sequence,
		stamp: new Date(input.stamp),
		start: helsinkiWallTime(input.startsAt),
		end: helsinkiWallTime(input.endsAt),
		timezone: HELSINKI,
		summary: input.summary,
		description: input.description,
		location: input.location,
		url: input.url ?? null,
		status:
			method === 'CANCEL'
				? ICalEventStatus.CANCELLED
				: input.status === 'confirmed'
					? ICalEventStatus.CONFIRMED
					: ICalEventStatus.TENTATIVE,
		organizer: { name: icsParamText(input.organizer.name), email: input.organizer.email },
		attendees: [
			{
				name: icsParamText(input.attendee.name),
				email: input.attendee.email,
				role: ICalAttendeeRole.REQ,
				status:
					input.status === 'confirmed'
						? ICalAttendeeStatus.ACCEPTED
						: method === 'CANCEL'
							? ICalAttendeeStatus.DECLINED
							: ICalAttendeeStatus.NEEDSACTION
			}
		]
	});
	return { method, text: calendar.toString() };
}
