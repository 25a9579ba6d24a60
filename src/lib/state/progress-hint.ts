/**
 * Which steps hold data, kept in localStorage where the start page can read it without opening the
 * database (and without loading Dexie): it only decides between "start" and "continue".
 */
export const PROGRESS_HINT_KEY = 'progress';

export function readProgressHint(): readonly string[] {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(PROGRESS_HINT_KEY) ?? '[]');
		return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
	} catch {
		return [];
	}
}

// Last value written here: the live query answers on every saved keystroke, and the filled
// steps rarely change, so most answers need no write.
let written: string | null = null;

export function writeProgressHint(steps: readonly string[]): void {
	const value = JSON.stringify(steps);
	if (value === written) return;
	try {
		localStorage.setItem(PROGRESS_HINT_KEY, value);
		written = value;
	} catch {
		// Storage full or blocked: only the start page's "continue" button depends on it.
	}
}
