import { describe, expect, it } from 'vitest';
import { MIN_CELL, recoverableCells, suppress, type SumConstraint } from './suppression';

describe('suppress: the primary rule', () => {
	it('hides every count under 5, zero included, and shows 5 and above', () => {
		const shown = suppress({ a: 0, b: 1, c: 4, d: 5, e: 120 }, []);
		expect(shown).toEqual({ a: null, b: null, c: null, d: 5, e: 120 });
		expect(MIN_CELL).toBe(5);
	});

	it('takes another threshold when asked', () => {
		expect(suppress({ a: 9, b: 10 }, [], 10)).toEqual({ a: null, b: 10 });
	});
});

describe('suppress: the secondary rule', () => {
	const row: SumConstraint = { total: 't', parts: ['a', 'b', 'c'] };

	it('hides the smallest other part when one part of a shown total is hidden', () => {
		// t=30, a=3 hidden; without more, a = 30 - 12 - 15.
		const shown = suppress({ t: 30, a: 3, b: 12, c: 15 }, [row]);
		expect(shown).toEqual({ t: 30, a: null, b: null, c: 15 });
		expect(recoverableCells(shown, [row])).toEqual([]);
	});

	it('hides a part when the total alone is hidden (total under 5 cannot have big parts)', () => {
		// The total 4 is hidden; its parts 0, 0, 4 are all under 5 too.
		expect(suppress({ t: 4, a: 0, b: 0, c: 4 }, [row])).toEqual({
			t: null,
			a: null,
			b: null,
			c: null
		});
	});

	it('leaves a sum alone when two or more members are already hidden', () => {
		const shown = suppress({ t: 40, a: 2, b: 3, c: 35 }, [row]);
		expect(shown).toEqual({ t: 40, a: null, b: null, c: 35 });
	});

	it('leaves a table with nothing small untouched', () => {
		expect(suppress({ t: 30, a: 10, b: 10, c: 10 }, [row])).toEqual({
			t: 30,
			a: 10,
			b: 10,
			c: 10
		});
	});

	it('breaks ties by key, so the same data always gives the same table', () => {
		const shown = suppress({ t: 23, a: 3, b: 10, c: 10 }, [row]);
		expect(shown).toEqual({ t: 23, a: null, b: null, c: 10 });
	});

	it('on a tie hides a part rather than the total', () => {
		// 5 cases, none referred: hiding "referred 0" alone would let 5 - 5 give it back; the
		// total of new cases stays, "direct 5" goes.
		// (The total's key sorts first, so the key alone would pick it.)
		const shown = suppress({ newCases: 5, 'source.referral': 0, 'source.direct': 5 }, [
			{ total: 'newCases', parts: ['source.referral', 'source.direct'] }
		]);
		expect(shown).toEqual({ newCases: 5, 'source.referral': null, 'source.direct': null });
	});

	it('follows a hidden cell into the other sums it belongs to (rows and columns)', () => {
		// Two partners p, q in one quarter Q; two outcomes x, y; totals by row and by column.
		//        x    y   total
		//  p     3   20    23
		//  q    10   10    20
		//  Q    13   30    43
		const counts = { px: 3, py: 20, pt: 23, qx: 10, qy: 10, qt: 20, Qx: 13, Qy: 30, Qt: 43 };
		const constraints: SumConstraint[] = [
			{ total: 'pt', parts: ['px', 'py'] },
			{ total: 'qt', parts: ['qx', 'qy'] },
			{ total: 'Qt', parts: ['Qx', 'Qy'] },
			{ total: 'Qx', parts: ['px', 'qx'] },
			{ total: 'Qy', parts: ['py', 'qy'] },
			{ total: 'Qt', parts: ['pt', 'qt'] }
		];
		const shown = suppress(counts, constraints);
		expect(shown.px).toBeNull();
		expect(recoverableCells(shown, constraints)).toEqual([]);
		// The grand total stays: hiding it would not protect px any further.
		expect(shown.Qt).toBe(43);
	});

	it('never leaves a cell recoverable from one sum, on random tables', () => {
		let seed = 12345;
		const random = () => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return seed / 2_147_483_648;
		};
		for (let round = 0; round < 300; round += 1) {
			const rows = 1 + Math.floor(random() * 4);
			const cols = 1 + Math.floor(random() * 5);
			const counts: Record<string, number> = {};
			const constraints: SumConstraint[] = [];
			const colTotals = new Array<number>(cols).fill(0);
			let grand = 0;
			for (let r = 0; r < rows; r += 1) {
				let rowTotal = 0;
				for (let c = 0; c < cols; c += 1) {
					const n = random() < 0.4 ? Math.floor(random() * 5) : Math.floor(random() * 40);
					counts[`r${r}c${c}`] = n;
					rowTotal += n;
					colTotals[c] = (colTotals[c] as number) + n;
				}
				counts[`r${r}t`] = rowTotal;
				grand += rowTotal;
				constraints.push({
					total: `r${r}t`,
					parts: Array.from({ length: cols }, (_, c) => `r${r}c${c}`)
				});
			}
			for (let c = 0; c < cols; c += 1) {
				counts[`Tc${c}`] = colTotals[c] as number;
				constraints.push({
					total: `Tc${c}`,
					parts: Array.from({ length: rows }, (_, r) => `r${r}c${c}`)
				});
			}
			counts.Tt = grand;
			constraints.push({ total: 'Tt', parts: Array.from({ length: rows }, (_, r) => `r${r}t`) });
			constraints.push({ total: 'Tt', parts: Array.from({ length: cols }, (_, c) => `Tc${c}`) });
			const shown = suppress(counts, constraints);
			expect(recoverableCells(shown, constraints)).toEqual([]);
			for (const [key, n] of Object.entries(counts)) {
				if (n < 5) expect(shown[key]).toBeNull();
				else if (shown[key] !== null) expect(shown[key]).toBe(n);
			}
		}
	});

	it('refuses a constraint that names a cell the table does not have', () => {
		expect(() => suppress({ t: 10 }, [{ total: 't', parts: ['missing'] }])).toThrow(/missing/);
	});
});

describe('recoverableCells', () => {
	it('finds a lone hidden member of a sum', () => {
		expect(recoverableCells({ t: 10, a: null, b: 7 }, [{ total: 't', parts: ['a', 'b'] }])).toEqual(
			['a']
		);
	});
});
