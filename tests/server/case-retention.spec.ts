/**
 * The case module's retention source run by the real retention sweep on SQLite and PostgreSQL:
 * a closed case keeps its notes and tasks until the period after closing has passed, then loses
 * everything that identifies or describes the tenant and keeps the figures the report counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonthsToInstant } from '$lib/domain/dates';
import { runRetention } from '$lib/server/admin/retention';
import { addNote, closeCase, openCase } from '$lib/server/cases/service';
import { caseRetentionSource } from '$lib/server/cases/retention';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { BACKENDS, useBackend } from './backends';
import { insertUser } from './booking-fixtures';

describe.each(BACKENDS)('case retention on %s', (kind) => {
	const b = useBackend(kind);
	let sink: SmtpSink;
	const T0 = new Date('2026-11-27T09:00:00.000Z');
	const options = () => ({
		env: {},
		mail: { smtpUrl: sink.url, from: 'Vuokra-apu <no-reply@vuokra.example>' },
		origin: 'https://vuokra.example',
		cases: caseRetentionSource
	});

	beforeAll(async () => {
		sink = await startSmtpSink();
	});
	afterAll(async () => {
		await sink?.close();
	});

	it('erases a closed case’s personal data only after the period, and keeps its figures', async () => {
		const tenant = await insertUser(b.db, 'tenant');
		const advisor = await insertUser(b.db, 'advisor', 'Aino');
		const { id } = await openCase(b.db, tenant.id, 'booking', { now: T0 });
		await addNote(b.db, { id: advisor.id }, id, 'Called the landlord', T0);
		await closeCase(b.db, { id: advisor.id }, id, 'keptWithPlan', T0);
		const tasksBefore = await b.db
			.selectFrom('case_tasks')
			.select('id')
			.where('case_id', '=', id)
			.execute();
		expect(tasksBefore.length).toBeGreaterThan(0);

		const early = await runRetention(b.db, addMonthsToInstant(T0, 11), options());
		expect(early.casesErased).toBe(0);
		expect(
			await b.db.selectFrom('case_notes').select('id').where('case_id', '=', id).execute()
		).toHaveLength(1);

		const due = await runRetention(b.db, addMonthsToInstant(T0, 13), options());
		expect(due.casesErased).toBe(1);
		const row = await b.db
			.selectFrom('cases')
			.select(['tenant_id', 'ref', 'outcome', 'quarter', 'status'])
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect(row).toEqual({
			tenant_id: null,
			ref: '',
			outcome: 'keptWithPlan',
			quarter: '2026-Q4',
			status: 'closed'
		});
		expect(
			await b.db.selectFrom('case_notes').select('id').where('case_id', '=', id).execute()
		).toEqual([]);
		expect(
			await b.db.selectFrom('case_tasks').select('id').where('case_id', '=', id).execute()
		).toEqual([]);

		const again = await runRetention(b.db, addMonthsToInstant(T0, 14), options());
		expect(again.casesErased).toBe(0);
	});
});
