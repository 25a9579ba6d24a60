/**
 * Loads the planner (PlanView) with the text it reads beyond the route's own (`situation`: the
 * benefits' names). Once per page load; a load cut short is forgotten so the next call tries again.
 */
import type { Component } from 'svelte';
import { i18n } from '$lib/i18n/i18n.svelte';

let loading: Promise<Component> | undefined;

export function loadPlanView(): Promise<Component> {
	loading ??= Promise.all([import('./PlanView.svelte'), i18n.need(['situation'])]).then(
		([view]) => view.default,
		(error: unknown) => {
			loading = undefined;
			throw error;
		}
	);
	return loading;
}
