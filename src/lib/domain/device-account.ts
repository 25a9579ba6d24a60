/**
 * Whose data is on this device, and whether it may sync into the account that is signed in
 * (docs/design.md, "Signing in"). Local data goes into an account only when the tenant said so:
 * a sign-in that someone else caused (login CSRF) must never carry what the tenant typed into
 * that person's account.
 *
 * - `owner` is the account the local data belongs to (null: typed before any sign-in).
 * - `localChanges` counts changes that would be sent (outbox and queued commands).
 */
export type DeviceAccountDecision =
	/** The data is this account's: sync. */
	| 'sync'
	/** Nothing typed before sign-in: the device becomes this account's, then syncs. */
	| 'claim'
	/** Data typed before sign-in: ask before moving it into the account. */
	| 'askAttach'
	/** The data belongs to another account: ask before removing it from the device. */
	| 'askSwitch';

export function sameAccount(a: string, b: string): boolean {
	return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function decideDeviceAccount(input: {
	owner: string | null;
	account: string;
	localChanges: number;
}): DeviceAccountDecision {
	const { owner, account, localChanges } = input;
	if (owner !== null) return sameAccount(owner, account) ? 'sync' : 'askSwitch';
	return localChanges > 0 ? 'askAttach' : 'claim';
}
