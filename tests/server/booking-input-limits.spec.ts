/**
 * Input that used to crash the booking endpoints (500) must be a 4xx naming the field: dates far
 * outside any calendar (`RangeError` in date arithmetic), and control characters in free text
 * (PostgreSQL refuses NUL in text columns; SQLite would store it). Real Requests against a real
 * database on both dialects, as in booking-endpoints.spec.ts.
 */
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fromHelsinki } from '$lib/domain/helsinki-time';
import {
	handleAdvisorAction,
	handleAdvisorBookings,
	handleCreateBooking,
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
const TUESDAY_11 = fromHelsinki('2026-12-01', '11:00');

function ev(
	path: string,
	user: SessionUser | null,
	body?: unknown,
	method?: string
): EndpointEvent {
	const url = new URL(`${ORIGIN}${path}`);
	const request = new Request(url, {
		method: method ?? (body === undefined ? 'GET' : 'POST'),
		headers: body === undefined ? {} : { origin: ORIGIN, 'content-type': 'application/json' },
		body: body === undefined ? null : JSON.stringify(body)
	});
	return { request, url, locals: { user } };
}

interface Answer {
	status: number;
	body: { issues?: { path: string }[]; [k: string]: unknown };
}
async function answer(r: Response | Promise<Response>): Promise<Answer> {
	const res = await r;
	return { status: res.status, body: (await res.json()) as Answer['body'] };
}
const paths = (a: Answer) => (a.body.issues ?? []).map((i) => i.path);

describe.each(BACKENDS)('booking input limits on %s', (kind) => {
	const b = useBackend(kind);
	let clock: TestClock;
	let ctx: BookingEndpointContext;
	let advisor: SessionUser;
	let tenant: SessionUser;

	const E = {
		slots: withJsonErrors((e: EndpointEvent) => handleSlots(e, ctx)),
		create: withJsonErrors((e: EndpointEvent) => handleCreateBooking(e, ctx)),
		cancel: (id: string) =>
			withJsonErrors((e: EndpointEvent) => handleTenantCancel({ ...e, params: { id: id } }, ctx)),
		move: (id: string) =>
			withJsonErrors((e: EndpointEvent) => handleMove({ ...e, params: { id: id } }, ctx)),
		agenda: withJsonErrors((e: EndpointEvent) => handleAdvisorBookings(e, ctx)),
		act: (id: string, a: 'confirm' | 'decline' | 'cancel') =>
			withJsonErrors((e: EndpointEvent) => handleAdvisorAction[a]({ ...e, params: { id } }, ctx)),
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
		advisor = await insertAdvisor(b.db, { displayName: 'Aino Neuvoja' });
		tenant = await insertUser(b.db, 'tenant', 'Tiina');
	});

	function request(extra: Record<string, unknown> = {}, startsAt = TUESDAY_10) {
		return {
			requestId: randomUUID(),
			advisorId: advisor.id,
			startsAt: new Date(startsAt).toISOString(),
			channel: 'phone',
			note: '',
			...extra
		};
	}

	it('refuses far-future and far-past dates with 400 naming the parameter', async () => {
		for (const q of [
			'from=9999-12-31&days=62',
			'from=9999-12-31&days=1',
			'from=0001-01-01&days=62',
			'from=2500-01-01&days=14'
		]) {
			const a = await answer(E.slots(ev(`/api/booking-slots?advisor=service&${q}`, tenant)));
			expect(a.status, q).toBe(400);
			expect(paths(a), q).toEqual(['from']);
		}
		for (const view of ['week', 'day']) {
			for (const date of ['9999-12-31', '0000-01-03', '2500-06-01']) {
				const a = await answer(
					E.agenda(ev(`/api/advisor/bookings?view=${view}&date=${date}`, advisor))
				);
				expect(a.status, `${view} ${date}`).toBe(400);
				expect(paths(a)).toEqual(['date']);
			}
		}
		// The ordinary range still works, including a window crossing a year end.
		const ok = await answer(
			E.slots(ev('/api/booking-slots?advisor=service&from=2026-12-20&days=62', tenant))
		);
		expect(ok.status).toBe(200);
		const week = await answer(
			E.agenda(ev('/api/advisor/bookings?view=week&date=2026-12-31', advisor))
		);
		expect(week.status).toBe(200);
	});

	it('refuses instants and exception dates outside any calendar', async () => {
		for (const startsAt of ['9999-12-31T10:00:00.000Z', '0001-01-01T10:00:00.000Z']) {
			const a = await answer(E.create(ev('/api/bookings', tenant, { ...request(), startsAt })));
			expect(a.status, startsAt).toBe(400);
			expect(paths(a)).toEqual(['startsAt']);
		}
		const made = await answer(E.create(ev('/api/bookings', tenant, request())));
		expect(made.status).toBe(201);
		const id = (made.body.booking as { id: string }).id;
		const declined = await answer(
			E.act(
				id,
				'decline'
			)(ev('/x', advisor, { proposedTimes: ['9999-12-31T10:00:00.000Z'], reason: '' }))
		);
		expect(declined.status).toBe(400);
		expect(paths(declined)).toEqual(['proposedTimes.0']);
		const av = await answer(
			E.putAv(
				ev(
					'/api/advisor/availability',
					advisor,
					{
						displayName: 'Aino Neuvoja',
						meetingMinutes: 45,
						bufferMinutes: 15,
						minNoticeMinutes: 120,
						horizonDays: 28,
						channels: ['phone'],
						officeAddress: null,
						active: true,
						mailLang: 'fi',
						weekly: [{ weekday: 2, start: '09:00', end: '16:00' }],
						exceptions: [{ date: '9999-12-31', ranges: [], note: '' }]
					},
					'PUT'
				)
			)
		);
		expect(av.status).toBe(400);
		expect(paths(av)).toEqual(['exceptions.0.date']);
	});

	it('refuses control characters in every free-text field with 400 naming it, storing nothing', async () => {
		const nul = 'Kiitos\u0000 ajasta';
		const bad = await answer(E.create(ev('/api/bookings', tenant, request({ note: nul }))));
		expect(bad.status).toBe(400);
		expect(paths(bad)).toEqual(['note']);
		expect(
			await b.db.selectFrom('bookings').select('id').where('tenant_id', '=', tenant.id).execute()
		).toEqual([]);
		// A line break in a note is ordinary text, not a control character to refuse.
		const made = await answer(
			E.create(ev('/api/bookings', tenant, request({ note: 'Rivi 1\nRivi 2\tja sarkain' })))
		);
		expect(made.status).toBe(201);
		const id = (made.body.booking as { id: string }).id;
		for (const [name, send] of [
			['move note', () => E.move(id)(ev('/x', tenant, { ...request({ note: nul }, TUESDAY_11) }))],
			['tenant cancel', () => E.cancel(id)(ev('/x', tenant, { reason: nul }))],
			['confirm', () => E.act(id, 'confirm')(ev('/x', advisor, { message: nul }))],
			['decline', () => E.act(id, 'decline')(ev('/x', advisor, { reason: nul }))],
			['advisor cancel', () => E.act(id, 'cancel')(ev('/x', advisor, { reason: nul }))]
		] as const) {
			const a = await answer(send());
			expect(a.status, name).toBe(400);
			expect(paths(a), name).toEqual([
				name === 'move note' ? 'note' : name === 'confirm' ? 'message' : 'reason'
			]);
		}
		const base = {
			displayName: 'Aino Neuvoja',
			meetingMinutes: 45,
			bufferMinutes: 15,
			minNoticeMinutes: 120,
			horizonDays: 28,
			channels: ['phone', 'office'],
			officeAddress: 'Hämeenkatu 1',
			active: true,
			mailLang: 'fi',
			weekly: [{ weekday: 2, start: '09:00', end: '16:00' }],
			exceptions: [{ date: '2026-12-24', ranges: [], note: 'Aatto' }]
		};
		for (const [field, value, path] of [
			['displayName', 'Aino\u0000', 'displayName'],
			['displayName', 'Aino\nNeuvoja', 'displayName'],
			['officeAddress', 'Katu\u0000 1', 'officeAddress'],
			['exceptions', [{ date: '2026-12-24', ranges: [], note: 'A\u0000' }], 'exceptions.0.note']
		] as const) {
			const a = await answer(
				E.putAv(ev('/api/advisor/availability', advisor, { ...base, [field]: value }, 'PUT'))
			);
			expect(a.status, `${field} ${JSON.stringify(value)}`).toBe(400);
			expect(paths(a)).toEqual([path]);
		}
		const row = await b.db
			.selectFrom('booking_advisors')
			.select('display_name')
			.where('advisor_id', '=', advisor.id)
			.executeTakeFirstOrThrow();
		expect(row.display_name).toBe('Aino Neuvoja');
	});
});
