/**
 * Which payment-plan version is in force: decided here once, for the tenant's pages (lib/state),
 * the server's case view and the advisor's plan page (docs/conventions.md §20). Deciding it twice
 * let advisor and tenant follow different plans.
 *
 * Versions are append-only rows (plan-repo.ts). One is agreed at a time on one device, but two
 * devices agreeing different versions offline can both end up `agreed` after sync. The rules:
 * - order: by revision, then creation time, then id, so every reader sorts the same rows the same
 *   way whatever order it read them in (two offline devices may make the same revision);
 * - agreed: among the rows with `agreed: true`, the one agreed last (`agreedAt`). A missing
 *   `agreedAt` counts as earlier than any real one; equal `agreedAt`s go to the later version in
 *   the order above;
 * - in force: the agreed version, else the newest (the one edits start from).
 */

/** What the rules read of a version: a `PlanRow`, or the advisor's cut-down view of one. */
export interface PlanVersionFacts {
	id: string;
	revision: number;
	createdAt: string;
	agreed: boolean;
	agreedAt: string | null;
}

/** Oldest first: negative when `a` comes before `b`. */
export function compareVersions(a: PlanVersionFacts, b: PlanVersionFacts): number {
	return (
		a.revision - b.revision ||
		a.createdAt.localeCompare(b.createdAt) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/** Versions oldest first (a copy). */
export function sortVersions<T extends PlanVersionFacts>(rows: readonly T[]): T[] {
	return [...rows].sort(compareVersions);
}

/** The newest version, the one edits start from. */
export function newestPlanVersion<T extends PlanVersionFacts>(rows: readonly T[]): T | undefined {
	let best: T | undefined;
	for (const row of rows) if (!best || compareVersions(row, best) > 0) best = row;
	return best;
}

/** The agreed version: the `agreed` row agreed last (see the module comment for ties). */
export function agreedPlanVersion<T extends PlanVersionFacts>(rows: readonly T[]): T | undefined {
	let best: T | undefined;
	for (const row of rows) {
		if (!row.agreed) continue;
		if (!best) {
			best = row;
			continue;
		}
		const a = row.agreedAt ?? '';
		const b = best.agreedAt ?? '';
		if (a > b || (a === b && compareVersions(row, best) > 0)) best = row;
	}
	return best;
}

/** The version in force: the agreed one, else the newest; undefined when none was saved. */
export function planInForce<T extends PlanVersionFacts>(rows: readonly T[]): T | undefined {
	return agreedPlanVersion(rows) ?? newestPlanVersion(rows);
}
