/**
 * The tenant's situation as live reactive state. Every table is observed through Dexie's
 * liveQuery, so a change in another tab (or from sync) shows up without a reload.
 *
 * The store starts on first use, not at construction: the layout provides it to every page, but
 * only pages that read it pay for loading Dexie. The summary is not here but in summary.svelte.ts,
 * so the layout (and with it the start page) does not load the summary rules.
 */
import { createContext } from 'svelte';
import type { Situation } from '$lib/schemas/situation';

// Not `emptySituation()` from schemas/defaults: importing it brings the row factories along
// (about 0.5 KB gzip) into every page's first load, the start page's too.
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
	#situation = $state.raw<Situation>(EMPTY);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole by each live-query result, never mutated
	#drafts = $state.raw<ReadonlyMap<string, string>>(new Map());
	#loaded = $state(false);
	error = $state<unknown>(null);
	#started = false;

	get situation(): Situation {
		this.#start();
		return this.#situation;
	}
	/** Text typed but not yet valid, by draft key. */
	get drafts(): ReadonlyMap<string, string> {
		this.#start();
		return this.#drafts;
	}
	get loaded(): boolean {
		this.#start();
		return this.#loaded;
	}

	// Lives as long as the app: the root layout owns the one instance and never unmounts.
	#start(): void {
		if (this.#started) return;
		this.#started = true;
		void import('./situation-live').then(({ watchSituation }) =>
			watchSituation(
				(value) => {
					this.#situation = value.situation;
					this.#drafts = value.drafts;
					this.#loaded = true;
				},
				(e) => {
					this.error = e;
				}
			)
		);
	}
}

export const [getSituation, setSituation] = createContext<SituationState>();
