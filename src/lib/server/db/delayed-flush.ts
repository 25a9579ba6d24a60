/**
 * Writes gathered in memory and sent together a moment later (the code lookup's rate-limit counts
 * and first-opening markers): `schedule` asks for a send `delayMs` after the first request since
 * the last one; sends never overlap; a send that throws is reported and tried again after five
 * times the delay (the send itself keeps what it could not write). `delayMs` 0: no timer at all,
 * only `flush()` sends (tests decide when).
 */
export class DelayedFlush {
	#timer: ReturnType<typeof setTimeout> | undefined;
	#running: Promise<void> = Promise.resolve();

	constructor(
		private readonly send: () => Promise<void>,
		private readonly delayMs: number,
		private readonly onError: (err: unknown) => void
	) {}

	schedule(delayMs = this.delayMs): void {
		if (this.#timer !== undefined || this.delayMs <= 0) return;
		this.#timer = setTimeout(() => void this.flush(), delayMs);
		this.#timer.unref?.();
	}

	/** Sends now, after any send under way. Never throws. */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#running = this.#running.then(() =>
			this.send().catch((err: unknown) => {
				this.onError(err);
				this.schedule(this.delayMs * 5);
			})
		);
		return this.#running;
	}
}
