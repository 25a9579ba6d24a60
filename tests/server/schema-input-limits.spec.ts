/**
 * Input the shared schemas must refuse, through the endpoints that store it, on both dialects:
 * control characters in consent and contact free text (PostgreSQL answered 500 to NUL), dates
 * outside any calendar, and a plan version whose debts repeat an id (it passed the schema, was
 * synced, and then broke the advisor's plan change).
 */
import { describe, expect, it } from 'vitest';
import { handleAdvisorPlanChange } from '$lib/server/plans/endpoints';
import { resetRateLimits, withJsonErrors, type SessionUser } from '$lib/server/http/guards';
import { advisorPlanChangeSchema, planSchema } from '$lib/schemas/plan';
import { applyPush } from '$lib/server/sync';
import { BACKENDS, useBackend } from './backends';
import { TestClock, consentApi, createUser, giveBody, makeEvent } from './consent-harness';
import { mutation, rowFields } from './factories';

const issuePaths = (body: Record<string, unknown>) =>
	((body.issues ?? []) as { path: string }[]).map((i) => i.path);

describe('plan schema', () => {
	const debt = {
		debtId: 'd1',
		creditor: 'Perintä Oy',
		type: 'consumerLoan',
		balanceCents: 10_000,
		currentLandlord: false
	};
	const plan = (overrides: Record<string, unknown>) => ({
		id: 'p',
		version: 0,
		...rowFields('plans'),
		...overrides
	});

	it('refuses a version whose debts repeat an id', () => {
		const twice = plan({
			debts: [debt, { ...debt, creditor: 'Toinen' }],
			months: [{ month: '2026-12', dueDate: '2026-12-02', instalmentsCents: [100, 200] }]
		});
		const parsed = planSchema.safeParse(twice);
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('debts');
		const once = plan({
			debts: [debt, { ...debt, debtId: 'd2' }],
			months: [{ month: '2026-12', dueDate: '2026-12-02', instalmentsCents: [100, 200] }]
		});
		expect(planSchema.safeParse(once).success).toBe(true);
	});

	it('refuses control characters in creditor names and notes, keeps line breaks in notes', () => {
		expect(planSchema.safeParse(plan({ note: 'a\u0000b' })).success).toBe(false);
		expect(planSchema.safeParse(plan({ note: 'rivi 1\nrivi 2' })).success).toBe(true);
		const creditor = plan({ debts: [{ ...debt, creditor: 'Oy\u0007' }], months: [] });
		expect(planSchema.safeParse(creditor).success).toBe(false);
	});

	it('refuses a start month outside the years dates may have', () => {
		expect(planSchema.safeParse(plan({ startMonth: '9999-12' })).success).toBe(false);
		expect(planSchema.safeParse(plan({ startMonth: '2026-12' })).success).toBe(true);
	});

	it('refuses an advisor change naming one debt twice', () => {
		const parsed = advisorPlanChangeSchema.safeParse({
			basedOnPlanId: 'p',
			adjustments: [
				{ debtId: 'd1', monthlyCents: 100 },
				{ debtId: 'd1', monthlyCents: 200 }
			]
		});
		expect(parsed.success).toBe(false);
	});
});

describe.each(BACKENDS)('free text and dates through the endpoints on %s', (kind) => {
	const b = useBackend(kind);
	const clock = new TestClock();

	it('refuses NUL and other control characters in a recipient name with 400, storing nothing', async () => {
		const api = consentApi(() => b.db, clock);
		const tenant = await createUser(b.db, 'tenant');
		for (const name of ['Vuokra\u0000 Oy', 'Vuokra\nOy', 'Vuokra\u001b[31m Oy']) {
			const r = await api.give(tenant, giveBody(['rentArrears'], { kind: 'landlord', name }));
			expect(r.status, JSON.stringify(name)).toBe(400);
			expect(issuePaths(r.body)).toEqual(['recipient.name']);
		}
		expect(
			await b.db.selectFrom('consents').select('id').where('user_id', '=', tenant.id).execute()
		).toEqual([]);
		const ok = await api.give(
			tenant,
			giveBody(['rentArrears'], { kind: 'landlord', name: 'Vuokra Oy' })
		);
		expect(ok.status).toBe(201);
	});

	it('refuses NUL in a contact note and contact times outside any calendar', async () => {
		const api = consentApi(() => b.db, clock);
		const tenant = await createUser(b.db, 'tenant');
		const advisor = await createUser(b.db, 'advisor', 'Neuvoja');
		expect((await api.give(tenant, giveBody(['rentArrears']))).status).toBe(201);
		const landlord = await api.give(
			tenant,
			giveBody(['rentArrears'], { kind: 'landlord', name: 'Vuokra Oy' })
		);
		const consentId = (landlord.body.consent as { id: string }).id;
		const contactedAt = clock.now().toISOString();
		for (const [body, path] of [
			[{ consentId, contactedAt, note: 'Soitin\u0000' }, 'note'],
			[{ consentId, contactedAt: '0001-01-01T00:00:00Z', note: 'Soitin' }, 'contactedAt']
		] as const) {
			const r = await api.recordContact(advisor, tenant.id, body);
			expect(r.status, JSON.stringify(body)).toBe(400);
			expect(issuePaths(r.body)).toEqual([path]);
		}
		const ok = await api.recordContact(advisor, tenant.id, {
			consentId,
			contactedAt,
			note: 'Soitin.\nSovittiin maksusta.'
		});
		expect(ok.status).toBe(201);
	});

	it('refuses NUL in synced situation text (municipality, creditor), keeps a tab, stores nothing refused', async () => {
		const tenant = await createUser(b.db, 'tenant');
		const results = await applyPush(b.db, tenant.id, [
			mutation('household', 'household', rowFields('household', { municipality: 'Tam\u0000pere' })),
			mutation('debts', 'debt-nul', rowFields('debts', { creditor: 'Laina\u0000 Oy' })),
			mutation('household', 'household', rowFields('household', { municipality: 'Tampere\t' }))
		]);
		expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'applied']);
		const rows = await b.db
			.selectFrom('sync_rows')
			.select(['entity', 'row_id', 'data'])
			.where('user_id', '=', tenant.id)
			.execute();
		expect(rows.map((r) => r.row_id)).toEqual(['household']);
		expect(JSON.parse(rows[0]!.data!)).toMatchObject({ municipality: 'Tampere\t' });
	});

	it('never stores a plan version with a repeated debt id, so the advisor can change the plan', async () => {
		const tenant = await createUser(b.db, 'tenant');
		const advisor = await createUser(b.db, 'advisor', 'Neuvoja');
		const api = consentApi(() => b.db, clock);
		expect((await api.give(tenant, giveBody(['paymentPlan']))).status).toBe(201);
		const base = rowFields('plans') as { debts: Record<string, unknown>[] };
		const arrears = base.debts[0]!;
		const [pushed] = await applyPush(b.db, tenant.id, [
			mutation(
				'plans',
				'plan-dup',
				rowFields('plans', {
					debts: [arrears, { ...arrears, creditor: 'Sama id' }],
					months: [{ month: '2026-12', dueDate: '2026-12-02', instalmentsCents: [100, 100] }]
				})
			)
		]);
		expect(pushed?.status).toBe('rejected');
		resetRateLimits();
		const handler = withJsonErrors((e: Parameters<typeof handleAdvisorPlanChange>[0]) =>
			handleAdvisorPlanChange(e, { db: async () => b.db, now: clock.now })
		);
		const change = (user: SessionUser) =>
			handler(
				makeEvent(`/api/advisor/cases/${tenant.id}/plans`, {
					user,
					body: {
						basedOnPlanId: 'plan-dup',
						adjustments: [{ debtId: 'homeArrears', monthlyCents: 100 }]
					},
					params: { tenantId: tenant.id }
				})
			);
		// The refused version does not exist for the advisor either: a clear 404, not a 500.
		expect((await change(advisor)).status).toBe(404);
	});
});
