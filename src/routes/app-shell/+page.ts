import { redirect } from '@sveltejs/kit';

// The service worker's offline fallback (src/service-worker/index.ts, APP_SHELL): an empty,
// client-rendered shell, served for addresses that have no shell of their own. The start page
// cannot be it, since it is prerendered with its text and would hydrate as the start page at
// any address. Opened by its own address, it has nothing to show.
export const ssr = false;

export function load(): never {
	redirect(307, '/');
}
