/**
 * Writes of the payment plan: plan versions, agreeing, payments, and the text typed into the plan's
 * fields. Every write goes through situation-repo's `saveFields` / `addRow` / `deleteRow`, so each
 * row is stored together with its outbox entry in one transaction and syncs like the rest of the
 * tenant's data.
 *
 * Invariants:
 * - Plan versions are append-only. Saving a change creates a new row (the next revision,
 *   `basedOnPlanId` = the version it was changed from); a saved row's schedule is never rewritten.
 * - Agreeing changes only `agreed` / `agreedAt`. One version is agreed at a time: agreeing a version
 *   sets `agreed: false` on an earlier agreed one *but keeps its `agreedAt`*, so the history still
 *   says when that version was agreed (the UI shows it as "was agreed on ..., replaced"). Two
 *   devices agreeing different versions offline can still both end up `agreed` after sync; which
 *   one is in force is decided in lib/domain/plan-versions.ts, for every reader.
 * - Text typed into the plan's fields (living-costs floor, instalments, a payment being entered) is
 *   kept in the device-local `drafts` table under `plans/<base>/...` and `payments/new/...` until it
 *   is saved as a version or a payment, so nothing typed is lost on reload or offline, and nothing
 *   invalid ever reaches a synced row.
 */
import type { Plan } from '$lib/domain/plan';
import type { Payment } from '$lib/schemas/plan';
import type { CheckinAnswer } from '$lib/schemas/constants';
import { appDb, type AppDb } from './app-db';
import { newId } from './ids';
import { addRow, deleteRow, saveFields } from './situation-repo';
import { keepDraft } from './typed-journal';

/**
 * The plan schemas (with zod, about 10 KB) and the planner's row format load with the first save,
 * not with every page that watches the plans (their live query reads this module's draft keys).
 * Loaded before a transaction starts, never inside one (only Dexie's own promises may be awaited
 * there).
 */
async function loadWriters() {
	const [{ planSchema, paymentSchema }, { planToRowData }] = await Promise.all([
		import('$lib/schemas/plan'),
		import('$lib/domain/plan')
	]);
	return { planSchema, paymentSchema, planToRowData };
}

/** The draft key prefix for edits of a version (`new` before the first version exists). */
export function planDraftPrefix(basePlanId: string | null): string {
	return `plans/${basePlanId ?? 'new'}/`;
}

export const FLOOR_FIELD = 'livingFloor';

export function floorDraftKey(basePlanId: string | null): string {
	return `${planDraftPrefix(basePlanId)}${FLOOR_FIELD}`;
}

/** The reserve kept outside the plan. */
export function reserveDraftKey(basePlanId: string | null): string {
	return `${planDraftPrefix(basePlanId)}reserve`;
}

/** The arrears plan length the landlord accepts, in months. */
export function lengthDraftKey(basePlanId: string | null): string {
	return `${planDraftPrefix(basePlanId)}acceptableMonths`;
}

/** Whether a debt threatens basic needs (energy with a cut-off threat): 'yes' or 'no'. */
export function essentialDraftKey(basePlanId: string | null, debtId: string): string {
	return `${planDraftPrefix(basePlanId)}essential:${debtId}`;
}

/** Late-payment interest and collection costs as the landlord states them, per printed version. */
export function costsDraftKey(planId: string): string {
	return `plans/print/${planId}/landlordCosts`;
}

export function instalmentDraftKey(basePlanId: string | null, debtId: string): string {
	return `${planDraftPrefix(basePlanId)}instalment:${debtId}`;
}

export const PAYMENT_DRAFT_PREFIX = 'payments/new/';
export const PAYMENT_DRAFT_FIELDS = ['date', 'amount', 'debtId'] as const;
export type PaymentDraftField = (typeof PAYMENT_DRAFT_FIELDS)[number];

export function paymentDraftKey(field: PaymentDraftField): string {
	return `${PAYMENT_DRAFT_PREFIX}${field}`;
}

/**
 * Keeps text typed into a plan or payment field, valid or not, until it is saved. Journalled
 * before it returns (typed-journal.ts), so a page that goes away right after the keystroke keeps it.
 */
export function keepTyped(key: string, text: string, db: AppDb = appDb()): Promise<boolean> {
	return keepDraft(key, text, db);
}

/** Forgets every draft under a prefix (discarding edits, or after they were saved). */
export async function clearDrafts(prefix: string, db: AppDb = appDb()): Promise<void> {
	await db.drafts.where('key').startsWith(prefix).delete();
}

/**
 * Saves a plan as a new version and returns its id and revision. The revision is one more than the
 * highest on this device. The drafts the change was typed in (`draftPrefix`) are cleared in the
 * same transaction, so a reload shows either the unsaved edits or the saved version, never both.
 */
export async function savePlanVersion(
	plan: Plan,
	meta: { basedOnPlanId: string | null; draftPrefix?: string; note?: string },
	db: AppDb = appDb()
): Promise<{ id: string; revision: number }> {
	const { planSchema, planToRowData } = await loadWriters();
	const id = newId();
	let revision = 1;
	await db.transaction('rw', [db.plans, db.outbox, db.drafts], async () => {
		const last = await db.plans.toCollection().toArray();
		revision = last.reduce((max, row) => Math.max(max, row.revision), 0) + 1;
		const data = planToRowData(plan, {
			revision,
			basedOnPlanId: meta.basedOnPlanId,
			note: meta.note
		});
		// Parse before storing: a plan the server would refuse must not be queued at all.
		const now = new Date().toISOString();
		planSchema.parse({ ...data, id, createdAt: now, updatedAt: now, version: 0 });
		await saveFields('plans', id, data, db);
		if (meta.draftPrefix !== undefined) await clearDrafts(meta.draftPrefix, db);
	});
	return { id, revision };
}

/**
 * Marks a version as agreed now. Only `agreed` / `agreedAt` change on it; an earlier agreed
 * version gets `agreed: false` and keeps its `agreedAt` (module comment). Agreeing the version
 * that is already agreed changes nothing.
 */
export async function agreePlan(id: string, db: AppDb = appDb()): Promise<void> {
	await db.transaction('rw', [db.plans, db.outbox, db.drafts], async () => {
		const row = await db.plans.get(id);
		if (!row) throw new Error(`No plan version ${id}`);
		if (row.agreed) return;
		const others = await db.plans.filter((p) => p.agreed && p.id !== id).toArray();
		for (const other of others) await saveFields('plans', other.id, { agreed: false }, db);
		await saveFields('plans', id, { agreed: true, agreedAt: new Date().toISOString() }, db);
	});
}

export interface NewPayment {
	date: string;
	amountCents: number;
	debtId: string;
	planId: string | null;
	note?: string;
}

/**
 * Records a payment the tenant made and clears the payment form's drafts with it. Throws on a
 * payment the schema refuses (the form checks first, so this is a programming error).
 */
export async function recordPayment(payment: NewPayment, db: AppDb = appDb()): Promise<string> {
	const data: Omit<Payment, 'id' | 'createdAt' | 'updatedAt' | 'version'> = {
		date: payment.date,
		amountCents: payment.amountCents,
		debtId: payment.debtId,
		planId: payment.planId,
		note: payment.note ?? ''
	};
	const { paymentSchema } = await loadWriters();
	const now = new Date().toISOString();
	paymentSchema.parse({ ...data, id: 'check', createdAt: now, updatedAt: now, version: 0 });
	let id = '';
	await db.transaction('rw', [db.payments, db.outbox, db.drafts], async () => {
		id = await addRow('payments', data, db);
		// The date and debt stay as typed: the next payment is often for the same debt.
		await db.drafts.delete(paymentDraftKey('amount'));
	});
	return id;
}

export async function removePayment(id: string, db: AppDb = appDb()): Promise<void> {
	await deleteRow('payments', id, db);
}

/**
 * Keeps the tenant's answer to a check-in. The row's id is the check-in's key, so a second answer
 * (on this or another device) changes the same row.
 */
export async function answerCheckin(
	checkin: { key: string; planId: string; months: 1 | 3 | 6 | 12 },
	answer: CheckinAnswer,
	db: AppDb = appDb()
): Promise<void> {
	await saveFields(
		'checkins',
		checkin.key,
		{ key: checkin.key, planId: checkin.planId, months: checkin.months, answer },
		db
	);
}
