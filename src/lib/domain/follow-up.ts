/**
 * Following an agreed plan month by month, for the plan page's chart and table: the debt balance
 * the plan foresaw against the balance the recorded payments leave, and whether each month's
 * running rent was paid (the first sign of arrears coming back). Pure; dates are Helsinki calendar
 * days as `YYYY-MM-DD` text, compared as text.
 */
import { CURRENT_RENT_ID, FOLLOW_UP_REASONS, type FollowUpReason } from '$lib/schemas/constants';
import { addMonthsToMonth } from './dates';
import { dueDateIn, type Plan } from './plan';

export interface FollowPayment {
	date: string;
	amountCents: number;
	debtId: string;
}

/** A payment of the running rent, not of a debt of the plan. */
export const isRentPayment = (p: { debtId: string }): boolean => p.debtId === CURRENT_RENT_ID;

export const RENT_STATUSES = ['paid', 'partly', 'unpaid', 'upcoming'] as const;
export type RentStatus = (typeof RENT_STATUSES)[number];

export interface RentMonth {
	month: string;
	dueDate: string;
	rentCents: number;
	status: RentStatus;
}

/**
 * Each month's rent from the first due date on or after `since` (the day the plan was agreed:
 * rent due before it is in the arrears the plan pays) to the month of `today`. The rent payments
 * recorded since then cover the months oldest first, as a landlord books them: a month is paid
 * when they cover it and every month before it, partly when they reach into it, otherwise unpaid
 * (or upcoming while its due date is still ahead).
 */
export function rentMonths(
	terms: { since: string; dueDay: number; rentCents: number },
	payments: readonly FollowPayment[],
	today: string
): RentMonth[] {
	if (terms.rentCents <= 0) return [];
	const paid = payments
		.filter((p) => isRentPayment(p) && p.date >= terms.since)
		.reduce((sum, p) => sum + p.amountCents, 0);
	let month = terms.since.slice(0, 7);
	if (dueDateIn(month, terms.dueDay) < terms.since) month = addMonthsToMonth(month, 1);
	const out: RentMonth[] = [];
	let due = 0;
	for (; month <= today.slice(0, 7); month = addMonthsToMonth(month, 1)) {
		const dueDate = dueDateIn(month, terms.dueDay);
		const before = due;
		due += terms.rentCents;
		const status: RentStatus =
			paid >= due ? 'paid' : paid > before ? 'partly' : dueDate > today ? 'upcoming' : 'unpaid';
		out.push({ month, dueDate, rentCents: terms.rentCents, status });
	}
	return out;
}

export interface BalancePoint {
	month: string;
	dueDate: string;
	/** What the plan foresaw owing once the month's instalments are paid. */
	plannedCents: number;
	/** What the payments recorded by the month's end (or today) leave owing; null for months ahead. */
	actualCents: number | null;
}

/**
 * The plan's debts together, month by month over its schedule: planned against paid. Only the
 * payments to the plan's debts made on or after `since` count (the running rent does not).
 */
export function balanceSeries(
	plan: Pick<Plan, 'debts' | 'months'>,
	payments: readonly FollowPayment[],
	today: string,
	since: string
): BalancePoint[] {
	const ids = new Set(plan.debts.map((d) => d.id));
	const total = plan.debts.reduce((sum, d) => sum + d.balanceCents, 0);
	const towardsDebts = payments.filter((p) => ids.has(p.debtId) && p.date >= since);
	let planned = total;
	return plan.months.map((m) => {
		planned -= Object.values(m.instalments).reduce((sum, c) => sum + c, 0);
		const started = `${m.month}-01` <= today;
		// Any day of the month is at most "-31" as text, so this bound takes the whole month.
		const until = `${m.month}-31` < today ? `${m.month}-31` : today;
		const paid = started
			? towardsDebts.filter((p) => p.date <= until).reduce((sum, p) => sum + p.amountCents, 0)
			: 0;
		return {
			month: m.month,
			dueDate: m.dueDate,
			plannedCents: Math.max(0, planned),
			actualCents: started ? Math.max(0, total - paid) : null
		};
	});
}

export { FOLLOW_UP_REASONS, type FollowUpReason };

/** How much each reason weighs in the advisor's follow-up order. */
const WEIGHT: Record<FollowUpReason, number> = {
	missedInstalment: 3,
	unpaidRent: 3,
	checkinNo: 2,
	lateInstalment: 1,
	partlyRent: 1,
	checkinPartly: 1
};

export interface FollowUpSignals {
	/** The agreed plan's progress status (plan-progress.ts). */
	progress: 'onTrack' | 'late' | 'missed' | 'cleared';
	rent: readonly { status: RentStatus }[];
	/** The answer to the newest check-in answered, if any. */
	lastCheckin: 'yes' | 'partly' | 'no' | null;
}

/**
 * Why an advisor should look at a case now (the first signs of arrears coming back: a missed
 * instalment, an unpaid month's rent, a check-in answered "no"), and how urgent it is: 0 when
 * nothing calls for it.
 */
export function followUpReasons(signals: FollowUpSignals): {
	reasons: FollowUpReason[];
	urgency: number;
} {
	const reasons: FollowUpReason[] = [];
	if (signals.progress === 'missed') reasons.push('missedInstalment');
	if (signals.progress === 'late') reasons.push('lateInstalment');
	if (signals.rent.some((r) => r.status === 'unpaid')) reasons.push('unpaidRent');
	else if (signals.rent.some((r) => r.status === 'partly')) reasons.push('partlyRent');
	if (signals.lastCheckin === 'no') reasons.push('checkinNo');
	if (signals.lastCheckin === 'partly') reasons.push('checkinPartly');
	reasons.sort((a, b) => WEIGHT[b] - WEIGHT[a]);
	return { reasons, urgency: reasons.reduce((sum, r) => sum + WEIGHT[r], 0) };
}
