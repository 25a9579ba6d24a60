/**
 * iCalendar parameter injection: a display name is written into `CN="..."`; a `"` or a line break
 * in it must not let a calendar parser (ical.js here) read the rest as other parameters, another
 * organizer address or another property. Through the real `.ics` endpoint, on both dialects.
 */
import { describe, expect, it } from 'vitest';
import { fromHelsinki } from '$lib/domain/helsinki-time';
import { handleIcs, type BookingEndpointContext } from '$lib/server/bookings/endpoints';
import { bookingIcs } from '$lib/server/bookings/ics';
import { BookingService } from '$lib/server/bookings/service';
import { TestClock, insertAdvisor, insertUser, requestPhoneBooking } from './booking-fixtures';
import { resetRateLimits, withJsonErrors } from '$lib/server/http/guards';
import type { EndpointEvent } from '$lib/server/http/endpoint';
import { icsEvent } from '../support/mail-parts';
import { BACKENDS, useBackend } from './backends';

const ORIGIN = 'https://vuokra.example';
const EVIL = 'a" ;x=y:mailto:evil@example.org';

function people(text: string) {
	const { vevent } = icsEvent(text);
	const organizer = vevent.getFirstProperty('organizer');
	const attendees = vevent.getAllProperties('attendee');
	return {
		organizer: {
			value: String(organizer?.getFirstValue()),
			cn: organizer?.getParameter('cn'),
			x: organizer?.getParameter('x')
		},
		attendees: attendees.map((a) => ({
			value: String(a.getFirstValue()),
			cn: a.getParameter('cn'),
			x: a.getParameter('x')
		})),
		names: vevent.getAllProperties().map((p) => p.name)
	};
}

describe('bookingIcs parameters', () => {
	it('keeps a name with quotes and line breaks inside its own CN parameter', () => {
		const { text } = bookingIcs({
			uid: 'u@test',
			sequence: 0,
			status: 'confirmed',
			startsAt: fromHelsinki('2026-12-01', '10:00'),
			endsAt: fromHelsinki('2026-12-01', '10:45'),
			stamp: Date.parse('2026-11-30T06:00:00Z'),
			summary: 'Tapaaminen',
			description: '',
			location: null,
			organizer: { name: EVIL, email: 'advisor@example.test' },
			attendee: { name: 'b"\r\nX-EVIL:1', email: 'tenant@example.test' }
		});
		const p = people(text);
		expect(p.organizer.value.toLowerCase()).toBe('mailto:advisor@example.test');
		expect(p.organizer.cn).toBe('a ;x=y:mailto:evil@example.org');
		expect(p.organizer.x).toBeUndefined();
		expect(p.attendees).toHaveLength(1);
		expect(p.attendees[0]?.value.toLowerCase()).toBe('mailto:tenant@example.test');
		expect(p.attendees[0]?.cn).toBe('bX-EVIL:1');
		expect(p.names).not.toContain('x-evil');
	});
});

describe.each(BACKENDS)('the .ics endpoint on %s', (kind) => {
	const b = useBackend(kind);

	it('names the advisor and tenant without letting their names inject parameters', async () => {
		resetRateLimits();
		const clock = new TestClock();
		const ctx: BookingEndpointContext = {
			db: () => Promise.resolve(b.db),
			service: (db) => new BookingService(db, { now: clock.now }),
			appUrl: `${ORIGIN}/book`,
			limits: { write: [1e9, 1000], read: [1e9, 1000] }
		};
		// Stored as an older release could have stored them (before the schemas refused controls).
		const advisor = await insertAdvisor(b.db, { displayName: EVIL });
		const tenant = await insertUser(b.db, 'tenant', 'Tiina "Tintti" Vuokralainen');
		const service = new BookingService(b.db, { now: clock.now });
		const { booking } = await requestPhoneBooking(service, tenant.id, advisor.id);
		const url = new URL(`${ORIGIN}/api/bookings/${booking.id}/ics`);
		const event: EndpointEvent = { request: new Request(url), url, locals: { user: tenant } };
		const res = await withJsonErrors((e: EndpointEvent) =>
			handleIcs({ ...e, params: { id: booking.id } }, ctx)
		)(event);
		expect(res.status).toBe(200);
		const p = people(await res.text());
		expect(p.organizer.value.toLowerCase()).toBe(`mailto:${advisor.email}`);
		expect(p.organizer.cn).toBe('a ;x=y:mailto:evil@example.org');
		expect(p.organizer.x).toBeUndefined();
		expect(p.attendees.map((a) => [a.value.toLowerCase(), a.cn])).toEqual([
			[`mailto:${tenant.email}`, 'Tiina Tintti Vuokralainen']
		]);
	});
});
