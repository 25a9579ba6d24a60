/**
 * The retention sweep (docs/retention.md), run daily by the job scheduler (`retentionJob`).
 *
 * 1. Activity: each account's `last_seen_at` is moved forward to the newest use the database
 *    shows (a session renewed or created: its expiry minus the session lifetime; a sync push).
 *    An account seen for the first time starts its clock now, so turning retention on never
 *    erases anyone without the full period and a warning.
 * 2. Unused accounts (`accountStep` in lib/domain/retention.ts): warned by email once idle, erased
 *    (`deleteUserData`: the same erasure as "delete my account", which records the end of the
 *    consents in the ledger) when the warning period has passed without use. Admin accounts are
 *    never erased here: an unattended job must not be able to leave the service without one.
 * 3. Closed cases: the service's own records of a closed case are erased `closedCaseMonths` after
 *    closing (a legal hold, with its reason, can only lengthen it). The case tables belong to the
 *    case module, which supplies a `CaseRetentionSource`; this module erases the records about the
 *    tenant that the service keeps elsewhere (advisors' contact records and the free text of past
 *    bookings). Aggregate figures and the consent ledger are not touched.
 *
 * Every step is idempotent: a second run at the same instant (a restart, another instance)
 * finds nothing more to do; every erasure and warning is written to the audit log.
 */
import type { Kysely } from 'kysely';
import { accountStep, isCaseErasable, type LegalHold } from '$lib/domain/retention';
import { deleteUserData } from '../auth/account-data';
import { SESSION_MAX_AGE_S } from '../auth/session-user';
import { dialectKind } from '../db/dialect';
import type { Database } from '../db/schema';
import { withWriteTransaction } from '../db/write-transaction';
import { sendMail, type MailSettings } from '../mail/transport';
import { recordAudit, SYSTEM_ACTOR } from './audit';
import { renderUnusedAccountEmail } from './mail';
import { readSettings } from './settings';

const DAY_MS = 86_400_000;

export interface ClosedCase {
	caseId: string;
	tenantId: string;
	closedAt: Date;
	hold: LegalHold | null;
}

/** What the case module provides: its closed cases still holding personal data, and their erasure. */
export interface CaseRetentionSource {
	closedCases(db: Kysely<Database>): Promise<ClosedCase[]>;
	/** Erases the case's personal data and marks it erased; keeps the columns the report counts. */
	eraseCase(db: Kysely<Database>, caseId: string, now: Date): Promise<void>;
}

export interface RetentionOptions {
	env: Record<string, string | undefined>;
	mail: MailSettings;
	/** The app's origin for the sign-in link in warnings (ORIGIN). */
	origin: string;
	cases?: CaseRetentionSource | null;
}

export interface RetentionResult {
	casesErased: number;
	accountsWarned: number;
	accountsErased: number;
}

function toDate(value: Date | string | null | undefined): Date | null {
	if (value === null || value === undefined) return null;
	const date = value instanceof Date ? value : new Date(value);
	return Number.isNaN(date.getTime()) ? null : date;
}

/** Step 1: `account_activity` brought up to date for every account. */
export async function refreshActivity(db: Kysely<Database>, now: Date): Promise<void> {
	const users = await db.selectFrom('User').select('id').execute();
	const sessions = await db
		.selectFrom('Session')
		.select(['userId', (eb) => eb.fn.max('expires').as('expires')])
		.groupBy('userId')
		.execute();
	const pushes = await db
		.selectFrom('sync_devices')
		.select(['user_id', (eb) => eb.fn.max('last_push_at').as('at')])
		.groupBy('user_id')
		.execute();
	const known = await db
		.selectFrom('account_activity')
		.select(['user_id', 'last_seen_at'])
		.execute();
	const seen = new Map(known.map((r) => [r.user_id, new Date(r.last_seen_at)]));
	const used = new Map<string, Date>();
	const note = (id: string, at: Date | null) => {
		if (!at || at > now) return;
		const prev = used.get(id);
		if (!prev || at > prev) used.set(id, at);
	};
	for (const s of sessions) {
		const expires = toDate(s.expires as Date | string);
		note(s.userId, expires && new Date(expires.getTime() - SESSION_MAX_AGE_S * 1000));
	}
	for (const p of pushes) note(p.user_id, toDate(p.at as Date | string));

	for (const { id } of users) {
		const last = seen.get(id);
		const use = used.get(id);
		if (last === undefined) {
			await db
				.insertInto('account_activity')
				.values({ user_id: id, last_seen_at: (use ?? now).toISOString(), warned_at: null })
				.onConflict((oc) => oc.column('user_id').doNothing())
				.execute();
		} else if (use && use > last) {
			await db
				.updateTable('account_activity')
				.set({ last_seen_at: use.toISOString() })
				.where('user_id', '=', id)
				.execute();
		}
	}
}

async function sweepAccounts(
	db: Kysely<Database>,
	now: Date,
	options: RetentionOptions,
	periods: { unusedAccountMonths: number; accountWarningDays: number }
): Promise<{ warned: number; erased: number }> {
	const rows = await db
		.selectFrom('account_activity')
		.innerJoin('User', 'User.id', 'account_activity.user_id')
		.select(['User.id', 'User.email', 'User.role', 'last_seen_at', 'warned_at'])
		.where('User.role', '!=', 'admin')
		.execute();
	let warned = 0;
	let erased = 0;
	for (const row of rows) {
		const lastSeen = new Date(row.last_seen_at);
		const warnedAt = row.warned_at ? new Date(row.warned_at) : null;
		const step = accountStep(lastSeen, warnedAt, now, periods);
		if (step === 'warn') {
			// Sent first: when the mail fails the row stays unwarned and the next run tries again,
			// and the erasure date counts from a warning that was actually sent.
			const eraseOn = new Date(now.getTime() + periods.accountWarningDays * DAY_MS);
			await sendMail(
				options.mail,
				row.email,
				renderUnusedAccountEmail({
					signInUrl: new URL('/signin', options.origin).href,
					months: periods.unusedAccountMonths,
					eraseOn
				})
			);
			await withWriteTransaction(db, async (trx) => {
				await trx
					.updateTable('account_activity')
					.set({ warned_at: now.toISOString() })
					.where('user_id', '=', row.id)
					.execute();
				await recordAudit(trx, {
					actor: SYSTEM_ACTOR,
					action: 'retention.account-warned',
					target: row.id,
					details: { role: row.role, eraseOn: eraseOn.toISOString() },
					at: now
				});
			});
			warned++;
		} else if (step === 'erase') {
			if (await deleteUserData(db, row.id)) {
				await recordAudit(db, {
					actor: SYSTEM_ACTOR,
					action: 'retention.account-erased',
					target: row.id,
					details: { role: row.role, lastSeenAt: row.last_seen_at },
					at: now
				});
				erased++;
			}
		}
	}
	return { warned, erased };
}

/**
 * The service's records about a tenant kept outside the case tables: advisors' contact records
 * and the free text of bookings that have ended. The booking rows stay (times and statuses feed
 * the figures); the consent ledger is never touched.
 */
export async function eraseServiceRecords(
	db: Kysely<Database>,
	tenantId: string,
	now: Date
): Promise<void> {
	await withWriteTransaction(db, async (trx) => {
		await trx.deleteFrom('consent_contacts').where('user_id', '=', tenantId).execute();
		const ended = dialectKind(trx) === 'postgres' ? now : now.toISOString();
		await trx
			.updateTable('bookings')
			.set({ note: '', message: '', office_address: null })
			.where('tenant_id', '=', tenantId)
			.where('ends_at', '<', ended)
			.execute();
	});
}

async function sweepCases(
	db: Kysely<Database>,
	now: Date,
	source: CaseRetentionSource,
	months: number
): Promise<number> {
	let erased = 0;
	for (const c of await source.closedCases(db)) {
		if (!isCaseErasable(c.closedAt, now, months, c.hold)) continue;
		await eraseServiceRecords(db, c.tenantId, now);
		await source.eraseCase(db, c.caseId, now);
		await recordAudit(db, {
			actor: SYSTEM_ACTOR,
			action: 'retention.case-erased',
			target: c.caseId,
			details: {
				closedAt: c.closedAt.toISOString(),
				...(c.hold ? { holdReason: c.hold.reason } : {})
			},
			at: now
		});
		erased++;
	}
	return erased;
}

/** The whole sweep with the settings in force now. */
export async function runRetention(
	db: Kysely<Database>,
	now: Date,
	options: RetentionOptions
): Promise<RetentionResult> {
	const settings = await readSettings(db, options.env);
	const casesErased = options.cases
		? await sweepCases(db, now, options.cases, settings.closedCaseMonths)
		: 0;
	await refreshActivity(db, now);
	const accounts = await sweepAccounts(db, now, options, settings);
	return { casesErased, accountsWarned: accounts.warned, accountsErased: accounts.erased };
}
