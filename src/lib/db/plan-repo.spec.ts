import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { applyAdjustments, proposePlan, type PlanInput } from '$lib/domain/plan';
import { HOME_ARREARS_DEBT_ID, paymentSchema, planSchema } from '$lib/schemas/plan';
import { openAppDb, type AppDb } from './app-db';
import {
	agreePlan,
	clearDrafts,
	floorDraftKey,
	instalmentDraftKey,
	keepTyped,
	paymentDraftKey,
	planDraftPrefix,
	recordPayment,
	removePayment,
	savePlanVersion
} from './plan-repo';
import { agreedPlanVersion, sortVersions } from '$lib/domain/plan-versions';

let db: AppDb;
let n = 0;

beforeEach(async () => {
	db = openAppDb(`plan-repo-test-${n++}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

const input: PlanInput = {
	incomeCents: 1900_00,
	livingFloorCents: 480_00,
	rentCents: 600_00,
	debts: [
		{
			id: HOME_ARREARS_DEBT_ID,
			creditor: 'Vuokranantaja Oy',
			type: 'rentArrears',
			balanceCents: 1000_00,
			currentLandlord: true
		},
		{ id: 'loan', creditor: 'Pikalaina Oy', type: 'instantLoan', balanceCents: 900_00 }
	],
	dueDay: 5,
	startMonth: '2026-03'
};

describe('plan versions', () => {
	it('saves a version as a valid row with its outbox entry', async () => {
		const { id, revision } = await savePlanVersion(proposePlan(input), { basedOnPlanId: null }, db);
		expect(revision).toBe(1);
		const row = await db.plans.get(id);
		expect(planSchema.safeParse(row).success).toBe(true);
		expect(row).toMatchObject({ revision: 1, basedOnPlanId: null, agreed: false, agreedAt: null });
		const outbox = await db.outbox.toArray();
		expect(outbox).toHaveLength(1);
		expect(outbox[0]).toMatchObject({ entity: 'plans', entityId: id, op: 'upsert' });
		expect(outbox[0]!.fields).toMatchObject({ revision: 1, livingFloorCents: 480_00 });
	});

	it('appends a new row for every saved change and never rewrites an old one', async () => {
		const first = await savePlanVersion(proposePlan(input), { basedOnPlanId: null }, db);
		const before = await db.plans.get(first.id);
		const changed = applyAdjustments(proposePlan(input), [
			{ debtId: HOME_ARREARS_DEBT_ID, monthlyCents: 500_00 }
		]);
		const second = await savePlanVersion(changed, { basedOnPlanId: first.id }, db);
		const third = await savePlanVersion(proposePlan(input), { basedOnPlanId: second.id }, db);

		expect(second.revision).toBe(2);
		expect(third.revision).toBe(3);
		expect(await db.plans.get(first.id)).toEqual(before);
		const rows = sortVersions(await db.plans.toArray());
		expect(rows.map((r) => [r.revision, r.basedOnPlanId])).toEqual([
			[1, null],
			[2, first.id],
			[3, second.id]
		]);
		expect(rows[1]!.adjustments).toEqual([
			{ debtId: HOME_ARREARS_DEBT_ID, monthlyCents: 500_00, fromMonth: null }
		]);
		// Three new rows: three separate upserts, none of them an edit of an earlier version.
		const outbox = await db.outbox.toArray();
		expect(outbox.map((e) => e.entityId)).toEqual([first.id, second.id, third.id]);
	});

	it('clears the drafts the change was typed in, in the same write', async () => {
		const first = await savePlanVersion(proposePlan(input), { basedOnPlanId: null }, db);
		await keepTyped(floorDraftKey(first.id), '450', db);
		await keepTyped(instalmentDraftKey(first.id, HOME_ARREARS_DEBT_ID), '500', db);
		await keepTyped(paymentDraftKey('amount'), '12,3x', db);
		await savePlanVersion(
			proposePlan({ ...input, livingFloorCents: 450_00 }),
			{ basedOnPlanId: first.id, draftPrefix: planDraftPrefix(first.id) },
			db
		);
		expect((await db.drafts.toArray()).map((d) => d.key)).toEqual([paymentDraftKey('amount')]);
	});

	it('keeps invalid text as a draft that is never synced', async () => {
		await keepTyped(floorDraftKey(null), '12,3x', db);
		expect(await db.drafts.get(floorDraftKey(null))).toEqual({
			key: 'plans/new/livingFloor',
			text: '12,3x'
		});
		expect(await db.outbox.count()).toBe(0);
		await clearDrafts(planDraftPrefix(null), db);
		expect(await db.drafts.count()).toBe(0);
	});

	it('refuses to store a plan the server would refuse', async () => {
		const plan = proposePlan(input);
		const broken = { ...plan, input: { ...plan.input, startMonth: '2026-13' } };
		await expect(savePlanVersion(broken, { basedOnPlanId: null }, db)).rejects.toThrow();
		expect(await db.plans.count()).toBe(0);
		expect(await db.outbox.count()).toBe(0);
	});
});

describe('agreePlan', () => {
	it('flips only agreed and agreedAt on the version', async () => {
		const { id } = await savePlanVersion(proposePlan(input), { basedOnPlanId: null }, db);
		const before = (await db.plans.get(id))!;
		await db.outbox.clear();
		await agreePlan(id, db);
		const after = (await db.plans.get(id))!;
		expect(after.agreed).toBe(true);
		expect(after.agreedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
		const { agreed: _a, agreedAt: _b, updatedAt: _c, ...unchanged } = after;
		const { agreed: _d, agreedAt: _e, updatedAt: _f, ...original } = before;
		expect(unchanged).toEqual(original);
		// The change synced is the flag and its time, not the whole schedule again.
		const outbox = await db.outbox.toArray();
		expect(outbox).toHaveLength(1);
		expect(Object.keys(outbox[0]!.fields).sort()).toEqual(['agreed', 'agreedAt', 'updatedAt']);
	});

	it('keeps one agreed version: the earlier one is un-agreed but keeps when it was agreed', async () => {
		const first = await savePlanVersion(proposePlan(input), { basedOnPlanId: null }, db);
		const second = await savePlanVersion(proposePlan(input), { basedOnPlanId: first.id }, db);
		await agreePlan(first.id, db);
		const agreedAt = (await db.plans.get(first.id))!.agreedAt;
		await agreePlan(second.id, db);

		const old = (await db.plans.get(first.id))!;
		const current = (await db.plans.get(second.id))!;
		expect(old).toMatchObject({ agreed: false, agreedAt });
		expect(current.agreed).toBe(true);
		expect(agreedPlanVersion(await db.plans.toArray())?.id).toBe(second.id);
	});

	it('agreeing the agreed version again changes nothing', async () => {
		const { id } = await savePlanVersion(proposePlan(input), { basedOnPlanId: null }, db);
		await agreePlan(id, db);
		const row = await db.plans.get(id);
		const outbox = await db.outbox.count();
		await agreePlan(id, db);
		expect(await db.plans.get(id)).toEqual(row);
		expect(await db.outbox.count()).toBe(outbox);
	});
});

describe('payments', () => {
	it('records a valid payment with its outbox entry and clears the typed amount', async () => {
		await keepTyped(paymentDraftKey('amount'), '820', db);
		await keepTyped(paymentDraftKey('debtId'), HOME_ARREARS_DEBT_ID, db);
		const id = await recordPayment(
			{ date: '2026-03-05', amountCents: 820_00, debtId: HOME_ARREARS_DEBT_ID, planId: 'p1' },
			db
		);
		const row = await db.payments.get(id);
		expect(paymentSchema.safeParse(row).success).toBe(true);
		expect(row).toMatchObject({ date: '2026-03-05', amountCents: 820_00, planId: 'p1' });
		const outbox = await db.outbox.toArray();
		expect(outbox).toHaveLength(1);
		expect(outbox[0]).toMatchObject({ entity: 'payments', entityId: id, op: 'upsert' });
		expect((await db.drafts.toArray()).map((d) => d.key)).toEqual([paymentDraftKey('debtId')]);
	});

	it('refuses a payment without an amount or a date', async () => {
		await expect(
			recordPayment({ date: '2026-03-05', amountCents: 0, debtId: 'x', planId: null }, db)
		).rejects.toThrow();
		await expect(
			recordPayment({ date: '', amountCents: 100, debtId: 'x', planId: null }, db)
		).rejects.toThrow();
		expect(await db.payments.count()).toBe(0);
		expect(await db.outbox.count()).toBe(0);
	});

	it('removes a payment; an unsynced one leaves nothing to send', async () => {
		const id = await recordPayment(
			{ date: '2026-03-05', amountCents: 100_00, debtId: 'loan', planId: null },
			db
		);
		await removePayment(id, db);
		expect(await db.payments.count()).toBe(0);
		expect(await db.outbox.count()).toBe(0);
	});

	it('removing a synced payment queues a delete', async () => {
		const id = await recordPayment(
			{ date: '2026-03-05', amountCents: 100_00, debtId: 'loan', planId: null },
			db
		);
		await db.outbox.clear();
		await db.payments.update(id, { version: 3 });
		await removePayment(id, db);
		const outbox = await db.outbox.toArray();
		expect(outbox).toHaveLength(1);
		expect(outbox[0]).toMatchObject({ entity: 'payments', entityId: id, op: 'delete' });
	});
});
