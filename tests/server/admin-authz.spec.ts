/**
 * The administration API on SQLite and PostgreSQL: the authorisation matrix over every admin
 * endpoint (anonymous, tenant, advisor, landlord staff, funder, admin), invitations through the
 * real SMTP sink, role changes with the last-admin rule, run-time settings read at use time, and
 * an audit row for every change and none for a refusal.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fromHelsinki } from '$lib/domain/helsinki-time';
import { BookingService } from '$lib/server/bookings/service';
import { handlePutAvailability, type BookingEndpointContext } from '$lib/server/bookings/endpoints';
import type { EndpointEvent } from '$lib/server/http/endpoint';
import { withJsonErrors } from '$lib/server/http/guards';
import { readSettings } from '$lib/server/admin/settings';
import type { SessionUser } from '$lib/server/http/guards';
import { resetRateLimits } from '$lib/server/http/guards';
import type { Role } from '$lib/server/db/schema';
import { startSmtpSink, firstLink, type SmtpSink } from '../support/smtp-sink';
import { BACKENDS, useBackend } from './backends';
import { TestClock as BookingClock, insertAdvisor, insertUser } from './booking-fixtures';
import { TestClock, makeEvent } from './consent-harness';
import { SETTINGS, adminApi } from './admin-harness';

describe.each(BACKENDS)('admin API on %s', (kind) => {
	const b = useBackend(kind);
	const clock = new TestClock();
	let sink: SmtpSink;
	let api: ReturnType<typeof adminApi>;
	const users = {} as Record<Role, SessionUser>;

	beforeAll(async () => {
		sink = await startSmtpSink();
		api = adminApi(
			() => b.db,
			clock,
			{ smtpUrl: sink.url, from: 'Vuokra-apu <a@vuokra.example>' },
			{
				SERVICE_NAME: 'Asumisneuvonta Env',
				BOOKING_HOLD_HOURS: '36'
			}
		);
		for (const role of ['tenant', 'advisor', 'landlord', 'funder', 'admin'] as const) {
			users[role] = await insertUser(b.db, role);
		}
	});
	afterAll(async () => {
		await sink.close();
	});
	beforeEach(() => resetRateLimits());

	async function auditCount(): Promise<number> {
		const rows = await b.db.selectFrom('admin_audit_log').select('seq').execute();
		return rows.length;
	}

	it('refuses every admin endpoint to everyone but admins, and logs nothing for a refusal', async () => {
		const before = await auditCount();
		const target = await insertUser(b.db, 'advisor');
		const calls = {
			listUsers: (u: SessionUser | null) => api.listUsers(u),
			invite: (u: SessionUser | null) =>
				api.invite(u, { email: 'uusi@example.test', role: 'advisor', lang: 'fi' }),
			setRole: (u: SessionUser | null) => api.setRole(u, target.id, { role: 'tenant' }),
			getSettings: (u: SessionUser | null) => api.getSettings(u),
			putSettings: (u: SessionUser | null) => api.putSettings(u, SETTINGS),
			audit: (u: SessionUser | null) => api.audit(u),
			saveLandlord: (u: SessionUser | null) =>
				api.saveLandlord(u, 'matriisi-asunnot', {
					name: 'Matriisi Asunnot Oy',
					acceptableArrearsMonths: null,
					retiredReason: null
				})
		};
		const sent = sink.messages.length;
		for (const [name, call] of Object.entries(calls)) {
			expect((await call(null)).status, `${name} anonymous`).toBe(401);
			for (const role of ['tenant', 'advisor', 'landlord', 'funder'] as const) {
				const res = await call(users[role]);
				expect(res.status, `${name} as ${role}`).toBe(403);
				expect(res.body.code).toBe('forbidden');
			}
		}
		expect(await auditCount()).toBe(before);
		expect(sink.messages.length).toBe(sent);
		const role = await b.db
			.selectFrom('User')
			.select('role')
			.where('id', '=', target.id)
			.executeTakeFirstOrThrow();
		expect(role.role).toBe('advisor');
		for (const [name, call] of Object.entries(calls)) {
			expect((await call(users.admin)).status, `${name} as admin`).toBeLessThan(300);
		}
	});

	it('invites by email with the role set at once and a working sign-in link in the chosen language', async () => {
		const since = sink.messages.length;
		const res = await api.invite(users.admin, {
			email: '  Neuvoja.Uusi@Example.TEST ',
			role: 'advisor',
			lang: 'sv'
		});
		expect(res.status).toBe(201);
		const email = 'neuvoja.uusi@example.test';
		const row = await b.db
			.selectFrom('User')
			.selectAll()
			.where('email', '=', email)
			.executeTakeFirstOrThrow();
		expect(row.role).toBe('advisor');
		const mail = await sink.waitFor(email, { since, timeoutMs: 10_000 });
		expect(mail.subject).toContain('Inbjudan');
		expect(mail.text).toContain('boenderådgivare');
		const link = new URL(firstLink(mail.text));
		expect(link.pathname).toBe('/signin/confirm');
		expect(link.searchParams.get('email')).toBe(email);
		expect(link.searchParams.get('callbackUrl')).toBe('https://vuokra.example/advisor');
		// The token is stored only as Auth.js stores it: SHA-256 of token + secret.
		const { createHash } = await import('node:crypto');
		const stored = await b.db
			.selectFrom('VerificationToken')
			.select(['token', 'expires'])
			.where('identifier', '=', email)
			.execute();
		expect(stored.map((t) => t.token)).toEqual([
			createHash('sha256')
				.update(`${link.searchParams.get('token')}admin-test-secret-0123456789`)
				.digest('hex')
		]);
		const list = await api.listUsers(users.admin);
		expect(list.body.users).toContainEqual(
			expect.objectContaining({ email, role: 'advisor', signedIn: false })
		);
		const audit = await api.audit(users.admin);
		const entry = (
			audit.body.entries as {
				action: string;
				target: string;
				details: unknown;
				actorEmail: string;
			}[]
		)[0];
		expect(entry).toMatchObject({
			action: 'user.invite',
			target: email,
			actorEmail: users.admin.email
		});
		expect(JSON.stringify(entry)).not.toContain(link.searchParams.get('token'));
	});

	it('refuses a bad address or role naming the field, storing nothing', async () => {
		const before = await auditCount();
		const bad = await api.invite(users.admin, { email: 'ei osoite', role: 'advisor', lang: 'fi' });
		expect(bad.status).toBe(400);
		expect(JSON.stringify(bad.body.issues)).toContain('email');
		const role = await api.invite(users.admin, {
			email: 'a@example.test',
			role: 'tenant',
			lang: 'fi'
		});
		expect(role.status).toBe(400);
		expect(JSON.stringify(role.body.issues)).toContain('role');
		expect(await auditCount()).toBe(before);
		const none = await b.db
			.selectFrom('User')
			.select('id')
			.where('email', '=', 'a@example.test')
			.execute();
		expect(none).toEqual([]);
	});

	it('changes and removes roles, and never removes the last admin', async () => {
		const staff = await insertUser(b.db, 'advisor');
		const changed = await api.setRole(users.admin, staff.id, { role: 'funder' });
		expect(changed.status).toBe(200);
		expect(changed.body.user).toMatchObject({ id: staff.id, role: 'funder' });
		const removed = await api.setRole(users.admin, staff.id, { role: 'tenant' });
		expect(removed.body.user).toMatchObject({ role: 'tenant' });
		const list = await api.listUsers(users.admin);
		expect((list.body.users as { id: string }[]).some((u) => u.id === staff.id)).toBe(false);

		// The only admin cannot step down, by role change or by an invitation with another role.
		const admins = await b.db.selectFrom('User').select('id').where('role', '=', 'admin').execute();
		expect(admins).toHaveLength(1);
		const self = await api.setRole(users.admin, users.admin.id, { role: 'advisor' });
		expect(self.status).toBe(409);
		expect(self.body.code).toBe('last_admin');
		const reinvite = await api.invite(users.admin, {
			email: users.admin.email,
			role: 'funder',
			lang: 'fi'
		});
		expect(reinvite.status).toBe(409);
		const still = await b.db
			.selectFrom('User')
			.select('role')
			.where('id', '=', users.admin.id)
			.executeTakeFirstOrThrow();
		expect(still.role).toBe('admin');

		// With a second admin, either may step down, but not both at once: two admins demoting each
		// other at the same moment, many times over (one pair rarely interleaves).
		for (let round = 0; round < 12; round++) {
			const second = await insertUser(b.db, 'admin');
			const [x, y] = await Promise.all([
				api.setRole(users.admin, second.id, { role: 'advisor' }),
				api.setRole(second, users.admin.id, { role: 'advisor' })
			]);
			expect([x.status, y.status].sort(), `round ${round}`).toEqual([200, 409]);
			const left = await b.db.selectFrom('User').select('id').where('role', '=', 'admin').execute();
			expect(left).toHaveLength(1);
			if (left[0]?.id !== users.admin.id) {
				await b.db
					.updateTable('User')
					.set({ role: 'admin' })
					.where('id', '=', users.admin.id)
					.execute();
				await b.db
					.updateTable('User')
					.set({ role: 'advisor' })
					.where('id', '=', second.id)
					.execute();
			}
		}
		expect((await api.setRole(users.admin, 'no-such-user', { role: 'advisor' })).status).toBe(404);
	});

	it('settings: env is the default, an admin change applies at the next use, a default clears it', async () => {
		const first = await api.getSettings(users.admin);
		expect(first.body.defaults).toMatchObject({
			serviceName: 'Asumisneuvonta Env',
			bookingHoldHours: 36
		});
		// Saving the defaults stores nothing (the matrix above saved other values).
		const reset = await api.putSettings(users.admin, first.body.defaults);
		expect(reset.body.values).toEqual(first.body.defaults);
		expect(await b.db.selectFrom('app_settings').select('key').execute()).toEqual([]);

		const bad = await api.putSettings(users.admin, {
			...SETTINGS,
			bookingHoldHours: 0,
			servicePhone: 'abc'
		});
		expect(bad.status).toBe(400);
		const paths = JSON.stringify(bad.body.issues);
		expect(paths).toContain('bookingHoldHours');
		expect(paths).toContain('servicePhone');

		const saved = await api.putSettings(users.admin, SETTINGS);
		expect(saved.status).toBe(200);
		expect(saved.body.values).toEqual(SETTINGS);
		expect(await readSettings(b.db, api.ctx.env)).toEqual(SETTINGS);

		// The booking service reads the hold length when a request is made.
		const bookingClock = new BookingClock();
		const service = new BookingService(b.db, {
			now: bookingClock.now,
			holdHours: 48,
			readHoldHours: async (db) => (await readSettings(db, api.ctx.env)).bookingHoldHours
		});
		const advisor = await insertAdvisor(b.db);
		const tenant = await insertUser(b.db, 'tenant');
		const { booking } = await service.request(
			{ id: tenant.id, role: 'tenant' },
			{
				requestId: randomUUID(),
				advisorId: advisor.id,
				startsAt: fromHelsinki('2026-12-08', '10:00'),
				channel: 'phone',
				note: '',
				shareSummary: false,
				lang: 'fi'
			}
		);
		expect(booking.holdExpiresAt! - bookingClock.now()).toBe(24 * 3600_000);

		const back = await api.putSettings(users.admin, {
			...SETTINGS,
			serviceName: 'Asumisneuvonta Env'
		});
		expect(back.body.values).toMatchObject({ serviceName: 'Asumisneuvonta Env' });
		const keys = await b.db.selectFrom('app_settings').select('key').execute();
		expect(keys.map((k) => k.key)).not.toContain('serviceName');

		const audit = await api.audit(users.admin);
		const entries = audit.body.entries as { action: string; details: Record<string, unknown> }[];
		expect(entries[0]).toMatchObject({
			action: 'settings.update',
			details: { serviceName: { from: SETTINGS.serviceName, to: 'Asumisneuvonta Env' } }
		});
		expect(Object.keys(entries[0]!.details)).toEqual(['serviceName']);
	});

	it("audits an admin's change of another advisor's bookable settings, not an advisor's own", async () => {
		const advisor = await insertAdvisor(b.db);
		const bookingClock = new BookingClock();
		const ctx: BookingEndpointContext = {
			db: () => Promise.resolve(b.db),
			service: (db) => new BookingService(db, { now: bookingClock.now }),
			limits: { write: [1e9, 1000], read: [1e9, 1000] }
		};
		const call = (user: SessionUser, query: string, body: unknown) =>
			withJsonErrors((e: EndpointEvent) => handlePutAvailability(e, ctx))(
				makeEvent(`/api/advisor/availability${query}`, { user, body, method: 'PUT' })
			);
		const current = await b.db.selectFrom('admin_audit_log').select('seq').execute();
		const settings = {
			displayName: 'Aino Neuvoja',
			meetingMinutes: 45,
			bufferMinutes: 15,
			minNoticeMinutes: 120,
			horizonDays: 28,
			channels: ['office', 'phone'],
			officeAddress: 'Toimistokatu 2, Tampere',
			active: true,
			mailLang: 'fi',
			weekly: [{ weekday: 1, start: '09:00', end: '12:00' }],
			exceptions: []
		};
		const own = await call(advisor, '', settings);
		expect(own.status).toBe(200);
		expect(await b.db.selectFrom('admin_audit_log').select('seq').execute()).toHaveLength(
			current.length
		);
		const other = await call(users.advisor, `?advisor=${advisor.id}`, settings);
		expect(other.status).toBe(403);
		const byAdmin = await call(users.admin, `?advisor=${advisor.id}`, {
			...settings,
			active: false
		});
		expect(byAdmin.status).toBe(200);
		const last = await b.db
			.selectFrom('admin_audit_log')
			.selectAll()
			.orderBy('seq', 'desc')
			.executeTakeFirstOrThrow();
		expect(last).toMatchObject({
			action: 'advisor.availability',
			target: advisor.id,
			actor_email: users.admin.email
		});
		expect(JSON.parse(last.details)).toEqual({
			active: false,
			channels: ['office', 'phone'],
			office: 'Toimistokatu 2, Tampere'
		});
	});
});
