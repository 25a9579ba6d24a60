/**
 * What landlord staff type into a form survives a reload or a crashed tab: the form's fields are
 * kept in `sessionStorage` under the form's own key as they change, restored when the form opens
 * again, and removed once there is nothing unsent. Session storage on purpose, not the
 * tenant's IndexedDB: staff work on shared office computers, and a draft about a tenant's rent
 * should not outlive the tab it was typed in.
 */
import { untrack } from 'svelte';

const PREFIX = 'staff-draft:';

export interface Drafted<D> {
	/**
	 * The fields as they are now, or null when there is nothing unsent (as the server has it, or
	 * just taken). Read inside an effect: the fields it reads are what it watches.
	 */
	draft(): D | null;
	/** Puts back a kept draft; `saved` is what `draft()` gave, from an earlier page of this tab. */
	restoreDraft(saved: D): void;
}

function read(key: string): unknown {
	try {
		const raw = sessionStorage.getItem(PREFIX + key);
		return raw === null ? undefined : JSON.parse(raw);
	} catch {
		return undefined;
	}
}

/**
 * Keeps `target()`'s draft under `key()`; call during component initialisation. `isDraft` tells a
 * kept value of this form's shape from anything else (an older version of the form).
 */
export function keepStaffDraft<D>(
	key: () => string,
	target: () => Drafted<D>,
	isDraft: (value: unknown) => value is D
): void {
	const restored = new WeakSet<object>();
	$effect(() => {
		const form = target();
		const k = key();
		if (!restored.has(form)) {
			restored.add(form);
			const saved = untrack(() => read(k));
			if (isDraft(saved)) untrack(() => form.restoreDraft(saved));
		}
		const now = form.draft();
		try {
			if (now === null) sessionStorage.removeItem(PREFIX + k);
			else sessionStorage.setItem(PREFIX + k, JSON.stringify(now));
		} catch {
			// Full or blocked storage: the form itself still holds the text.
		}
	});
}
