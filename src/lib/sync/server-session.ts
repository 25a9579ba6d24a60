/**
 * Ending this device's session on the server. "Forget this device" and switching accounts end
 * the session before wiping; offline, the wipe happens at once and the sign-out is remembered
 * (localStorage, which the wipe has just emptied) and done on the next start that reaches the
 * server, before anything is synced.
 */

/** Ends the session on the server; throws when it could not be reached or refused. */
export async function endServerSession(): Promise<void> {
	// Loaded on use: this module is part of every page's layout, the sign-in client is not.
	const { signOutOnServer } = await import('$lib/api/auth');
	await signOutOnServer();
}

export const SIGN_OUT_PENDING_KEY = 'signOutPending';

export function rememberSignOut(): void {
	try {
		localStorage.setItem(SIGN_OUT_PENDING_KEY, '1');
	} catch {
		// No storage: the forget dialog has already said that the sign-in may remain.
	}
}

function signOutPending(): boolean {
	try {
		return localStorage.getItem(SIGN_OUT_PENDING_KEY) === '1';
	} catch {
		return false;
	}
}

/**
 * Ends a sign-out left over from an offline "forget". Resolves true when this device must count
 * as signed out (a sign-out was pending, whether or not the server could be reached yet).
 */
export async function finishPendingSignOut(): Promise<boolean> {
	if (!signOutPending()) return false;
	try {
		await endServerSession();
		localStorage.removeItem(SIGN_OUT_PENDING_KEY);
	} catch {
		// Still offline: try again on the next start; until then nothing syncs.
	}
	return true;
}
