/**
 * The Dexie side of PlanState, loaded on demand like situation-live.ts: only the plan pages pay
 * for it.
 */
import { liveQuery } from 'dexie';
import { appDb } from '$lib/db/app-db';
import { PAYMENT_DRAFT_PREFIX } from '$lib/db/plan-repo';
import { sortVersions } from '$lib/domain/plan-versions';
import type { Payment, PlanRow } from '$lib/schemas/plan';

export interface LivePlans {
	/** Every saved version, oldest first (lib/domain/plan-versions.ts). */
	versions: PlanRow[];
	/** Payments in date order, then the order they were recorded. */
	payments: Payment[];
	/** Text typed into plan and payment fields and not saved yet, by draft key. */
	drafts: ReadonlyMap<string, string>;
}

/** Calls `next` now and after every change, from this tab, another tab or sync. */
export function watchPlans(
	next: (value: LivePlans) => void,
	error: (e: unknown) => void
): () => void {
	const db = appDb();
	const sub = liveQuery(async () => {
		const [versions, payments, planDrafts, paymentDrafts] = await Promise.all([
			db.plans.toArray(),
			db.payments.orderBy('date').toArray(),
			db.drafts.where('key').startsWith('plans/').toArray(),
			db.drafts.where('key').startsWith(PAYMENT_DRAFT_PREFIX).toArray()
		]);
		// orderBy('date') is stable only per key; equal dates keep the order they were recorded in.
		payments.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
		return {
			versions: sortVersions(versions),
			payments,
			drafts: new Map([...planDrafts, ...paymentDrafts].map((d) => [d.key, d.text]))
		};
	}).subscribe({ next, error });
	return () => sub.unsubscribe();
}
