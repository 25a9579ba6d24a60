/**
 * The network as the browser reports it, from `svelte/reactivity/window` (one listener for the
 * whole app), corrected by the app's own requests: one that got no answer counts as offline until
 * one does (`$lib/api/reachability`), whatever `navigator.onLine` says. Before the browser says
 * (on the server) it counts as online.
 */
import { untrack } from 'svelte';
import { online } from 'svelte/reactivity/window';
import { serverUnanswered } from '$lib/api/reachability.svelte';

export function isOnline(): boolean {
	return (online.current ?? true) && !serverUnanswered();
}

/**
 * Runs `fn` each time the network comes back (offline → online), like the `online` event. Call
 * during component initialisation (or in a constructor that runs then).
 */
export function onReconnect(fn: () => void): void {
	let was: boolean | undefined = isOnline();
	$effect(() => {
		const now = isOnline();
		if (now && was === false) untrack(fn);
		was = now;
	});
}
