/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

/**
 * The service worker: makes the app open and work with no network, and nothing else.
 *
 * - Precaches the app itself: the built JS/CSS (`build`), the files in `static` (`files`) and the
 *   prerendered page shells (`prerendered`; every tenant page is an empty client-rendered shell).
 * - Navigations to a precached page get that shell from the cache. Any other navigation (a mistyped
 *   address, a page with an id in its path) goes to the network *without caching the response*,
 *   and falls back to the app shell (`APP_SHELL`) when offline: the client router then renders the
 *   page for the address, or for an unknown address the app's not-found page (`+error.svelte`, in
 *   the language the user chose), exactly as the server's 404 answer does online.
 * - Never caches data. There is no runtime caching at all: `/api/`, `/auth/` and `__data.json`
 *   requests (and anything else not precached) are not handled here and go straight to the
 *   network, so nothing a tenant or an advisor enters ever ends up in Cache Storage. The tenant's
 *   data lives in IndexedDB only (see docs/architecture.md, "Security rules").
 * - Updates wait for the user: a new worker stays `waiting` until the page sends
 *   `{ type: 'SKIP_WAITING' }` (the Update button in UpdatePrompt.svelte).
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

const sw = self as unknown as ServiceWorkerGlobalScope;

/** Paths under `base` that belong to the server: never intercepted, never cached. */
const SERVER_ONLY = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(api|auth)(/|$)`);

/**
 * The shell served for offline navigations that have no shell of their own. It must be an empty,
 * client-rendered shell (`ssr = false`): the router then starts from the address bar, whatever the
 * shell's own route. Its asset links are root-relative (`paths.relative = false` in
 * svelte.config.js), so it loads at any depth. Not `/`: the start page is prerendered with its
 * text (routes/+page.ts) and would hydrate as the start page at any address.
 */
const APP_SHELL = `${base}/app-shell`;

/** Files in `static` that the app never needs offline. */
const NOT_PRECACHED = new Set([`${base}/robots.txt`]);

const manifest: PrecacheEntry[] = [
	// Content-hashed, immutable files: the name is the revision.
	...build.map((url) =>
		url.includes('/_app/immutable/') ? { url, revision: null } : { url, revision: version }
	),
	...files.filter((url) => !NOT_PRECACHED.has(url)).map((url) => ({ url, revision: version })),
	// Page shells only; a `__data.json` (server load output) is data and is never precached.
	...prerendered
		.filter((url) => !url.endsWith('__data.json') && !SERVER_ONLY.test(url))
		.map((url) => ({ url, revision: version }))
];

// Workbox keeps one precache and, when a new worker activates, deletes the entries that are no
// longer in its manifest (the previous version's chunks and shells). cleanupOutdatedCaches() also
// removes precaches left behind by older Workbox releases' cache formats.
cleanupOutdatedCaches();

precacheAndRoute(manifest, {
	// `/summary?x=1` is the same shell as `/summary`: the client reads the query itself.
	ignoreURLParametersMatching: [/.*/],
	// SvelteKit's prerendered paths are already the exact URLs (`/summary`, not `/summary.html`).
	cleanURLs: false
});

/**
 * Every other navigation: network only (a fresh response, never stored), with the app shell when
 * the network fails. The timeout keeps a "lie-fi" connection from leaving the user on a blank
 * page for a minute; the shell works offline.
 */
const network = new NetworkOnly({ networkTimeoutSeconds: 10 });
registerRoute(
	new NavigationRoute(
		async (options) => {
			try {
				return await network.handle(options);
			} catch {
				return (await matchPrecache(APP_SHELL)) ?? Response.error();
			}
		},
		{ denylist: [SERVER_ONLY] }
	)
);

// The user pressed Update: become the active worker now. The page reloads on `controllerchange`.
sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

/**
 * clients.claim() only on the very first install.
 *
 * First install: there is no previous worker, and the page that registered us was loaded from the
 * network with the version we have just precached. Claiming it means its later requests (lazy
 * route chunks, the next navigation) already come from the precache, so the first visit works
 * offline without a reload. Nothing is swapped under the page's feet: it had no worker before.
 *
 * Update: we never claim (and never skip waiting on our own). Pages open now run the previous
 * version, whose lazy chunks this worker's activation removes from the precache; taking them over
 * silently would mix old code with new shells. Instead the new worker waits until the user presses
 * Update, and then the page reloads straight into the new version. (After skipWaiting() the pages
 * the old worker controlled switch to us automatically, so a claim would add nothing there anyway.)
 *
 * `registration.active` is null during install exactly when no earlier version is active. If the
 * browser stops the worker between install and activate the flag is lost and we skip the claim:
 * the page then becomes controlled on its next navigation, which is the safe default.
 */
let firstInstall = false;
sw.addEventListener('install', () => {
	firstInstall = sw.registration.active === null;
});
sw.addEventListener('activate', (event) => {
	if (firstInstall) event.waitUntil(sw.clients.claim());
});

// --- Reminders (src/lib/server/reminders/README.md) -------------------------------------------

interface ReminderMessage {
	title: string;
	body: string;
	/** An app path; anything else opens the start page. */
	url: string;
	tag: string;
}

function readMessage(data: PushMessageData | null): ReminderMessage | null {
	try {
		const value: unknown = data?.json();
		if (typeof value !== 'object' || value === null) return null;
		const m = value as Record<string, unknown>;
		if (typeof m.title !== 'string' || typeof m.body !== 'string') return null;
		return {
			title: m.title.slice(0, 100),
			body: m.body.slice(0, 300),
			url: typeof m.url === 'string' ? m.url : '/',
			tag: typeof m.tag === 'string' ? m.tag : 'reminder'
		};
	} catch {
		return null;
	}
}

/** Only a path of this app: a message can never send the user to another site. */
function appPath(url: string): string {
	return url.startsWith('/') && !url.startsWith('//') ? `${base}${url}` : `${base}/`;
}

/**
 * A push message is shown as it came: the server already chose the generic text unless the
 * tenant asked for detail. The same tag replaces an earlier notification of the same reminder,
 * so a message delivered twice (after a server crash) shows once. Nothing is cached or stored.
 */
sw.addEventListener('push', (event) => {
	const message = readMessage(event.data);
	if (!message) return;
	event.waitUntil(
		sw.registration.showNotification(message.title, {
			body: message.body,
			tag: message.tag,
			icon: `${base}/icons/icon-192.png`,
			data: { url: appPath(message.url) }
		})
	);
});

/** Tapping the notification shows its page in an open window of the app, or opens one. */
sw.addEventListener('notificationclick', (event) => {
	event.notification.close();
	const data: unknown = event.notification.data;
	const path =
		typeof data === 'object' && data !== null && typeof (data as { url?: unknown }).url === 'string'
			? (data as { url: string }).url
			: `${base}/`;
	const target = new URL(path, sw.location.origin).href;
	event.waitUntil(
		(async () => {
			const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
			const open = windows.find((w) => new URL(w.url).origin === sw.location.origin);
			// navigate() works only on a window this worker controls (one opened before the worker
			// took over is not): then the page opens in a window of its own rather than the tap
			// focusing some other page.
			const moved = open ? await open.navigate(target).catch(() => null) : null;
			if (moved) {
				await moved.focus();
				return;
			}
			await sw.clients.openWindow(target);
		})()
	);
});
