/**
 * Small-number suppression for the outcome report (issue 15): the report shows aggregates only,
 * and no figure may let a reader single out a handful of tenants.
 *
 * Primary rule: a count built from fewer than `MIN_CELL` cases is hidden; zero included, because
 * "none of the 12 tenants of this landlord was evicted" says something about each of them.
 *
 * Secondary rule: a table's figures are tied by sums (a row's parts add up to its total, the
 * partners of a quarter add up to the quarter). If exactly one member of such a sum were hidden,
 * subtraction would give it back, so for every sum either none or at least two of its members
 * are hidden. The next cell hidden is the smallest visible one of that sum (the least information
 * lost); on a tie a part rather than the total, then by key, so the same data always gives the
 * same table. Hiding one cell can
 * break another sum it belongs to, so the rule runs until nothing changes; it ends because each
 * round hides at least one more cell of a finite set.
 */

export const MIN_CELL = 5;

/** `total` = the sum of `parts`, all keys of the same table. */
export interface SumConstraint {
	total: string;
	parts: readonly string[];
}

/** The shown figure, or null where it is hidden. */
export type Suppressed = Record<string, number | null>;

export function isPrimarySuppressed(count: number, min = MIN_CELL): boolean {
	return count < min;
}

export function suppress(
	counts: Readonly<Record<string, number>>,
	constraints: readonly SumConstraint[],
	min = MIN_CELL
): Suppressed {
	for (const c of constraints) {
		for (const key of [c.total, ...c.parts]) {
			if (!Object.hasOwn(counts, key)) throw new Error(`constraint names an unknown cell: ${key}`);
		}
	}
	const hidden = new Set<string>();
	for (const [key, count] of Object.entries(counts)) {
		if (isPrimarySuppressed(count, min)) hidden.add(key);
	}
	let changed = true;
	while (changed) {
		changed = false;
		for (const c of constraints) {
			const members = [c.total, ...c.parts];
			const hiddenCount = members.filter((k) => hidden.has(k)).length;
			if (hiddenCount !== 1) continue;
			// On a tie a part goes before the total: the total is the figure readers need most.
			const isTotal = (k: string) => (k === c.total ? 1 : 0);
			const next = members
				.filter((k) => !hidden.has(k))
				.sort(
					(a, b) =>
						(counts[a] as number) - (counts[b] as number) ||
						isTotal(a) - isTotal(b) ||
						a.localeCompare(b)
				)[0];
			// A sum whose only other member is hidden already has two; unreachable, kept for safety.
			if (next === undefined) continue;
			hidden.add(next);
			changed = true;
		}
	}
	const out: Suppressed = {};
	for (const [key, count] of Object.entries(counts)) out[key] = hidden.has(key) ? null : count;
	return out;
}

/**
 * Whether some hidden cell of `shown` can be worked out exactly from the visible ones through a
 * single sum: the property `suppress` guarantees, checked independently (specs use it on random
 * tables).
 */
export function recoverableCells(
	shown: Readonly<Suppressed>,
	constraints: readonly SumConstraint[]
): string[] {
	const out = new Set<string>();
	for (const c of constraints) {
		const members = [c.total, ...c.parts];
		const hidden = members.filter((k) => shown[k] === null);
		if (hidden.length === 1) out.add(hidden[0] as string);
	}
	return [...out].sort();
}
