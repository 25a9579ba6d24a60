/**
 * Landlord organisations and their staff as admins keep them, on SQLite and PostgreSQL: who may
 * call the endpoints, creating and linking an organisation (unique name, one organisation per
 * entry of the map's landlord list), inviting staff into one through the real SMTP sink, moving
 * and removing a member, and the audit rows. A refusal writes nothing.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetRateLimits, type SessionUser } from '$lib/server/http/guards';
import type { Role } from '$lib/server/db/schema';
import { startSmtpSink, firstLink, type SmtpSink } from '../support/smtp-sink';
import { BACKENDS, useBackend } from './backends';
import { insertUser } from './booking-fixtures';
import { TestClock } from './consent-harness';
import { adminApi } from './admin-harness';

type Org = { id: string; name: string; landlordKey: string | null; staff: { email: string }[] };

describe.each(BACKENDS)('landlord organisations on %s', (kind) => {
	const b = useBackend(kind);
	const clock = new TestClock();
	let sink: SmtpSink;
	let api: ReturnType<typeof adminApi>;
	const users = {} as Record<Role, SessionUser>;

	beforeAll(async () => {
		sink = await startSmtpSink();
		api = adminApi(() => b.db, clock, { smtpUrl: sink.url, from: 'Vuokra-apu <a@vuokra.example>' });
		for (const role of ['tenant', 'advisor', 'landlord', 'funder', 'admin'] as const) {
			users[role] = await insertUser(b.db, role);
		}
	});
	afterAll(async () => {
		await sink.close();
	});
	beforeEach(() => resetRateLimits());

	const counts = async () => ({
		orgs: (await b.db.selectFrom('landlord_orgs').select('id').execute()).length,
		staff: (await b.db.selectFrom('landlord_staff').select('user_id').execute()).length,
		users: (await b.db.selectFrom('User').select('id').execute()).length,
		audit: (await b.db.selectFrom('admin_audit_log').select('seq').execute()).length
	});
	const orgsOf = async (): Promise<Org[]> => (await api.orgs(users.admin)).body.orgs as Org[];
	const issuePaths = (body: Record<string, unknown>) =>
		(body.issues as { path: string }[]).map((i) => i.path);

	it('lets only admins list, save and remove, and writes nothing for a refusal', async () => {
		const orgId = randomUUID();
		expect(
			(await api.saveOrg(users.admin, orgId, { name: 'Vuokratalot Testi Oy', landlordKey: null }))
				.status
		).toBe(200);
		const invited = await api.invite(users.admin, {
			email: `staff-${orgId.slice(0, 8)}@example.test`,
			role: 'landlord',
			lang: 'fi',
			orgId
		});
		expect(invited.status).toBe(201);
		const staffId = (invited.body.user as { id: string }).id;
		const before = await counts();
		const calls = {
			orgs: (u: SessionUser | null) => api.orgs(u),
			saveOrg: (u: SessionUser | null) =>
				api.saveOrg(u, orgId, { name: 'Toinen nimi Oy', landlordKey: null }),
			createOrg: (u: SessionUser | null) =>
				api.saveOrg(u, randomUUID(), { name: 'Uusi Oy', landlordKey: null }),
			removeStaff: (u: SessionUser | null) => api.removeStaff(u, orgId, staffId)
		};
		for (const [name, call] of Object.entries(calls)) {
			expect((await call(null)).status, `${name} anonymous`).toBe(401);
			for (const role of ['tenant', 'advisor', 'landlord', 'funder'] as const) {
				const res = await call(users[role]);
				expect(res.status, `${name} as ${role}`).toBe(403);
				expect(res.body.code).toBe('forbidden');
			}
		}
		expect(await counts()).toEqual(before);
		const org = (await orgsOf()).find((o) => o.id === orgId)!;
		expect(org.name).toBe('Vuokratalot Testi Oy');
		expect(org.staff.map((s) => s.email)).toEqual([`staff-${orgId.slice(0, 8)}@example.test`]);
	});

	it('creates an organisation linked to a landlord of the map, renames it, and refuses a taken name or link', async () => {
		const first = randomUUID();
		const second = randomUUID();
		const created = await api.saveOrg(users.admin, first, {
			name: '  Helsingin   kaupungin asunnot Oy ',
			landlordKey: 'heka'
		});
		expect(created.status).toBe(200);
		const org = (created.body.orgs as Org[]).find((o) => o.id === first)!;
		expect(org).toMatchObject({ name: 'Helsingin kaupungin asunnot Oy', landlordKey: 'heka' });

		const before = await counts();
		for (const [body, path] of [
			[{ name: 'Helsingin kaupungin asunnot Oy', landlordKey: null }, 'name'],
			[{ name: 'Toinen Oy', landlordKey: 'heka' }, 'landlordKey'],
			[{ name: 'Kolmas Oy', landlordKey: 'no-such-landlord' }, 'landlordKey'],
			[{ name: 'Neljäs Oy', landlordKey: 'Not A Key' }, 'landlordKey'],
			[{ name: 'x', landlordKey: null }, 'name']
		] as const) {
			const res = await api.saveOrg(users.admin, second, body);
			expect(res.status, JSON.stringify(body)).toBe(400);
			expect(issuePaths(res.body)).toEqual([path]);
		}
		expect(
			(await api.saveOrg(users.admin, 'not-a-uuid', { name: 'Viides Oy', landlordKey: null }))
				.status
		).toBe(404);
		expect(await counts()).toEqual(before);

		// Moving the link: the first organisation lets go of it, then the second takes it.
		expect(
			(await api.saveOrg(users.admin, first, { name: 'Heka Oy', landlordKey: null })).status
		).toBe(200);
		expect(
			(await api.saveOrg(users.admin, second, { name: 'Toinen Oy', landlordKey: 'heka' })).status
		).toBe(200);
		const orgs = await orgsOf();
		expect(orgs.find((o) => o.id === first)).toMatchObject({ name: 'Heka Oy', landlordKey: null });
		expect(orgs.find((o) => o.id === second)).toMatchObject({ landlordKey: 'heka' });
		// Saving what is already there changes nothing and logs nothing.
		const unchanged = await counts();
		expect(
			(await api.saveOrg(users.admin, first, { name: 'Heka Oy', landlordKey: null })).status
		).toBe(200);
		expect(await counts()).toEqual(unchanged);

		const entries = (await api.audit(users.admin)).body.entries as {
			action: string;
			target: string;
			details: Record<string, unknown>;
		}[];
		expect(entries.slice(0, 2).map((e) => [e.action, e.target])).toEqual([
			['org.create', 'Toinen Oy'],
			['org.update', 'Heka Oy']
		]);
		expect(entries[1]!.details).toMatchObject({
			orgId: first,
			previousName: 'Helsingin kaupungin asunnot Oy',
			previousKey: 'heka',
			landlordKey: null
		});
	});

	it('invites staff into an organisation with a link to the landlord pages, moves and removes them', async () => {
		const a = randomUUID();
		const bOrg = randomUUID();
		await api.saveOrg(users.admin, a, { name: `Asunnot A ${a.slice(0, 6)}`, landlordKey: null });
		await api.saveOrg(users.admin, bOrg, { name: `Asunnot B ${a.slice(0, 6)}`, landlordKey: null });
		const email = `henkilo-${a.slice(0, 8)}@example.test`;

		// Without an organisation, or with one that does not exist: refused at orgId, nothing stored.
		const before = await counts();
		const sent = sink.messages.length;
		for (const orgId of [undefined, randomUUID()]) {
			const res = await api.invite(users.admin, { email, role: 'landlord', lang: 'fi', orgId });
			expect(res.status).toBe(400);
			expect(issuePaths(res.body)).toEqual(['orgId']);
		}
		expect(await counts()).toEqual(before);
		expect(sink.messages.length).toBe(sent);

		const since = sink.messages.length;
		const res = await api.invite(users.admin, { email, role: 'landlord', lang: 'en', orgId: a });
		expect(res.status).toBe(201);
		const userId = (res.body.user as { id: string }).id;
		const mail = await sink.waitFor(email, { since, timeoutMs: 10_000 });
		const link = new URL(firstLink(mail.text));
		expect(link.searchParams.get('callbackUrl')).toBe('https://vuokra.example/landlord');
		let orgs = await orgsOf();
		expect(orgs.find((o) => o.id === a)!.staff.map((s) => s.email)).toEqual([email]);

		// Invited again into the other organisation: moved, a member of one only.
		expect(
			(await api.invite(users.admin, { email, role: 'landlord', lang: 'fi', orgId: bOrg })).status
		).toBe(201);
		orgs = await orgsOf();
		expect(orgs.find((o) => o.id === a)!.staff).toEqual([]);
		expect(orgs.find((o) => o.id === bOrg)!.staff.map((s) => s.email)).toEqual([email]);

		// Removing from the wrong organisation is not found; from the right one ends the role too.
		expect((await api.removeStaff(users.admin, a, userId)).status).toBe(404);
		const removed = await api.removeStaff(users.admin, bOrg, userId);
		expect(removed.status).toBe(200);
		expect((removed.body.orgs as Org[]).find((o) => o.id === bOrg)!.staff).toEqual([]);
		const user = await b.db
			.selectFrom('User')
			.select('role')
			.where('id', '=', userId)
			.executeTakeFirstOrThrow();
		expect(user.role).toBe('tenant');
		expect((await api.removeStaff(users.admin, bOrg, userId)).status).toBe(404);
		const entry = (
			(await api.audit(users.admin)).body.entries as {
				action: string;
				target: string;
				details: unknown;
			}[]
		)[0]!;
		expect(entry).toMatchObject({
			action: 'org.staff.remove',
			target: email,
			details: { orgId: bOrg, previousRole: 'landlord' }
		});
	});

	it('keeps the landlord role for members only: a role change to landlord is refused, one away ends the membership', async () => {
		const orgId = randomUUID();
		await api.saveOrg(users.admin, orgId, {
			name: `Asunnot C ${orgId.slice(0, 6)}`,
			landlordKey: null
		});
		const advisor = await insertUser(b.db, 'advisor');
		const refused = await api.setRole(users.admin, advisor.id, { role: 'landlord' });
		expect(refused.status).toBe(400);
		expect(issuePaths(refused.body)).toEqual(['role']);

		const invited = await api.invite(users.admin, {
			email: advisor.email,
			role: 'landlord',
			lang: 'fi',
			orgId
		});
		expect(invited.status).toBe(201);
		expect((await orgsOf()).find((o) => o.id === orgId)!.staff.map((s) => s.email)).toEqual([
			advisor.email
		]);
		// A member keeps their place when their role is saved again as landlord.
		expect((await api.setRole(users.admin, advisor.id, { role: 'landlord' })).status).toBe(200);
		expect((await api.setRole(users.admin, advisor.id, { role: 'advisor' })).status).toBe(200);
		expect((await orgsOf()).find((o) => o.id === orgId)!.staff).toEqual([]);
		// Invited as an advisor again later: still in no organisation.
		expect(
			(await api.invite(users.admin, { email: advisor.email, role: 'advisor', lang: 'fi' })).status
		).toBe(201);
		const rows = await b.db
			.selectFrom('landlord_staff')
			.select('user_id')
			.where('user_id', '=', advisor.id)
			.execute();
		expect(rows).toEqual([]);
	});
});
