/**
 * The Dexie side of PlanState, loaded on demand like situation-live.ts: only the plan pages pay
 * for it.
 */
import { liveQuery } from 'dexie';
import { appDb, type AppDb } from '$lib/db/app-db';
import { PAYMENT_DRAFT_PREFIX } from '$lib/db/plan-repo';
import { onSaveState, unsavedDrafts } from '$lib/db/typed-journal';
import { sortVersions } from '$lib/domain/plan-versions';
import type { Checkin, Payment, PlanRow } from '$lib/schemas/plan';

export interface LivePlans {
	/** Every saved version, oldest first (lib/domain/plan-versions.ts). */
	versions: PlanRow[];
	/** Payments in date order, then the order they were recorded. */
	payments: Payment[];
	/** Text typed into plan and payment fields and not saved yet, by draft key. */
	drafts: ReadonlyMap<string, string>;
	/** The tenant's answers to check-ins, oldest first. */
	checkins: Checkin[];
}

const isPlanDraft = (key: string) =>
	key.startsWith('plans/') || key.startsWith(PAYMENT_DRAFT_PREFIX);

function planDraftsOf(drafts: ReadonlyMap<string, string>): Map<string, string> {
	return new Map([...drafts].filter(([key]) => isPlanDraft(key)));
}

/**
 * Calls `next` now and after every change, from this tab, another tab or sync.
 *
 * The drafts are what the tenant sees in the fields: text typed in this tab is laid over the
 * stored drafts from the keystroke on (typed-journal.ts tells of it synchronously), and kept there
 * until a live query result that was read after its save. Without that, a button pressed right
 * after the last key (a slow phone, a fast thumb) acted on the text of an earlier keystroke: the
 * drafts table is only seen through the live query, some turns of the event loop behind.
 */
export function watchPlans(
	next: (value: LivePlans) => void,
	error: (e: unknown) => void,
	db: AppDb = appDb()
): () => void {
	let stored: LivePlans | null = null;
	let typed = new Map<string, string>();
	const emit = () => {
		if (stored) next({ ...stored, drafts: new Map([...stored.drafts, ...typed]) });
	};
	const sub = liveQuery(async () => {
		const [versions, payments, planDrafts, paymentDrafts, checkins] = await Promise.all([
			db.plans.toArray(),
			db.payments.orderBy('date').toArray(),
			db.drafts.where('key').startsWith('plans/').toArray(),
			db.drafts.where('key').startsWith(PAYMENT_DRAFT_PREFIX).toArray(),
			db.checkins.toArray()
		]);
		// orderBy('date') is stable only per key; equal dates keep the order they were recorded in.
		payments.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
		return {
			versions: sortVersions(versions),
			payments,
			drafts: new Map([...planDrafts, ...paymentDrafts].map((d) => [d.key, d.text])),
			checkins: checkins.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
		};
	}).subscribe({
		next: (value) => {
			stored = value;
			// What was saved is in this result; only text still unsaved stays laid over it.
			typed = planDraftsOf(unsavedDrafts());
			emit();
		},
		error
	});
	const stopTyped = onSaveState(() => {
		let changed = false;
		for (const [key, text] of planDraftsOf(unsavedDrafts())) {
			if (typed.get(key) !== text) {
				typed.set(key, text);
				changed = true;
			}
		}
		if (changed) emit();
	});
	return () => {
		stopTyped();
		sub.unsubscribe();
	};
}
