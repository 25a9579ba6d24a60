/**
 * The booking rules under concurrency, on a SQLite file and on PostgreSQL through a real pool
 * (8 connections, so requests truly interleave): one hold per slot, at most one confirmation of
 * overlapping requests, hold expiry freeing the slot, idempotent retries, moves that never leave
 * two live bookings.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromHelsinki } from '$lib/domain/helsinki-time';
import { BookingService, type Actor } from '$lib/server/bookings/service';
import { iso } from '$lib/server/bookings/store';
import { TestClock, insertAdvisor, insertUser } from './booking-fixtures';
import { HttpProblem } from '$lib/server/http/guards';
import { BACKENDS, useBackend } from './backends';

const HOUR = 3_600_000;
const TUESDAY_10 = fromHelsinki('2026-12-01', '10:00');
const TUESDAY_10_30 = fromHelsinki('2026-12-01', '10:30');

function problemOf(r: PromiseSettledResult<unknown>): HttpProblem {
	if (r.status !== 'rejected' || !(r.reason instanceof HttpProblem)) {
		throw new Error(`expected an HttpProblem, got ${JSON.stringify(r)}`);
	}
	return r.reason;
}
const codeOf = (r: PromiseSettledResult<unknown>) =>
	(problemOf(r).body as unknown as { code?: string }).code;

describe.each(BACKENDS)('booking races on %s', (kind) => {
	const b = useBackend(kind);

	async function setup(holdHours = 48) {
		const clock = new TestClock();
		const service = new BookingService(b.db, { now: clock.now, holdHours });
		const advisor = await insertAdvisor(b.db);
		return { clock, service, advisor };
	}
	async function tenants(n: number): Promise<Actor[]> {
		return Promise.all(
			Array.from({ length: n }, async () => {
				const t = await insertUser(b.db, 'tenant');
				return { id: t.id, role: 'tenant' as const };
			})
		);
	}
	const ask = (advisorId: string, startsAt = TUESDAY_10, requestId = randomUUID()) => ({
		requestId,
		advisorId,
		startsAt,
		channel: 'phone' as const,
		note: '',
		shareSummary: false,
		lang: 'fi' as const
	});
	async function liveCount(advisorId: string, now: number): Promise<number> {
		const rows = await b.db
			.selectFrom('bookings')
			.select(['status', 'hold_expires_at'])
			.where('advisor_id', '=', advisorId)
			.where('status', 'in', ['requested', 'confirmed'])
			.execute();
		return rows.filter(
			(r) =>
				r.status === 'confirmed' ||
				(r.hold_expires_at !== null && new Date(r.hold_expires_at).getTime() > now)
		).length;
	}

	it('gives exactly one hold to 120 concurrent requests for one slot', async () => {
		const { service, advisor, clock } = await setup();
		const people = await tenants(120);
		const results = await Promise.allSettled(
			people.map((t) => service.request(t, ask(advisor.id)))
		);
		const won = results.filter((r) => r.status === 'fulfilled');
		expect(won).toHaveLength(1);
		for (const r of results.filter((x) => x.status === 'rejected')) {
			expect(problemOf(r).status).toBe(409);
			expect(codeOf(r)).toBe('slot_taken');
		}
		expect(await liveCount(advisor.id, clock.now())).toBe(1);
	});

	it('gives one hold per advisor when 100 requests race for the service', async () => {
		const { service, advisor, clock } = await setup();
		const second = await insertAdvisor(b.db, { displayName: 'Toinen' });
		const people = await tenants(100);
		const results = await Promise.allSettled(people.map((t) => service.request(t, ask('service'))));
		const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.booking] : []));
		expect(won).toHaveLength(2);
		expect(new Set(won.map((w) => w.advisorId))).toEqual(new Set([advisor.id, second.id]));
		expect(won.every((w) => w.viaService)).toBe(true);
		expect(await liveCount(advisor.id, clock.now())).toBe(1);
		expect(await liveCount(second.id, clock.now())).toBe(1);
		// The losers were told the nearest free times.
		const nearest = (
			problemOf(results.find((r) => r.status === 'rejected')!).body as unknown as {
				nearest: { startsAt: string }[];
			}
		).nearest;
		expect(nearest.length).toBeGreaterThan(0);
		expect(nearest.map((n) => n.startsAt)).not.toContain(iso(TUESDAY_10));
	});

	it('confirms at most one of overlapping requests confirmed concurrently', async () => {
		const { service, advisor, clock } = await setup();
		const people = await tenants(10);
		// Overlapping pending requests cannot be made through the API; plant them (as a calendar
		// change or an old bug might leave them) and let the advisor confirm all at once.
		const ids: string[] = [];
		for (const [i, t] of people.entries()) {
			const id = randomUUID();
			ids.push(id);
			const startsAt = TUESDAY_10 + i * 5 * 60_000;
			await b.db
				.insertInto('bookings')
				.values({
					id,
					uid: `${id}@test`,
					sequence: 0,
					tenant_id: t.id,
					advisor_id: advisor.id,
					via_service: 0,
					starts_at: iso(startsAt),
					ends_at: iso(startsAt + 45 * 60_000),
					channel: 'phone',
					office_address: null,
					note: '',
					status: 'requested',
					hold_expires_at: iso(clock.now() + HOUR),
					request_id: randomUUID(),
					moved_from: null,
					moved_to: null,
					share_summary: 0,
					proposed_times: '[]',
					message: '',
					cancelled_by: null,
					lang: 'fi',
					created_at: iso(clock.now()),
					updated_at: iso(clock.now())
				})
				.execute();
		}
		const actor: Actor = { id: advisor.id, role: 'advisor' };
		const results = await Promise.allSettled(ids.map((id) => service.confirm(actor, id, '')));
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		for (const r of results.filter((x) => x.status === 'rejected')) {
			expect(problemOf(r).status).toBe(409);
			expect(codeOf(r)).toBe('clash');
		}
		const confirmed = await b.db
			.selectFrom('bookings')
			.select('id')
			.where('advisor_id', '=', advisor.id)
			.where('status', '=', 'confirmed')
			.execute();
		expect(confirmed).toHaveLength(1);
	});

	it('confirms one request once when the same confirm is sent 20 times at once', async () => {
		const { service, advisor } = await setup();
		const [t] = await tenants(1);
		const { booking } = await service.request(t!, ask(advisor.id));
		const actor: Actor = { id: advisor.id, role: 'advisor' };
		const results = await Promise.allSettled(
			Array.from({ length: 20 }, () => service.confirm(actor, booking.id, ''))
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const row = await b.db
			.selectFrom('bookings')
			.select(['status', 'sequence'])
			.where('id', '=', booking.id)
			.executeTakeFirstOrThrow();
		expect(row).toEqual({ status: 'confirmed', sequence: 1 });
	});

	it('frees the slot when the hold expires, and then the old request cannot be confirmed', async () => {
		const { service, advisor, clock } = await setup(2);
		const [first, second] = await tenants(2);
		const { booking } = await service.request(first!, ask(advisor.id));
		const freeAt = async () =>
			(await service.slots(advisor.id, '2026-12-01', 1)).map((s) => s.startsAt);
		expect(await freeAt()).not.toContain(TUESDAY_10);
		await expect(service.request(second!, ask(advisor.id))).rejects.toMatchObject({ status: 409 });

		clock.advance(2 * HOUR); // the hold ends exactly now
		expect(await freeAt()).toContain(TUESDAY_10);
		const again = await service.request(second!, ask(advisor.id));
		expect(again.created).toBe(true);
		// The lapsed hold was marked lazily by that write.
		const old = await b.db
			.selectFrom('bookings')
			.select('status')
			.where('id', '=', booking.id)
			.executeTakeFirstOrThrow();
		expect(old.status).toBe('expired');
		await expect(
			service.confirm({ id: advisor.id, role: 'advisor' }, booking.id, '')
		).rejects.toMatchObject({ status: 409 });
	});

	it('answers 20 concurrent retries of one request with one booking', async () => {
		const { service, advisor } = await setup();
		const [t] = await tenants(1);
		const requestId = randomUUID();
		const results = await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				// Half name the advisor, half the service: they lock different rows and meet at the
				// unique (tenant, request id) index.
				service.request(t!, ask(i % 2 ? advisor.id : 'service', TUESDAY_10, requestId))
			)
		);
		expect(new Set(results.map((r) => r.booking.id)).size).toBe(1);
		expect(results.filter((r) => r.created)).toHaveLength(1);
		const rows = await b.db
			.selectFrom('bookings')
			.select('id')
			.where('tenant_id', '=', t!.id)
			.execute();
		expect(rows).toHaveLength(1);
		// And later, after the slot is taken by this very request, a retry still succeeds.
		const later = await service.request(t!, ask(advisor.id, TUESDAY_10, requestId));
		expect(later).toMatchObject({ created: false, booking: { id: results[0]!.booking.id } });
	});

	it('never leaves two live bookings when moves and requests race', async () => {
		const { service, advisor, clock } = await setup();
		const [owner, ...others] = await tenants(11);
		const { booking } = await service.request(owner!, ask(advisor.id));
		await service.confirm({ id: advisor.id, role: 'advisor' }, booking.id, '');
		const targets = [1, 2, 3, 4, 5].map((h) =>
			fromHelsinki('2026-12-02', `${9 + h}:00`.padStart(5, '0'))
		);
		const moves = targets.map((t) =>
			service.move(owner!, booking.id, { requestId: randomUUID(), startsAt: t, lang: 'fi' })
		);
		// Others go for the same target times at the same moment.
		const rivals = others.map((o, i) => service.request(o, ask(advisor.id, targets[i % 5])));
		const [moveResults] = await Promise.all([
			Promise.allSettled(moves),
			Promise.allSettled(rivals)
		]);
		const movedOk = moveResults.filter((r) => r.status === 'fulfilled');
		expect(movedOk.length).toBeLessThanOrEqual(1);
		const mine = await b.db
			.selectFrom('bookings')
			.selectAll()
			.where('tenant_id', '=', owner!.id)
			.execute();
		const live = mine.filter((r) => r.status === 'requested' || r.status === 'confirmed');
		expect(live).toHaveLength(1);
		if (movedOk.length === 1) {
			expect(live[0]!.moved_from).toBe(booking.id);
			expect(live[0]!.uid).toBe(booking.uid);
			expect(live[0]!.sequence).toBe(2);
		}
		// The advisor's calendar has no two live bookings at one time.
		for (const t of targets) {
			const at = await b.db
				.selectFrom('bookings')
				.select('id')
				.where('advisor_id', '=', advisor.id)
				.where('status', 'in', ['requested', 'confirmed'])
				.where('starts_at', '=', iso(t))
				.execute();
			expect(at.length).toBeLessThanOrEqual(1);
		}
		expect(await liveCount(advisor.id, clock.now())).toBeGreaterThanOrEqual(1);
	});

	it('leaves the booking untouched when the new time is taken, and may move within its own slot', async () => {
		const { service, advisor } = await setup();
		const [owner, rival] = await tenants(2);
		const { booking } = await service.request(owner!, ask(advisor.id));
		const taken = fromHelsinki('2026-12-01', '12:00');
		await service.request(rival!, ask(advisor.id, taken));
		await expect(
			service.move(owner!, booking.id, { requestId: randomUUID(), startsAt: taken, lang: 'fi' })
		).rejects.toMatchObject({ status: 409 });
		const still = await b.db
			.selectFrom('bookings')
			.select('status')
			.where('id', '=', booking.id)
			.executeTakeFirstOrThrow();
		expect(still.status).toBe('requested');
		// Off the grid: never offered.
		await expect(
			service.move(owner!, booking.id, {
				requestId: randomUUID(),
				startsAt: TUESDAY_10_30,
				lang: 'fi'
			})
		).rejects.toMatchObject({ status: 409, body: { code: 'not_offered' } });
		// Its own time with another channel: the booking being replaced does not block itself.
		const moved = await service.move(owner!, booking.id, {
			requestId: randomUUID(),
			startsAt: TUESDAY_10,
			channel: 'video',
			lang: 'fi'
		});
		expect(moved.booking.channel).toBe('video');
		expect(moved.previous.status).toBe('cancelled');
		expect(moved.previous.movedTo).toBe(moved.booking.id);
	});

	it('caps live bookings per tenant', async () => {
		const { service, advisor } = await setup();
		const [t] = await tenants(1);
		for (const h of ['09:00', '11:00', '13:00']) {
			await service.request(t!, ask(advisor.id, fromHelsinki('2026-12-01', h)));
		}
		await expect(
			service.request(t!, ask(advisor.id, fromHelsinki('2026-12-01', '15:00')))
		).rejects.toMatchObject({ status: 409, body: { code: 'too_many' } });
	});
	it('tells the advisor who lost a race for a service request who answered it (409, not 404)', async () => {
		const { service } = await setup();
		const first = await insertAdvisor(b.db, { displayName: 'Aino Ensimmäinen' });
		const second = await insertAdvisor(b.db, { displayName: 'Bertta Toinen' });
		const a1: Actor = { id: first.id, role: 'advisor' };
		const a2: Actor = { id: second.id, role: 'advisor' };
		const [t1, t2] = await tenants(2);
		// At once: exactly one confirmation wins; the other advisor hears who won.
		const { booking } = await service.request(t1!, ask('service'));
		const both = await Promise.allSettled([
			service.confirm(a1, booking.id, ''),
			service.confirm(a2, booking.id, '')
		]);
		const winner = both.findIndex((r) => r.status === 'fulfilled');
		expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const loser = problemOf(both[1 - winner]!);
		const winnerName = winner === 0 ? 'Aino Ensimmäinen' : 'Bertta Toinen';
		expect(loser.status).toBe(409);
		expect(loser.body).toMatchObject({
			code: 'not_pending',
			status: 'confirmed',
			answeredBy: winnerName
		});
		expect(loser.body.message).toContain(winnerName);
		// One after the other (the loser's first read already sees the answer): still 409, for
		// confirm and decline alike; a declined request says so (without a name).
		const late = winner === 0 ? a2 : a1;
		for (const attempt of [
			() => service.confirm(late, booking.id, ''),
			() => service.decline(late, booking.id, { proposedTimes: [], reason: '' })
		]) {
			await expect(attempt()).rejects.toMatchObject({
				status: 409,
				body: { code: 'not_pending', status: 'confirmed', answeredBy: winnerName }
			});
		}
		const other = await service.request(t2!, ask('service', fromHelsinki('2026-12-01', '11:00')));
		await service.decline(a1, other.booking.id, { proposedTimes: [], reason: '' });
		await expect(service.confirm(a2, other.booking.id, '')).rejects.toMatchObject({
			status: 409,
			body: { code: 'not_pending', status: 'declined', answeredBy: null }
		});
	});

	it('still answers 404 to an advisor for a request made to a colleague by name', async () => {
		const { service, advisor } = await setup();
		const outsider = await insertAdvisor(b.db, { displayName: 'Ulkopuolinen' });
		const [t] = await tenants(1);
		const { booking } = await service.request(t!, ask(advisor.id));
		await service.confirm({ id: advisor.id, role: 'advisor' }, booking.id, '');
		await expect(
			service.confirm({ id: outsider.id, role: 'advisor' }, booking.id, '')
		).rejects.toMatchObject({ status: 404 });
	});
});
