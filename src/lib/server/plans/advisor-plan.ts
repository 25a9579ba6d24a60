/**
 * An advisor changes instalments of a tenant's payment plan, under the tenant's consent.
 *
 * The new version is written into the tenant's own synced data through `applyPush`, exactly like a
 * change from one of the tenant's devices (append-only: a new `plans` row with the next revision),
 * so it reaches the tenant's phone by the ordinary pull and the agreed version is never rewritten.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
	applyAdjustments,
	minimumLivingFloor,
	planFromRow,
	planToRowData,
	validatePlan
} from '$lib/domain/plan';
import { householdSchema } from '$lib/schemas/situation';
import { planSchema, type AdvisorPlanChange } from '$lib/schemas/plan';
import type { Database } from '$lib/server/db/schema';
import { activeConsentCategories } from '$lib/server/consent/access';
import { HttpProblem, type SessionUser } from '$lib/server/http/guards';
import { logAccess } from '$lib/server/consent/contacts';
import { applyPush } from '$lib/server/sync/push';

export interface AdvisorPlanResult {
	planId: string;
	revision: number;
	version: number;
}

async function tenantPlans(db: Kysely<Database>, tenantId: string) {
	const rows = await db
		.selectFrom('sync_rows')
		.select(['row_id', 'data'])
		.where('user_id', '=', tenantId)
		.where('entity', '=', 'plans')
		.where('deleted', '=', 0)
		.execute();
	return rows.flatMap((r) => {
		const parsed = planSchema.safeParse(JSON.parse(r.data ?? 'null'));
		return parsed.success ? [parsed.data] : [];
	});
}

/** The tenant's synced household row, for the floor minimum of versions saved without one. */
async function tenantHousehold(db: Kysely<Database>, tenantId: string) {
	const row = await db
		.selectFrom('sync_rows')
		.select(['data'])
		.where('user_id', '=', tenantId)
		.where('entity', '=', 'household')
		.where('deleted', '=', 0)
		.executeTakeFirst();
	const parsed = householdSchema.safeParse(JSON.parse(row?.data ?? 'null'));
	return parsed.success ? parsed.data : undefined;
}

export async function changePlanAsAdvisor(
	db: Kysely<Database>,
	advisor: SessionUser,
	tenantId: string,
	change: AdvisorPlanChange,
	now: Date = new Date()
): Promise<AdvisorPlanResult> {
	const allowed = await activeConsentCategories(db, tenantId, now);
	if (!allowed.has('paymentPlan')) {
		throw new HttpProblem(403, {
			code: 'no_consent',
			message: 'No active consent from this tenant covers the payment plan'
		});
	}
	const plans = await tenantPlans(db, tenantId);
	const base = plans.find((p) => p.id === change.basedOnPlanId);
	if (!base) {
		throw new HttpProblem(404, {
			message: 'No such plan',
			issues: [{ path: 'basedOnPlanId', message: 'Unknown plan version' }]
		});
	}
	const stored = planFromRow(base);
	let input = stored.input;
	if (change.livingFloor) {
		// Only an advisor may lower the floor below the household minimum, and the reason is
		// stored in the version. A version saved before the minimum existed is checked
		// against the minimum for the tenant's household now.
		const minimum =
			base.minimumFloorCents ??
			minimumLivingFloor(await tenantHousehold(db, tenantId), base.startMonth);
		const reason = (change.livingFloor.reason ?? '').trim();
		const below = change.livingFloor.cents < minimum;
		if (below && reason === '') {
			throw new HttpProblem(400, {
				message: 'A floor below the household minimum needs a reason',
				issues: [{ path: 'livingFloor.reason', message: `below minimum ${minimum}` }]
			});
		}
		input = {
			...input,
			livingFloorCents: change.livingFloor.cents,
			minimumFloorCents: minimum,
			floorReason: below ? reason : undefined
		};
	}
	const plan = applyAdjustments({ ...stored, input }, change.adjustments);
	const problems = validatePlan(plan);
	if (problems.length > 0) {
		throw new HttpProblem(400, {
			message: 'The instalments do not fit the plan',
			issues: problems.map((p) => ({
				path: p.debtId ? `adjustments.${p.debtId}` : 'adjustments',
				message: [p.code, p.month, p.cents].filter((x) => x !== undefined).join(' '),
				code: p.code
			}))
		});
	}
	const revision = Math.max(...plans.map((p) => p.revision)) + 1;
	const stamp = now.toISOString();
	const id = randomUUID();
	const fields = {
		...planToRowData(plan, { revision, basedOnPlanId: base.id, note: change.note ?? '' }),
		createdAt: stamp,
		updatedAt: stamp
	};
	const [result] = await applyPush(db, tenantId, [
		{
			mutationId: randomUUID(),
			entity: 'plans',
			entityId: id,
			op: 'upsert',
			fields,
			baseVersion: 0,
			clientId: `advisor:${advisor.id}`
		}
	]);
	if (result?.status !== 'applied') {
		throw new HttpProblem(400, {
			message: 'The new plan version was refused',
			issues: result?.status === 'rejected' ? result.issues : []
		});
	}
	// Reading the base version was a look at the tenant's plan: the tenant sees it in the log.
	await logAccess(db, advisor, tenantId, ['paymentPlan'], now);
	return { planId: id, revision, version: result.version };
}
