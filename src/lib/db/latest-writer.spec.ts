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
		void write(async () => void done.push('b'));
		const last = write(async () => void done.push('c'));
		release();
		await Promise.all([first, last]);
		expect(done).toEqual(['a', 'c']);
	});

	it('starts again after going idle', async () => {
		const write = latestWriter();
		const done: number[] = [];
		await write(async () => void done.push(1));
		await write(async () => void done.push(2));
		expect(done).toEqual([1, 2]);
	});
});
