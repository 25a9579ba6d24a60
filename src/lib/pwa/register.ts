/**
 * Service worker registration and "a new version is available".
 *
 * `svelte.config.js` turns SvelteKit's own registration off; this module registers
 * `/service-worker.js` once the page has loaded and the browser is idle. It uses the browser's own
 * API, not workbox-window: what it needs (a waiting worker, a controller change, "skip waiting")
 * is a few lines, and workbox-window was 2.1 KB gzip on every first visit.
 *
 * Updates never happen behind the user's back: a new worker waits (see src/service-worker.ts) until
 * the user presses Update, then the page reloads into the new version as soon as the new worker
 * controls it.
 */
import { browser, dev } from '$app/environment';
import { resolve } from '$app/paths';

type Listener = () => void;

/** How often a long-open page asks the server for a new version (plus whenever it becomes visible). */
const UPDATE_INTERVAL_MS = 60 * 60 * 1000;
/** Don't re-check more often than this when the user flips between tabs. */
const MIN_CHECK_GAP_MS = 30 * 1000;

const listeners = new Set<Listener>();
let updateReady = false;
let started = false;
let registration: ServiceWorkerRegistration | undefined;
/** Set when the user pressed Update: the next controller change reloads the page. */
let accepted = false;
let reloading = false;
let lastCheck = 0;

/** Calls `listener` (now, if already so) when a new version is ready. Returns an unsubscribe. */
export function onUpdateReady(listener: Listener): () => void {
	listeners.add(listener);
	if (updateReady) listener();
	return () => listeners.delete(listener);
}

function signalUpdate(): void {
	if (updateReady) return;
	updateReady = true;
	for (const listener of listeners) listener();
}

function reloadOnce(): void {
	if (reloading) return;
	reloading = true;
	window.location.reload();
}

/** Runs `task` after the page has loaded and the browser has a moment to spare. */
function whenIdle(task: () => void): void {
	const schedule = () => {
		if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 5000 });
		else setTimeout(task, 1000);
	};
	if (document.readyState === 'complete') schedule();
	else window.addEventListener('load', schedule, { once: true });
}

/** Asks the server whether service-worker.js changed; a changed one installs and then waits. */
async function checkForUpdate(): Promise<void> {
	if (!registration || !navigator.onLine || Date.now() - lastCheck < MIN_CHECK_GAP_MS) return;
	lastCheck = Date.now();
	try {
		await registration.update();
	} catch {
		// Offline or the server is restarting: the next check will do.
	}
	if (registration?.waiting && registration.active) signalUpdate();
}

/**
 * Registers the service worker (once per page; later calls do nothing). In `vite dev` the worker is
 * an ES module and is registered only with `VITE_PWA_DEV=1`, so a cached shell never gets in the
 * way of hot reloading.
 */
export function registerServiceWorker(): void {
	if (started || !browser || !('serviceWorker' in navigator)) return;
	if (dev && !import.meta.env.VITE_PWA_DEV) return;
	started = true;
	// A page that was controlled when it loaded runs some version of the app already; a controller
	// change on a page that had none is the first install claiming it, not an update.
	const hadController = navigator.serviceWorker.controller !== null;

	whenIdle(() => void start(hadController));
}

async function start(hadController: boolean): Promise<void> {
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (accepted) {
			reloadOnce();
		} else if (hadController) {
			// Another tab pressed Update: this page now runs old code under the new worker, whose
			// activation removed the old version's chunks from the precache. Offer the reload.
			signalUpdate();
		}
	});

	let reg: ServiceWorkerRegistration;
	try {
		reg = await navigator.serviceWorker.register(`${resolve('/')}service-worker.js`, {
			type: dev ? 'module' : 'classic'
		});
	} catch {
		// E.g. storage blocked or disabled by policy: the app still works online.
		return;
	}
	registration = reg;

	// A worker that installs while this page is open waits (src/service-worker) until Update; one
	// that was already waiting when the page loaded is offered at once.
	const watch = (installing: ServiceWorker | null) =>
		installing?.addEventListener('statechange', () => {
			if (installing.state === 'installed' && reg.waiting === installing && reg.active) {
				signalUpdate();
			}
		});
	reg.addEventListener('updatefound', () => watch(reg.installing));
	// One may have been found before the listener was there (during `register`).
	watch(reg.installing);
	if (reg.waiting && reg.active) signalUpdate();

	lastCheck = Date.now();
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') void checkForUpdate();
	});
	setInterval(() => void checkForUpdate(), UPDATE_INTERVAL_MS);
}

/**
 * The user pressed Update: tells the waiting worker to activate, and reloads once it controls the
 * page (or, for a page no worker controlled, once it has activated).
 */
export function applyUpdate(): void {
	accepted = true;
	const waiting = registration?.waiting;
	if (!waiting) {
		// Already activated (by another tab): the new version is one reload away.
		reloadOnce();
		return;
	}
	waiting.addEventListener('statechange', () => {
		if (waiting.state === 'activated') reloadOnce();
	});
	waiting.postMessage({ type: 'SKIP_WAITING' });
}
