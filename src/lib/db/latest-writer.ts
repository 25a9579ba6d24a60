/**
 * Saves from one field, one at a time, keeping only the newest waiting save. Fast typing queues
 * one IndexedDB transaction per keystroke otherwise; this way at most one write is in flight and
 * one waits.
 *
 * Each call's promise settles with the save that covers it: its own, or a newer one that replaced
 * it while it waited. A failed save (e.g. a full disk) rejects only the calls it covers; the writer
 * keeps going, so the next keystroke is saved again.
 */
export function latestWriter(): (save: () => Promise<void>) => Promise<void> {
	interface Waiting {
		save: () => Promise<void>;
		settle: { resolve: () => void; reject: (e: unknown) => void }[];
	}
	let running = false;
	let next: Waiting | null = null;

	async function drain(): Promise<void> {
		running = true;
		try {
			while (next) {
				const { save, settle } = next;
				next = null;
				try {
					await save();
					for (const s of settle) s.resolve();
				} catch (e) {
					for (const s of settle) s.reject(e);
				}
			}
		} finally {
			running = false;
		}
	}

	return (save) =>
		new Promise<void>((resolve, reject) => {
			next = { save, settle: [...(next?.settle ?? []), { resolve, reject }] };
			if (!running) void drain();
		});
}
