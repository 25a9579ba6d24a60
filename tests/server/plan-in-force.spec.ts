/**
 * The advisor and the tenant follow the same plan version. The server's case view and the
 * tenant's device read the same synced rows; both must pick the same version as in force, also
 * when two devices agreed different versions offline and sync brought both agreements.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BACKENDS, useBackend } from './backends';
import { T0, createUser, giveBody } from './consent-harness';
import { mutation, rowFields } from './factories';
import { agreedPlanVersion, newestPlanVersion, sortVersions } from '$lib/domain/plan-versions';
import { planSchema, type PlanRow } from '$lib/schemas/plan';
import type { GiveConsentBody } from '$lib/schemas/consent';
import { giveConsent } from '$lib/server/consent/consents';
import { viewCase } from '$lib/server/consent/case-view';
import { applyPush } from '$lib/server/sync';

type Version = { id: string; revision: number; createdAt: string; agreedAt: string | null };

describe.each(BACKENDS)('the plan in force on %s', (kind) => {
	const backend = useBackend(kind);

	/** Syncs the versions into a tenant's account; returns the rows as the tenant's device holds them. */
	async function tenantWith(versions: Version[]) {
		const db = backend.db;
		const tenant = await createUser(db, 'tenant');
		const advisor = await createUser(db, 'advisor', 'Neuvoja');
		const fields = versions.map((v) =>
			rowFields('plans', {
				revision: v.revision,
				agreed: v.agreedAt !== null,
				agreedAt: v.agreedAt,
				createdAt: v.createdAt,
				updatedAt: v.createdAt
			})
		);
		const results = await applyPush(
			db,
			tenant.id,
			versions.map((v, i) => mutation('plans', v.id, fields[i]!))
		);
		expect(results.map((r) => r.status)).toEqual(versions.map(() => 'applied'));
		await giveConsent(
			db,
			tenant.id,
			giveBody(['paymentPlan']) as GiveConsentBody,
			randomUUID(),
			T0
		);
		const device: PlanRow[] = versions.map((v, i) =>
			planSchema.parse({ ...fields[i], id: v.id, version: 1 })
		);
		const view = await viewCase(db, advisor, tenant.id, T0);
		return { device, plan: view.paymentPlan };
	}

	it('picks the latest agreement when two devices agreed different versions offline', async () => {
		// Device A agreed revision 3 on the 10th; device B, offline, agreed revision 2 on the 20th.
		const { device, plan } = await tenantWith([
			{ id: 'v1', revision: 1, createdAt: '2026-11-01T10:00:00.000Z', agreedAt: null },
			{
				id: 'v2',
				revision: 2,
				createdAt: '2026-11-02T10:00:00.000Z',
				agreedAt: '2026-11-20T10:00:00.000Z'
			},
			{
				id: 'v3',
				revision: 3,
				createdAt: '2026-11-03T10:00:00.000Z',
				agreedAt: '2026-11-10T10:00:00.000Z'
			},
			{ id: 'v4', revision: 4, createdAt: '2026-11-04T10:00:00.000Z', agreedAt: null }
		]);
		// What PlanState follows on the tenant's device (lib/state/plan.svelte.ts).
		const tenantFollows = agreedPlanVersion(sortVersions(device));
		expect(tenantFollows?.id).toBe('v2');
		expect(plan?.current?.id).toBe(tenantFollows?.id);
		// The advisor's progress counts payments from the same agreement.
		expect(plan?.current?.agreedAt).toBe(tenantFollows?.agreedAt);
		expect(plan?.plans.map((p) => p.id)).toEqual(['v4', 'v3', 'v2', 'v1']);
	});

	it('shows the version edits start from when none is agreed, also with a shared revision', async () => {
		// Two devices each saved revision 2 offline.
		const { device, plan } = await tenantWith([
			{ id: 'v1', revision: 1, createdAt: '2026-11-01T10:00:00.000Z', agreedAt: null },
			{ id: 'v2-late', revision: 2, createdAt: '2026-11-03T10:00:00.000Z', agreedAt: null },
			{ id: 'v2-early', revision: 2, createdAt: '2026-11-02T10:00:00.000Z', agreedAt: null }
		]);
		// The tenant's plan page edits the last of the sorted versions (PlanState.latest).
		const tenantEdits = sortVersions(device).at(-1);
		expect(tenantEdits?.id).toBe('v2-late');
		expect(newestPlanVersion(device)?.id).toBe(tenantEdits?.id);
		expect(plan?.current?.id).toBe(tenantEdits?.id);
	});
});
