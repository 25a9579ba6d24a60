/**
 * Following an agreed plan: what has been paid towards each debt, what was due by today, and
 * whether an instalment is late or missed, so the tenant sees it at once and contacts the landlord
 * or advisor. Pure; dates are `YYYY-MM-DD` strings (Europe/Helsinki calendar days, chosen by the
 * caller), compared as text.
 *
 * Payments are matched to instalments in due-date order (the oldest instalment is covered first),
 * so a payment that is late but made up later puts the debt back on track.
 */
import { sumCents, toCents, type Cents } from './money';
import { addDays, addMonthsToMonth } from './dates';
import { dueDateIn, firstPlanMonth, type Plan, type PlanInput } from './plan';

/** An instalment unpaid this many days after its due date is late. */
export const LATE_AFTER_DAYS = 7;

export const PROGRESS_STATUSES = ['onTrack', 'late', 'missed', 'cleared'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** The fields of a `payments` row the rules need. */
export interface PaymentRecord {
	date: string;
	amountCents: number;
	debtId: string;
}

export interface ProgressOptions {
	/** Days after a due date before an uncovered instalment is 'late'; default LATE_AFTER_DAYS. */
	graceDays?: number;
	/**
	 * Payments dated before this day are ignored (inclusive bound, `YYYY-MM-DD`). Pass the day the
	 * plan was agreed: earlier payments are already in the balances the plan was based on.
	 */
	since?: string;
}

export interface DebtProgress {
	debtId: string;
	/** Recorded payments towards this debt (can exceed the balance; see overpaidCents). */
	paidCents: Cents;
	/** Still owed: balance - paid, never negative. */
	remainingCents: Cents;
	overpaidCents: Cents;
	/** Sum of the instalments due on or before today. */
	expectedByTodayCents: Cents;
	/** Due by today but not paid: max(0, expected - paid). */
	shortfallCents: Cents;
	status: ProgressStatus;
	/** Due date of the oldest instalment due by today and not fully paid, or null. */
	overdueSince: string | null;
	/** The next instalment due after today that is not already paid, and what is left of it. */
	nextDueDate: string | null;
	nextDueCents: Cents;
}

export interface PlanProgress {
	debts: DebtProgress[];
	/** The worst debt status: missed > late > onTrack; 'cleared' once every debt is. */
	status: ProgressStatus;
	paidCents: Cents;
	remainingCents: Cents;
	expectedByTodayCents: Cents;
	shortfallCents: Cents;
	/** Payments for debts not in this plan (e.g. a debt added after it was made). */
	unmatched: PaymentRecord[];
}

const SEVERITY: Record<ProgressStatus, number> = { cleared: 0, onTrack: 1, late: 2, missed: 3 };

function paidByDebt(
	plan: Plan,
	payments: readonly PaymentRecord[],
	since: string | undefined
): { paid: Map<string, number>; unmatched: PaymentRecord[] } {
	const ids = new Set(plan.debts.map((d) => d.id));
	const paid = new Map<string, number>();
	const unmatched: PaymentRecord[] = [];
	for (const p of payments) {
		if (since !== undefined && p.date < since) continue;
		if (!ids.has(p.debtId)) {
			unmatched.push(p);
			continue;
		}
		paid.set(p.debtId, (paid.get(p.debtId) ?? 0) + toCents(p.amountCents));
	}
	return { paid, unmatched };
}

/**
 * Progress per debt on `today`:
 * - 'cleared' when the payments cover the balance;
 * - 'missed' when an instalment is still not fully paid after the *next* month's due date;
 * - 'late' when an instalment is not fully paid more than `graceDays` after its due date;
 * - otherwise 'onTrack' (paying ahead is on track too).
 */
export function computeProgress(
	plan: Plan,
	payments: readonly PaymentRecord[],
	today: string,
	options: ProgressOptions = {}
): PlanProgress {
	const grace = options.graceDays ?? LATE_AFTER_DAYS;
	const { paid, unmatched } = paidByDebt(plan, payments, options.since);
	const dueDay = plan.input.dueDay;

	const debts = plan.debts.map((debt): DebtProgress => {
		const paidCents = paid.get(debt.id) ?? 0;
		let cumulative = 0;
		let expected = 0;
		let status: ProgressStatus = 'onTrack';
		let overdueSince: string | null = null;
		let nextDueDate: string | null = null;
		let nextDueCents = 0;
		for (const m of plan.months) {
			const instalment = m.instalments[debt.id] ?? 0;
			if (instalment === 0) continue;
			const before = cumulative;
			cumulative += instalment;
			const covered = paidCents >= cumulative;
			if (m.dueDate <= today) {
				expected += instalment;
				if (covered) continue;
				overdueSince ??= m.dueDate;
				const nextDue = dueDateIn(addMonthsToMonth(m.month, 1), dueDay);
				if (today > nextDue) status = 'missed';
				else if (today > addDays(m.dueDate, grace) && status !== 'missed') status = 'late';
			} else if (nextDueDate === null && !covered) {
				nextDueDate = m.dueDate;
				nextDueCents = cumulative - Math.max(paidCents, before);
			}
		}
		if (paidCents >= debt.balanceCents) status = 'cleared';
		return {
			debtId: debt.id,
			paidCents: toCents(paidCents),
			remainingCents: toCents(Math.max(0, debt.balanceCents - paidCents)),
			overpaidCents: toCents(Math.max(0, paidCents - debt.balanceCents)),
			expectedByTodayCents: toCents(expected),
			shortfallCents: toCents(Math.max(0, expected - paidCents)),
			status: status,
			overdueSince: status === 'cleared' ? null : overdueSince,
			nextDueDate: status === 'cleared' ? null : nextDueDate,
			nextDueCents: toCents(status === 'cleared' ? 0 : nextDueCents)
		};
	});

	const worst = debts.reduce<ProgressStatus>(
		(acc, d) => (SEVERITY[d.status] > SEVERITY[acc] ? d.status : acc),
		'cleared'
	);
	return {
		debts,
		status: worst,
		paidCents: sumCents(debts.map((d) => d.paidCents)),
		remainingCents: sumCents(debts.map((d) => d.remainingCents)),
		expectedByTodayCents: sumCents(debts.map((d) => d.expectedByTodayCents)),
		shortfallCents: sumCents(debts.map((d) => d.shortfallCents)),
		unmatched
	};
}

/**
 * The input for a new proposal from where the tenant really stands: the plan's income, floor,
 * rent, due day and stage, each debt's balance minus the payments recorded (cleared debts left
 * out), starting from the first month whose due date has not passed. Adjustments are not carried
 * over: a re-plan starts from the rules. The caller may overwrite income, floor or balances with
 * newer figures from the situation (interest and fees are not modelled).
 */
export function replanFrom(
	plan: Plan,
	payments: readonly PaymentRecord[],
	today: string,
	options: Pick<ProgressOptions, 'since'> = {}
): PlanInput {
	const { paid } = paidByDebt(plan, payments, options.since);
	return {
		...plan.input,
		debts: plan.debts
			.map((d) => ({
				id: d.id,
				creditor: d.creditor,
				type: d.type,
				balanceCents: Math.max(0, d.balanceCents - (paid.get(d.id) ?? 0)),
				currentLandlord: d.currentLandlord
			}))
			.filter((d) => d.balanceCents > 0),
		startMonth: firstPlanMonth(today, plan.input.dueDay)
	};
}
