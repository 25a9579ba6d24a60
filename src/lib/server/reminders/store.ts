/**
 * The durable reminders' data: settings, push subscriptions, and the reminder rows computed from
 * the tenant's synced data (`refreshReminders`). The rules of what and when are in
 * `domain/reminders.ts`; this module reads the rows they need and keeps the table in step.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
	computeReminders,
	DEFAULT_QUIET_HOURS,
	LATE_WINDOW_MS,
	REMINDER_KINDS,
	type ReminderKind,
	type ReminderPlanRow,
	type ReminderSource
} from '$lib/domain/reminders';
import { dialectKind } from '../db/dialect';
import { parseObject } from '../db/json';
import type { Database } from '../db/schema';
import { withWriteTransaction } from '../db/write-transaction';
import { notificationLang, type NotificationLang } from './text';

/** The synced entities whose change can move a reminder. */
export const REMINDER_ENTITIES = ['home', 'plans', 'payments', 'checkins'] as const;

export interface ReminderSettings {
	kinds: Record<ReminderKind, boolean>;
	quietStart: string;
	quietEnd: string;
	detailed: boolean;
	emailFallback: boolean;
	digest: boolean;
	lang: NotificationLang;
}

export const DEFAULT_SETTINGS: ReminderSettings = {
	kinds: Object.fromEntries(REMINDER_KINDS.map((k) => [k, true])) as Record<ReminderKind, boolean>,
	quietStart: DEFAULT_QUIET_HOURS.start,
	quietEnd: DEFAULT_QUIET_HOURS.end,
	detailed: false,
	emailFallback: true,
	digest: true,
	lang: 'fi'
};

/** A timestamp as the dialect stores it (ISO text on SQLite, a Date for timestamptz). */
export function stamp(db: Kysely<Database>, at: Date | number): Date | string {
	const date = typeof at === 'number' ? new Date(at) : at;
	return dialectKind(db) === 'postgres' ? date : date.toISOString();
}

export function readStamp(value: Date | string): number {
	return typeof value === 'string' ? Date.parse(value) : value.getTime();
}

type SettingsRow = Database['reminder_settings'];

function settingsOf(row: { [K in keyof SettingsRow]: unknown } | undefined): ReminderSettings {
	if (!row) return DEFAULT_SETTINGS;
	const stored = parseObject(typeof row.kinds === 'string' ? row.kinds : null);
	const kinds = { ...DEFAULT_SETTINGS.kinds };
	for (const kind of REMINDER_KINDS)
		if (typeof stored[kind] === 'boolean') kinds[kind] = stored[kind];
	return {
		kinds,
		quietStart: String(row.quiet_start),
		quietEnd: String(row.quiet_end),
		detailed: row.detailed === 1,
		emailFallback: row.email_fallback === 1,
		digest: row.digest === 1,
		lang: notificationLang(String(row.lang))
	};
}

export async function readSettings(
	db: Kysely<Database>,
	userId: string
): Promise<ReminderSettings> {
	const row = await db
		.selectFrom('reminder_settings')
		.selectAll()
		.where('user_id', '=', userId)
		.executeTakeFirst();
	return settingsOf(row);
}

export async function readSettingsOf(
	db: Kysely<Database>,
	userIds: readonly string[]
): Promise<Map<string, ReminderSettings>> {
	const out = new Map<string, ReminderSettings>();
	if (userIds.length === 0) return out;
	const rows = await db
		.selectFrom('reminder_settings')
		.selectAll()
		.where('user_id', 'in', [...userIds])
		.execute();
	for (const row of rows) out.set(row.user_id, settingsOf(row));
	return out;
}

export async function writeSettings(
	db: Kysely<Database>,
	userId: string,
	settings: ReminderSettings,
	now: Date
): Promise<void> {
	const values = {
		kinds: JSON.stringify(settings.kinds),
		quiet_start: settings.quietStart,
		quiet_end: settings.quietEnd,
		detailed: settings.detailed ? 1 : 0,
		email_fallback: settings.emailFallback ? 1 : 0,
		digest: settings.digest ? 1 : 0,
		lang: settings.lang,
		updated_at: stamp(db, now)
	};
	await db
		.insertInto('reminder_settings')
		.values({ user_id: userId, ...values })
		.onConflict((oc) => oc.column('user_id').doUpdateSet(values))
		.execute();
}

export interface NewSubscription {
	deviceId: string;
	endpoint: string;
	p256dh: string;
	auth: string;
	lang: NotificationLang;
}

/**
 * Stores this device's subscription, replacing its earlier one. An endpoint belongs to one
 * browser profile: if another account had it (a shared phone), that account loses it.
 */
export async function saveSubscription(
	db: Kysely<Database>,
	userId: string,
	sub: NewSubscription,
	now: Date
): Promise<void> {
	await withWriteTransaction(db, async (trx) => {
		await trx
			.deleteFrom('push_subscriptions')
			.where((eb) =>
				eb.or([
					eb('endpoint', '=', sub.endpoint),
					eb.and([eb('user_id', '=', userId), eb('device_id', '=', sub.deviceId)])
				])
			)
			.execute();
		await trx
			.insertInto('push_subscriptions')
			.values({
				id: randomUUID(),
				user_id: userId,
				device_id: sub.deviceId,
				endpoint: sub.endpoint,
				p256dh: sub.p256dh,
				auth: sub.auth,
				lang: sub.lang,
				created_at: stamp(trx, now)
			})
			.execute();
	});
}

/** Removes one device's subscription (opt-out, sign-out, "forget this device"). */
export async function removeSubscription(
	db: Kysely<Database>,
	userId: string,
	deviceId: string
): Promise<boolean> {
	const result = await db
		.deleteFrom('push_subscriptions')
		.where('user_id', '=', userId)
		.where('device_id', '=', deviceId)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

export async function countSubscriptions(db: Kysely<Database>, userId: string): Promise<number> {
	const row = await db
		.selectFrom('push_subscriptions')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('user_id', '=', userId)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function hasSubscription(
	db: Kysely<Database>,
	userId: string,
	deviceId: string
): Promise<boolean> {
	const row = await db
		.selectFrom('push_subscriptions')
		.select('id')
		.where('user_id', '=', userId)
		.where('device_id', '=', deviceId)
		.executeTakeFirst();
	return row !== undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function planRowOf(id: string, data: Record<string, unknown>): ReminderPlanRow | null {
	if (!Array.isArray(data.months)) return null;
	const months = data.months.filter(
		(m): m is { month: string; dueDate: string; instalmentsCents: number[] } =>
			isRecord(m) &&
			typeof m.month === 'string' &&
			typeof m.dueDate === 'string' &&
			Array.isArray(m.instalmentsCents) &&
			m.instalmentsCents.every((c) => typeof c === 'number')
	);
	return {
		id,
		revision: typeof data.revision === 'number' ? data.revision : 1,
		createdAt: typeof data.createdAt === 'string' ? data.createdAt : '',
		agreed: data.agreed === true,
		agreedAt: typeof data.agreedAt === 'string' ? data.agreedAt : null,
		months
	};
}

/**
 * What the rules read of one tenant: the synced rows (already validated by the sync push; read
 * defensively all the same) and their confirmed meetings.
 */
export async function reminderSource(
	db: Kysely<Database>,
	userId: string,
	now: Date
): Promise<ReminderSource> {
	const [rows, meetings] = await Promise.all([
		db
			.selectFrom('sync_rows')
			.select(['entity', 'row_id', 'data'])
			.where('user_id', '=', userId)
			.where('entity', 'in', [...REMINDER_ENTITIES])
			.where('deleted', '=', 0)
			.execute(),
		db
			.selectFrom('bookings')
			.select(['id', 'starts_at'])
			.where('tenant_id', '=', userId)
			.where('status', '=', 'confirmed')
			.where('starts_at', '>', stamp(db, now))
			.execute()
	]);
	const source: ReminderSource = {
		dueDay: null,
		plans: [],
		payments: [],
		meetings: meetings.map((m) => ({ id: m.id, startsAt: readStamp(m.starts_at) })),
		answeredCheckins: new Set()
	};
	const plans: ReminderPlanRow[] = [];
	const payments: { date: string; amountCents: number; debtId?: string }[] = [];
	const answered = new Set<string>();
	for (const row of rows) {
		const data = parseObject(row.data);
		if (row.entity === 'home') {
			const day = data.dueDay;
			if (typeof day === 'number' && Number.isInteger(day) && day >= 1 && day <= 31)
				source.dueDay = day;
		} else if (row.entity === 'plans') {
			const plan = planRowOf(row.row_id, data);
			if (plan) plans.push(plan);
		} else if (row.entity === 'payments') {
			if (typeof data.date === 'string' && typeof data.amountCents === 'number')
				payments.push({
					date: data.date,
					amountCents: data.amountCents,
					...(typeof data.debtId === 'string' ? { debtId: data.debtId } : {})
				});
		} else if (row.entity === 'checkins' && typeof data.key === 'string') {
			answered.add(data.key);
		}
	}
	return { ...source, plans, payments, answeredCheckins: answered };
}

export interface RefreshResult {
	added: number;
	moved: number;
	removed: number;
}

/**
 * Brings one tenant's pending reminders in line with their data: adds new keys, moves pending
 * ones whose time changed, removes pending ones no longer wanted. A row being sent (a lease that
 * has not run out) is left alone, and so is one already sent: its key stays, so it is never sent
 * again. Pending rows older than the rules' look-back are left for the sender (late, not lost).
 */
export async function refreshReminders(
	db: Kysely<Database>,
	userId: string,
	now: Date
): Promise<RefreshResult> {
	const [source, settings] = await Promise.all([
		reminderSource(db, userId, now),
		readSettings(db, userId)
	]);
	const planned = computeReminders(source, now.getTime(), {
		quiet: { start: settings.quietStart, end: settings.quietEnd },
		kinds: settings.kinds
	});
	return withWriteTransaction(db, async (trx) => {
		const existing = await trx
			.selectFrom('reminders')
			.select(['id', 'key', 'due_at', 'status', 'lease_until'])
			.where('user_id', '=', userId)
			.where('due_at', '>=', stamp(trx, now.getTime() - LATE_WINDOW_MS))
			// Booking notices come from booking changes, not from the rows these rules read.
			.where('kind', '!=', 'booking')
			.execute();
		const byKey = new Map(existing.map((r) => [r.key, r]));
		const leased = (r: (typeof existing)[number]) =>
			r.lease_until !== null && readStamp(r.lease_until) > now.getTime();
		const result: RefreshResult = { added: 0, moved: 0, removed: 0 };
		const fresh = planned.filter((p) => !byKey.has(p.key));
		if (fresh.length > 0) {
			const inserted = await trx
				.insertInto('reminders')
				.values(
					fresh.map((p) => ({
						id: randomUUID(),
						user_id: userId,
						key: p.key,
						kind: p.kind,
						page: p.page,
						due_at: stamp(trx, p.dueAt),
						status: 'pending',
						attempts: 0,
						created_at: stamp(trx, now)
					}))
				)
				// A key older than the look-back (sent long ago) is never created again.
				.onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
				.returning('id')
				.execute();
			result.added = inserted.length;
		}
		const wanted = new Set(planned.map((p) => p.key));
		for (const p of planned) {
			const row = byKey.get(p.key);
			if (!row || row.status !== 'pending' || leased(row) || readStamp(row.due_at) === p.dueAt)
				continue;
			await trx
				.updateTable('reminders')
				.set({ due_at: stamp(trx, p.dueAt) })
				.where('id', '=', row.id)
				.where('status', '=', 'pending')
				.execute();
			result.moved++;
		}
		const gone = existing
			.filter((r) => r.status === 'pending' && !leased(r) && !wanted.has(r.key))
			.map((r) => r.id);
		if (gone.length > 0) {
			await trx.deleteFrom('reminders').where('id', 'in', gone).execute();
			result.removed = gone.length;
		}
		return result;
	});
}

/**
 * Every tenant who may have reminders: a home, a plan or a confirmed meeting. The daily sweep
 * refreshes each one (the horizon moves on; a sync push refreshes at once).
 */
export async function usersWithReminderData(db: Kysely<Database>): Promise<string[]> {
	const [synced, booked] = await Promise.all([
		db
			.selectFrom('sync_rows')
			.select('user_id')
			.distinct()
			.where('entity', 'in', ['home', 'plans'])
			.where('deleted', '=', 0)
			.execute(),
		db
			.selectFrom('bookings')
			.select('tenant_id')
			.distinct()
			.where('status', '=', 'confirmed')
			.execute()
	]);
	return [...new Set([...synced.map((r) => r.user_id), ...booked.map((r) => r.tenant_id)])];
}
