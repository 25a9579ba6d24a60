/**
 * Durable reminders on SQLite and PostgreSQL: computed from the synced data through the real
 * push endpoint, sent through the real web-push encryption to a loopback push service that
 * decrypts and checks every message, with a fake clock.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHelsinki } from '$lib/domain/helsinki-time';
import type { EndpointEvent } from '$lib/server/http/endpoint';
import { withJsonErrors, type SessionUser } from '$lib/server/http/guards';
import { sendMail } from '$lib/server/mail/transport';
import { LEASE_MS, ReminderDispatcher } from '$lib/server/reminders/dispatcher';
import { webPushSender } from '$lib/server/reminders/push-sender';
import {
	DEFAULT_SETTINGS,
	readStamp,
	refreshReminders,
	saveSubscription,
	writeSettings
} from '$lib/server/reminders/store';
import { vapidKeysFromEnv } from '$lib/server/reminders/vapid';
import { handlePush } from '$lib/server/sync';
import { mimePart } from '../support/mail-parts';
import { startPushService, type LoopbackPushService } from '../support/push-service';
import { BACKENDS, useBackend } from './backends';
import { mutation, rowFields } from './factories';
import { MONDAY_0800, insertAdvisor, requestPhoneBooking } from './booking-fixtures';
import { BookingService } from '$lib/server/bookings/service';
import { bookingNotices } from '$lib/server/reminders/booking-notices';

const ORIGIN = 'https://vuokra.example';
const at = (date: string, time: string) => new Date(fromHelsinki(date, time));

class Clock {
	constructor(public value: Date) {}
	now = () => this.value;
	set(date: string, time: string) {
		this.value = at(date, time);
	}
}

let dataDir: string;
let service: LoopbackPushService;
beforeAll(async () => {
	dataDir = mkdtempSync(join(tmpdir(), 'vuokra-reminders-'));
	service = await startPushService();
});
afterAll(async () => {
	await service.close();
	rmSync(dataDir, { recursive: true, force: true });
});

describe.each(BACKENDS)('reminders on %s', (kind) => {
	const b = useBackend(kind);
	const keys = () =>
		vapidKeysFromEnv({ DATA_DIR: dataDir, MAIL_FROM: 'Vuokra <apu@vuokra.example>' });

	function pushEvent(user: SessionUser, body: unknown): EndpointEvent {
		const url = new URL(`${ORIGIN}/api/sync/push`);
		const request = new Request(url, {
			method: 'POST',
			body: JSON.stringify(body),
			headers: { origin: ORIGIN, 'content-type': 'application/json' }
		});
		return { request, url, locals: { user } };
	}

	async function tenantWithHome(clock: Clock, dueDay: number) {
		const id = await b.newUser();
		const user: SessionUser = { id, email: `${id}@example.test`, role: 'tenant' };
		const push = withJsonErrors((e: EndpointEvent) =>
			handlePush(e, {
				db: () => Promise.resolve(b.db),
				now: clock.now,
				limits: { 'sync-push': [1e9, 1000] }
			})
		);
		const res = await push(
			pushEvent(user, {
				mutations: [mutation('home', 'home', rowFields('home', { dueDay }), { clientId: 'phone' })]
			})
		);
		expect(res.status).toBe(200);
		return { user, push };
	}

	async function remindersOf(userId: string) {
		const rows = await b.db
			.selectFrom('reminders')
			.selectAll()
			.where('user_id', '=', userId)
			.orderBy('due_at')
			.execute();
		return rows.map((r) => ({ ...r, due: readStamp(r.due_at) }));
	}

	async function subscribe(userId: string, deviceId = 'phone') {
		const sub = service.subscribe();
		await saveSubscription(
			b.db,
			userId,
			{ deviceId, endpoint: sub.endpoint, p256dh: sub.p256dh, auth: sub.auth, lang: 'fi' },
			new Date()
		);
		return sub;
	}

	function dispatcher(
		clock: Clock,
		extra: Partial<ConstructorParameters<typeof ReminderDispatcher>[2]> = {}
	) {
		return new ReminderDispatcher(() => Promise.resolve(b.db), webPushSender(keys()), {
			now: clock.now,
			log: () => undefined,
			...extra
		});
	}

	const receivedBy = (subId: string) => service.received.filter((r) => r.subscription === subId);

	it('computes the rent reminders from a synced home, and a due day changed on another device moves them', async () => {
		const clock = new Clock(at('2026-12-01', '10:00'));
		const { user, push } = await tenantWithHome(clock, 5);
		const before = await remindersOf(user.id);
		expect(before.map((r) => r.key)).toEqual(
			expect.arrayContaining(['rent:2026-12-05:before', 'rent:2026-12-05:due'])
		);
		expect(before.find((r) => r.key === 'rent:2026-12-05:due')?.due).toBe(
			fromHelsinki('2026-12-05', '09:00')
		);

		// Another device changes the due day: the pending reminders move with it.
		const res = await push(
			pushEvent(user, {
				mutations: [
					mutation('home', 'home', { dueDay: 20 }, { baseVersion: 1, clientId: 'laptop' })
				]
			})
		);
		expect(res.status).toBe(200);
		const after = (await remindersOf(user.id)).map((r) => r.key);
		expect(after).toContain('rent:2026-12-20:due');
		expect(after).not.toContain('rent:2026-12-05:due');
		expect(after).not.toContain('rent:2026-12-05:before');
	});

	it('asks the check-in a month after the plan was agreed, and not once the tenant has answered it on a device', async () => {
		const clock = new Clock(at('2026-11-25', '10:00'));
		const { user, push } = await tenantWithHome(clock, 5);
		const agreed = rowFields('plans', { agreed: true, agreedAt: '2026-11-01T10:00:00.000Z' });
		expect(
			(await push(pushEvent(user, { mutations: [mutation('plans', 'plan-1', agreed)] }))).status
		).toBe(200);
		const key = 'checkin:plan-1:1';
		const due = (await remindersOf(user.id)).find((r) => r.key === key);
		expect(due?.kind).toBe('checkin');
		expect(due?.page).toBe('/plan#checkin');
		expect(due?.due).toBe(fromHelsinki('2026-12-01', '09:00'));

		// Answered on the phone (the row id is the check-in's key): the reminder goes.
		const answer = rowFields('checkins', { key, planId: 'plan-1', months: 1, answer: 'no' });
		const res = await push(pushEvent(user, { mutations: [mutation('checkins', key, answer)] }));
		expect(res.status).toBe(200);
		const { results } = (await res.json()) as { results: { status: string }[] };
		expect(results[0]?.status).toBe('applied');
		expect((await remindersOf(user.id)).map((r) => r.key)).not.toContain(key);
		// The dispatchers of the tests below claim every due row: this tenant's are not theirs.
		await b.db.deleteFrom('reminders').where('user_id', '=', user.id).execute();
	});

	it('sends a due reminder once, encrypted, with the generic lock-screen text; signed by VAPID', async () => {
		const clock = new Clock(at('2026-12-01', '10:00'));
		const { user } = await tenantWithHome(clock, 4);
		const sub = await subscribe(user.id);
		const d = dispatcher(clock);

		// 1 December 10:00: the notice "three days before" 4 December was due at 09:00 today.
		expect((await d.tick()).sent).toBe(1);
		expect((await d.tick()).claimed).toBe(0);
		const [got] = receivedBy(sub.id);
		expect(got?.payload).toEqual({
			title: 'Vuokra-apu',
			body: 'Sinulla on muistutus',
			url: '/situation/home',
			tag: expect.any(String)
		});
		// The tag is the reminder's random id, where "750" turns up now and then: not an amount.
		const { tag: _tag, ...shown } = got!.payload as Record<string, unknown>;
		expect(JSON.stringify(shown)).not.toMatch(/750|vuokrarästi|Vuokra Oy|€/i);
		expect(got?.vapidSubject).toBe('mailto:apu@vuokra.example');
		expect(got?.vapidKey).toBe(keys().publicKey);
		expect(got?.topic).toMatch(/^[A-Za-z0-9_-]{1,32}$/);

		// Nothing more until the due day itself.
		clock.set('2026-12-04', '08:59');
		expect((await d.tick()).claimed).toBe(0);
		clock.set('2026-12-04', '09:00');
		expect((await d.tick()).sent).toBe(1);
		expect(receivedBy(sub.id)).toHaveLength(2);

		// A refresh after sending never brings a sent reminder back.
		await refreshReminders(b.db, user.id, clock.value);
		expect((await d.tick()).claimed).toBe(0);
		const rows = await remindersOf(user.id);
		expect(rows.filter((r) => r.status === 'sent').map((r) => r.key)).toEqual([
			'rent:2026-12-04:before',
			'rent:2026-12-04:due'
		]);
	});

	it('names the kind (never an amount) when the tenant chose detailed notifications', async () => {
		const clock = new Clock(at('2026-12-01', '10:00'));
		const { user } = await tenantWithHome(clock, 4);
		await writeSettings(b.db, user.id, { ...DEFAULT_SETTINGS, detailed: true }, clock.value);
		const sub = await subscribe(user.id);
		await dispatcher(clock).tick();
		expect(receivedBy(sub.id)[0]?.payload).toMatchObject({ body: 'Vuokran eräpäivä lähestyy' });
	});

	it('retries a push service error with backoff, and a target already served is not sent again', async () => {
		const clock = new Clock(at('2026-12-01', '10:00'));
		const { user } = await tenantWithHome(clock, 4);
		const phone = await subscribe(user.id, 'phone');
		const laptop = await subscribe(user.id, 'laptop');
		service.failNext(laptop.id, 503);
		const d = dispatcher(clock);

		expect(await d.tick()).toMatchObject({ claimed: 1, retried: 1, sent: 0 });
		expect(receivedBy(phone.id)).toHaveLength(1);
		expect(receivedBy(laptop.id)).toHaveLength(0);
		const [row] = (await remindersOf(user.id)).filter((r) => r.key === 'rent:2026-12-04:before');
		expect(row).toMatchObject({ status: 'pending', last_error: 'push service 503' });
		expect(row?.due).toBe(clock.value.getTime() + 60_000);

		expect((await d.tick()).claimed).toBe(0);
		clock.value = new Date(clock.value.getTime() + 60_000);
		expect(await d.tick()).toMatchObject({ claimed: 1, sent: 1 });
		expect(receivedBy(phone.id)).toHaveLength(1);
		expect(receivedBy(laptop.id)).toHaveLength(1);
	});

	it('drops a subscription the push service says is gone (410) and keeps the others', async () => {
		const clock = new Clock(at('2026-12-01', '10:00'));
		const { user } = await tenantWithHome(clock, 4);
		const phone = await subscribe(user.id, 'phone');
		const old = await subscribe(user.id, 'old');
		service.failNext(old.id, 410);
		expect((await dispatcher(clock).tick()).sent).toBe(1);
		expect(receivedBy(phone.id)).toHaveLength(1);
		const subs = await b.db
			.selectFrom('push_subscriptions')
			.select('device_id')
			.where('user_id', '=', user.id)
			.execute();
		expect(subs.map((s) => s.device_id)).toEqual(['phone']);

		// With its only subscription gone (404), the reminder is dropped, not retried forever.
		const other = await tenantWithHome(clock, 4);
		const gone = await subscribe(other.user.id);
		service.failNext(gone.id, 404);
		expect(await dispatcher(clock).tick()).toMatchObject({ dropped: 1, retried: 0 });
	});

	it('moves reminders out of the quiet hours the tenant set', async () => {
		const clock = new Clock(at('2026-12-01', '10:00'));
		const { user } = await tenantWithHome(clock, 10);
		await writeSettings(
			b.db,
			user.id,
			{ ...DEFAULT_SETTINGS, quietStart: '20:00', quietEnd: '11:30' },
			clock.value
		);
		await refreshReminders(b.db, user.id, clock.value);
		const due = (await remindersOf(user.id)).find((r) => r.key === 'rent:2026-12-10:due');
		expect(due?.due).toBe(fromHelsinki('2026-12-10', '11:30'));
	});

	it("tells the tenant's phone when the advisor answers or cancels their booking; never what the tenant did, never by a second email", async () => {
		const clock = new Clock(new Date(MONDAY_0800));
		const advisor = await insertAdvisor(b.db);
		const tenantId = await b.newUser();
		const queued: Promise<void>[] = [];
		const notices = bookingNotices(b.db, clock.now);
		const bookings = new BookingService(b.db, {
			now: () => clock.value.getTime(),
			onEvent: (event) => queued.push(notices(event))
		});
		const settled = () => Promise.all(queued.splice(0));
		const mailed: string[] = [];
		const d = dispatcher(clock, { origin: ORIGIN, mail: async (to) => void mailed.push(to) });

		// The tenant's own request is not announced back to them.
		const { booking } = await requestPhoneBooking(bookings, tenantId, advisor.id);
		await settled();
		expect((await remindersOf(tenantId)).filter((r) => r.kind === 'booking')).toEqual([]);

		// Without a subscription the advisor's answer goes by the booking email only.
		await bookings.confirm({ id: advisor.id, role: 'advisor' }, booking.id, 'Tervetuloa');
		await settled();
		expect((await d.tick()).claimed).toBe(1);
		expect(mailed).toEqual([]);
		expect((await remindersOf(tenantId)).map((r) => [r.kind, r.status])).toEqual([
			['booking', 'dropped']
		]);

		// With one: a push, generic on the lock screen, opening the booking page, at once.
		const sub = await subscribe(tenantId);
		clock.value = new Date(MONDAY_0800 + 60_000);
		await bookings.cancel({ id: advisor.id, role: 'advisor' }, booking.id, 'Sairastuin');
		await settled();
		expect((await d.tick()).sent).toBe(1);
		expect(receivedBy(sub.id).map((r) => r.payload)).toEqual([
			{ title: 'Vuokra-apu', body: 'Sinulla on muistutus', url: '/book', tag: expect.any(String) }
		]);
		expect(mailed).toEqual([]);
		// A refresh of the computed reminders leaves booking notices alone.
		await refreshReminders(b.db, tenantId, clock.value);
		const rows = (await remindersOf(tenantId)).filter((r) => r.kind === 'booking');
		expect(rows.map((r) => r.status)).toEqual(['dropped', 'sent']);
		expect(rows[1]?.key).toContain(`booking:${booking.id}:cancelled:`);
	});

	it('emails a tenant with no push subscription (generic text, a link to the page)', async () => {
		const outbox = mkdtempSync(join(tmpdir(), 'vuokra-reminder-mail-'));
		try {
			const clock = new Clock(at('2026-12-01', '10:00'));
			const { user } = await tenantWithHome(clock, 4);
			const d = dispatcher(clock, {
				origin: ORIGIN,
				mail: (to, mail) =>
					sendMail({ smtpUrl: undefined, from: 'apu@vuokra.example', outboxDir: outbox }, to, mail)
			});
			expect((await d.tick()).sent).toBe(1);
			expect((await d.tick()).claimed).toBe(0);
			const files = readdirSync(outbox);
			expect(files).toHaveLength(1);
			const eml = readFileSync(join(outbox, files[0] ?? ''), 'utf8');
			expect(eml).toContain(`To: ${user.email}`);
			expect(eml).toContain('Subject: Vuokra-apu: Sinulla on muistutus');
			// The decoded parts (the raw message's random ids and boundaries could hold any digits).
			const text = mimePart(eml, 'text/plain').text;
			const html = mimePart(eml, 'text/html').text;
			expect(text).toContain(`${ORIGIN}/situation/home`);
			expect(html).toContain(`href="${ORIGIN}/situation/home"`);
			for (const part of [text, html]) expect(part).not.toMatch(/750|rästi|€/);
		} finally {
			rmSync(outbox, { recursive: true, force: true });
		}
	});

	it('a kind switched off is not sent', async () => {
		const clock = new Clock(at('2026-12-01', '10:00'));
		const { user } = await tenantWithHome(clock, 4);
		const sub = await subscribe(user.id);
		await writeSettings(
			b.db,
			user.id,
			{ ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, rent: false } },
			clock.value
		);
		expect((await dispatcher(clock).tick()).sent).toBe(0);
		expect(receivedBy(sub.id)).toHaveLength(0);
	});

	it('a claim abandoned by a crashed sender is taken over once its lease runs out', async () => {
		const clock = new Clock(at('2026-12-01', '10:00'));
		const { user } = await tenantWithHome(clock, 4);
		const sub = await subscribe(user.id);
		const crashed = dispatcher(clock, { instance: 'crashed' });
		expect(await crashed.claim(b.db)).toHaveLength(1);
		// ... and it never sends. Another sender must not take the row while the lease holds:
		const other = dispatcher(clock, { instance: 'other' });
		clock.value = new Date(clock.value.getTime() + LEASE_MS - 1);
		expect((await other.tick()).claimed).toBe(0);
		clock.value = new Date(clock.value.getTime() + 2);
		expect(await other.tick()).toMatchObject({ claimed: 1, sent: 1 });
		expect(receivedBy(sub.id)).toHaveLength(1);
		expect((await other.tick()).claimed).toBe(0);
		const row = (await remindersOf(user.id)).find((r) => r.key === 'rent:2026-12-04:before');
		expect(row).toMatchObject({ status: 'sent', attempts: 2, lease_owner: null });
	});

	it('deleting the account removes its reminders and subscriptions', async () => {
		const clock = new Clock(at('2026-12-01', '10:00'));
		const { user } = await tenantWithHome(clock, 4);
		await subscribe(user.id);
		await b.db.deleteFrom('User').where('id', '=', user.id).execute();
		expect(await remindersOf(user.id)).toEqual([]);
		const subs = await b.db
			.selectFrom('push_subscriptions')
			.select('id')
			.where('user_id', '=', user.id)
			.execute();
		expect(subs).toEqual([]);
	});
});
