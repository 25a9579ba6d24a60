import { i18n } from '$lib/i18n/i18n.svelte';

// The tenant's data lives in the browser, so pages render there: one prerendered shell per route
// that the service worker can precache, and no server-rendered copy of anyone's data.
export const ssr = false;
export const prerender = true;

export async function load() {
	await i18n.init();
}
