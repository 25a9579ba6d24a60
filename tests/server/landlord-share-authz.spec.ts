/**
 * Rent-account sharing and plans sent to landlords (docs/landlord-share.md) on SQLite and
 * PostgreSQL: who may call what (staff of organisation A against B's objects; staff without
 * consent, after withdrawal, after expiry; staff on tenant/advisor/admin endpoints; tenants and
 * advisors on landlord endpoints), the access log, the CSV upload and the proposal state machine.
 */
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '$lib/server/http/guards';
import { planSchema } from '$lib/schemas/plan';
import { BACKENDS, useBackend } from './backends';
import { TestClock, consentApi, createUser, giveBody, seedSituation } from './consent-harness';
import {
	RENT_ACCOUNT,
	addOrg,
	addStaff,
	landlordConsentBody,
	seedAgreedPlan,
	shareApi
} from './landlord-share-harness';

describe.each(BACKENDS)('landlord share on %s', (kind) => {
	const backend = useBackend(kind);

	/** Organisations A ('heka') and B ('sato'), one staff member each, a tenant and an advisor. */
	async function world(kinds: ('shareRentAccount' | 'tellGettingHelp' | 'sendPlan')[] = []) {
		const db = backend.db;
		const clock = new TestClock();
		const keyA = `heka-${Math.random().toString(36).slice(2, 8)}`;
		const keyB = `sato-${Math.random().toString(36).slice(2, 8)}`;
		const orgA = await addOrg(db, `Org A ${keyA}`, keyA);
		const orgB = await addOrg(db, `Org B ${keyB}`, keyB);
		const staffA = await createUser(db, 'landlord', 'Sari Staff');
		const staffB = await createUser(db, 'landlord', 'Bertta Staff');
		await addStaff(db, staffA.id, orgA);
		await addStaff(db, staffB.id, orgB);
		const tenant = await createUser(db, 'tenant', 'Tiina Tenant');
		const advisor = await createUser(db, 'advisor', 'Aino Advisor');
		const admin = await createUser(db, 'admin');
		await seedSituation(db, tenant.id);
		await seedAgreedPlan(db, tenant.id);
		const consents = consentApi(() => db, clock);
		const api = shareApi(() => db, clock);
		const given: Record<string, string> = {};
		for (const k of kinds) {
			const res = await consents.give(tenant, landlordConsentBody(keyA, k));
			expect(res.status).toBe(201);
			given[k] = (res.body.consent as { id: string }).id;
		}
		return {
			db,
			clock,
			keyA,
			keyB,
			orgA,
			orgB,
			staffA,
			staffB,
			tenant,
			advisor,
			admin,
			consents,
			api,
			given
		};
	}

	async function firstRequestId(api: ReturnType<typeof shareApi>, staff: SessionUser) {
		const res = await api.overview(staff);
		expect(res.status).toBe(200);
		const requests = res.body.requests as { id: string }[];
		expect(requests).toHaveLength(1);
		return requests[0]!.id;
	}

	async function sentProposal(w: Awaited<ReturnType<typeof world>>) {
		const res = await w.api.sendPlan(w.tenant, { planId: 'plan-2', orgId: w.orgA });
		expect(res.status).toBe(201);
		return (res.body.proposal as { id: string }).id;
	}

	it('gives consents towards an organisation, named as registered, with the kind in the ledger view', async () => {
		const w = await world(['shareRentAccount']);
		const list = await w.consents.listConsents(w.tenant);
		const consent = (list.body.consents as Record<string, unknown>[])[0]!;
		expect(consent).toMatchObject({
			recipient: { kind: 'landlord', name: `Org A ${w.keyA}` },
			categories: ['contactDetails'],
			landlord: { orgId: w.orgA, kind: 'shareRentAccount' },
			state: 'active'
		});
		// A landlord without an organisation in the service, an older text, wrong categories.
		const none = await w.consents.give(
			w.tenant,
			landlordConsentBody('no-such-landlord', 'sendPlan')
		);
		expect(none.status).toBe(404);
		expect(none.body.issues).toEqual([
			{ path: 'landlord.landlordKey', message: expect.any(String) }
		]);
		const old = await w.consents.give(
			w.tenant,
			landlordConsentBody(w.keyA, 'sendPlan', { textVersion: '2026-2' })
		);
		expect(old.status).toBe(400);
		expect((old.body.issues as { path: string }[])[0]?.path).toBe('textVersion');
		const wrong = await w.consents.give(
			w.tenant,
			landlordConsentBody(w.keyA, 'sendPlan', { categories: ['contactDetails', 'debts'] })
		);
		expect(wrong.status).toBe(400);
		expect((wrong.body.issues as { path: string }[])[0]?.path).toBe('categories');
		const notLandlord = await w.consents.give(
			w.tenant,
			landlordConsentBody(w.keyA, 'tellGettingHelp', { recipient: { kind: 'other', name: 'X' } })
		);
		expect(notLandlord.status).toBe(400);
	});

	it('opens one request for the first rent-account consent; only that organisation sees it', async () => {
		const w = await world(['shareRentAccount']);
		// A second consent of the same kind opens no second request.
		expect(
			(await w.consents.give(w.tenant, landlordConsentBody(w.keyA, 'shareRentAccount'))).status
		).toBe(201);
		const id = await firstRequestId(w.api, w.staffA);
		const overviewA = await w.api.overview(w.staffA);
		expect(overviewA.body.requests).toEqual([
			expect.objectContaining({
				id,
				tenant: { name: 'Tiina Tenant', email: w.tenant.email },
				consentEnded: false
			})
		]);
		const overviewB = await w.api.overview(w.staffB);
		expect(overviewB.body).toMatchObject({ requests: [], proposals: [], gettingHelp: [] });
		// B's staff: A's request does not exist for them, whatever they try.
		expect((await w.api.request(w.staffB, id)).status).toBe(404);
		expect((await w.api.fill(w.staffB, id, RENT_ACCOUNT)).status).toBe(404);
		expect(
			(await w.api.csv(w.staffB, id, 'type;month;due;paid;amount;date;notice\nrent;;;;650;;'))
				.status
		).toBe(404);
		const stored = await w.db
			.selectFrom('landlord_rent_requests')
			.select('account')
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect(stored.account).toBeNull();
	});

	it('logs every staff read for the tenant, with the organisation', async () => {
		const w = await world(['shareRentAccount']);
		const id = await firstRequestId(w.api, w.staffA);
		expect((await w.api.request(w.staffA, id)).status).toBe(200);
		const log = await w.consents.accessLog(w.tenant);
		const entries = log.body.entries as Record<string, unknown>[];
		expect(entries).toHaveLength(2); // the overview named the tenant, then the request
		for (const e of entries) {
			expect(e).toMatchObject({
				advisor: { email: w.staffA.email },
				organisation: `Org A ${w.keyA}`,
				categories: ['contactDetails']
			});
		}
	});

	it('after withdrawal and after expiry staff see only that the consent ended', async () => {
		const w = await world(['shareRentAccount', 'tellGettingHelp', 'sendPlan']);
		const id = await firstRequestId(w.api, w.staffA);
		const proposalId = await sentProposal(w);
		expect((await w.api.fill(w.staffA, id, RENT_ACCOUNT)).status).toBe(200);
		for (const k of ['shareRentAccount', 'tellGettingHelp', 'sendPlan'] as const) {
			expect((await w.consents.withdraw(w.tenant, w.given[k]!)).status).toBe(200);
		}
		const logBefore = (await w.consents.accessLog(w.tenant)).body.entries as unknown[];
		const overview = await w.api.overview(w.staffA);
		expect(overview.body.requests).toEqual([
			expect.objectContaining({ id, tenant: null, consentEnded: true })
		]);
		expect(overview.body.proposals).toEqual([
			expect.objectContaining({ id: proposalId, tenant: null, consentEnded: true })
		]);
		expect(overview.body.gettingHelp).toEqual([
			expect.objectContaining({ tenant: null, consentEnded: true })
		]);
		const request = await w.api.request(w.staffA, id);
		expect(request.body).toMatchObject({
			request: { tenant: null, consentEnded: true },
			account: null
		});
		const proposal = await w.api.proposal(w.staffA, proposalId);
		expect(proposal.body).toMatchObject({
			proposal: { tenant: null, consentEnded: true },
			plan: null
		});
		expect((await w.api.fill(w.staffA, id, RENT_ACCOUNT)).status).toBe(403);
		expect((await w.api.answer(w.staffA, proposalId, { answer: 'accept' })).status).toBe(403);
		// Nothing was read, so nothing more is logged.
		expect((await w.consents.accessLog(w.tenant)).body.entries).toHaveLength(logBefore.length);
		// A new plan cannot be sent without the consent either.
		expect((await w.api.sendPlan(w.tenant, { planId: 'plan-2', orgId: w.orgA })).status).toBe(403);
	});

	it('a consent that expires ends the access at its end instant', async () => {
		const w = await world();
		const res = await w.consents.give(
			w.tenant,
			landlordConsentBody(w.keyA, 'shareRentAccount', { validityMonths: 1 })
		);
		expect(res.status).toBe(201);
		const id = await firstRequestId(w.api, w.staffA);
		expect((await w.api.fill(w.staffA, id, RENT_ACCOUNT)).status).toBe(200);
		w.clock.set((res.body.consent as { validUntil: string }).validUntil);
		expect((await w.api.request(w.staffA, id)).body).toMatchObject({
			request: { consentEnded: true },
			account: null
		});
		expect((await w.api.fill(w.staffA, id, RENT_ACCOUNT)).status).toBe(403);
	});

	it('answers by role: staff on tenant, advisor and admin endpoints; others on landlord endpoints', async () => {
		const w = await world(['shareRentAccount', 'sendPlan']);
		const id = await firstRequestId(w.api, w.staffA);
		const proposalId = await sentProposal(w);
		// Staff on the tenant's and the advisor's endpoints.
		expect((await w.api.tenantShare(w.staffA)).status).toBe(403);
		expect((await w.api.sendPlan(w.staffA, { planId: 'plan-2', orgId: w.orgA })).status).toBe(403);
		expect((await w.api.acceptCounter(w.staffA, proposalId)).status).toBe(403);
		expect((await w.api.advisorShare(w.staffA, w.tenant.id)).status).toBe(403);
		expect((await w.consents.viewCase(w.staffA, w.tenant.id)).status).toBe(403);
		expect((await w.consents.listCases(w.staffA)).status).toBe(403);
		expect((await w.consents.give(w.staffA, giveBody())).status).toBe(403);
		// Tenant, advisor, admin and a landlord account that is nobody's staff on landlord endpoints.
		const stray = await createUser(w.db, 'landlord');
		for (const who of [w.tenant, w.advisor, w.admin, stray]) {
			expect((await w.api.overview(who)).status).toBe(403);
			expect((await w.api.request(who, id)).status).toBe(403);
			expect((await w.api.fill(who, id, RENT_ACCOUNT)).status).toBe(403);
			expect((await w.api.proposal(who, proposalId)).status).toBe(403);
			expect((await w.api.answer(who, proposalId, { answer: 'accept' })).status).toBe(403);
			expect(
				(
					await w.api.confirm(who, proposalId, {
						month: '2027-01',
						rentArrived: true,
						instalmentArrived: true
					})
				).status
			).toBe(403);
		}
		expect((await w.api.overview(null)).status).toBe(401);
		// Another tenant cannot accept this tenant's counter-proposal: it does not exist for them.
		const other = await createUser(w.db, 'tenant');
		expect((await w.api.acceptCounter(other, proposalId)).status).toBe(404);
		// Staff B cannot see or answer A's proposal.
		expect((await w.api.proposal(w.staffB, proposalId)).status).toBe(404);
		expect((await w.api.answer(w.staffB, proposalId, { answer: 'accept' })).status).toBe(404);
	});

	it('stores a valid CSV whole; a CSV with errors names each row and column and stores nothing', async () => {
		const w = await world(['shareRentAccount']);
		const id = await firstRequestId(w.api, w.staffA);
		const good = [
			'type;month;due;paid;amount;date;notice',
			'rent;;;;750,00;;',
			'dueday;;;;2;;',
			'month;2026-10;750,00;0;;;',
			'month;2026-11;750,00;150,00;;;',
			'interest;;;;12,40;;',
			'collection;;;;15,00;;',
			'notice;;;;;2026-10-20;reminder'
		].join('\n');
		const ok = await w.api.csv(w.staffA, id, good);
		expect(ok.status).toBe(200);
		expect(ok.body.account).toEqual({
			rentCents: 75_000,
			dueDay: 2,
			months: [
				{ month: '2026-10', dueCents: 75_000, paidCents: 0 },
				{ month: '2026-11', dueCents: 75_000, paidCents: 15_000 }
			],
			interestCents: 1_240,
			collectionCostsCents: 1_500,
			notices: [{ date: '2026-10-20', kind: 'reminder' }]
		});
		const bad = [
			'type;month;due;paid;amount;date;notice',
			'rent;;;;800,00;;',
			'dueday;;;;2;;',
			'month;2026-12;800,00;lots;;;',
			'month;2026-13;800,00;0;;;',
			'notice;;;;;2026-12-01;letter',
			'month;2026-11;800,00;0;;;',
			'month;2026-11;800,00;0;;;'
		].join('\n');
		const refused = await w.api.csv(w.staffA, id, bad);
		expect(refused.status).toBe(400);
		const paths = (refused.body.issues as { path: string }[]).map((i) => i.path);
		expect(paths).toEqual(expect.arrayContaining(['csv.4.paid', 'csv.5.month', 'csv.6.notice']));
		// The earlier account is still there, untouched.
		expect((await w.api.request(w.staffA, id)).body.account).toEqual(ok.body.account);
		// Duplicate months, reported at the repeated row.
		const dup = await w.api.csv(
			w.staffA,
			id,
			[
				'type;month;due;paid;amount;date;notice',
				'rent;;;;1;;',
				'dueday;;;;2;;',
				'month;2026-11;1;0;;;',
				'month;2026-11;1;0;;;'
			].join('\n')
		);
		expect(dup.status).toBe(400);
		expect((dup.body.issues as { path: string }[]).map((i) => i.path)).toEqual(['csv.5.month']);
		// The form's JSON goes through the same schema: a bad field is a 400 naming it.
		const form = await w.api.fill(w.staffA, id, { ...RENT_ACCOUNT, dueDay: 32 });
		expect(form.status).toBe(400);
		expect((form.body.issues as { path: string }[])[0]?.path).toBe('account.dueDay');
	});

	it('runs a proposal through counter-proposal, acceptance and a confirmed payment', async () => {
		const w = await world(['sendPlan']);
		const id = await sentProposal(w);
		// Sending the same version again while unanswered is the same proposal.
		const again = await w.api.sendPlan(w.tenant, { planId: 'plan-2', orgId: w.orgA });
		expect(again.status).toBe(200);
		expect((again.body.proposal as { id: string }).id).toBe(id);
		// An unagreed version cannot be sent.
		expect((await w.api.sendPlan(w.tenant, { planId: 'plan-1', orgId: w.orgA })).status).toBe(400);

		const seen = await w.api.proposal(w.staffA, id);
		expect(seen.body).toMatchObject({
			proposal: { state: 'sent', tenant: { name: 'Tiina Tenant' } }
		});
		expect(planSchema.parse(seen.body.plan).id).toBe('plan-2');
		// The tenant cannot accept a counter-proposal that was never made.
		expect((await w.api.acceptCounter(w.tenant, id)).status).toBe(409);
		// Decline needs a reason; a counter needs its figures.
		const noReason = await w.api.answer(w.staffA, id, { answer: 'decline' });
		expect(noReason.status).toBe(400);
		expect((noReason.body.issues as { path: string }[])[0]?.path).toBe('reason');
		expect((await w.api.answer(w.staffA, id, { answer: 'counter' })).status).toBe(400);
		// Payments are confirmed on an agreed plan only.
		expect(
			(
				await w.api.confirm(w.staffA, id, {
					month: '2027-01',
					rentArrived: true,
					instalmentArrived: true
				})
			).status
		).toBe(409);

		const counter = { instalmentCents: 20_000, startMonth: '2027-01', months: 3 };
		const countered = await w.api.answer(w.staffA, id, { answer: 'counter', counter });
		expect(countered.status).toBe(200);
		expect(countered.body).toMatchObject({ proposal: { state: 'countered', counter } });
		// The landlord answers once.
		expect((await w.api.answer(w.staffA, id, { answer: 'accept' })).status).toBe(409);

		w.clock.advanceDays(1);
		const accepted = await w.api.acceptCounter(w.tenant, id);
		expect(accepted.status).toBe(200);
		const view = accepted.body.proposal as {
			state: string;
			agreedAt: string;
			resultPlanId: string;
		};
		expect(view.state).toBe('counterAccepted');
		expect(view.agreedAt).toBe(w.clock.now().toISOString());
		const row = await w.db
			.selectFrom('sync_rows')
			.select('data')
			.where('user_id', '=', w.tenant.id)
			.where('entity', '=', 'plans')
			.where('row_id', '=', view.resultPlanId)
			.executeTakeFirstOrThrow();
		const plan = planSchema.parse(JSON.parse(row.data!));
		expect(plan).toMatchObject({
			revision: 3,
			basedOnPlanId: 'plan-2',
			startMonth: '2027-01',
			agreed: true
		});
		expect(plan.months.map((m) => m.instalmentsCents[0])).toEqual([20_000, 20_000, 20_000]);
		expect((await w.api.acceptCounter(w.tenant, id)).status).toBe(409);

		const confirmed = await w.api.confirm(w.staffA, id, {
			month: '2027-01',
			rentArrived: true,
			instalmentArrived: false
		});
		expect(confirmed.status).toBe(200);
		// A later confirmation of the same month replaces it.
		await w.api.confirm(w.staffA, id, {
			month: '2027-01',
			rentArrived: true,
			instalmentArrived: true
		});
		const tenantView = await w.api.tenantShare(w.tenant, w.keyA);
		expect(tenantView.body).toMatchObject({
			org: { id: w.orgA, landlordKey: w.keyA },
			proposals: [
				{
					id,
					state: 'counterAccepted',
					confirmations: [{ month: '2027-01', rentArrived: true, instalmentArrived: true }]
				}
			]
		});
		// A landlord without an organisation: the tenant's page says so (org null).
		expect((await w.api.tenantShare(w.tenant, 'y-saatio')).body.org).toBeNull();
	});

	it('refuses a counter-proposal that does not fit the tenant money, and keeps it open', async () => {
		const w = await world(['sendPlan']);
		const id = await sentProposal(w);
		// 35 000 a month is all that is available; 50 000 is more than that.
		const counter = { instalmentCents: 50_000, startMonth: '2027-01', months: 2 };
		expect((await w.api.answer(w.staffA, id, { answer: 'counter', counter })).status).toBe(200);
		const refused = await w.api.acceptCounter(w.tenant, id);
		expect(refused.status).toBe(400);
		expect((refused.body.issues as { code?: string }[]).map((i) => i.code)).toContain(
			'overAvailable'
		);
		expect((await w.api.tenantShare(w.tenant)).body.proposals).toEqual([
			expect.objectContaining({ state: 'countered', resultPlanId: null })
		]);
	});

	it('shows the advisor the landlord side under the service consent only, and logs it', async () => {
		const w = await world(['shareRentAccount', 'sendPlan']);
		const id = await firstRequestId(w.api, w.staffA);
		await w.api.fill(w.staffA, id, RENT_ACCOUNT);
		expect((await w.api.advisorShare(w.advisor, w.tenant.id)).status).toBe(403);
		expect((await w.consents.give(w.tenant, giveBody(['rentArrears']))).status).toBe(201);
		w.clock.advanceDays(1); // after the staff's looks, so it is the newest log entry
		const res = await w.api.advisorShare(w.advisor, w.tenant.id);
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({
			accounts: [{ org: { id: w.orgA }, account: RENT_ACCOUNT }],
			proposals: []
		});
		const log = (await w.consents.accessLog(w.tenant)).body.entries as Record<string, unknown>[];
		expect(log[0]).toMatchObject({
			advisor: { email: w.advisor.email },
			categories: ['rentArrears']
		});
		expect(log[0]).not.toHaveProperty('organisation');
		// Tenants and admins are not advisors.
		expect((await w.api.advisorShare(w.tenant, w.tenant.id)).status).toBe(403);
		expect((await w.api.advisorShare(w.admin, w.tenant.id)).status).toBe(403);
	});

	it('lists tenants getting help with only that fact and its date', async () => {
		const w = await world(['tellGettingHelp']);
		const res = await w.api.overview(w.staffA);
		expect(res.body.gettingHelp).toEqual([
			{ tenant: { name: 'Tiina Tenant' }, consentEnded: false, since: w.clock.now().toISOString() }
		]);
		expect(res.body.requests).toEqual([]);
	});
});
