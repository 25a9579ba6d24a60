/**
 * Booking emails through a real SMTP server (the sink): both parties get one message per
 * change, in their language, each carrying an iCalendar part that ical.js parses to the right
 * Helsinki time, with one UID per booking, a rising SEQUENCE and METHOD REQUEST or CANCEL.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHelsinki } from '$lib/domain/helsinki-time';
import { BookingMailer } from '$lib/server/bookings/notify';
import { renderBookingMail } from '$lib/server/bookings/mail-text';
import { BookingService, type Actor } from '$lib/server/bookings/service';
import { TestClock, insertAdvisor, insertUser } from './booking-fixtures';
import { icsEvent, mimePart } from '../support/mail-parts';
import { startSmtpSink, type SmtpSink, type SunkMail } from '../support/smtp-sink';
import { useBackend } from './backends';

const calendarPart = (raw: string) => mimePart(raw, 'text/calendar');
const plainText = (m: SunkMail) => mimePart(m.raw, 'text/plain').text;

function parseIcs(text: string) {
	const { method, vevent, event } = icsEvent(text);
	return {
		method,
		uid: event.uid,
		sequence: event.sequence,
		status: String(vevent.getFirstPropertyValue('status')),
		tzid: vevent.getFirstProperty('dtstart')?.getParameter('tzid'),
		zone: event.startDate.zone?.tzid,
		start: event.startDate.toJSDate().toISOString(),
		end: event.endDate.toJSDate().toISOString(),
		localStart: event.startDate.toString()
	};
}

describe('booking emails (SQLite, SMTP sink, ical.js)', () => {
	const b = useBackend('sqlite');
	let sink: SmtpSink;
	beforeAll(async () => {
		sink = await startSmtpSink();
	});
	afterAll(async () => {
		await sink.close();
	});

	async function mailTo(to: string, since: number): Promise<SunkMail> {
		return sink.waitFor(to, { since, timeoutMs: 10_000 });
	}

	it('sends request, confirm, move, cancel and decline mails with parseable calendars', async () => {
		const clock = new TestClock();
		const mailer = new BookingMailer(b.db, {
			settings: { smtpUrl: sink.url, from: 'Vuokra-apu <no-reply@vuokra.example>' },
			appUrl: 'https://vuokra.example/book'
		});
		const service = new BookingService(b.db, { now: clock.now, onEvent: mailer.handle });
		const advisor = await insertAdvisor(b.db, { displayName: 'Aino Neuvoja', mailLang: 'fi' });
		const tenantUser = await insertUser(b.db, 'tenant', 'Sven Svensson');
		const tenant: Actor = { id: tenantUser.id, role: 'tenant' };
		const advisorActor: Actor = { id: advisor.id, role: 'advisor' };
		// Summer time too: 2 June 2026 at 10:00 EEST is 07:00 UTC.
		const startsAt = fromHelsinki('2026-12-01', '10:00');

		let since = sink.messages.length;
		const { booking } = await service.request(tenant, {
			requestId: randomUUID(),
			advisorId: advisor.id,
			startsAt,
			channel: 'office',
			note: 'Hyresskulder',
			shareSummary: false,
			lang: 'sv'
		});
		await mailer.idle();
		const requestedTenant = await mailTo(tenantUser.email, since);
		const requestedAdvisor = await mailTo(advisor.email, since);
		expect(requestedTenant.subject).toBe('Din tidsbokning har tagits emot');
		expect(plainText(requestedTenant)).toContain('tis 1.12.2026 kl. 10.00–10.45');
		expect(plainText(requestedTenant)).toContain('Hämeenkatu 1, Tampere');
		expect(requestedAdvisor.subject).toBe('Uusi ajanvarauspyyntö');
		expect(plainText(requestedAdvisor)).toContain('Hyresskulder');
		const r1 = calendarPart(requestedTenant.raw);
		expect(r1.method).toBe('REQUEST');
		const ics1 = parseIcs(r1.text);
		expect(ics1).toMatchObject({
			method: 'REQUEST',
			uid: booking.uid,
			sequence: 0,
			status: 'TENTATIVE',
			tzid: 'Europe/Helsinki',
			zone: 'Europe/Helsinki',
			start: '2026-12-01T08:00:00.000Z',
			end: '2026-12-01T08:45:00.000Z',
			localStart: '2026-12-01T10:00:00'
		});

		since = sink.messages.length;
		await service.confirm(advisorActor, booking.id, 'Tervetuloa');
		await mailer.idle();
		const confirmed = parseIcs(calendarPart((await mailTo(tenantUser.email, since)).raw).text);
		expect(confirmed).toMatchObject({
			method: 'REQUEST',
			uid: booking.uid,
			sequence: 1,
			status: 'CONFIRMED'
		});
		expect((await mailTo(advisor.email, since)).subject).toBe('Vahvistit ajan');

		// Move into summer-time? Bookings open 28 days ahead; move within the week instead.
		since = sink.messages.length;
		const moved = await service.move(tenant, booking.id, {
			requestId: randomUUID(),
			startsAt: fromHelsinki('2026-12-03', '14:00'),
			lang: 'sv'
		});
		await mailer.idle();
		const movedMail = await mailTo(tenantUser.email, since);
		expect(plainText(movedMail)).toContain('Tidigare tid: tis 1.12.2026 kl. 10.00–10.45');
		const movedIcs = parseIcs(calendarPart(movedMail.raw).text);
		expect(movedIcs).toMatchObject({
			method: 'REQUEST',
			uid: booking.uid,
			sequence: 2,
			start: '2026-12-03T12:00:00.000Z',
			localStart: '2026-12-03T14:00:00'
		});
		// Exactly one message per party for the move (no separate CANCEL of the old entry).
		expect(sink.messages.slice(since).filter((m) => m.to.includes(tenantUser.email))).toHaveLength(
			1
		);

		since = sink.messages.length;
		await service.cancel(tenant, moved.booking.id, '');
		await mailer.idle();
		const cancelMail = await mailTo(advisor.email, since);
		expect(cancelMail.subject).toBe('Aika on peruttu');
		const c = calendarPart(cancelMail.raw);
		expect(c.method).toBe('CANCEL');
		expect(parseIcs(c.text)).toMatchObject({
			method: 'CANCEL',
			uid: booking.uid,
			sequence: 3,
			status: 'CANCELLED'
		});

		// A decline carries CANCEL and the proposed times.
		since = sink.messages.length;
		const other = await service.request(tenant, {
			requestId: randomUUID(),
			advisorId: advisor.id,
			startsAt: fromHelsinki('2026-12-04', '09:00'),
			channel: 'phone',
			note: '',
			shareSummary: false,
			lang: 'en'
		});
		await mailer.idle();
		since = sink.messages.length;
		await service.decline(advisorActor, other.booking.id, {
			proposedTimes: [fromHelsinki('2026-12-07', '13:00')],
			reason: ''
		});
		await mailer.idle();
		const declined = await mailTo(tenantUser.email, since);
		expect(declined.subject).toBe('Your meeting could not be confirmed');
		expect(plainText(declined)).toContain('Mon 7 Dec 2026, 13:00–13:45 (Helsinki time)');
		const d = parseIcs(calendarPart(declined.raw).text);
		expect(d).toMatchObject({ method: 'CANCEL', uid: other.booking.uid, sequence: 1 });
		expect(d.uid).not.toBe(booking.uid);
	});

	it("links the advisor's new-request and confirmed mails to the advisor's pages, the tenant's to /book", async () => {
		const clock = new TestClock();
		const mailer = new BookingMailer(b.db, {
			settings: { smtpUrl: sink.url, from: 'Vuokra-apu <no-reply@vuokra.example>' },
			appUrl: 'https://vuokra.example/book'
		});
		const service = new BookingService(b.db, { now: clock.now, onEvent: mailer.handle });
		const advisor = await insertAdvisor(b.db, { displayName: 'Aino Neuvoja', mailLang: 'fi' });
		const tenantUser = await insertUser(b.db, 'tenant', 'Tiina');
		let since = sink.messages.length;
		const { booking } = await service.request(
			{ id: tenantUser.id, role: 'tenant' },
			{
				requestId: randomUUID(),
				advisorId: advisor.id,
				startsAt: fromHelsinki('2026-12-02', '10:00'),
				channel: 'phone',
				note: '',
				shareSummary: false,
				lang: 'fi'
			}
		);
		await mailer.idle();
		const request = plainText(await mailTo(advisor.email, since));
		expect(request).toContain('https://vuokra.example/advisor/bookings');
		expect(request).not.toMatch(/https:\/\/vuokra\.example\/book\b(?!ings)/);
		expect(plainText(await mailTo(tenantUser.email, since))).toContain(
			'https://vuokra.example/book'
		);
		since = sink.messages.length;
		await service.confirm({ id: advisor.id, role: 'advisor' }, booking.id, '');
		await mailer.idle();
		expect(plainText(await mailTo(advisor.email, since))).toContain(
			'https://vuokra.example/advisor/bookings'
		);
	});

	it('writes every event in fi, sv and en', () => {
		const kinds = ['requested', 'confirmed', 'declined', 'cancelled', 'moved'] as const;
		for (const lang of ['fi', 'sv', 'en'] as const) {
			const subjects = new Set<string>();
			for (const kind of kinds) {
				for (const recipient of ['tenant', 'advisor'] as const) {
					const m = renderBookingMail({
						kind,
						recipient,
						lang,
						startsAt: fromHelsinki('2026-07-01', '10:00'),
						endsAt: fromHelsinki('2026-07-01', '10:45'),
						channel: 'video',
						officeAddress: null,
						advisorName: 'A',
						tenantName: 'T',
						note: '<b>hi</b>',
						message: '',
						proposedTimes: [],
						previous: null,
						holdExpiresAt: null,
						appUrl: null
					});
					expect(m.subject.length).toBeGreaterThan(5);
					expect(m.html).toContain(`lang="${lang}"`);
					expect(m.html).not.toContain('<b>hi</b>');
					if (recipient === 'tenant') subjects.add(m.subject);
				}
			}
			expect(subjects.size).toBe(kinds.length);
		}
	});
});
