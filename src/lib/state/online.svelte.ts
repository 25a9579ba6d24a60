/**
 * The network as the browser reports it, from `svelte/reactivity/window` (one listener for the
 * whole app). Before the browser says (on the server) it counts as online: a request's own
 * outcome tells for sure.
 */
import { untrack } from 'svelte';
import { online } from 'svelte/reactivity/window';

export function isOnline(): boolean {
	return online.current ?? true;
}

/**
 * Runs `fn` each time the network comes back (offline → online), like the `online` event. Call
 * during component initialisation (or in a constructor that runs then).
 */
export function onReconnect(fn: () => void): void {
	let was = online.current;
	$effect(() => {
		const now = online.current;
		if (now && was === false) untrack(fn);
		was = now;
	});
}
