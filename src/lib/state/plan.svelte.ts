/**
 * The tenant's plan versions, payments and unsaved plan text as live reactive state, started on
 * first use (the pattern of situation.svelte.ts). Provided by the /plan layout, so /plan and
 * /plan/print share one live query.
 */
import { createContext } from 'svelte';
import type { Checkin, Payment, PlanRow } from '$lib/schemas/plan';
import { agreedPlanVersion } from '$lib/domain/plan-versions';

/** Replaced whole by each live query result, never mutated: no SvelteMap needed. */
const NO_DRAFTS: ReadonlyMap<string, string> = new Map();

export class PlanState {
	#versions = $state.raw<PlanRow[]>([]);
	#payments = $state.raw<Payment[]>([]);
	#drafts = $state.raw<ReadonlyMap<string, string>>(NO_DRAFTS);
	#checkins = $state.raw<Checkin[]>([]);
	#loaded = $state(false);
	#agreed = $derived(agreedPlanVersion(this.#versions));
	error = $state<unknown>(null);
	#started = false;
	#stop: (() => void) | undefined;
	#stopped = false;

	/** Every saved version, oldest first. */
	get versions(): PlanRow[] {
		this.#start();
		return this.#versions;
	}
	/** The newest version (the one edits start from), if any. */
	get latest(): PlanRow | undefined {
		return this.versions.at(-1);
	}
	/** The version marked agreed (the latest agreement if sync brought two). */
	get agreed(): PlanRow | undefined {
		this.#start();
		return this.#agreed;
	}
	get payments(): Payment[] {
		this.#start();
		return this.#payments;
	}
	get drafts(): ReadonlyMap<string, string> {
		this.#start();
		return this.#drafts;
	}
	/** The tenant's answers to check-ins (domain/reminders.ts `dueCheckin`), oldest first. */
	get checkins(): Checkin[] {
		this.#start();
		return this.#checkins;
	}
	get loaded(): boolean {
		this.#start();
		return this.#loaded;
	}

	/** Ends the live query (the /plan layout unmounts when the tenant leaves the plan pages). */
	stop(): void {
		this.#stopped = true;
		this.#stop?.();
	}

	#start(): void {
		if (this.#started) return;
		this.#started = true;
		void import('./plan-live').then(({ watchPlans }) => {
			if (this.#stopped) return;
			this.#stop = watchPlans(
				(value) => {
					this.#versions = value.versions;
					this.#payments = value.payments;
					this.#drafts = value.drafts;
					this.#checkins = value.checkins;
					this.#loaded = true;
				},
				(e) => {
					this.error = e;
				}
			);
		});
	}
}

export const [getPlanState, setPlanState] = createContext<PlanState>();
