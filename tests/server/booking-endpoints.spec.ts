/**
 * The booking endpoints driven with real Requests against a real database (no server): the
 * authorisation matrix, Origin / Content-Type checks, 4xx bodies naming the field, `no-store`,
 * the 409 with nearest free times, the .ics download, availability editing.
 */
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fromHelsinki } from '$lib/domain/helsinki-time';
import {
	handleAdvisorAction,
	handleAdvisorBookings,
	handleAdvisors,
	handleCreateBooking,
	handleGetAvailability,
	handleIcs,
	handleListBookings,
	handleMove,
	handlePutAvailability,
	handleSlots,
	handleTenantCancel,
	type BookingEndpointContext
} from '$lib/server/bookings/endpoints';
import { BookingService } from '$lib/server/bookings/service';
import { TestClock, insertAdvisor, insertUser } from './booking-fixtures';
import { resetRateLimits, withJsonErrors, type SessionUser } from '$lib/server/http/guards';
import type { EndpointEvent } from '$lib/server/http/endpoint';
import { BACKENDS, useBackend } from './backends';

const ORIGIN = 'https://vuokra.example';
const TUESDAY_10 = fromHelsinki('2026-12-01', '10:00');

interface Init {
	user?: SessionUser | null;
	body?: unknown;
	headers?: Record<string, string>;
	method?: string;
}

function ev(path: string, init: Init = {}): EndpointEvent {
	const url = new URL(`${ORIGIN}${path}`);
	const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
	const headers =
		init.body === undefined
			? (init.headers ?? {})
			: { origin: ORIGIN, 'content-type': 'application/json', ...init.headers };
	const request = new Request(url, {
		method,
		headers,
		body: init.body === undefined ? null : JSON.stringify(init.body)
	});
	return { request, url, locals: { user: init.user ?? null } };
}

async function body(r: Response): Promise<Record<string, unknown>> {
	return (await r.json()) as Record<string, unknown>;
}

describe.each(BACKENDS)('booking endpoints on %s', (kind) => {
	const b = useBackend(kind);
	let clock: TestClock;
	let ctx: BookingEndpointContext;
	let advisorA: SessionUser;
	let advisorB: SessionUser;
	let tenant: SessionUser;
	let otherTenant: SessionUser;
	let admin: SessionUser;

	const E = {
		advisors: withJsonErrors((e: EndpointEvent) => handleAdvisors(e, ctx)),
		slots: withJsonErrors((e: EndpointEvent) => handleSlots(e, ctx)),
		create: withJsonErrors((e: EndpointEvent) => handleCreateBooking(e, ctx)),
		list: withJsonErrors((e: EndpointEvent) => handleListBookings(e, ctx)),
		cancel: (id: string) =>
			withJsonErrors((e: EndpointEvent) => handleTenantCancel({ ...e, params: { id: id } }, ctx)),
		move: (id: string) =>
			withJsonErrors((e: EndpointEvent) => handleMove({ ...e, params: { id: id } }, ctx)),
		ics: (id: string) =>
			withJsonErrors((e: EndpointEvent) => handleIcs({ ...e, params: { id: id } }, ctx)),
		agenda: withJsonErrors((e: EndpointEvent) => handleAdvisorBookings(e, ctx)),
		act: (id: string, a: 'confirm' | 'decline' | 'cancel') =>
			withJsonErrors((e: EndpointEvent) => handleAdvisorAction[a]({ ...e, params: { id } }, ctx)),
		getAv: withJsonErrors((e: EndpointEvent) => handleGetAvailability(e, ctx)),
		putAv: withJsonErrors((e: EndpointEvent) => handlePutAvailability(e, ctx))
	};

	beforeEach(async () => {
		resetRateLimits();
		clock = new TestClock();
		ctx = {
			db: () => Promise.resolve(b.db),
			service: (db) => new BookingService(db, { now: clock.now }),
			appUrl: `${ORIGIN}/book`,
			limits: { write: [1e9, 1000], read: [1e9, 1000] }
		};
		advisorA = await insertAdvisor(b.db, { displayName: 'Aino Neuvoja' });
		advisorB = await insertAdvisor(b.db, { displayName: 'Bertil Rådgivare' });
		tenant = await insertUser(b.db, 'tenant', 'Tiina');
		otherTenant = await insertUser(b.db, 'tenant', 'Toinen');
		admin = await insertUser(b.db, 'admin', 'Admin');
	});

	async function book(
		user: SessionUser = tenant,
		advisorId = advisorA.id,
		startsAt = TUESDAY_10
	): Promise<Record<string, unknown>> {
		const r = await E.create(
			ev('/api/bookings', {
				user,
				body: {
					requestId: randomUUID(),
					advisorId,
					startsAt: new Date(startsAt).toISOString(),
					channel: 'office',
					note: 'Vuokrarästit'
				}
			})
		);
		expect(r.status).toBe(201);
		return (await body(r)).booking as Record<string, unknown>;
	}

	it('lists advisors and slots with Helsinki labels to signed-in users', async () => {
		expect((await E.advisors(ev('/api/advisors'))).status).toBe(401);
		const list = await E.advisors(ev('/api/advisors', { user: tenant }));
		expect(list.status).toBe(200);
		expect(list.headers.get('cache-control')).toBe('no-store');
		const advisors = (await body(list)).advisors as { id: string; displayName: string }[];
		expect(advisors.map((a) => a.id)).toEqual(expect.arrayContaining([advisorA.id, advisorB.id]));

		expect((await E.slots(ev('/api/booking-slots'))).status).toBe(401);
		const r = await E.slots(
			ev(`/api/booking-slots?advisor=${advisorA.id}&from=2026-12-01&days=2`, { user: tenant })
		);
		expect(r.status).toBe(200);
		const data = await body(r);
		const days = data.days as { date: string; slots: { localStart: string; startsAt: string }[] }[];
		expect(days.map((d) => d.date)).toEqual(['2026-12-01', '2026-12-02']);
		expect(days[0]!.slots[0]).toMatchObject({
			localStart: '09:00',
			startsAt: '2026-12-01T07:00:00.000Z'
		});
		expect(data.fetchedAt).toBe(new Date(clock.now()).toISOString());
	});

	it('names the field on bad input', async () => {
		const bad = await E.slots(
			ev('/api/booking-slots?advisor=service&from=2026-13-01&days=999', { user: tenant })
		);
		expect(bad.status).toBe(400);
		const paths = ((await body(bad)).issues as { path: string }[]).map((i) => i.path);
		expect(paths).toEqual(expect.arrayContaining(['from', 'days']));

		const r = await E.create(
			ev('/api/bookings', {
				user: tenant,
				body: { advisorId: advisorA.id, startsAt: 'tomorrow', channel: 'fax' }
			})
		);
		expect(r.status).toBe(400);
		const issues = ((await body(r)).issues as { path: string }[]).map((i) => i.path);
		expect(issues).toEqual(expect.arrayContaining(['startsAt', 'channel']));

		const noKey = await E.create(
			ev('/api/bookings', {
				user: tenant,
				body: {
					advisorId: advisorA.id,
					startsAt: new Date(TUESDAY_10).toISOString(),
					channel: 'phone'
				}
			})
		);
		expect(noKey.status).toBe(400);
		expect((await body(noKey)).issues).toEqual([expect.objectContaining({ path: 'requestId' })]);

		const unknown = await E.create(
			ev('/api/bookings', {
				user: tenant,
				body: {
					requestId: randomUUID(),
					advisorId: 'nobody',
					startsAt: new Date(TUESDAY_10).toISOString(),
					channel: 'phone'
				}
			})
		);
		expect(unknown.status).toBe(404);
	});

	it('checks Origin and Content-Type on writes', async () => {
		const payload = {
			requestId: randomUUID(),
			advisorId: advisorA.id,
			startsAt: new Date(TUESDAY_10).toISOString(),
			channel: 'phone'
		};
		const cross = await E.create(
			ev('/api/bookings', {
				user: tenant,
				body: payload,
				headers: { origin: 'https://evil.example' }
			})
		);
		expect(cross.status).toBe(403);
		const form = await E.create(
			ev('/api/bookings', {
				user: tenant,
				body: payload,
				headers: { 'content-type': 'text/plain' }
			})
		);
		expect(form.status).toBe(415);
	});

	it('uses the Idempotency-Key header for retries', async () => {
		const key = randomUUID();
		const payload = {
			advisorId: advisorA.id,
			startsAt: new Date(TUESDAY_10).toISOString(),
			channel: 'phone'
		};
		const first = await E.create(
			ev('/api/bookings', { user: tenant, body: payload, headers: { 'idempotency-key': key } })
		);
		const again = await E.create(
			ev('/api/bookings', { user: tenant, body: payload, headers: { 'idempotency-key': key } })
		);
		expect(first.status).toBe(201);
		expect(again.status).toBe(200);
		const [a, bb] = [await body(first), await body(again)];
		expect((bb.booking as { id: string }).id).toBe((a.booking as { id: string }).id);
		expect(bb.replayed).toBe(true);
	});

	it('answers 409 with the nearest free times when the time was taken', async () => {
		await book(otherTenant);
		const r = await E.create(
			ev('/api/bookings', {
				user: tenant,
				body: {
					requestId: randomUUID(),
					advisorId: advisorA.id,
					startsAt: new Date(TUESDAY_10).toISOString(),
					channel: 'phone'
				}
			})
		);
		expect(r.status).toBe(409);
		const data = await body(r);
		expect(data.code).toBe('slot_taken');
		expect(
			(data.nearest as { localStart: string; localDate: string }[]).map(
				(n) => `${n.localDate} ${n.localStart}`
			)
		).toEqual(['2026-12-01 09:00', '2026-12-01 11:00', '2026-12-01 12:00']);
	});

	it('enforces the authorisation matrix', async () => {
		const booking = await book();
		const id = booking.id as string;
		const empty = {};
		// Anonymous: 401 everywhere but the public advisor list.
		for (const r of [
			await E.list(ev('/api/bookings')),
			await E.create(ev('/api/bookings', { body: empty })),
			await E.cancel(id)(ev(`/api/bookings/${id}/cancel`, { body: empty })),
			await E.move(id)(ev(`/api/bookings/${id}/move`, { body: empty })),
			await E.ics(id)(ev(`/api/bookings/${id}/ics`)),
			await E.agenda(ev('/api/advisor/bookings')),
			await E.act(id, 'confirm')(ev('/x', { body: empty })),
			await E.getAv(ev('/api/advisor/availability')),
			await E.putAv(ev('/api/advisor/availability', { body: empty, method: 'PUT' }))
		]) {
			expect(r.status).toBe(401);
		}
		// Another tenant: the booking does not exist for them.
		expect((await E.cancel(id)(ev('/x', { user: otherTenant, body: empty }))).status).toBe(404);
		expect(
			(
				await E.move(id)(
					ev('/x', {
						user: otherTenant,
						body: { requestId: randomUUID(), startsAt: new Date(TUESDAY_10).toISOString() }
					})
				)
			).status
		).toBe(404);
		expect((await E.ics(id)(ev('/x', { user: otherTenant }))).status).toBe(404);
		const theirs = (await body(await E.list(ev('/api/bookings', { user: otherTenant })))).bookings;
		expect(theirs).toEqual([]);
		const mine = (await body(await E.list(ev('/api/bookings', { user: tenant })))).bookings as {
			id: string;
			status: string;
		}[];
		expect(mine.map((m) => [m.id, m.status])).toEqual([[id, 'requested']]);
		// A tenant cannot answer requests or manage availability.
		expect((await E.act(id, 'confirm')(ev('/x', { user: tenant, body: empty }))).status).toBe(403);
		expect((await E.agenda(ev('/api/advisor/bookings', { user: tenant }))).status).toBe(403);
		expect((await E.getAv(ev('/api/advisor/availability', { user: tenant }))).status).toBe(403);
		// Advisors cannot book.
		expect((await E.create(ev('/api/bookings', { user: advisorA, body: empty }))).status).toBe(403);
		// Advisor B cannot act on advisor A's booking, nor see it in a queue.
		expect((await E.act(id, 'confirm')(ev('/x', { user: advisorB, body: empty }))).status).toBe(
			404
		);
		expect((await E.act(id, 'cancel')(ev('/x', { user: advisorB, body: empty }))).status).toBe(404);
		const queueB = (
			await body(await E.agenda(ev('/api/advisor/bookings?view=queue', { user: advisorB })))
		).bookings;
		expect(queueB).toEqual([]);
		// Advisor B may not edit A's availability; an admin may.
		expect(
			(await E.getAv(ev(`/api/advisor/availability?advisor=${advisorA.id}`, { user: advisorB })))
				.status
		).toBe(403);
		expect(
			(await E.getAv(ev(`/api/advisor/availability?advisor=${advisorA.id}`, { user: admin })))
				.status
		).toBe(200);
		// Advisor A confirms; the tenant sees it confirmed and can download the calendar entry.
		const queueA = (
			await body(await E.agenda(ev('/api/advisor/bookings?view=queue', { user: advisorA })))
		).bookings as { id: string; tenant: { email: string } }[];
		expect(queueA.map((q) => q.id)).toEqual([id]);
		expect(queueA[0]!.tenant.email).toBe(tenant.email);
		const confirmed = await E.act(
			id,
			'confirm'
		)(ev('/x', { user: advisorA, body: { message: 'Tervetuloa' } }));
		expect(confirmed.status).toBe(200);
		expect(((await body(confirmed)).booking as { status: string }).status).toBe('confirmed');
		const again = await E.act(id, 'confirm')(ev('/x', { user: advisorA, body: empty }));
		expect(again.status).toBe(409);
		const ics = await E.ics(id)(ev('/x', { user: tenant }));
		expect(ics.status).toBe(200);
		expect(ics.headers.get('content-type')).toContain('text/calendar');
		expect(ics.headers.get('cache-control')).toBe('no-store');
		const text = await ics.text();
		expect(text).toContain('DTSTART;TZID=Europe/Helsinki:20261201T100000');
		expect(text).toContain('SEQUENCE:1');
		// The day agenda shows it.
		const day = await body(
			await E.agenda(ev('/api/advisor/bookings?view=day&date=2026-12-01', { user: advisorA }))
		);
		expect((day.bookings as { id: string }[]).map((x) => x.id)).toEqual([id]);
		const week = await body(
			await E.agenda(ev('/api/advisor/bookings?view=week&date=2026-12-03', { user: advisorA }))
		);
		expect(week.from).toBe('2026-11-30');
		expect(week.to).toBe('2026-12-06');
	});

	it('lets any advisor take a request made to the service, moving it to their calendar', async () => {
		const booking = await book(tenant, 'service');
		const id = booking.id as string;
		const other = booking.advisorId === advisorA.id ? advisorB : advisorA;
		const queue = (await body(await E.agenda(ev('/api/advisor/bookings', { user: other }))))
			.bookings as { id: string }[];
		expect(queue.map((q) => q.id)).toContain(id);
		const r = await E.act(id, 'confirm')(ev('/x', { user: other, body: {} }));
		expect(r.status).toBe(200);
		expect(((await body(r)).booking as { advisorId: string }).advisorId).toBe(other.id);
		// Once confirmed it belongs to that advisor alone.
		const first = other === advisorA ? advisorB : advisorA;
		expect((await E.act(id, 'cancel')(ev('/x', { user: first, body: {} }))).status).toBe(404);
	});

	it('declines with proposed times and lets the tenant cancel and move', async () => {
		const booking = await book();
		const id = booking.id as string;
		const proposed = fromHelsinki('2026-12-02', '09:00');
		const declined = await E.act(
			id,
			'decline'
		)(
			ev('/x', {
				user: advisorA,
				body: { proposedTimes: [new Date(proposed).toISOString()], reason: 'Olen koulutuksessa' }
			})
		);
		expect(declined.status).toBe(200);
		const d = (await body(declined)).booking as {
			status: string;
			proposedTimes: { localStart: string }[];
		};
		expect(d.status).toBe('declined');
		expect(d.proposedTimes[0]?.localStart).toBe('09:00');
		expect((await E.cancel(id)(ev('/x', { user: tenant, body: {} }))).status).toBe(409);

		const second = await book(tenant, advisorA.id, proposed);
		const sid = second.id as string;
		const moved = await E.move(sid)(
			ev('/x', {
				user: tenant,
				body: {
					requestId: randomUUID(),
					startsAt: new Date(fromHelsinki('2026-12-02', '11:00')).toISOString()
				}
			})
		);
		expect(moved.status).toBe(201);
		const m = await body(moved);
		expect((m.previous as { status: string; movedTo: string }).status).toBe('cancelled');
		const newId = (m.booking as { id: string }).id;
		const cancelled = await E.cancel(newId)(
			ev('/x', { user: tenant, body: { reason: 'Asia hoitui' } })
		);
		expect(cancelled.status).toBe(200);
		expect(
			((await body(cancelled)).booking as { status: string; cancelledBy: string }).cancelledBy
		).toBe('tenant');
	});

	it('saves availability and validates it', async () => {
		const advisorC = await insertUser(b.db, 'advisor', 'Cecilia');
		const got = await body(await E.getAv(ev('/api/advisor/availability', { user: advisorC })));
		expect(got.configured).toBe(false);
		const bad = await E.putAv(
			ev('/api/advisor/availability', {
				user: advisorC,
				method: 'PUT',
				body: {
					...(got.availability as object),
					channels: ['office'],
					officeAddress: null,
					weekly: [{ weekday: 1, start: '12:00', end: '10:00' }]
				}
			})
		);
		expect(bad.status).toBe(400);
		const issues = (await body(bad)).issues as { path: string; code?: string }[];
		// Each broken rule carries the code the availability page words it by.
		expect(issues).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ path: 'weekly.0.end', code: 'endAfterStart' }),
				expect.objectContaining({ path: 'officeAddress', code: 'officeAddress' })
			])
		);
		const good = {
			...(got.availability as object),
			displayName: 'Cecilia',
			active: true,
			channels: ['video'],
			weekly: [{ weekday: 2, start: '09:00', end: '11:00' }],
			exceptions: [{ date: '2026-12-08', ranges: [], note: 'Itsenäisyyspäivän jälkeen vapaa' }]
		};
		const saved = await E.putAv(
			ev('/api/advisor/availability', { user: advisorC, method: 'PUT', body: good })
		);
		expect(saved.status).toBe(200);
		const slots = await body(
			await E.slots(
				ev(`/api/booking-slots?advisor=${advisorC.id}&from=2026-12-01&days=8`, { user: tenant })
			)
		);
		const byDay = Object.fromEntries(
			(slots.days as { date: string; slots: unknown[] }[]).map((d) => [d.date, d.slots.length])
		);
		expect(byDay['2026-12-01']).toBe(2);
		expect(byDay['2026-12-08']).toBe(0);
	});
});
