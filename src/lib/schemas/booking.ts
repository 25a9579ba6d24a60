/**
 * Booking wire shapes, shared by the booking UI and the server endpoints. zod/mini so
 * the client pays only for what it uses. Instants on the wire are ISO 8601 UTC strings
 * (`2026-12-01T08:00:00.000Z`); every instant a person reads also comes with its Helsinki
 * local date and time (`localDate` `YYYY-MM-DD`, `localStart` `HH:MM`), computed on the server,
 * so the client never does time-zone arithmetic. The API reference is in
 * src/lib/server/bookings/README.md.
 */
import { z } from 'zod/mini';
import { queryDate, queryId, queryInt } from './query';
import { dateInRange, instantInRange, noteText, trimmedOneLine } from './text';

export const CHANNELS = ['office', 'phone', 'video'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * requested: holds its slot until the advisor answers or `holdExpiresAt` passes;
 * confirmed; declined (by the advisor, maybe with `proposedTimes`); expired (hold ran out:
 * the slot is free again); cancelled (by either side, or replaced by a move: `movedTo`).
 */
export const BOOKING_STATUSES = [
	'requested',
	'confirmed',
	'declined',
	'expired',
	'cancelled'
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
/** Statuses that occupy the advisor's calendar (a `requested` one only while its hold lasts). */
export const LIVE_STATUSES = ['requested', 'confirmed'] as const satisfies readonly BookingStatus[];

export const MAIL_LANGS = ['fi', 'sv', 'en'] as const;
export type MailLang = (typeof MAIL_LANGS)[number];

/** `advisorId` value that books "the service": any advisor free at that time. */
export const SERVICE = 'service';

export const MAX_NOTE = 500;
export const MAX_PROPOSED_TIMES = 5;
export const MAX_SLOT_DAYS = 62;

const localTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected HH:MM'));
const localDate = dateInRange();
const instant = instantInRange();
const note = noteText(MAX_NOTE);
const advisorRef = z.string().check(z.minLength(1), z.maxLength(64));

function minutes(t: string): number {
	return Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
}

export const timeRangeSchema = z.object({ start: localTime, end: localTime }).check(
	z.refine((r) => minutes(r.start) < minutes(r.end), {
		message: 'end must be after start',
		path: ['end'],
		params: { code: 'endAfterStart' }
	})
);
export type TimeRange = z.infer<typeof timeRangeSchema>;

/** One opening of the weekly template: `weekday` 1 = Monday ... 7 = Sunday, Helsinki time. */
export const weeklyHoursSchema = z.object({
	weekday: z.int().check(z.minimum(1), z.maximum(7)),
	start: localTime,
	end: localTime
});
export type WeeklyHours = z.infer<typeof weeklyHoursSchema>;

/** A date that does not follow the template: `ranges: []` is a day off, otherwise these hours. */
export const dateExceptionSchema = z.object({
	date: localDate,
	ranges: z.array(timeRangeSchema).check(z.maxLength(8)),
	note: z._default(noteText(200), '')
});
export type DateException = z.infer<typeof dateExceptionSchema>;

function overlapping(ranges: readonly { start: string; end: string }[]): boolean {
	const sorted = [...ranges].sort((a, b) => minutes(a.start) - minutes(b.start));
	return sorted.some((r, i) => i > 0 && minutes(r.start) < minutes(sorted[i - 1]?.end ?? '00:00'));
}

/** PUT /api/advisor/availability body (replaces settings, template and exceptions). */
export const availabilitySchema = z
	.object({
		displayName: trimmedOneLine(1, 100),
		meetingMinutes: z.int().check(z.minimum(10), z.maximum(240)),
		bufferMinutes: z.int().check(z.minimum(0), z.maximum(120)),
		/** A slot must start at least this long after "now". */
		minNoticeMinutes: z.int().check(z.minimum(0), z.maximum(20_160)),
		/** Slots open through the end of Helsinki's today + this many days. */
		horizonDays: z.int().check(z.minimum(1), z.maximum(365)),
		channels: z.array(z.enum(CHANNELS)).check(z.minLength(1), z.maxLength(3)),
		officeAddress: z.nullable(trimmedOneLine(0, 300)),
		/** Inactive advisors are hidden from tenants and get no new requests. */
		active: z.boolean(),
		/** Language of the emails this advisor receives. */
		mailLang: z.enum(MAIL_LANGS),
		weekly: z
			.array(
				weeklyHoursSchema.check(
					z.refine((w) => minutes(w.start) < minutes(w.end), {
						message: 'end must be after start',
						path: ['end'],
						params: { code: 'endAfterStart' }
					})
				)
			)
			.check(z.maxLength(70)),
		exceptions: z.array(dateExceptionSchema).check(z.maxLength(400))
	})
	.check(
		z.refine((a) => new Set(a.channels).size === a.channels.length, {
			message: 'channels repeat',
			path: ['channels'],
			params: { code: 'channelsRepeat' }
		}),
		z.refine((a) => !a.channels.includes('office') || Boolean(a.officeAddress), {
			message: 'an office visit needs an address',
			path: ['officeAddress'],
			params: { code: 'officeAddress' }
		}),
		z.refine(
			(a) =>
				[1, 2, 3, 4, 5, 6, 7].every((d) => !overlapping(a.weekly.filter((w) => w.weekday === d))),
			{
				message: 'opening hours of one weekday overlap',
				path: ['weekly'],
				params: { code: 'overlap' }
			}
		),
		z.refine((a) => new Set(a.exceptions.map((e) => e.date)).size === a.exceptions.length, {
			message: 'a date appears twice',
			path: ['exceptions'],
			params: { code: 'duplicateDate' }
		}),
		z.refine((a) => a.exceptions.every((e) => !overlapping(e.ranges)), {
			message: 'hours of one date overlap',
			path: ['exceptions'],
			params: { code: 'overlap' }
		})
	);
export type Availability = z.infer<typeof availabilitySchema>;

/** POST /api/bookings body. `requestId` may come in the Idempotency-Key header instead. */
export const bookingRequestSchema = z.object({
	requestId: z.optional(z.uuid()),
	/** An advisor's id, or "service". */
	advisorId: advisorRef,
	startsAt: instant,
	channel: z.enum(CHANNELS),
	note: z._default(note, ''),
	/** The tenant agrees the advisor may see the situation summary (needs a consent as well). */
	shareSummary: z._default(z.boolean(), false)
});
export type BookingRequest = z.infer<typeof bookingRequestSchema>;

/** POST /api/bookings/[id]/move body: a new request replacing booking [id]. */
export const moveRequestSchema = z.object({
	requestId: z.optional(z.uuid()),
	startsAt: instant,
	/** Defaults to the booking's channel. */
	channel: z.optional(z.enum(CHANNELS)),
	/** Defaults to the booking's advisor; "service" picks any free advisor. */
	advisorId: z.optional(advisorRef),
	note: z.optional(note)
});
export type MoveRequest = z.infer<typeof moveRequestSchema>;

/** POST .../cancel body (tenant or advisor). */
export const cancelSchema = z.object({
	reason: z._default(note, '')
});

/** POST /api/advisor/bookings/[id]/decline body. */
export const declineSchema = z.object({
	/** Other times to offer the tenant (not held; the tenant books one as a new request). */
	proposedTimes: z._default(z.array(instant).check(z.maxLength(MAX_PROPOSED_TIMES)), []),
	reason: z._default(note, '')
});

/** POST /api/advisor/bookings/[id]/confirm body (may be `{}`). */
export const confirmSchema = z.object({
	message: z._default(note, '')
});

// ---- Responses -------------------------------------------------------------------------------

export const slotSchema = z.object({
	startsAt: z.string(),
	endsAt: z.string(),
	localDate: z.string(),
	localStart: z.string(),
	localEnd: z.string(),
	/** The advisors free at this time (one unless the list is for the service). */
	advisorIds: z.array(z.string()),
	channels: z.array(z.enum(CHANNELS))
});
export type Slot = z.infer<typeof slotSchema>;

export const slotDaySchema = z.object({
	date: z.string(),
	weekday: z.int(),
	slots: z.array(slotSchema)
});

export const slotsResponseSchema = z.object({
	advisor: z.string(),
	timeZone: z.literal('Europe/Helsinki'),
	from: z.string(),
	days: z.array(slotDaySchema),
	/** Server time of the answer: show it with an offline copy ("times as of ..."). */
	fetchedAt: z.string()
});
export type SlotsResponse = z.infer<typeof slotsResponseSchema>;

export const advisorPublicSchema = z.object({
	id: z.string(),
	displayName: z.string(),
	channels: z.array(z.enum(CHANNELS)),
	officeAddress: z.nullable(z.string()),
	meetingMinutes: z.int()
});
export type AdvisorPublic = z.infer<typeof advisorPublicSchema>;

export const bookingViewSchema = z.object({
	id: z.string(),
	uid: z.string(),
	sequence: z.int(),
	advisorId: z.string(),
	advisorName: z.string(),
	/** Requested for "the service" rather than a named advisor. */
	viaService: z.boolean(),
	startsAt: z.string(),
	endsAt: z.string(),
	localDate: z.string(),
	localStart: z.string(),
	localEnd: z.string(),
	channel: z.enum(CHANNELS),
	officeAddress: z.nullable(z.string()),
	note: z.string(),
	/** Effective status: a `requested` booking whose hold has passed reads `expired`. */
	status: z.enum(BOOKING_STATUSES),
	holdExpiresAt: z.nullable(z.string()),
	movedFrom: z.nullable(z.string()),
	movedTo: z.nullable(z.string()),
	shareSummary: z.boolean(),
	proposedTimes: z.array(slotSchema),
	/** The advisor's or tenant's words on decline, confirm or cancel. */
	message: z.string(),
	cancelledBy: z.nullable(z.enum(['tenant', 'advisor'])),
	createdAt: z.string(),
	updatedAt: z.string()
});
export type BookingView = z.infer<typeof bookingViewSchema>;

export const urgencySchema = z.object({
	/** Whether the tenant's situation could be read (active consent); if not, the rest is null. */
	known: z.boolean(),
	stage: z.nullable(z.string()),
	severity: z.nullable(z.int()),
	nextDeadline: z.nullable(z.string()),
	daysToDeadline: z.nullable(z.int())
});
export type UrgencyView = z.infer<typeof urgencySchema>;

export const advisorBookingViewSchema = z.object({
	...bookingViewSchema.shape,
	tenant: z.object({ id: z.string(), name: z.nullable(z.string()), email: z.string() }),
	urgency: urgencySchema,
	/** Requested at (createdAt) as age in hours, for the queue. */
	ageHours: z.number(),
	/** The tenant's case (its id for the link, `ref` the identifier on their consent receipt). */
	case: z.optional(z.nullable(z.object({ id: z.string(), ref: z.string() })))
});
export type AdvisorBookingView = z.infer<typeof advisorBookingViewSchema>;

/** 409 body when the time was taken meanwhile (or is no longer offered). */
export const slotTakenSchema = z.object({
	message: z.string(),
	code: z.enum(['slot_taken', 'not_offered']),
	nearest: z.array(slotSchema)
});
export type SlotTaken = z.infer<typeof slotTakenSchema>;

// Query strings (strings in; see ./query.ts).

/** GET /api/booking-slots?advisor=<id|service>&from=YYYY-MM-DD&days=N (defaults: service, today, 14). */
export const slotQuerySchema = z.object({
	advisor: z.optional(queryId('expected an advisor id or "service"')),
	from: z.optional(queryDate()),
	days: z.optional(queryInt(1, MAX_SLOT_DAYS, 3))
});
export type SlotQuery = z.output<typeof slotQuerySchema>;

/** GET /api/advisor/bookings?view=queue|day|week&date=YYYY-MM-DD[&advisor=<id>, admins only]. */
export const agendaQuerySchema = z.object({
	view: z.optional(z.enum(['queue', 'day', 'week'])),
	date: z.optional(queryDate()),
	advisor: z.optional(queryId())
});
export type AgendaQuery = z.output<typeof agendaQuerySchema>;

/** /api/advisor/availability[?advisor=<id>]: whose availability (another's: admins only). */
export const availabilityQuerySchema = z.object({ advisor: z.optional(queryId()) });
