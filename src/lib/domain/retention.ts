/**
 * When personal data is erased (docs/retention.md): the rules, without a database, so the
 * retention job and its documentation can be checked against one place.
 *
 * - A closed case's personal data goes `closedCaseMonths` after closing, unless a law requires a
 *   record to be kept longer: then the hold names the law and its own end date.
 * - An account not used for `unusedAccountMonths` is warned by email; it is erased
 *   `accountWarningDays` after the warning if it stays unused. Using the account clears the
 *   warning (the job sees a newer `lastSeenAt`). The warning period counts from when the warning
 *   was actually sent, so a job that did not run for a while never erases without notice.
 */
import { addMonthsToInstant } from './dates';

const DAY_MS = 86_400_000;

export interface RetentionPeriods {
	closedCaseMonths: number;
	unusedAccountMonths: number;
	accountWarningDays: number;
}

export const DEFAULT_RETENTION: RetentionPeriods = {
	closedCaseMonths: 12,
	unusedAccountMonths: 24,
	accountWarningDays: 30
};

/** A record a law requires to be kept beyond the normal period, with the reason written down. */
export interface LegalHold {
	until: Date;
	reason: string;
}

/** The instant a closed case's personal data may be erased. */
export function caseErasableAt(closedAt: Date, months: number, hold?: LegalHold | null): Date {
	const normal = addMonthsToInstant(closedAt, months);
	return hold && hold.until > normal ? hold.until : normal;
}

export function isCaseErasable(
	closedAt: Date,
	now: Date,
	months: number,
	hold?: LegalHold | null
): boolean {
	return caseErasableAt(closedAt, months, hold) <= now;
}

export type AccountStep = 'keep' | 'warn' | 'erase';

/**
 * What to do with an account last used at `lastSeenAt` and warned at `warnedAt` (null: not yet,
 * or used since the warning). A warning older than the last use does not count.
 */
export function accountStep(
	lastSeenAt: Date,
	warnedAt: Date | null,
	now: Date,
	periods: Pick<RetentionPeriods, 'unusedAccountMonths' | 'accountWarningDays'>
): AccountStep {
	const idleFrom = addMonthsToInstant(lastSeenAt, periods.unusedAccountMonths);
	if (now < idleFrom) return 'keep';
	if (warnedAt === null || warnedAt < lastSeenAt) return 'warn';
	return now.getTime() - warnedAt.getTime() >= periods.accountWarningDays * DAY_MS
		? 'erase'
		: 'keep';
}
