import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	agreedPlanVersion,
	compareVersions,
	newestPlanVersion,
	planInForce,
	sortVersions,
	type PlanVersionFacts
} from './plan-versions';

function version(
	id: string,
	revision: number,
	agreedAt: string | null = null,
	agreed = agreedAt !== null,
	createdAt = `2026-03-0${revision}T10:00:00.000Z`
): PlanVersionFacts {
	return { id, revision, createdAt, agreed, agreedAt };
}

/** Every order of the rows gives the same answer: a reader's query order must not matter. */
function inEveryOrder<T>(rows: readonly T[], check: (rows: T[]) => void): void {
	const permute = (rest: readonly T[], done: T[]): void => {
		if (rest.length === 0) return check(done);
		rest.forEach((row, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...done, row]));
	};
	permute(rows, []);
}

describe('agreedPlanVersion', () => {
	it('is undefined with no versions or none agreed', () => {
		expect(agreedPlanVersion([])).toBeUndefined();
		expect(agreedPlanVersion([version('a', 1), version('b', 2)])).toBeUndefined();
	});

	it('ignores a version agreed earlier and replaced (agreed false, agreedAt kept)', () => {
		const old = version('a', 1, '2026-03-05T10:00:00.000Z', false);
		const now = version('b', 2, '2026-03-04T10:00:00.000Z');
		expect(agreedPlanVersion([old, now])?.id).toBe('b');
	});

	it('picks the latest agreement when sync brought two agreed versions', () => {
		const row = (id: string, agreedAt: string) => version(id, 1, agreedAt);
		expect(
			agreedPlanVersion([
				row('a', '2026-03-02T10:00:00.000Z'),
				row('b', '2026-03-01T10:00:00.000Z')
			])?.id
		).toBe('a');
	});

	it('follows the agreement time, not the revision, whatever the order read', () => {
		// Device 1 agreed revision 3 first; device 2, offline, agreed revision 2 later.
		const rows = [
			version('r1', 1),
			version('r2', 2, '2026-03-20T10:00:00.000Z'),
			version('r3', 3, '2026-03-10T10:00:00.000Z'),
			version('r4', 4)
		];
		inEveryOrder(rows, (order) => expect(agreedPlanVersion(order)?.id).toBe('r2'));
	});

	it('counts a missing agreedAt as earlier than any real one', () => {
		const undated = version('a', 5, null, true);
		const dated = version('b', 1, '2026-03-01T10:00:00.000Z');
		inEveryOrder([undated, dated], (order) => expect(agreedPlanVersion(order)?.id).toBe('b'));
		expect(agreedPlanVersion([undated])?.id).toBe('a');
	});

	it('breaks a tie of agreement times by the later version', () => {
		const at = '2026-03-01T10:00:00.000Z';
		inEveryOrder(
			[version('a', 1, at), version('b', 2, at), version('c', 2, at, true, '2026-03-01')],
			(order) => expect(agreedPlanVersion(order)?.id).toBe('b')
		);
		// Two undated agreements tie too.
		inEveryOrder([version('a', 3, null, true), version('b', 1, null, true)], (order) =>
			expect(agreedPlanVersion(order)?.id).toBe('a')
		);
		// Same revision and creation time: the id decides, so every reader still agrees.
		const same = (id: string) => version(id, 2, at, true, '2026-03-01T10:00:00.000Z');
		inEveryOrder([same('x'), same('y')], (order) => expect(agreedPlanVersion(order)?.id).toBe('y'));
	});
});

describe('version order and the newest version', () => {
	it('sorts by revision, then creation time, then id', () => {
		const rows = [
			version('c', 2, null, false, '2026-03-02T10:00:00.000Z'),
			version('b', 2, null, false, '2026-03-01T10:00:00.000Z'),
			version('a', 1),
			version('d', 2, null, false, '2026-03-01T10:00:00.000Z')
		];
		expect(sortVersions(rows).map((r) => r.id)).toEqual(['a', 'b', 'd', 'c']);
		expect(rows.map((r) => r.id)).toEqual(['c', 'b', 'a', 'd']);
		inEveryOrder(rows, (order) => expect(newestPlanVersion(order)?.id).toBe('c'));
		expect(newestPlanVersion([])).toBeUndefined();
	});

	it('newest is the last of the sorted versions, and the order is total (property)', () => {
		const row = fc.record({
			id: fc.constantFrom('a', 'b', 'c', 'd'),
			revision: fc.integer({ min: 1, max: 3 }),
			createdAt: fc.constantFrom('2026-03-01T10:00:00.000Z', '2026-03-02T10:00:00.000Z'),
			agreed: fc.boolean(),
			agreedAt: fc.constantFrom(null, '2026-03-01T10:00:00.000Z', '2026-03-03T10:00:00.000Z')
		});
		fc.assert(
			fc.property(fc.array(row, { maxLength: 6 }), (rows) => {
				const sorted = sortVersions(rows);
				const newest = newestPlanVersion(rows);
				expect(newest === undefined).toBe(rows.length === 0);
				// Rows equal in every ordering field are interchangeable (the same row read twice).
				if (newest) expect(compareVersions(newest, sorted.at(-1)!)).toBe(0);
				for (let i = 1; i < sorted.length; i++) {
					expect(compareVersions(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
				}
				const agreed = agreedPlanVersion(rows);
				const reversed = agreedPlanVersion([...rows].reverse());
				if (agreed && reversed) expect(compareVersions(agreed, reversed)).toBe(0);
				expect(agreed === undefined).toBe(!rows.some((r) => r.agreed));
			})
		);
	});
});

describe('planInForce', () => {
	it('is the agreed version, else the newest, else undefined', () => {
		const agreed = version('b', 2, '2026-03-02T10:00:00.000Z');
		expect(planInForce([version('a', 1), agreed, version('c', 3)])).toBe(agreed);
		expect(planInForce([version('a', 1), version('c', 3)])?.id).toBe('c');
		expect(planInForce([])).toBeUndefined();
	});
});
