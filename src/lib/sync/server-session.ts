/**
 * Ending this device's session on the server. "Forget this device" and switching accounts end
 * the session before wiping; offline, the wipe happens at once and the sign-out is remembered
 * (localStorage, which the wipe has just emptied) and done on the next start that reaches the
 * server, before anything is synced. Auth.js's session cookie is httpOnly, so only the server
 * can remove it.
 */

export const SIGN_OUT_PENDING_KEY = 'signOutPending';

/** POST /auth/signout: deletes the session row and clears the cookie. Throws when unreachable. */
export async function endServerSession(): Promise<void> {
	const res = await fetch('/auth/signout', {
		method: 'POST',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			'x-auth-return-redirect': '1'
		},
		body: new URLSearchParams({ callbackUrl: new URL('/', location.origin).href })
	});
	if (!res.ok) throw new Error(`Sign-out failed: ${res.status}`);
}

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
