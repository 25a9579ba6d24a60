import { describe, expect, it } from 'vitest';
import { latestWriter } from './latest-writer';

describe('latestWriter', () => {
	it('runs the first save, skips superseded ones and always runs the newest', async () => {
		const write = latestWriter();
		const done: string[] = [];
		let release!: () => void;
		const gate = new Promise<void>((r) => (release = r));
		const first = write(async () => {
			await gate;
			done.push('a');
		});
		const skipped = write(async () => void done.push('b'));
		const last = write(async () => void done.push('c'));
		release();
		await Promise.all([first, skipped, last]);
		expect(done).toEqual(['a', 'c']);
	});

	it('starts again after going idle', async () => {
		const write = latestWriter();
		const done: number[] = [];
		await write(async () => void done.push(1));
		await write(async () => void done.push(2));
		expect(done).toEqual([1, 2]);
	});

	it('keeps saving after a save fails (e.g. a full disk)', async () => {
		const write = latestWriter();
		const done: number[] = [];
		const full = new Error('QuotaExceededError');
		await expect(
			write(async () => {
				throw full;
			})
		).rejects.toBe(full);
		await write(async () => void done.push(2));
		await write(async () => void done.push(3));
		expect(done).toEqual([2, 3]);
	});

	it('runs the waiting save after the one in flight fails, and reports each outcome', async () => {
		const write = latestWriter();
		const done: string[] = [];
		let fail!: (e: unknown) => void;
		const inFlight = write(() => new Promise<void>((_, reject) => (fail = reject)));
		const superseded = write(async () => void done.push('b'));
		const newest = write(async () => void done.push('c'));
		fail(new Error('disk full'));
		await expect(inFlight).rejects.toThrow('disk full');
		await Promise.all([superseded, newest]);
		expect(done).toEqual(['c']);
	});
});
