/**
 * Case work on SQLite and PostgreSQL: the authorisation matrix over every case and report
 * endpoint for each role, and a case's life (opening from consent or booking, first contact
 * figures under consent, plan follow-ups, closing, what the tenant sees, erasure).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { resetRateLimits, type SessionUser } from '$lib/server/http/guards';
import { openCase } from '$lib/server/cases/service';
import { deleteUserData, exportUserData } from '$lib/server/auth/account-data';
import { caseDetailSchema, caseListSchema, reportSchema } from '$lib/schemas/cases';
import { BACKENDS, useBackend } from './backends';
import {
	TestClock,
	consentApi,
	createUser,
	giveBody,
	seedSituation,
	type Answer
} from './consent-harness';
import { casesApi } from './cases-harness';
import { mutation, rowFields } from './factories';
import { applyPush } from '$lib/server/sync';

const ROLES = ['tenant', 'advisor', 'landlord', 'funder', 'admin'] as const;
type Caller = 'anonymous' | (typeof ROLES)[number];

describe.each(BACKENDS)('case work on %s', (kind) => {
	const b = useBackend(kind);
	const clock = new TestClock();
	const consent = consentApi(() => b.db, clock);
	const api = casesApi(() => b.db, clock);

	let users: Record<(typeof ROLES)[number], SessionUser>;
	let tenant: SessionUser;
	let advisor: SessionUser;

	async function caseIdOf(tenantId: string): Promise<string> {
		const row = await b.db
			.selectFrom('cases')
			.select('id')
			.where('tenant_id', '=', tenantId)
			.where('closed_at', 'is', null)
			.executeTakeFirstOrThrow();
		return row.id;
	}

	beforeEach(async () => {
		resetRateLimits();
		// Each test reads the case list and the report: start from no cases.
		await b.db.deleteFrom('cases').execute();
		clock.set('2026-11-27T10:00:00.000Z');
		users = {
			tenant: await createUser(b.db, 'tenant', 'Tiina Vuokralainen'),
			advisor: await createUser(b.db, 'advisor', 'Aino Neuvoja'),
			landlord: await createUser(b.db, 'landlord', 'Leena Vuokranantaja'),
			funder: await createUser(b.db, 'funder', 'Raili Rahoittaja'),
			admin: await createUser(b.db, 'admin', 'Ville Ylläpitäjä')
		};
		tenant = users.tenant;
		advisor = users.advisor;
		await seedSituation(b.db, tenant.id);
	});

	it('the authorisation matrix: each endpoint answers each role as declared', async () => {
		expect((await consent.give(tenant, giveBody())).status).toBe(201);
		const caseId = await caseIdOf(tenant.id);
		const callers: Caller[] = ['anonymous', ...ROLES];
		const user = (c: Caller) => (c === 'anonymous' ? null : users[c]);
		const advisorOnly: [string, (u: SessionUser | null) => Promise<Answer>][] = [
			['list', (u) => api.list(u)],
			['get', (u) => api.get(u, caseId)],
			['ofTenant', (u) => api.ofTenant(u, tenant.id)],
			['note', (u) => api.note(u, caseId, { body: 'Soitto sovittu.' })],
			[
				'task',
				(u) => api.task(u, caseId, { title: 'Soita vuokranantajalle', dueDate: '2026-12-04' })
			],
			['update', (u) => api.update(u, caseId, { advisorId: advisor.id })]
		];
		const expected = {
			advisorOnly: {
				anonymous: 401,
				tenant: 403,
				advisor: [200, 201],
				landlord: 403,
				funder: 403,
				admin: 403
			},
			myCases: {
				anonymous: 401,
				tenant: 200,
				advisor: 200,
				landlord: 200,
				funder: 200,
				admin: 200
			},
			displayName: {
				anonymous: 401,
				tenant: 403,
				advisor: 200,
				landlord: 200,
				funder: 200,
				admin: 200
			},
			report: { anonymous: 401, tenant: 403, advisor: 403, landlord: 403, funder: 200, admin: 200 }
		};
		const seen: string[] = [];
		const check = (name: string, caller: Caller, status: number, want: number | number[]) => {
			const ok = Array.isArray(want) ? want.includes(status) : status === want;
			if (!ok) seen.push(`${name} as ${caller}: ${status}, expected ${String(want)}`);
		};
		for (const caller of callers) {
			for (const [name, call] of advisorOnly) {
				const a = await call(user(caller));
				check(name, caller, a.status, expected.advisorOnly[caller]);
				expect(a.headers.get('cache-control')).toBe('no-store');
			}
			check('myCases', caller, (await api.myCases(user(caller))).status, expected.myCases[caller]);
			check(
				'displayName',
				caller,
				(await api.displayName(user(caller), { displayName: 'Nimi Sukunimi' })).status,
				expected.displayName[caller]
			);
			check('report', caller, (await api.report(user(caller))).status, expected.report[caller]);
			check(
				'csv',
				caller,
				(await api.report(user(caller), '?format=csv')).status,
				expected.report[caller]
			);
		}
		// Closing and completing last: they change the case for the calls above.
		const task = (await api.task(advisor, caseId, { title: 'Tarkista', dueDate: '2026-12-01' }))
			.body.task as { id: string };
		for (const caller of callers) {
			if (caller === 'advisor') continue;
			check(
				'done',
				caller,
				(await api.done(user(caller), caseId, task.id)).status,
				expected.advisorOnly[caller]
			);
			check(
				'close',
				caller,
				(await api.close(user(caller), caseId, { outcome: 'other' })).status,
				expected.advisorOnly[caller]
			);
		}
		check('done', 'advisor', (await api.done(advisor, caseId, task.id)).status, 200);
		check('close', 'advisor', (await api.close(advisor, caseId, { outcome: 'other' })).status, 200);
		expect(seen).toEqual([]);
		// A tenant's own list holds only their own cases; staff have none.
		expect(((await api.myCases(users.admin)).body.cases as unknown[]).length).toBe(0);
		expect(((await api.myCases(tenant)).body.cases as unknown[]).length).toBe(1);
	});

	it('opens one case per tenant whether they book, consent or both, with the receipt identifier', async () => {
		const first = await openCase(b.db, tenant.id, 'booking', { now: clock.now() });
		expect(first.created).toBe(true);
		const given = await consent.give(tenant, giveBody());
		expect(given.status).toBe(201);
		const rows = await b.db
			.selectFrom('cases')
			.selectAll()
			.where('tenant_id', '=', tenant.id)
			.execute();
		expect(rows).toHaveLength(1);
		expect(rows[0]?.source).toBe('booking');
		expect(rows[0]?.consented_at).not.toBeNull();
		expect(rows[0]?.quarter).toBe('2026-Q4');
		const receipt = await consent.receipt(tenant, (given.body.consent as { id: string }).id);
		const principal = receipt.body.piiPrincipalId as string;
		expect(rows[0]?.ref).toBe(principal.slice(0, 8));
		// The case list and the consented-client list carry that identifier, not the account id's.
		const list = caseListSchema.parse((await api.list(advisor)).body);
		expect(list.cases.map((c) => c.ref)).toEqual([principal.slice(0, 8)]);
		const clients = (await consent.listCases(advisor)).body.cases as {
			tenantId: string;
			ref: string;
		}[];
		expect(clients.find((c) => c.tenantId === tenant.id)?.ref).toBe(principal.slice(0, 8));
		// Two openings at once still give one case.
		const other = await createUser(b.db, 'tenant');
		const both = await Promise.all([
			openCase(b.db, other.id, 'booking', { now: clock.now() }),
			openCase(b.db, other.id, 'consent', { now: clock.now() })
		]);
		expect(both[0].id).toBe(both[1].id);
		expect(both.filter((x) => x.created)).toHaveLength(1);
	});

	it('a consent to a landlord alone opens no case', async () => {
		const l = await consent.give(
			tenant,
			giveBody(['rentArrears'], { kind: 'landlord', name: 'Vuokra Oy' })
		);
		expect(l.status).toBe(201);
		expect((await api.ofTenant(advisor, tenant.id)).status).toBe(404);
	});

	it('from first contact to closing: figures under consent, follow-ups, outcome, what the tenant sees', async () => {
		// A tenant whose situation says: terminated lease, 1 500 € and 2 months of arrears.
		tenant = await createUser(b.db, 'tenant', 'Tuula Toinen');
		const r = await applyPush(b.db, tenant.id, [
			mutation(
				'home',
				'home',
				rowFields('home', { termination: { happened: true, date: '2026-11-01' } })
			)
		]);
		expect(r[0]?.status).toBe('applied');
		expect((await consent.give(tenant, giveBody())).status).toBe(201);
		const caseId = await caseIdOf(tenant.id);
		const logBefore = (await consent.accessLog(tenant)).body.entries as unknown[];

		const bad = await api.update(advisor, caseId, { status: 'planAgreed' });
		expect(bad.status).toBe(409);
		expect(bad.body.code).toBe('bad_transition');

		const active = await api.update(advisor, caseId, { status: 'active' });
		expect(active.status).toBe(200);
		const detail = caseDetailSchema.parse(active.body);
		expect(detail.case.firstStage).toBe('terminated');
		expect(detail.case.firstArrearsCents).toBe(150_000);
		expect(detail.case.firstArrearsMonths).toBe(2);
		expect(detail.case.urgency).toBe('urgent');
		expect(detail.case.advisor?.id).toBe(advisor.id); // first contact takes the case
		// The read of the situation is in the tenant's access log.
		expect((await consent.accessLog(tenant)).body.entries).toHaveLength(logBefore.length + 1);

		// A later move does not re-record the first contact.
		clock.advanceDays(10);
		const agreed = caseDetailSchema.parse(
			(await api.update(advisor, caseId, { status: 'planAgreed' })).body
		);
		expect(agreed.case.firstContactAt).toBe('2026-11-27T10:00:00.000Z');
		expect(agreed.tasks.map((t) => [t.kind, t.dueDate])).toEqual([
			['planKept3', '2027-03-07'],
			['planKept6', '2027-06-07'],
			['planKept12', '2027-12-07']
		]);
		const kept3 = agreed.tasks[0]!;
		const noAnswer = await api.done(advisor, caseId, kept3.id, {});
		expect(noAnswer.status).toBe(400);
		expect(noAnswer.body.issues).toEqual([{ path: 'answer', message: 'required' }]);
		expect((await api.done(advisor, caseId, kept3.id, { answer: true })).status).toBe(200);

		const note = await api.note(advisor, caseId, {
			body: '  Maksusuunnitelma sovittu isännöitsijän kanssa.  '
		});
		expect(note.status).toBe(201);
		expect((note.body.note as { body: string; author: string }).body).toBe(
			'Maksusuunnitelma sovittu isännöitsijän kanssa.'
		);
		expect((note.body.note as { author: string }).author).toBe('Aino Neuvoja');
		const empty = await api.note(advisor, caseId, { body: '   ' });
		expect(empty.status).toBe(400);
		expect((empty.body.issues as { path: string }[]).map((i) => i.path)).toEqual(['body']);
		const badDate = await api.task(advisor, caseId, { title: 'Soita', dueDate: '4.12.2026' });
		expect(badDate.status).toBe(400);
		expect((badDate.body.issues as { path: string }[]).map((i) => i.path)).toEqual(['dueDate']);
		const manual = await api.task(advisor, caseId, {
			title: 'Soita vuokranantajalle',
			dueDate: '2026-12-11'
		});
		const manualId = (manual.body.task as { id: string }).id;
		expect((await api.done(advisor, caseId, manualId, { answer: true })).status).toBe(400);

		const badOutcome = await api.close(advisor, caseId, { outcome: 'won' });
		expect(badOutcome.status).toBe(400);
		const closed = caseDetailSchema.parse(
			(await api.close(advisor, caseId, { outcome: 'keptWithPlan' })).body
		);
		expect(closed.case.status).toBe('closed');
		expect(closed.case.outcome).toBe('keptWithPlan');
		const recurrence = closed.tasks.find((t) => t.kind === 'recurrence');
		expect(recurrence?.dueDate).toBe('2027-12-07');
		expect((await api.update(advisor, caseId, { status: 'active' })).body.code).toBe('case_closed');
		expect((await api.close(advisor, caseId, { outcome: 'other' })).status).toBe(409);
		// The recurrence answer can be recorded after closing.
		expect((await api.done(advisor, caseId, recurrence!.id, { answer: false })).status).toBe(200);
		const row = await b.db
			.selectFrom('cases')
			.selectAll()
			.where('id', '=', caseId)
			.executeTakeFirstOrThrow();
		expect([row.plan_kept_3, row.plan_kept_6, row.recurred]).toEqual([1, null, 0]);

		// The tenant sees the notes and tasks in their account and in "Download my data".
		const mine = (await api.myCases(tenant)).body.cases as { notes: { body: string }[] }[];
		expect(mine[0]?.notes.map((n) => n.body)).toEqual([
			'Maksusuunnitelma sovittu isännöitsijän kanssa.'
		]);
		const exported = await exportUserData(b.db, tenant.id);
		expect(JSON.stringify(exported?.tables.cases)).toContain('Maksusuunnitelma sovittu');

		// Erasing the account removes the text but keeps the case's figures for the report.
		expect(await deleteUserData(b.db, tenant.id)).toBe(true);
		const after = await b.db
			.selectFrom('cases')
			.selectAll()
			.where('id', '=', caseId)
			.executeTakeFirstOrThrow();
		expect(after.tenant_id).toBeNull();
		expect(after.outcome).toBe('keptWithPlan');
		const notes = await b.db
			.selectFrom('case_notes')
			.select('id')
			.where('case_id', '=', caseId)
			.execute();
		const tasks = await b.db
			.selectFrom('case_tasks')
			.select('id')
			.where('case_id', '=', caseId)
			.execute();
		expect([notes.length, tasks.length]).toEqual([0, 0]);
	});

	it('without a consent covering rent arrears the first-contact figures stay unknown, unread', async () => {
		await openCase(b.db, tenant.id, 'booking', { now: clock.now() });
		const caseId = await caseIdOf(tenant.id);
		const a = caseDetailSchema.parse(
			(await api.update(advisor, caseId, { status: 'active' })).body
		);
		expect([a.case.firstStage, a.case.firstArrearsCents, a.case.firstArrearsMonths]).toEqual([
			null,
			null,
			null
		]);
		expect(a.case.firstContactAt).not.toBeNull();
		expect((await consent.accessLog(tenant)).body.entries).toEqual([]);
	});

	it('the list filters by status, advisor and urgency', async () => {
		const other = await createUser(b.db, 'advisor', 'Olli Neuvoja');
		const t2 = await createUser(b.db, 'tenant');
		const t3 = await createUser(b.db, 'tenant');
		await openCase(b.db, tenant.id, 'booking', { now: clock.now() });
		await openCase(b.db, t2.id, 'booking', { now: clock.now() });
		await openCase(b.db, t3.id, 'booking', { now: clock.now() });
		const c1 = await caseIdOf(tenant.id);
		const c2 = await caseIdOf(t2.id);
		await api.update(advisor, c1, { status: 'active' });
		await api.update(other, c2, { advisorId: other.id });
		await api.task(other, c2, { title: 'Myöhässä', dueDate: '2026-11-20' });
		const ids = async (q: string) =>
			caseListSchema
				.parse((await api.list(advisor, q)).body)
				.cases.map((c) => c.id)
				.sort();
		expect(await ids('?status=active')).toEqual([c1]);
		expect(await ids('?advisor=me')).toEqual([c1]);
		expect(await ids(`?advisor=${other.id}`)).toEqual([c2]);
		expect((await ids('?advisor=none')).length).toBe(1);
		expect(await ids('?urgency=overdue')).toEqual([c2]);
		expect((await api.list(advisor, '?status=lost')).status).toBe(400);
		const assign = await api.update(advisor, c1, { advisorId: tenant.id });
		expect(assign.status).toBe(400);
		expect((assign.body.issues as { path: string }[])[0]?.path).toBe('advisorId');
	});

	it('a display name is set once and shown instead of the email', async () => {
		const named = await createUser(b.db, 'advisor', null);
		const tooShort = await api.displayName(named, { displayName: ' ' });
		expect(tooShort.status).toBe(400);
		expect((await api.displayName(named, { displayName: 'Saara Neuvoja' })).status).toBe(200);
		const list = caseListSchema.parse((await api.list(named)).body);
		expect(list.advisors.find((a) => a.id === named.id)?.name).toBe('Saara Neuvoja');
	});

	it('the report parses with the shared schema', async () => {
		const a = await api.report(users.funder, '?from=2026-Q1&to=2026-Q4');
		expect(a.status).toBe(200);
		const report = reportSchema.parse(a.body);
		expect(report.quarters).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
		expect((await api.report(users.funder, '?from=2026-5')).status).toBe(400);
	});
});
