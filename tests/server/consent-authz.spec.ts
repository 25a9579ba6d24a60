/**
 * The authorisation matrix of the consent and case-view API, on SQLite and PostgreSQL:
 * for each caller (anonymous, another tenant, advisor without consent, advisor with consent for
 * other categories, after withdrawal, after expiry, admin) every endpoint answers exactly what
 * it should, the case view holds exactly the allowed sections, and only successful case views
 * are logged.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '$lib/server/http/guards';
import { activeConsentCategories } from '$lib/server/consent/access';
import { resetRateLimits } from '$lib/server/http/guards';
import { applyPush } from '$lib/server/sync';
import type { ConsentCategory } from '$lib/domain/consent';
import { caseViewSchema } from '$lib/schemas/case-view';
import { BACKENDS, useBackend } from './backends';
import { mutation, rowFields } from './factories';
import {
	TestClock,
	consentApi,
	createUser,
	giveBody,
	seedSituation,
	type Answer
} from './consent-harness';

const ALL_SECTIONS = [
	'contactDetails',
	'rentArrears',
	'incomeExpenses',
	'debts',
	'benefitDecisions',
	'paymentPlan'
];
const BASE_KEYS = ['tenantId', 'ref', 'categories', 'viewedAt', 'paging', 'consents', 'summary'];

/**
 * Distinctive values seeded in every field of each category, for the per-category leak tests.
 * Figures two categories both name by design (rent, monthly debt payments: budget lines of
 * incomeExpenses) are left at ordinary values.
 */
const MARKERS: Record<ConsentCategory, string[]> = {
	contactDetails: ['ZZ-Contact-Name', 'ZZ-Municipality'],
	rentArrears: ['ZZ-Landlord', '1234517', 'ZZ-Court-Note'],
	incomeExpenses: ['3456701', '2345601'],
	debts: ['ZZ-Debt-Creditor', '8765401'],
	benefitDecisions: ['ben-ZZ-Benefit', 'ZZ-Kela-Note'],
	paymentPlan: ['plan-ZZ-Plan', 'ZZ-Plan-Note', '4567801', 'ZZ-Payment-Note', '5678901']
};
/** Figures a stored plan version carries that belong to another category than the plan. */
const PLAN_MARKERS: Partial<Record<ConsentCategory, string[]>> = {
	rentArrears: ['ZZ-Plan-Landlord', '1234519'],
	incomeExpenses: ['3456703', '2345603'],
	debts: ['ZZ-Plan-Creditor', '8765403']
};
const markersOf = (c: ConsentCategory) => [...MARKERS[c], ...(PLAN_MARKERS[c] ?? [])];

async function seedMarked(db: Parameters<typeof applyPush>[0], tenantId: string): Promise<void> {
	const results = await applyPush(db, tenantId, [
		mutation('household', 'household', rowFields('household', { municipality: 'ZZ-Municipality' })),
		mutation(
			'home',
			'home',
			rowFields('home', { landlordOther: 'ZZ-Landlord', arrearsCents: 1_234_517 })
		),
		mutation('incomes', 'inc-1', rowFields('incomes', { amountCents: 3_456_701 })),
		mutation('expenses', 'exp-1', rowFields('expenses', { amountCents: 2_345_601 })),
		mutation(
			'debts',
			'debt-1',
			rowFields('debts', { creditor: 'ZZ-Debt-Creditor', balanceCents: 8_765_401 })
		),
		mutation('benefits', 'ben-ZZ-Benefit', rowFields('benefits')),
		mutation(
			'decisions',
			'dec-kela',
			rowFields('decisions', { type: 'kela', note: 'ZZ-Kela-Note' })
		),
		mutation(
			'decisions',
			'dec-court',
			rowFields('decisions', { type: 'court', note: 'ZZ-Court-Note' })
		),
		mutation(
			'plans',
			'plan-ZZ-Plan',
			rowFields('plans', {
				incomeCents: 3_456_703,
				livingFloorCents: 2_345_603,
				note: 'ZZ-Plan-Note',
				debts: [
					{
						debtId: 'homeArrears',
						creditor: 'ZZ-Plan-Landlord',
						type: 'rentArrears',
						balanceCents: 1_234_519,
						currentLandlord: true
					},
					{
						debtId: 'debt-1',
						creditor: 'ZZ-Plan-Creditor',
						type: 'consumerLoan',
						balanceCents: 8_765_403,
						currentLandlord: false
					}
				],
				months: [{ month: '2026-12', dueDate: '2026-12-02', instalmentsCents: [4_567_801, 100] }]
			})
		),
		mutation(
			'payments',
			'pay-1',
			rowFields('payments', {
				amountCents: 5_678_901,
				planId: 'plan-ZZ-Plan',
				note: 'ZZ-Payment-Note'
			})
		)
	]);
	if (results.some((r) => r.status !== 'applied')) {
		throw new Error(`seeding failed: ${JSON.stringify(results)}`);
	}
}

describe.each(BACKENDS)('consent authorisation matrix on %s', (kind) => {
	const b = useBackend(kind);
	const clock = new TestClock();
	const api = consentApi(() => b.db, clock);

	let tenant: SessionUser;
	let otherTenant: SessionUser;
	let advisor: SessionUser;
	let admin: SessionUser;
	let serviceConsentId: string;
	let landlordConsentId: string;

	async function logCount(tenantId: string): Promise<number> {
		const rows = await b.db
			.selectFrom('consent_access_log')
			.select('id')
			.where('user_id', '=', tenantId)
			.execute();
		return rows.length;
	}

	const contactBody = (consentId: string) => ({
		consentId,
		contactedAt: clock.now().toISOString(),
		note: 'Soitin isännöitsijälle maksusuunnitelmasta.'
	});

	beforeEach(async () => {
		resetRateLimits();
		clock.set('2026-11-27T10:00:00.000Z');
		tenant = await createUser(b.db, 'tenant', 'Tiina Vuokralainen');
		otherTenant = await createUser(b.db, 'tenant', 'Olli Toinen');
		advisor = await createUser(b.db, 'advisor', 'Aino Neuvoja');
		admin = await createUser(b.db, 'admin', 'Ville Ylläpitäjä');
		await seedSituation(b.db, tenant.id);
		await seedSituation(b.db, otherTenant.id);
		const s = await api.give(tenant, giveBody());
		expect(s.status).toBe(201);
		serviceConsentId = (s.body.consent as { id: string }).id;
		const l = await api.give(
			tenant,
			giveBody(['rentArrears', 'paymentPlan'], { kind: 'landlord', name: 'Vuokratalot Oy' })
		);
		expect(l.status).toBe(201);
		landlordConsentId = (l.body.consent as { id: string }).id;
	});

	it('anonymous: 401 everywhere, nothing logged', async () => {
		const answers: Answer[] = [
			await api.listConsents(null),
			await api.give(null, giveBody()),
			await api.withdraw(null, serviceConsentId),
			await api.receipt(null, serviceConsentId),
			await api.accessLog(null),
			await api.contacts(null),
			await api.listCases(null),
			await api.viewCase(null, tenant.id),
			await api.recordContact(null, tenant.id, contactBody(landlordConsentId))
		];
		for (const a of answers) {
			expect(a.status).toBe(401);
			expect(a.headers.get('cache-control')).toBe('no-store');
		}
		expect(await logCount(tenant.id)).toBe(0);
	});

	it('the advisor with a full consent sees every section, and the view is logged', async () => {
		const a = await api.viewCase(advisor, tenant.id);
		expect(a.status).toBe(200);
		expect(a.headers.get('cache-control')).toBe('no-store');
		expect(Object.keys(a.body).sort()).toEqual([...BASE_KEYS, ...ALL_SECTIONS].sort());
		// One identifier for the tenant: the case page names them as the case list does.
		const listed = ((await api.listCases(advisor)).body.cases as Record<string, unknown>[]).find(
			(c) => c.tenantId === tenant.id
		);
		expect(a.body.ref).toMatch(/^[0-9a-f]{8}$/);
		expect(a.body.ref).toBe(listed?.ref);
		expect(a.body.contactDetails).toEqual({
			name: 'Tiina Vuokralainen',
			email: tenant.email,
			municipality: 'Tampere'
		});
		const rent = a.body.rentArrears as { home: { arrearsCents: number }; decisions: unknown[] };
		expect(rent.home.arrearsCents).toBe(150_000);
		expect(rent.decisions).toHaveLength(1); // the court decision; Kela's is a benefit decision
		const benefits = a.body.benefitDecisions as { benefits: unknown[]; decisions: unknown[] };
		expect(benefits.benefits).toHaveLength(1);
		expect(benefits.decisions).toHaveLength(1);
		const plan = a.body.paymentPlan as { plans: { id: string }[]; payments: { id: string }[] };
		expect(plan.plans.map((p) => p.id)).toEqual(['plan-1']);
		expect(plan.payments.map((p) => p.id)).toEqual(['pay-1']);
		const summary = a.body.summary as Record<string, unknown>;
		expect(summary.rentArrears).toBe(150_000);
		expect(summary.incomeMonthly).toBe(210_000);
		expect(summary.totalDebt).toBe(450_000);
		expect(a.body.consents).toHaveLength(2);
		expect(await logCount(tenant.id)).toBe(1);

		const log = await api.accessLog(tenant);
		expect(log.status).toBe(200);
		expect(log.body.entries).toEqual([
			{
				id: expect.any(String),
				advisor: { name: 'Aino Neuvoja', email: advisor.email },
				viewedAt: '2026-11-27T10:00:00.000Z',
				categories: ALL_SECTIONS
			}
		]);
	});

	it("the full case view parses with the shared schema the advisor's page reads it with", async () => {
		const a = await api.viewCase(advisor, tenant.id);
		expect(a.status).toBe(200);
		const parsed = caseViewSchema.safeParse(a.body);
		expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
	});

	it('another tenant: no case access, 404 for the consent, only their own lists', async () => {
		expect((await api.viewCase(otherTenant, tenant.id)).status).toBe(403);
		expect(
			(await api.recordContact(otherTenant, tenant.id, contactBody(landlordConsentId))).status
		).toBe(403);
		expect((await api.listCases(otherTenant)).status).toBe(403);
		expect((await api.receipt(otherTenant, serviceConsentId)).status).toBe(404);
		expect((await api.withdraw(otherTenant, serviceConsentId)).status).toBe(404);
		expect((await api.listConsents(otherTenant)).body.consents).toEqual([]);
		expect((await api.accessLog(otherTenant)).body.entries).toEqual([]);
		expect((await api.contacts(otherTenant)).body.contacts).toEqual([]);
		// The tenant's consent is untouched by the other's withdraw attempt.
		expect((await api.viewCase(advisor, tenant.id)).status).toBe(200);
		// Tenants cannot view even their own case through the advisor endpoint.
		expect((await api.viewCase(tenant, tenant.id)).status).toBe(403);
		expect(await logCount(tenant.id)).toBe(1);
	});

	it('advisor without consent: 403 for the case and contacts, not in the case list', async () => {
		// otherTenant has a situation but never consented.
		const view = await api.viewCase(advisor, otherTenant.id);
		expect(view.status).toBe(403);
		// Nothing but the reason: no hint whether the tenant exists (the code every problem carries).
		expect(view.body).toEqual({ code: 'no_consent', message: expect.stringMatching(/consent/i) });
		expect(
			(await api.recordContact(advisor, otherTenant.id, contactBody(landlordConsentId))).status
		).toBe(403);
		// An unknown tenant id answers the same as a tenant without consent.
		expect((await api.viewCase(advisor, 'no-such-user')).status).toBe(403);
		const cases = (await api.listCases(advisor)).body.cases as { tenantId: string }[];
		expect(cases.map((c) => c.tenantId)).toContain(tenant.id);
		expect(cases.map((c) => c.tenantId)).not.toContain(otherTenant.id);
		expect(await logCount(otherTenant.id)).toBe(0);
	});

	it('advisor with consent for other categories sees those and nothing else', async () => {
		const t = await createUser(b.db, 'tenant', 'Pekka Osittainen');
		await seedSituation(b.db, t.id);
		// A consent to the landlord alone gives the service no view at all.
		const landlord = await api.give(
			t,
			giveBody(['rentArrears'], { kind: 'landlord', name: 'Vuokratalot Oy' })
		);
		expect((await api.viewCase(advisor, t.id)).status).toBe(403);
		await api.give(t, giveBody(['debts']));
		const a = await api.viewCase(advisor, t.id);
		expect(a.status).toBe(200);
		expect(Object.keys(a.body).sort()).toEqual([...BASE_KEYS, 'debts'].sort());
		expect(a.body.categories).toEqual(['debts']);
		expect(a.body.summary).toEqual({ totalDebt: 450_000 });
		expect(JSON.stringify(a.body)).not.toContain('Tampere');
		expect(JSON.stringify(a.body)).not.toContain(t.email);
		expect(await activeConsentCategories(b.db, t.id, clock.now())).toEqual(new Set(['debts']));
		// Contacts: allowed with the landlord (consented), refused for the service consent.
		const landlordId = (landlord.body.consent as { id: string }).id;
		expect((await api.recordContact(advisor, t.id, contactBody(landlordId))).status).toBe(201);
		const service = (await api.listConsents(t)).body.consents as {
			id: string;
			recipient: { kind: string };
		}[];
		const serviceId = service.find((c) => c.recipient.kind === 'advisorService')?.id ?? '';
		const own = await api.recordContact(advisor, t.id, contactBody(serviceId));
		expect(own.status).toBe(400);
		expect(own.body.issues).toEqual([{ path: 'consentId', message: expect.any(String) }]);
		// Another tenant's consent id cannot be used for this tenant.
		expect((await api.recordContact(advisor, t.id, contactBody(landlordConsentId))).status).toBe(
			403
		);
		const cases = (await api.listCases(advisor)).body.cases as {
			tenantId: string;
			contact?: unknown;
		}[];
		const row = cases.find((c) => c.tenantId === t.id);
		expect(row).toEqual({
			tenantId: t.id,
			ref: expect.any(String),
			categories: ['debts'],
			validUntil: expect.any(String)
		});
		expect(await logCount(t.id)).toBe(1);
	});

	it('after withdrawal: refused at once, view and contact alike', async () => {
		expect((await api.viewCase(advisor, tenant.id)).status).toBe(200);
		const w = await api.withdraw(tenant, serviceConsentId);
		expect(w.status).toBe(200);
		expect((w.body.consent as { state: string }).state).toBe('withdrawn');
		expect((await api.viewCase(advisor, tenant.id)).status).toBe(403);
		expect(
			((await api.listCases(advisor)).body.cases as { tenantId: string }[]).map((c) => c.tenantId)
		).not.toContain(tenant.id);
		// The landlord consent still holds for contacts until it too is withdrawn.
		expect(
			(await api.recordContact(advisor, tenant.id, contactBody(landlordConsentId))).status
		).toBe(201);
		await api.withdraw(tenant, landlordConsentId);
		const refused = await api.recordContact(advisor, tenant.id, contactBody(landlordConsentId));
		expect(refused.status).toBe(403);
		expect(await logCount(tenant.id)).toBe(1);
		expect(await activeConsentCategories(b.db, tenant.id, clock.now())).toEqual(new Set());
	});

	it('after expiry: works until the last millisecond, refused from the end instant', async () => {
		const consent = (await api.listConsents(tenant)).body.consents as {
			id: string;
			validUntil: string;
		}[];
		const validUntil = consent.find((c) => c.id === serviceConsentId)?.validUntil ?? '';
		expect(validUntil).toBe('2027-05-27T10:00:00.000Z'); // default 6 months
		clock.set(new Date(Date.parse(validUntil) - 1).toISOString());
		expect((await api.viewCase(advisor, tenant.id)).status).toBe(200);
		clock.set(validUntil);
		expect((await api.viewCase(advisor, tenant.id)).status).toBe(403);
		expect(
			(await api.recordContact(advisor, tenant.id, contactBody(landlordConsentId))).status
		).toBe(403);
		expect(
			((await api.listCases(advisor)).body.cases as { tenantId: string }[]).map((c) => c.tenantId)
		).not.toContain(tenant.id);
		const states = (await api.listConsents(tenant)).body.consents as { state: string }[];
		expect(states.map((s) => s.state)).toEqual(['expired', 'expired']);
		// Withdrawing an expired consent is a no-op, not an error.
		const w = await api.withdraw(tenant, serviceConsentId);
		expect(w.status).toBe(200);
		expect(w.body.withdrawn).toBe(false);
		expect(await logCount(tenant.id)).toBe(1);
	});

	it('admin: may list cases without contact details; no tenant data, no actions', async () => {
		const cases = await api.listCases(admin);
		expect(cases.status).toBe(200);
		const row = (cases.body.cases as Record<string, unknown>[]).find(
			(c) => c.tenantId === tenant.id
		);
		expect(row).toEqual({
			tenantId: tenant.id,
			ref: expect.stringMatching(/^[0-9a-f]{8}$/),
			categories: ALL_SECTIONS,
			validUntil: expect.any(String)
		});
		// Advisors get the contact details the tenant allowed.
		const forAdvisor = (
			(await api.listCases(advisor)).body.cases as Record<string, unknown>[]
		).find((c) => c.tenantId === tenant.id);
		expect(forAdvisor?.contact).toEqual({ name: 'Tiina Vuokralainen', email: tenant.email });

		expect((await api.viewCase(admin, tenant.id)).status).toBe(403);
		expect((await api.recordContact(admin, tenant.id, contactBody(landlordConsentId))).status).toBe(
			403
		);
		expect((await api.receipt(admin, serviceConsentId)).status).toBe(404);
		expect((await api.withdraw(admin, serviceConsentId)).status).toBe(404);
		expect((await api.give(admin, giveBody())).status).toBe(403);
		expect((await api.give(advisor, giveBody())).status).toBe(403);
		expect(await logCount(tenant.id)).toBe(0);
	});

	it('the tenant sees contacts recorded under their consent, and only theirs', async () => {
		const r = await api.recordContact(advisor, tenant.id, contactBody(landlordConsentId));
		expect(r.status).toBe(201);
		const mine = await api.contacts(tenant);
		expect(mine.body.contacts).toEqual([
			{
				id: expect.any(String),
				consentId: landlordConsentId,
				recipient: { kind: 'landlord', name: 'Vuokratalot Oy' },
				contactedAt: '2026-11-27T10:00:00.000Z',
				note: 'Soitin isännöitsijälle maksusuunnitelmasta.',
				advisor: { name: 'Aino Neuvoja', email: advisor.email },
				recordedAt: '2026-11-27T10:00:00.000Z'
			}
		]);
		// Recording a contact is not a view of the tenant's information.
		expect(await logCount(tenant.id)).toBe(0);
	});

	for (const category of ALL_SECTIONS as ConsentCategory[]) {
		it(`a consent to ${category} alone shows no value of any other category`, async () => {
			const marked = await createUser(b.db, 'tenant', 'ZZ-Contact-Name');
			await seedMarked(b.db, marked.id);
			expect((await api.give(marked, giveBody([category]))).status).toBe(201);
			const a = await api.viewCase(advisor, marked.id);
			expect(a.status).toBe(200);
			const text = JSON.stringify(a.body);
			for (const other of ALL_SECTIONS as ConsentCategory[]) {
				if (other === category) continue;
				for (const value of markersOf(other)) {
					expect(text, `${other} value ${value}`).not.toContain(value);
				}
			}
			if (category !== 'contactDetails') {
				expect(text, 'contactDetails email').not.toContain(marked.email);
			}
			// Not vacuous: the category's own values are there.
			for (const value of MARKERS[category]) expect(text, `own value ${value}`).toContain(value);
		});
	}

	for (const category of Object.keys(PLAN_MARKERS) as ConsentCategory[]) {
		it(`the plan shows its ${category} figures only with that category consented too`, async () => {
			const marked = await createUser(b.db, 'tenant', 'ZZ-Contact-Name');
			await seedMarked(b.db, marked.id);
			expect((await api.give(marked, giveBody(['paymentPlan', category]))).status).toBe(201);
			const a = await api.viewCase(advisor, marked.id);
			expect(a.status).toBe(200);
			const plan = JSON.stringify(a.body.paymentPlan);
			for (const value of PLAN_MARKERS[category] ?? []) expect(plan).toContain(value);
			for (const [other, values] of Object.entries(PLAN_MARKERS)) {
				if (other === category) continue;
				for (const value of values) expect(plan, `${other} value ${value}`).not.toContain(value);
			}
		});
	}

	it('pages the lists of a large case, with the summary over all rows', async () => {
		const big = await createUser(b.db, 'tenant', 'Iso Tapaus');
		const results = await applyPush(
			b.db,
			big.id,
			Array.from({ length: 250 }, (_, i) =>
				mutation('debts', `debt-${String(i).padStart(3, '0')}`, rowFields('debts'))
			)
		);
		expect(results.every((r) => r.status === 'applied')).toBe(true);
		expect((await api.give(big, giveBody(['debts']))).status).toBe(201);
		const pages = [];
		for (const query of ['', '?page=1', '?page=2', '?page=3']) {
			const a = await api.viewCase(advisor, big.id, query);
			expect(a.status, query).toBe(200);
			pages.push(a.body);
		}
		const sizes = pages.map((p) => (p.debts as { debts: unknown[] }).debts.length);
		expect(sizes).toEqual([100, 100, 50, 0]);
		expect(pages.map((p) => (p.paging as { more: boolean }).more)).toEqual([
			true,
			true,
			false,
			false
		]);
		const ids = pages.flatMap((p) =>
			(p.debts as { debts: { id: string }[] }).debts.map((d) => d.id)
		);
		expect(new Set(ids).size).toBe(250);
		for (const p of pages)
			expect((p.summary as { totalDebt: number }).totalDebt).toBe(250 * 300_000);
		for (const bad of ['?page=-1', '?page=abc', '?page=1e3']) {
			const a = await api.viewCase(advisor, big.id, bad);
			expect(a.status, bad).toBe(400);
			expect(a.body.issues).toEqual([{ path: 'page', message: expect.any(String) }]);
		}
	});
});
