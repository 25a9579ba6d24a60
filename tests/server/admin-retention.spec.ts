/**
 * The retention sweep with a fake clock on SQLite and PostgreSQL (docs/retention.md): it erases
 * exactly the closed cases whose period has passed (a legal hold lengthens it), keeps the figures
 * and the consent ledger's hashes, warns unused accounts by email through the real SMTP sink and
 * erases them only after the warning period without use, and does nothing twice across restarts.
 *
 * The case tables belong to the case module; here a table of this test's own stands in for them
 * behind the same `CaseRetentionSource` the module provides.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonthsToInstant } from '$lib/domain/dates';
import { runRetention, type CaseRetentionSource } from '$lib/server/admin/retention';
import type { Database } from '$lib/server/db/schema';
import { JobScheduler, DAY_MS } from '$lib/server/jobs/scheduler';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { BACKENDS, useBackend } from './backends';
import { insertUser } from './booking-fixtures';
import { TestClock, consentApi, giveBody } from './consent-harness';

interface TestCaseRow {
	case_id: string;
	tenant_id: string | null;
	closed_at: string;
	hold_until: string | null;
	hold_reason: string | null;
	outcome: string;
	note: string | null;
	erased_at: string | null;
}
type TestDb = Kysely<Database & { test_cases: TestCaseRow }>;

/** The stand-in for the case module's source: its own rows, erased as that module would. */
const testCases: CaseRetentionSource = {
	async closedCases(db) {
		const rows = await (db as unknown as TestDb)
			.selectFrom('test_cases')
			.selectAll()
			.where('erased_at', 'is', null)
			.execute();
		return rows.map((r) => ({
			caseId: r.case_id,
			tenantId: r.tenant_id!,
			closedAt: new Date(r.closed_at),
			hold: r.hold_until ? { until: new Date(r.hold_until), reason: r.hold_reason! } : null
		}));
	},
	async eraseCase(db, caseId, now) {
		await (db as unknown as TestDb)
			.updateTable('test_cases')
			.set({ tenant_id: null, note: null, erased_at: now.toISOString() })
			.where('case_id', '=', caseId)
			.execute();
	}
};

describe.each(BACKENDS)('retention sweep on %s', (kind) => {
	const b = useBackend(kind);
	let sink: SmtpSink;
	const consentClock = new TestClock();
	const T0 = new Date('2026-11-27T03:00:00.000Z');
	const options = () => ({
		env: {},
		mail: { smtpUrl: sink.url, from: 'Vuokra-apu <no-reply@vuokra.example>' },
		origin: 'https://vuokra.example',
		cases: testCases
	});

	beforeAll(async () => {
		sink = await startSmtpSink();
		await sql`create table test_cases (
			case_id text primary key, tenant_id text, closed_at text not null, hold_until text,
			hold_reason text, outcome text not null, note text, erased_at text
		)`.execute(b.db);
	});
	afterAll(async () => {
		await sink.close();
	});

	async function seedCase(closedAt: string, hold: { until: string; reason: string } | null = null) {
		const tenant = await insertUser(b.db, 'tenant');
		const advisor = await insertUser(b.db, 'advisor');
		const caseId = randomUUID();
		await (b.db as unknown as TestDb)
			.insertInto('test_cases')
			.values({
				case_id: caseId,
				tenant_id: tenant.id,
				closed_at: closedAt,
				hold_until: hold?.until ?? null,
				hold_reason: hold?.reason ?? null,
				outcome: 'keptWithPlan',
				note: `ZZ-note-${caseId}`,
				erased_at: null
			})
			.execute();
		const ts = (iso: string) => (kind === 'postgres' ? new Date(iso) : iso);
		await b.db
			.insertInto('consent_contacts')
			.values({
				id: randomUUID(),
				user_id: tenant.id,
				consent_id: randomUUID(),
				advisor_id: advisor.id,
				advisor_name: null,
				advisor_email: advisor.email,
				recipient_kind: 'landlord',
				recipient_name: 'Vuokratalot Oy',
				contacted_at: ts('2025-06-01T09:00:00Z'),
				note: 'ZZ-contact-note',
				created_at: ts('2025-06-01T09:00:00Z')
			})
			.execute();
		await b.db
			.insertInto('bookings')
			.values({
				id: randomUUID(),
				uid: `${randomUUID()}@vuokra-apu`,
				sequence: 0,
				tenant_id: tenant.id,
				advisor_id: advisor.id,
				via_service: 0,
				starts_at: ts('2025-05-01T07:00:00Z'),
				ends_at: ts('2025-05-01T07:45:00Z'),
				channel: 'phone',
				office_address: null,
				note: 'ZZ-booking-note',
				status: 'confirmed',
				hold_expires_at: null,
				request_id: randomUUID(),
				moved_from: null,
				moved_to: null,
				share_summary: 0,
				proposed_times: '[]',
				message: 'ZZ-booking-message',
				cancelled_by: null,
				lang: 'fi',
				created_at: ts('2025-04-20T07:00:00Z'),
				updated_at: ts('2025-04-20T07:00:00Z')
			})
			.execute();
		const given = await consentApi(() => b.db, consentClock).give(tenant, giveBody());
		expect(given.status).toBe(201);
		return { tenant, caseId };
	}

	async function serviceRecords(tenantId: string) {
		const contacts = await b.db
			.selectFrom('consent_contacts')
			.select('note')
			.where('user_id', '=', tenantId)
			.execute();
		const bookings = await b.db
			.selectFrom('bookings')
			.select(['note', 'message', 'status', 'starts_at'])
			.where('tenant_id', '=', tenantId)
			.execute();
		return { contacts, bookings };
	}

	const ledger = () =>
		b.db.selectFrom('consent_events').select(['seq', 'hash', 'prev_hash']).orderBy('seq').execute();
	const outcomes = () =>
		(b.db as unknown as TestDb)
			.selectFrom('test_cases')
			.select(['outcome', (eb) => eb.fn.countAll<number>().as('n')])
			.groupBy('outcome')
			.execute();

	it('erases exactly the closed cases past their period, keeping figures and ledger hashes', async () => {
		// 12 months and 1 day before T0: due. 11 months: not yet. Under a legal hold: not yet.
		const due = await seedCase('2025-11-26T03:00:00.000Z');
		const notYet = await seedCase('2025-12-27T03:00:00.000Z');
		const held = await seedCase('2024-01-01T00:00:00.000Z', {
			until: '2030-01-01T00:00:00.000Z',
			reason: 'Kirjanpitolaki 2:10 (tositteet 6 vuotta)'
		});
		const ledgerBefore = await ledger();
		const figuresBefore = await outcomes();

		const first = await runRetention(b.db, T0, options());
		expect(first.casesErased).toBe(1);

		const erased = await serviceRecords(due.tenant.id);
		expect(erased.contacts).toEqual([]);
		expect(erased.bookings).toHaveLength(1);
		expect(erased.bookings[0]).toMatchObject({ note: '', message: '', status: 'confirmed' });
		for (const kept of [notYet, held]) {
			const records = await serviceRecords(kept.tenant.id);
			expect(records.contacts).toEqual([{ note: 'ZZ-contact-note' }]);
			expect(records.bookings[0]).toMatchObject({ note: 'ZZ-booking-note' });
		}
		const rows = await (b.db as unknown as TestDb).selectFrom('test_cases').selectAll().execute();
		expect(rows.filter((r) => r.erased_at !== null).map((r) => r.case_id)).toEqual([due.caseId]);
		expect(await ledger()).toEqual(ledgerBefore);
		expect(await outcomes()).toEqual(figuresBefore);

		const audit = await b.db
			.selectFrom('admin_audit_log')
			.selectAll()
			.where('action', '=', 'retention.case-erased')
			.execute();
		expect(audit.map((a) => a.target)).toEqual([due.caseId]);
		expect(JSON.stringify(audit)).not.toContain('ZZ-');

		// The same instant again (a restart): nothing more.
		const again = await runRetention(b.db, T0, options());
		expect(again.casesErased).toBe(0);

		// The period of the second case passes a month later; the held one stays until its hold ends.
		expect((await runRetention(b.db, addMonthsToInstant(T0, 1), options())).casesErased).toBe(1);
		expect(
			(await runRetention(b.db, new Date('2029-12-31T00:00:00Z'), options())).casesErased
		).toBe(0);
		expect(
			(await runRetention(b.db, new Date('2030-01-01T00:00:00Z'), options())).casesErased
		).toBe(1);
		expect(await ledger()).toEqual(ledgerBefore.concat(await newerEvents(ledgerBefore)));
		expect(await outcomes()).toEqual(figuresBefore);
	});

	/** Ledger events appended by account erasures in the long jumps above (never rewritten). */
	async function newerEvents(before: { seq: number }[]) {
		const last = before.at(-1)?.seq ?? 0;
		return (await ledger()).filter((e) => Number(e.seq) > Number(last));
	}

	it('warns an unused account once, erases it after the warning period, spares one used again', async () => {
		const start = new Date('2031-01-05T03:00:00.000Z');
		const unused = await insertUser(b.db, 'tenant');
		const usedAgain = await insertUser(b.db, 'tenant');
		const admin = await insertUser(b.db, 'admin');
		// First sight starts every clock at `start`.
		await runRetention(b.db, start, options());

		const idle = addMonthsToInstant(start, 24);
		const since = sink.messages.length;
		const warnedRun = await runRetention(b.db, idle, options());
		expect(warnedRun.accountsWarned).toBeGreaterThanOrEqual(2);
		const mail = await sink.waitFor(unused.email, { since, timeoutMs: 10_000 });
		expect(mail.text).toContain('https://vuokra.example/signin');
		expect(mail.text).toContain('24');
		await sink.waitFor(usedAgain.email, { since, timeoutMs: 10_000 });
		const mailsAfterWarning = sink.messages.length;
		expect(sink.messages.slice(since).some((m) => m.to.includes(admin.email))).toBe(false);

		// A restart the same day, and a run 29 days later: no second warning, no erasure.
		const again = await runRetention(b.db, idle, options());
		expect(again).toMatchObject({ accountsWarned: 0, accountsErased: 0 });
		const day29 = new Date(idle.getTime() + 29 * DAY_MS);
		expect(await runRetention(b.db, day29, options())).toMatchObject({
			accountsWarned: 0,
			accountsErased: 0
		});
		expect(sink.messages.length).toBe(mailsAfterWarning);

		// One account signs in after the warning (Auth.js writes a session lasting 30 days).
		const signedInAt = new Date(idle.getTime() + 10 * DAY_MS);
		await b.db
			.insertInto('Session')
			.values({
				userId: usedAgain.id,
				sessionToken: randomUUID(),
				expires:
					kind === 'postgres'
						? new Date(signedInAt.getTime() + 30 * DAY_MS)
						: new Date(signedInAt.getTime() + 30 * DAY_MS).toISOString()
			})
			.execute();

		const day30 = new Date(idle.getTime() + 30 * DAY_MS);
		const scheduler = (instance: string) =>
			new JobScheduler(
				() => Promise.resolve(b.db),
				[
					{ name: 'retention', everyMs: DAY_MS, run: (db, now) => runRetention(db, now, options()) }
				],
				{ now: () => day30, instance, log: () => undefined }
			);
		const runs = await scheduler('a').tick();
		expect(runs).toHaveLength(1);
		expect(runs[0]!.outcome).toBe('ok');
		// A restarted (or second) instance in the same slot does not run it again.
		expect(await scheduler('b').tick()).toEqual([]);

		const left = await b.db
			.selectFrom('User')
			.select('id')
			.where('id', 'in', [unused.id, usedAgain.id, admin.id])
			.execute();
		expect(left.map((r) => r.id).sort()).toEqual([usedAgain.id, admin.id].sort());
		const activity = await b.db
			.selectFrom('account_activity')
			.selectAll()
			.where('user_id', '=', usedAgain.id)
			.executeTakeFirstOrThrow();
		expect(activity.last_seen_at).toBe(signedInAt.toISOString());
		const erasedAudit = await b.db
			.selectFrom('admin_audit_log')
			.select(['target', 'actor_email'])
			.where('action', '=', 'retention.account-erased')
			.where('target', '=', unused.id)
			.execute();
		expect(erasedAudit).toEqual([{ target: unused.id, actor_email: 'system' }]);
		expect(JSON.stringify(erasedAudit)).not.toContain(unused.email);
	});
});
