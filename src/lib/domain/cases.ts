/**
 * Case work rules (issue 15): the statuses a case moves through, the outcomes a closing records,
 * the follow-up checks that closing and an agreed plan create, and the bands the outcome report
 * groups first-contact figures into. Pure: the server stores, the pages display.
 */
import { toHelsinki } from './helsinki-time';
import { isUrgent, type EvictionStage } from './eviction';

export const CASE_STATUSES = ['new', 'active', 'planAgreed', 'following', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_OUTCOMES = [
	'keptWithPlan',
	'keptWithAssistance',
	'movedOutByAgreement',
	'evicted',
	'noContact',
	'other'
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export const CASE_SOURCES = ['booking', 'consent', 'referral'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

/**
 * Which status may follow which. Closing goes through its own action (it needs an outcome), and
 * a closed case stays closed: a tenant who comes back opens a new case, so the first-contact
 * figures of the report describe each episode, not the first one only.
 */
const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
	new: ['active'],
	active: ['planAgreed', 'following'],
	planAgreed: ['following', 'active'],
	following: ['active', 'planAgreed'],
	closed: []
};

export function canMoveTo(from: CaseStatus, to: CaseStatus): boolean {
	return NEXT[from].includes(to);
}

export function canClose(status: CaseStatus): boolean {
	return status !== 'closed';
}

/** The kinds of task: ones the advisor writes, and follow-ups whose answer is a report figure. */
export const TASK_KINDS = ['manual', 'planKept3', 'planKept6', 'planKept12', 'recurrence'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];
export type FollowUpKind = Exclude<TaskKind, 'manual'>;

/** Months after the plan was agreed (or the case closed) at which each follow-up is due. */
export const FOLLOW_UP_MONTHS: Record<FollowUpKind, number> = {
	planKept3: 3,
	planKept6: 6,
	planKept12: 12,
	recurrence: 12
};

/** A Helsinki calendar date `months` later; the 31st becomes the month's last day. */
export function addMonthsToDate(date: string, months: number): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const index = y * 12 + (m - 1) + months;
	const year = Math.floor(index / 12);
	const month = (index % 12) + 1;
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The follow-up tasks an event creates, with their due dates (Helsinki dates). */
export function followUpsFor(
	event: 'planAgreed' | 'closed',
	at: Date
): { kind: FollowUpKind; dueDate: string }[] {
	const date = toHelsinki(at).date;
	const kinds: FollowUpKind[] =
		event === 'planAgreed' ? ['planKept3', 'planKept6', 'planKept12'] : ['recurrence'];
	return kinds.map((kind) => ({ kind, dueDate: addMonthsToDate(date, FOLLOW_UP_MONTHS[kind]) }));
}

/** The report's period of a case: the Helsinki quarter it opened in, e.g. "2026-Q4". */
export function quarterOf(at: Date): string {
	const date = toHelsinki(at).date;
	const month = Number(date.slice(5, 7));
	return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;

/**
 * Urgency in the advisor's list: what the eviction stage says first (from termination on), then
 * an overdue task, then the rest. Cases without a recorded stage are not assumed urgent.
 */
export const URGENCIES = ['urgent', 'overdue', 'normal'] as const;
export type Urgency = (typeof URGENCIES)[number];

export function caseUrgency(stage: EvictionStage | null, overdueTasks: number): Urgency {
	if (stage !== null && isUrgent(stage)) return 'urgent';
	if (overdueTasks > 0) return 'overdue';
	return 'normal';
}

/** Arrears bands of the report, in months of rent and in euros (cents bounds, lower inclusive). */
export const ARREARS_MONTH_BANDS = ['m0', 'm1', 'm2', 'm3plus', 'mUnknown'] as const;
export type ArrearsMonthBand = (typeof ARREARS_MONTH_BANDS)[number];
export const ARREARS_EURO_BANDS = [
	'e0',
	'eUnder1000',
	'e1000',
	'e3000',
	'e6000plus',
	'eUnknown'
] as const;
export type ArrearsEuroBand = (typeof ARREARS_EURO_BANDS)[number];

/** Lower bounds of the euro bands above 0, in cents. */
export const EURO_BAND_BOUNDS = {
	eUnder1000: 1,
	e1000: 100_000,
	e3000: 300_000,
	e6000plus: 600_000
};

export function arrearsMonthBand(months: number | null): ArrearsMonthBand {
	if (months === null) return 'mUnknown';
	if (months < 1) return 'm0';
	if (months < 2) return 'm1';
	if (months < 3) return 'm2';
	return 'm3plus';
}

export function arrearsEuroBand(cents: number | null): ArrearsEuroBand {
	if (cents === null) return 'eUnknown';
	if (cents < EURO_BAND_BOUNDS.eUnder1000) return 'e0';
	if (cents < EURO_BAND_BOUNDS.e1000) return 'eUnder1000';
	if (cents < EURO_BAND_BOUNDS.e3000) return 'e1000';
	if (cents < EURO_BAND_BOUNDS.e6000plus) return 'e3000';
	return 'e6000plus';
}

/**
 * One identifier for a tenant everywhere staff see them without a name: the first 8 characters
 * of the pseudonymous subject id that the consent receipt names as `piiPrincipalId`.
 */
export function clientRef(subjectId: string): string {
	return subjectId.slice(0, 8);
}
