/**
 * "Forget this device": removes everything the app has stored in this browser (`forgetDevice`), or
 * only the data (`forgetData`, when the device changes hands or signs out).
 *
 * - the Dexie database (the tenant's situation, drafts and the unsent outbox) and any other
 *   IndexedDB database of this origin,
 * - every Cache Storage cache (the service worker's precache of the app shell; it holds no data,
 *   but the user asked for a clean slate),
 * - every service worker registration,
 * - localStorage (the language choice) and sessionStorage.
 *
 * Every step is attempted even if an earlier one fails; the first failure is thrown at the end.
 * The session cookie is httpOnly, so only the server can end it: callers end the server session
 * first (lib/sync/server-session), or the wiped device would sync everything back on its next
 * start. The caller should then reload the app, so that nothing survives in memory either.
 */
import { DB_NAME, deleteAppDb } from './app-db';

/** How long to wait for another tab to let go of a database before giving up on it. */
const BLOCKED_TIMEOUT_MS = 5000;

function deleteDatabase(name: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.deleteDatabase(name);
		let timer: ReturnType<typeof setTimeout> | undefined;
		request.onsuccess = () => {
			clearTimeout(timer);
			resolve();
		};
		request.onerror = () => {
			clearTimeout(timer);
			reject(request.error ?? new Error(`Could not delete database ${name}`));
		};
		// Another tab holds the database open and did not close it on `versionchange`.
		request.onblocked = () => {
			timer ??= setTimeout(
				() => reject(new Error(`Deleting database ${name} is blocked by another tab`)),
				BLOCKED_TIMEOUT_MS
			);
		};
	});
}

async function deleteDatabases(): Promise<void> {
	// The app's own database first, with the same time limit as the others: other tabs' Dexie
	// instances close theirs on `versionchange`.
	await deleteAppDb(deleteDatabase);
	if (typeof indexedDB.databases !== 'function') return;
	const others = (await indexedDB.databases())
		.map((info) => info.name)
		.filter((name): name is string => typeof name === 'string' && name !== DB_NAME);
	await Promise.all(others.map(deleteDatabase));
}

async function deleteCaches(): Promise<void> {
	if (typeof caches === 'undefined') return;
	const keys = await caches.keys();
	await Promise.all(keys.map((key) => caches.delete(key)));
}

async function unregisterServiceWorkers(): Promise<void> {
	if (!('serviceWorker' in navigator)) return;
	const registrations = await navigator.serviceWorker.getRegistrations();
	await Promise.all(registrations.map((registration) => registration.unregister()));
}

async function clearWebStorage(): Promise<void> {
	localStorage.clear();
	sessionStorage.clear();
}

async function settleAll(steps: Promise<void>[]): Promise<void> {
	const results = await Promise.allSettled(steps);
	const failure = results.find((result) => result.status === 'rejected');
	if (failure) throw failure.reason;
}

/**
 * Deletes the data: the databases and web storage, not the app shell. For handing the device to
 * another account and for signing out, where the tenant waits on it.
 *
 * The service worker is left alone on purpose: it holds no data, and unregistering it waits in
 * the browser's queue behind an install that may still be downloading the app shell. On a slow
 * phone that was 5-11 s of a tenant staring at "Signing in…" (the signin-security test caught it).
 */
export async function forgetData(): Promise<void> {
	await settleAll([deleteDatabases(), clearWebStorage()]);
}

/**
 * Deletes everything this app stored on this device, the app shell included ("forget this
 * device": the tenant asked for a clean slate). Resolves when done; rejects if a step failed.
 */
export async function forgetDevice(): Promise<void> {
	await settleAll([
		deleteDatabases(),
		// Unregister before deleting the caches, so the worker cannot fill them again.
		unregisterServiceWorkers().finally(() => deleteCaches()),
		clearWebStorage()
	]);
}
