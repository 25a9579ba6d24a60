/**
 * Saves from one field, one at a time, keeping only the newest waiting save. Fast typing queues
 * one IndexedDB transaction per keystroke otherwise, and a reload right after typing could land
 * before the last of them; this way at most one write is in flight and one waits.
 */
export function latestWriter(): (save: () => Promise<void>) => Promise<void> {
	let running: Promise<void> | null = null;
	let next: (() => Promise<void>) | null = null;

	async function drain(): Promise<void> {
		while (next) {
			const save = next;
			next = null;
			await save();
		}
		running = null;
	}

	return (save) => {
		next = save;
		running ??= drain();
		return running;
	};
}
