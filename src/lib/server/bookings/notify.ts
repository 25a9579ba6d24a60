/**
 * Booking emails to the tenant and the advisor after each committed change, each with the
 * booking's iCalendar (ics.ts) as nodemailer's `icalEvent` (a text/calendar part with the
 * METHOD that calendar-aware clients turn into "add / update / remove" controls).
 *
 * Sent through the shared `sendMail` with the sign-in mail's settings (SMTP_URL, MAIL_FROM);
 * without SMTP_URL it is written to a file, as sign-in mail is. Sending happens after the write has
 * committed and never fails the request: a failure is logged (the in-app status is the record).
 *
 * Moves: one `moved` message carrying the new time under the old UID with a higher SEQUENCE;
 * no CANCEL is sent for the replaced booking, whose calendar entry the update replaces.
 */
import type { MailLang } from '$lib/schemas/booking';
import { safeErrorSummary } from '../log/safe-error';
import { sendMail, type MailSettings } from '../mail/transport';
import { bookingIcs, type IcsMethod } from './ics';
import { MAIL_TEXTS, renderBookingMail, type RenderedMail, type Recipient } from './mail-text';
import type { BookingEvent } from './service';
import type { Db, StoredBooking } from './store';

export interface OutgoingBookingMail {
	to: string;
	mail: RenderedMail;
	ics: { method: IcsMethod; text: string };
}

export interface BookingMailerOptions {
	settings: MailSettings;
	/** Absolute link to the booking page in the app (e.g. `${ORIGIN}/book`), or null. */
	appUrl?: string | null;
}

/**
 * The advisor's mails open the advisor's request queue, not the tenant's booking page (which an
 * advisor cannot use): same origin as the configured booking page.
 */
export function advisorPageUrl(appUrl: string | null): string | null {
	return appUrl === null ? null : new URL('/advisor/bookings', appUrl).href;
}

/** Builds the two messages (tenant, advisor) for an event. */
export async function bookingMails(
	db: Db,
	event: BookingEvent,
	appUrl: string | null
): Promise<OutgoingBookingMail[]> {
	const b = event.booking;
	const people = await db
		.selectFrom('User')
		.leftJoin('booking_advisors', 'booking_advisors.advisor_id', 'User.id')
		.select([
			'User.id',
			'User.name',
			'User.email',
			'booking_advisors.display_name',
			'booking_advisors.mail_lang'
		])
		.where('User.id', 'in', [b.tenantId, b.advisorId])
		.execute();
	const tenant = people.find((p) => p.id === b.tenantId);
	const advisor = people.find((p) => p.id === b.advisorId);
	if (!tenant || !advisor) return [];
	const advisorName = advisor.display_name ?? advisor.name ?? advisor.email;
	const advisorLang: MailLang =
		advisor.mail_lang === 'sv' || advisor.mail_lang === 'en' ? advisor.mail_lang : 'fi';
	const out: OutgoingBookingMail[] = [];
	for (const recipient of ['tenant', 'advisor'] as const satisfies Recipient[]) {
		const lang = recipient === 'tenant' ? b.lang : advisorLang;
		const url = recipient === 'tenant' ? appUrl : advisorPageUrl(appUrl);
		const mail = renderBookingMail({
			kind: event.kind,
			recipient,
			lang,
			startsAt: b.startsAt,
			endsAt: b.endsAt,
			channel: b.channel,
			officeAddress: b.officeAddress,
			advisorName,
			tenantName: tenant.name,
			note: b.note,
			message: b.message,
			proposedTimes: b.proposedTimes.map((t) => ({
				startsAt: t,
				endsAt: t + (b.endsAt - b.startsAt)
			})),
			previous: event.previous
				? { startsAt: event.previous.startsAt, endsAt: event.previous.endsAt }
				: null,
			holdExpiresAt: b.holdExpiresAt,
			appUrl: url
		});
		out.push({
			to: recipient === 'tenant' ? tenant.email : advisor.email,
			mail,
			ics: icsFor(b, lang, { name: advisorName, email: advisor.email }, tenant, url)
		});
	}
	return out;
}

/** The booking's calendar entry (also served by GET /api/bookings/[id]/ics). */
export function icsFor(
	b: StoredBooking,
	lang: MailLang,
	advisor: { name: string; email: string },
	tenant: { name: string | null; email: string },
	appUrl: string | null
): { method: IcsMethod; text: string } {
	const t = MAIL_TEXTS[lang];
	return bookingIcs({
		uid: b.uid,
		sequence: b.sequence,
		status: b.status,
		startsAt: b.startsAt,
		endsAt: b.endsAt,
		stamp: b.updatedAt,
		summary: `${t.summary}: ${advisor.name}`,
		description: [t.channel[b.channel], b.message].filter(Boolean).join('\n'),
		location: b.channel === 'office' ? (b.officeAddress ?? t.channel.office) : t.channel[b.channel],
		organizer: advisor,
		attendee: { name: tenant.name ?? tenant.email, email: tenant.email },
		url: appUrl
	});
}

/** Sends booking mail in the background; `idle()` waits for what is in flight (tests, shutdown). */
export class BookingMailer {
	private readonly pending = new Set<Promise<void>>();

	constructor(
		private readonly db: Db,
		private readonly options: BookingMailerOptions
	) {}

	/** An `onEvent` handler for BookingService. */
	readonly handle = (event: BookingEvent): void => {
		const p: Promise<void> = this.deliver(event)
			.catch((err: unknown) => {
				console.error(
					`[bookings] mail for ${event.kind} ${event.booking.id} failed: ${safeErrorSummary(err)}`
				);
			})
			.finally(() => this.pending.delete(p));
		this.pending.add(p);
	};

	async idle(): Promise<void> {
		while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
	}

	private async deliver(event: BookingEvent): Promise<void> {
		const mails = await bookingMails(this.db, event, this.options.appUrl ?? null);
		for (const m of mails) await this.send(m);
	}

	private async send({ to, mail, ics }: OutgoingBookingMail): Promise<void> {
		await sendMail(this.options.settings, to, {
			...mail,
			icalEvent: { method: ics.method, filename: 'meeting.ics', content: ics.text }
		});
	}
}
