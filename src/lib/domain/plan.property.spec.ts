/**
 * Laws of the planner (docs/conventions.md §9), checked on generated situations: no month leaves less
 * than the floor plus the reserve, the plan never pays more than the money available, existing
 * (fixed) instalments are never changed, nothing is planned to enforcement by default, no creditor
 * is overpaid, arrears and essential debts come first, an 'ok' plan clears every debt to the cent,
 * pro-rata shares are within a cent of exact, and the same input always gives the same plan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEBT_TYPES } from '$lib/schemas/situation';
import {
	applyAdjustments,
	proposePlan,
	splitProRata,
	validatePlan,
	type Plan,
	type PlanDebtInput,
	type PlanInput
} from './plan';

// Mostly household-sized debts (so many plans clear within the horizon), some tiny, some huge.
const balance = fc.oneof(
	{ arbitrary: fc.constant(0), weight: 1 },
	{ arbitrary: fc.integer({ min: 1, max: 100 }), weight: 2 },
	{ arbitrary: fc.integer({ min: 1, max: 300_000 }), weight: 6 },
	{ arbitrary: fc.integer({ min: 1, max: 10_000_000_000 }), weight: 1 }
);

const debtsArb: fc.Arbitrary<PlanDebtInput[]> = fc
	.array(
		fc.record({
			creditor: fc.string({ maxLength: 10 }),
			type: fc.constantFrom(...DEBT_TYPES),
			balanceCents: balance,
			currentLandlord: fc.boolean(),
			essential: fc.boolean(),
			existing: fc.oneof(
				{ arbitrary: fc.constant(null), weight: 3 },
				{
					arbitrary: fc.record({
						kind: fc.constantFrom('agreed' as const, 'garnished' as const),
						monthlyCents: fc.integer({ min: 0, max: 60_000 })
					}),
					weight: 1
				}
			)
		}),
		{ maxLength: 8 }
	)
	.map((rows) => rows.map((row, i) => ({ id: `d${i}`, ...row })));

const inputArb: fc.Arbitrary<PlanInput> = fc
	.record({
		floor: fc.integer({ min: 0, max: 300_000 }),
		rent: fc.integer({ min: 0, max: 150_000 }),
		// Sometimes nothing left, sometimes a deficit, sometimes a little, sometimes a lot.
		margin: fc.oneof(
			fc.constant(0),
			fc.integer({ min: -100_000, max: -1 }),
			fc.integer({ min: 1, max: 1_000 }),
			fc.integer({ min: 1_000, max: 50_000 }),
			fc.integer({ min: 1, max: 200_000 })
		),
		debts: debtsArb,
		minimum: fc.integer({ min: 0, max: 300_000 }),
		reserve: fc.integer({ min: 0, max: 20_000 }),
		acceptable: fc.integer({ min: 1, max: 120 }),
		dueDay: fc.integer({ min: 1, max: 31 }),
		year: fc.integer({ min: 2020, max: 2040 }),
		month: fc.integer({ min: 1, max: 12 }),
		stage: fc.constantFrom(
			'none',
			'arrears',
			'reminder',
			'collection',
			'terminated',
			'courtApplication',
			'judgment',
			'evictionScheduled'
		) satisfies fc.Arbitrary<NonNullable<PlanInput['stage']>>
	})
	.map((r) => ({
		incomeCents: Math.max(0, r.floor + r.reserve + r.rent + r.margin),
		livingFloorCents: r.floor,
		minimumFloorCents: r.minimum,
		reserveCents: r.reserve,
		acceptableMonths: r.acceptable,
		rentCents: r.rent,
		debts: r.debts,
		dueDay: r.dueDay,
		startMonth: `${r.year}-${String(r.month).padStart(2, '0')}`,
		stage: r.stage
	}));

/** Each debt's balance at the start of each month, replayed from the schedule. */
function remainingBefore(plan: Plan): Map<string, number>[] {
	const remaining = new Map(plan.debts.map((d) => [d.id, d.balanceCents as number]));
	return plan.months.map((m) => {
		const before = new Map(remaining);
		for (const d of plan.debts) {
			remaining.set(d.id, (remaining.get(d.id) ?? 0) - (m.instalments[d.id] ?? 0));
		}
		return before;
	});
}

const params = { numRuns: 300 };

/** The existing agreed instalments of a month (kept as they are, even beyond the money). */
function keptIn(plan: Plan, m: Plan['months'][number]): number {
	return plan.debts
		.filter((d) => d.existing?.kind === 'agreed' && d.fixedMonthlyCents === null)
		.reduce((s, d) => s + (m.instalments[d.id] ?? 0), 0);
}

const isFixed = (d: Plan['debts'][number]): boolean =>
	d.fixedMonthlyCents !== null || d.existing?.kind === 'agreed';

describe('proposePlan laws', () => {
	it('never leaves less than the floor plus the reserve, nor pays more than is available', () => {
		fc.assert(
			fc.property(inputArb, (input) => {
				const plan = proposePlan(input);
				// The floor is never below the household minimum (no advisor reason in these inputs).
				expect(plan.floorCents).toBe(
					Math.max(input.livingFloorCents, input.minimumFloorCents ?? 0)
				);
				expect(plan.availableCents).toBe(
					Math.max(
						0,
						input.incomeCents - plan.floorCents - (input.reserveCents ?? 0) - input.rentCents
					)
				);
				for (const m of plan.months) {
					const values = Object.values(m.instalments);
					expect(values.every((c) => Number.isSafeInteger(c) && c >= 0)).toBe(true);
					expect(m.totalCents).toBe(values.reduce((s, c) => s + c, 0));
					// What the tenant already agreed with creditors is kept as it is; the plan adds
					// nothing on top once that alone uses up the money.
					const kept = keptIn(plan, m);
					if (kept <= plan.availableCents) {
						expect(m.totalCents).toBeLessThanOrEqual(plan.availableCents);
						const left = input.incomeCents - input.rentCents - m.totalCents;
						if (input.incomeCents >= input.rentCents + plan.floorCents + plan.reserveCents) {
							expect(left).toBeGreaterThanOrEqual(plan.floorCents + plan.reserveCents);
						}
					} else {
						expect(m.totalCents).toBe(kept);
					}
				}
			}),
			params
		);
	});

	it('never changes an existing instalment and plans nothing to enforcement', () => {
		fc.assert(
			fc.property(inputArb, (input) => {
				const plan = proposePlan(input);
				const before = remainingBefore(plan);
				for (const d of plan.debts) {
					const given = input.debts.find((x) => x.id === d.id);
					// An agreement the tenant already has with enforcement is kept like any other.
					const enforced =
						(given?.type === 'enforcement' && given.existing?.kind !== 'agreed') ||
						given?.existing?.kind === 'garnished';
					plan.months.forEach((m, k) => {
						const paid = m.instalments[d.id] ?? 0;
						if (enforced) expect(paid).toBe(0);
						else if (given?.existing?.kind === 'agreed') {
							expect(paid).toBe(Math.min(given.existing.monthlyCents, before[k]?.get(d.id) ?? 0));
						}
					});
				}
			}),
			params
		);
	});

	it('never offers a creditor more than it is owed', () => {
		fc.assert(
			fc.property(inputArb, (input) => {
				const plan = proposePlan(input);
				for (const d of plan.debts) {
					const planned = plan.months.reduce((s, m) => s + (m.instalments[d.id] ?? 0), 0);
					expect(planned).toBe(d.plannedCents);
					expect(planned).toBeLessThanOrEqual(d.balanceCents);
				}
				expect(validatePlan(plan)).toEqual([]);
			}),
			params
		);
	});

	it('pays the landlord, then essential debts, then tax, before anything else gets a cent', () => {
		const order = ['rentArrears', 'essential', 'priority', 'other'] as const;
		fc.assert(
			fc.property(inputArb, (input) => {
				const plan = proposePlan(input);
				const before = remainingBefore(plan);
				plan.months.forEach((m, k) => {
					const after = (id: string): number =>
						(before[k]?.get(id) ?? 0) - (m.instalments[id] ?? 0);
					// Fixed (existing) instalments are paid whatever their rank.
					const planned = plan.debts.filter((d) => !isFixed(d) && d.priority !== 'enforcement');
					const paid = (pred: (d: Plan['debts'][number]) => boolean): boolean =>
						planned.some((d) => pred(d) && (m.instalments[d.id] ?? 0) > 0);
					const cleared = (pred: (d: Plan['debts'][number]) => boolean): boolean =>
						planned.filter(pred).every((d) => after(d.id) === 0);
					order.forEach((tier, t) => {
						if (t === 0) return;
						if (paid((d) => d.priority === tier)) {
							expect(cleared((d) => order.indexOf(d.priority as never) < t)).toBe(true);
						}
					});
					expect(plan.debts.every((d) => d.priority !== 'rentArrears' || d.currentLandlord)).toBe(
						true
					);
				});
			}),
			params
		);
	});

	it("clears every debt exactly to the cent by the last instalment when 'ok'", () => {
		fc.assert(
			fc.property(inputArb, (input) => {
				const plan = proposePlan(input);
				const owed = input.debts.reduce((s, d) => s + d.balanceCents, 0);
				expect(plan.totalDebtCents).toBe(owed);
				const inPlan = plan.debts.filter((d) => d.priority !== 'enforcement' || isFixed(d));
				const planOwed = inPlan.reduce((s, d) => s + d.balanceCents, 0);
				const anyFixed = plan.debts.some(isFixed);
				if (plan.status === 'ok' || plan.status === 'overLength') {
					for (const d of inPlan) expect(d.plannedCents).toBe(d.balanceCents);
					expect(plan.plannedCents).toBe(planOwed);
					const last = plan.months.at(-1);
					expect(plan.endMonth).toBe(planOwed === 0 ? null : last?.month);
					if (last) expect(last.totalCents).toBeGreaterThan(0);
					// Without fixed instalments, every month but the last uses all the money.
					if (!anyFixed) {
						for (const m of plan.months.slice(0, -1)) {
							expect(m.totalCents).toBe(plan.availableCents);
						}
					}
					for (const d of inPlan) expect(d.clearedMonth).not.toBeNull();
					if (plan.status === 'overLength') expect(plan.warnings).toContain('overLength');
				} else if (plan.status === 'noMoney') {
					expect(plan.planMoneyCents).toBe(0);
					expect(planOwed).toBeGreaterThan(0);
					expect(plan.warnings).toContain('noMoney');
					if (!anyFixed) expect(plan.months).toEqual([]);
				} else {
					expect(plan.debts.some((d) => d.clearedMonth === null)).toBe(true);
					if (!anyFixed) {
						expect(plan.months).toHaveLength(120);
						expect(plan.plannedCents).toBe(120 * plan.availableCents);
					}
				}
			}),
			params
		);
	});

	it('gives the same plan for the same input', () => {
		fc.assert(
			fc.property(inputArb, (input) => {
				expect(proposePlan(input)).toEqual(proposePlan(structuredClone(input)));
			}),
			{ numRuns: 100 }
		);
	});

	it('keeps pro-rata shares within one cent of the exact proportion', () => {
		fc.assert(
			fc.property(inputArb, (input) => {
				const plan = proposePlan(input);
				const before = remainingBefore(plan);
				plan.months.forEach((m, k) => {
					const others = plan.debts.filter(
						(d) => d.priority === 'other' && !isFixed(d) && (before[k]?.get(d.id) ?? 0) > 0
					);
					const owed = others.reduce((s, d) => s + (before[k]?.get(d.id) ?? 0), 0);
					const share = others.reduce((s, d) => s + (m.instalments[d.id] ?? 0), 0);
					if (share >= owed) return; // all cleared this month: each got exactly its balance
					for (const d of others) {
						// |instalment - share * r / R| < 1, multiplied through by R (exact in BigInt).
						const diff =
							BigInt(m.instalments[d.id] ?? 0) * BigInt(owed) -
							BigInt(share) * BigInt(before[k]?.get(d.id) ?? 0);
						expect(diff < BigInt(owed) && -diff < BigInt(owed)).toBe(true);
					}
				});
			}),
			params
		);
	});
});

describe('applyAdjustments laws', () => {
	const withAdjustments = inputArb.chain((input) =>
		fc.tuple(
			fc.constant(input),
			fc.array(
				fc.record({
					debtId: fc.constantFrom('d0', 'd1', 'd2', 'x'),
					monthlyCents: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 300_000 })),
					fromMonth: fc.constantFrom(null, input.startMonth, '2030-06')
				}),
				{ maxLength: 4 }
			)
		)
	);

	it('never overpays, and reports a month over the money available exactly when one is', () => {
		fc.assert(
			fc.property(withAdjustments, ([input, changes]) => {
				const plan = applyAdjustments(proposePlan(input), changes);
				for (const d of plan.debts) {
					expect(d.plannedCents).toBeLessThanOrEqual(d.balanceCents);
				}
				const problems = validatePlan(plan);
				expect(problems.some((p) => p.code === 'overpaid')).toBe(false);
				const over = plan.months.filter(
					(m) => m.totalCents > Math.max(plan.availableCents, keptIn(plan, m))
				);
				expect(problems.filter((p) => p.code === 'overAvailable').map((p) => p.month)).toEqual(
					over.map((m) => m.month)
				);
				expect(applyAdjustments(proposePlan(input), changes)).toEqual(plan);
			}),
			params
		);
	});
});

describe('splitProRata laws', () => {
	it('adds up exactly and stays within a cent of each exact share', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 10_000_000_000 }), { minLength: 1, maxLength: 10 }),
				fc.integer({ min: 0, max: 10_000_000_000 }),
				(weights, raw) => {
					const total = weights.reduce((s, w) => s + w, 0);
					const amount = total === 0 ? 0 : raw % (total + 1);
					const shares = splitProRata(amount, weights);
					expect(shares.reduce((s, x) => s + x, 0)).toBe(amount);
					shares.forEach((share, i) => {
						expect(share).toBeLessThanOrEqual(weights[i] ?? 0);
						if (total === 0) return;
						const diff = BigInt(share) * BigInt(total) - BigInt(amount) * BigInt(weights[i] ?? 0);
						expect(diff < BigInt(total) && -diff < BigInt(total)).toBe(true);
					});
				}
			),
			params
		);
	});
});
