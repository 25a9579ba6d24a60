/**
 * An advisor changing a tenant's plan instalments: only under an active consent that covers the
 * payment plan, stored as a new append-only version in the tenant's synced data, and logged.
 */
import { describe, expect, it } from 'vitest';
import { BACKENDS, useBackend } from './backends';
import {
	TestClock,
	consentApi,
	createUser,
	giveBody,
	makeEvent,
	seedSituation
} from './consent-harness';
import { handleAdvisorPlanChange } from '$lib/server/plans/endpoints';
import { resetRateLimits, withJsonErrors } from '$lib/server/http/guards';
import { planSchema } from '$lib/schemas/plan';
import type { SessionUser } from '$lib/server/http/guards';

describe.each(BACKENDS)('advisor plan changes on %s', (kind) => {
	const backend = useBackend(kind);
	const clock = new TestClock();

	async function change(user: SessionUser | null, tenantId: string, body: unknown) {
		resetRateLimits();
		const handler = withJsonErrors((e: Parameters<typeof handleAdvisorPlanChange>[0]) =>
			handleAdvisorPlanChange(e, { db: async () => backend.db, now: clock.now })
		);
		const res = await handler(
			makeEvent(`/api/advisor/cases/${tenantId}/plans`, { user, body, params: { tenantId } })
		);
		return { status: res.status, body: (await res.json()) as Record<string, unknown> };
	}

	async function setup(categories: Parameters<typeof giveBody>[0] = ['paymentPlan']) {
		const db = backend.db;
		const tenant = await createUser(db, 'tenant');
		const advisor = await createUser(db, 'advisor', 'Neuvoja');
		await seedSituation(db, tenant.id);
		const api = consentApi(() => db, clock);
		const given = await api.give(tenant, giveBody(categories));
		expect(given.status).toBe(201);
		const consentId = (given.body.consent as { id: string }).id;
		return { db, tenant, advisor, api, consentId };
	}

	const body = {
		basedOnPlanId: 'plan-1',
		adjustments: [{ debtId: 'homeArrears', monthlyCents: 20_000 }]
	};

	it('stores a new version based on the old one, into the tenant synced data', async () => {
		const { db, tenant, advisor } = await setup();
		const res = await change(advisor, tenant.id, body);
		expect(res.status).toBe(201);
		expect(res.body).toMatchObject({ revision: 2 });
		const row = await db
			.selectFrom('sync_rows')
			.select(['data'])
			.where('user_id', '=', tenant.id)
			.where('entity', '=', 'plans')
			.where('row_id', '=', res.body.planId as string)
			.executeTakeFirstOrThrow();
		const plan = planSchema.parse(JSON.parse(row.data!));
		expect(plan).toMatchObject({ revision: 2, basedOnPlanId: 'plan-1', agreed: false });
		expect(plan.months.map((m) => m.instalmentsCents[0])).toEqual([20_000, 20_000, 20_000]);
		// The old version is untouched.
		const old = await db
			.selectFrom('sync_rows')
			.select(['data'])
			.where('user_id', '=', tenant.id)
			.where('row_id', '=', 'plan-1')
			.executeTakeFirstOrThrow();
		expect(planSchema.parse(JSON.parse(old.data!)).revision).toBe(1);
		const log = await db
			.selectFrom('consent_access_log')
			.select(['categories', 'advisor_id'])
			.where('user_id', '=', tenant.id)
			.execute();
		expect(log).toEqual([{ categories: '["paymentPlan"]', advisor_id: advisor.id }]);
	});

	it('refuses without a consent covering the plan, and at once after withdrawal', async () => {
		const other = await setup(['debts', 'rentArrears']);
		expect((await change(other.advisor, other.tenant.id, body)).status).toBe(403);

		const { tenant, advisor, api, consentId } = await setup();
		expect((await api.withdraw(tenant, consentId)).status).toBe(200);
		expect((await change(advisor, tenant.id, body)).status).toBe(403);
	});

	it('answers by role: anonymous 401, tenant and admin 403', async () => {
		const { tenant } = await setup();
		const admin = await createUser(backend.db, 'admin');
		expect((await change(null, tenant.id, body)).status).toBe(401);
		expect((await change(tenant, tenant.id, body)).status).toBe(403);
		expect((await change(admin, tenant.id, body)).status).toBe(403);
	});

	it('names the field of a bad change and stores nothing', async () => {
		const { db, tenant, advisor } = await setup();
		// More than the money available each month (35 000) and more than the debt (60 000).
		const tooMuch = await change(advisor, tenant.id, {
			basedOnPlanId: 'plan-1',
			adjustments: [{ debtId: 'homeArrears', monthlyCents: 70_000 }]
		});
		expect(tooMuch.status).toBe(400);
		const issues = tooMuch.body.issues as { path: string; message: string; code?: string }[];
		// The page explains each by its code (AdvisorPlan.svelte), never by the message text.
		expect(issues).toContainEqual({
			path: 'adjustments.homeArrears',
			message: expect.stringContaining('exceedsBalance'),
			code: 'exceedsBalance'
		});
		expect(issues).toContainEqual({
			path: 'adjustments',
			message: expect.stringContaining('overAvailable'),
			code: 'overAvailable'
		});
		const unknown = await change(advisor, tenant.id, { ...body, basedOnPlanId: 'nope' });
		expect(unknown.status).toBe(404);
		const malformed = await change(advisor, tenant.id, {
			basedOnPlanId: 'plan-1',
			adjustments: []
		});
		expect(malformed.status).toBe(400);
		const plans = await db
			.selectFrom('sync_rows')
			.select('row_id')
			.where('user_id', '=', tenant.id)
			.where('entity', '=', 'plans')
			.execute();
		expect(plans).toHaveLength(1);
	});

	it('lowers the living-costs floor below the household minimum only with a reason', async () => {
		const { db, tenant, advisor } = await setup();
		// One adult: the minimum from 1.3.2026 is 578,43 €; the stored version has 900 €.
		const noReason = await change(advisor, tenant.id, {
			basedOnPlanId: 'plan-1',
			adjustments: [],
			livingFloor: { cents: 50_000 }
		});
		expect(noReason.status).toBe(400);
		expect(noReason.body.issues).toContainEqual({
			path: 'livingFloor.reason',
			message: expect.stringContaining('57843')
		});

		const lowered = await change(advisor, tenant.id, {
			basedOnPlanId: 'plan-1',
			adjustments: [],
			livingFloor: { cents: 50_000, reason: 'Meals at the day centre' }
		});
		expect(lowered.status).toBe(201);
		const row = await db
			.selectFrom('sync_rows')
			.select(['data'])
			.where('user_id', '=', tenant.id)
			.where('row_id', '=', lowered.body.planId as string)
			.executeTakeFirstOrThrow();
		const plan = planSchema.parse(JSON.parse(row.data!));
		expect(plan).toMatchObject({
			livingFloorCents: 50_000,
			minimumFloorCents: 57_843,
			floorReason: 'Meals at the day centre'
		});
		// 2 000 - 500 - 750 rent (no reserve in the old version) = 750 a month for the 600 € owed.
		expect(plan.months.map((m) => m.instalmentsCents[0])).toEqual([60_000]);

		// Raising it needs no reason and keeps none.
		const raised = await change(advisor, tenant.id, {
			basedOnPlanId: 'plan-1',
			adjustments: [],
			livingFloor: { cents: 100_000 }
		});
		expect(raised.status).toBe(201);
		const raisedRow = await db
			.selectFrom('sync_rows')
			.select(['data'])
			.where('user_id', '=', tenant.id)
			.where('row_id', '=', raised.body.planId as string)
			.executeTakeFirstOrThrow();
		const raisedPlan = planSchema.parse(JSON.parse(raisedRow.data!));
		expect(raisedPlan.livingFloorCents).toBe(100_000);
		expect(raisedPlan.floorReason).toBeUndefined();
	});
});
