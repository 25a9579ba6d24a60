/**
 * The tenant's situation as live reactive state: every table is observed through Dexie's liveQuery,
 * so a change in another tab (or from sync) shows up here without a reload.
 */
import { createContext } from 'svelte';
import { liveQuery } from 'dexie';
import { HOME_ID, HOUSEHOLD_ID, type Situation } from '$lib/schemas/situation';
import { computeSummary } from '$lib/domain/summary';
import { appDb } from '$lib/db/app-db';

const EMPTY: Situation = {
	household: undefined,
	home: undefined,
	incomes: [],
	expenses: [],
	debts: [],
	benefits: [],
	decisions: []
};

export class SituationState {
	situation = $state.raw<Situation>(EMPTY);
	/** Text typed but not yet valid, by draft key. */
	drafts = $state.raw<ReadonlyMap<string, string>>(new Map());
	loaded = $state(false);
	error = $state<unknown>(null);
	summary = $derived(computeSummary(this.situation));

	/** Must be constructed during component initialisation: the subscription lives with it. */
	constructor() {
		$effect(() => {
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
					this.situation = value.situation;
					this.drafts = value.drafts;
					this.loaded = true;
				},
				error: (e: unknown) => {
					this.error = e;
				}
			});
			return () => sub.unsubscribe();
		});
	}
}

export const [getSituation, setSituation] = createContext<SituationState>();
