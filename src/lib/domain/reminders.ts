/**
 * What to remind a tenant of, and when: decided once for the server's durable reminders (sent as
 * push or email) and the device's in-app reminders (shown when the app opens without an account).
 * Pure: the caller passes the tenant's rows (already parsed), the instant `now` and the settings.
 *
 * Times are Europe/Helsinki wall clocks turned into UTC instants (helsinki-time.ts). Every
 * reminder has a stable `key`: the server stores one row per (user, key) and never sends a key
 * twice, so a recomputation (the due day changed on another device) moves or removes reminders
 * that are still pending and cannot resend one already sent. Keys hold no amounts or names.
 */
import { addDays, addMonths, addMonthsToMonth, daysInMonth } from './dates';
import { fromHelsinki, isLocalTime, minutesOfTime, toHelsinki } from './helsinki-time';
import { agreedPlanVersion, type PlanVersionFacts } from './plan-versions';
import { CHECKIN_MONTHS, CURRENT_RENT_ID } from '$lib/schemas/constants';

/**
 * `booking` is not computed here: the server queues one when the advisor confirms, declines,
 * moves or cancels a booking (server/reminders/booking-notices.ts).
 */
export const REMINDER_KINDS = [
	'rent',
	'instalment',
	'missed',
	'meeting',
	'checkin',
	'booking'
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export { CHECKIN_ANSWERS, CHECKIN_MONTHS, type CheckinAnswer } from '$lib/schemas/constants';

/** The rent reminder comes this many days before the due day, and again on the day. */
export const RENT_NOTICE_DAYS = 3;
/** Reminders are due at this Helsinki wall time (then moved out of the quiet hours). */
export const REMINDER_TIME = '09:00';
/** How far ahead reminders are computed; a daily sweep extends the horizon. */
export const HORIZON_DAYS = 40;
/** A reminder whose time passed less than this long ago is still worth sending once. */
export const LATE_WINDOW_MS = 12 * 60 * 60 * 1000;

export interface QuietHours {
	/** `HH:MM` Helsinki; quiet from `start` (inclusive) to `end` (exclusive), across midnight if start > end. */
	start: string;
	end: string;
}
export const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:00', end: '08:00' };

export interface ReminderPlanRow extends PlanVersionFacts {
	months: readonly { month: string; dueDate: string; instalmentsCents: readonly number[] }[];
}

export interface ReminderSource {
	dueDay: number | null;
	plans: readonly ReminderPlanRow[];
	/** Recorded payments; those of the running rent (CURRENT_RENT_ID) pay no instalment. */
	payments: readonly { date: string; amountCents: number; debtId?: string }[];
	/** Confirmed meetings: booking id and start instant (ms). */
	meetings: readonly { id: string; startsAt: number }[];
	/** Keys of check-ins already answered (`checkinKey`). */
	answeredCheckins: ReadonlySet<string>;
}

export interface PlannedReminder {
	key: string;
	kind: ReminderKind;
	/** When to send, UTC epoch ms, already out of the quiet hours. */
	dueAt: number;
	/** The app page the notification opens. */
	page: string;
	/** The Helsinki date the reminder is about (a due date, a meeting day, a check-in day). */
	date: string;
}

export interface ReminderOptions {
	quiet?: QuietHours;
	/** Kinds switched off are left out. */
	kinds?: Partial<Record<ReminderKind, boolean>>;
	horizonDays?: number;
}

export function isQuietHours(value: QuietHours): boolean {
	return isLocalTime(value.start) && isLocalTime(value.end);
}

/**
 * `instant` moved to the end of the quiet hours when it falls inside them; otherwise unchanged.
 * Equal start and end mean no quiet hours.
 */
export function outOfQuietHours(instant: number, quiet: QuietHours): number {
	const start = minutesOfTime(quiet.start);
	const end = minutesOfTime(quiet.end);
	if (start === end) return instant;
	const local = toHelsinki(instant);
	const t = minutesOfTime(local.time);
	if (start < end) {
		return t >= start && t < end ? fromHelsinki(local.date, quiet.end) : instant;
	}
	if (t >= start) return fromHelsinki(addDays(local.date, 1), quiet.end);
	if (t < end) return fromHelsinki(local.date, quiet.end);
	return instant;
}

export function checkinKey(planId: string, months: number): string {
	return `checkin:${planId}:${months}`;
}

/** A check-in the plan page asks: which one (its key and months) and the day it became due. */
export interface DueCheckin {
	key: string;
	months: (typeof CHECKIN_MONTHS)[number];
	date: string;
}

/**
 * The check-in to ask on the plan page today (Helsinki date `today`): the newest one whose day has
 * come (1, 3, 6 or 12 months after `agreedAt`), unless it is answered. An older one left unanswered
 * gives way to the next: the question is always about the month now.
 */
export function dueCheckin(
	plan: { id: string; agreedAt: string | null },
	answered: ReadonlySet<string>,
	today: string
): DueCheckin | null {
	const due = currentCheckin(plan, today);
	return due && !answered.has(due.key) ? due : null;
}

/** The newest check-in whose day has come, answered or not (the plan page shows its answer). */
export function currentCheckin(
	plan: { id: string; agreedAt: string | null },
	today: string
): DueCheckin | null {
	if (!plan.agreedAt) return null;
	const since = helsinkiDateOf(plan.agreedAt);
	let due: DueCheckin | null = null;
	for (const months of CHECKIN_MONTHS) {
		const date = addMonths(since, months);
		if (date <= today) due = { key: checkinKey(plan.id, months), months, date };
	}
	return due;
}

/** The Helsinki date an ISO instant (a plan's `agreedAt`) falls on. */
function helsinkiDateOf(iso: string): string {
	return toHelsinki(Date.parse(iso)).date;
}

/** Same clamping as the planner's `dueDateIn` (plan.ts), which this small module does not load. */
function dueDateIn(month: string, dueDay: number): string {
	return `${month}-${String(Math.min(dueDay, daysInMonth(month))).padStart(2, '0')}`;
}

/**
 * Every reminder from `now - LATE_WINDOW_MS` to `now + horizonDays`, earliest first:
 * - `rent`: RENT_NOTICE_DAYS before the home's due day and on the day;
 * - `instalment`: each month of the agreed plan with something to pay, on its due date, unless the
 *   payments recorded since the plan was agreed already cover it;
 * - `missed`: the day after such a due date, if the payments do not cover it by now (a payment
 *   recorded later removes it when the reminders are computed again);
 * - `meeting`: the day before a confirmed meeting;
 * - `checkin`: 1, 3, 6 and 12 months after the plan was agreed, unless answered.
 */
export function computeReminders(
	source: ReminderSource,
	now: number,
	options: ReminderOptions = {}
): PlannedReminder[] {
	const quiet = options.quiet ?? DEFAULT_QUIET_HOURS;
	const on = (kind: ReminderKind) => options.kinds?.[kind] !== false;
	const from = now - LATE_WINDOW_MS;
	const until = now + (options.horizonDays ?? HORIZON_DAYS) * 86_400_000;
	const today = toHelsinki(now).date;
	const out: PlannedReminder[] = [];
	const add = (
		key: string,
		kind: ReminderKind,
		date: string,
		page: string,
		time = REMINDER_TIME
	) => {
		const at = fromHelsinki(date, time);
		if (at < from || at > until || !on(kind)) return;
		out.push({ key, kind, dueAt: outOfQuietHours(at, quiet), page, date });
	};

	if (source.dueDay !== null) {
		const month = today.slice(0, 7);
		for (let i = -1; i <= 2; i++) {
			const due = dueDateIn(addMonthsToMonth(month, i), source.dueDay);
			add(`rent:${due}:before`, 'rent', addDays(due, -RENT_NOTICE_DAYS), '/situation/home');
			add(`rent:${due}:due`, 'rent', due, '/situation/home');
		}
	}

	const plan = agreedPlanVersion(source.plans);
	if (plan) {
		const since = plan.agreedAt ? helsinkiDateOf(plan.agreedAt) : '0000-01-01';
		const paid = source.payments
			.filter((p) => p.date >= since && p.date <= today && p.debtId !== CURRENT_RENT_ID)
			.reduce((sum, p) => sum + p.amountCents, 0);
		let cumulative = 0;
		for (const m of plan.months) {
			const total = m.instalmentsCents.reduce((a, b) => a + b, 0);
			if (total === 0 || m.dueDate < since) continue;
			cumulative += total;
			if (paid >= cumulative) continue;
			add(`instalment:${plan.id}:${m.month}`, 'instalment', m.dueDate, '/plan');
			add(`missed:${plan.id}:${m.month}`, 'missed', addDays(m.dueDate, 1), '/plan');
		}
		for (const n of CHECKIN_MONTHS) {
			const key = checkinKey(plan.id, n);
			if (source.answeredCheckins.has(key)) continue;
			add(key, 'checkin', addMonths(since, n), '/plan#checkin');
		}
	}

	for (const meeting of source.meetings) {
		const day = toHelsinki(meeting.startsAt).date;
		add(`meeting:${meeting.id}:${meeting.startsAt}`, 'meeting', addDays(day, -1), '/book');
	}

	return out.sort((a, b) => a.dueAt - b.dueAt || (a.key < b.key ? -1 : 1));
}

/**
 * The in-app reminders to show when the app opens (no account needed): those whose time has come
 * within the last `windowDays` days and are not dismissed, newest first.
 */
export function dueInAppReminders(
	source: ReminderSource,
	now: number,
	dismissed: ReadonlySet<string>,
	windowDays = 3
): PlannedReminder[] {
	// From `windowDays` back (computeReminders keeps LATE_WINDOW_MS before its `now`) to now.
	const all = computeReminders(source, now - windowDays * 86_400_000 + LATE_WINDOW_MS, {
		quiet: { start: '00:00', end: '00:00' },
		horizonDays: windowDays + 1
	});
	return all.filter((r) => r.dueAt <= now && !dismissed.has(r.key)).reverse();
}

/** Backoff after a push service error: 1 min doubling, at most 1 h. */
export function retryDelayMs(attempts: number): number {
	return Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempts - 1));
}
