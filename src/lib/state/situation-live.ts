/**
 * The Dexie side of SituationState, loaded on demand: pages that show no situation data (the
 * start page, settings) never download Dexie.
 */
import { liveQuery } from 'dexie';
import { appDb } from '$lib/db/app-db';
import { HOME_ID, HOUSEHOLD_ID } from '$lib/schemas/constants';
import type { Situation } from '$lib/schemas/situation';
import { filledSteps } from '$lib/domain/filled-steps';
import { writeProgressHint } from './progress-hint';

export interface LiveSituation {
	situation: Situation;
	drafts: ReadonlyMap<string, string>;
}

/** Calls `next` now and after every change, from this tab, another tab or sync. */
export function watchSituation(
	next: (value: LiveSituation) => void,
	error: (e: unknown) => void
): () => void {
	const db = appDb();
	const sub = liveQuery(async () => {
		const [household, home, incomes, expenses, debts, benefits, decisions, drafts] =
			await Promise.all([
				db.household.get(HOUSEHOLD_ID),
				db.home.get(HOME_ID),
				db.incomes.toArray(),
				db.expenses.toArray(),
				db.debts.orderBy('createdAt').toArray(),
				db.benefits.toArray(),
				db.decisions.orderBy('createdAt').toArray(),
				db.drafts.toArray()
			]);
		return {
			situation: { household, home, incomes, expenses, debts, benefits, decisions },
			drafts: new Map(drafts.map((d) => [d.key, d.text]))
		};
	}).subscribe({
		next: (value) => {
			writeProgressHint(filledSteps(value.situation));
			next(value);
		},
		error
	});
	return () => sub.unsubscribe();
}
