/**
 * The summary of the live situation (surplus or deficit, eviction stage, benefits not applied
 * for). Apart from SituationState so the summary rules load only with the pages that show them.
 * Call during component initialisation; the value follows every change of the situation.
 */
import { computeSummary, type Summary } from '$lib/domain/summary';
import type { SituationState } from './situation.svelte';

export function liveSummary(live: SituationState): { readonly current: Summary } {
	const summary = $derived(computeSummary(live.situation));
	return {
		get current() {
			return summary;
		}
	};
}
