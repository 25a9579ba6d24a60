/**
 * The case module's part of the retention sweep (../admin/retention.ts, docs/retention.md): its
 * closed cases that still hold personal data, and their erasure. Erasing keeps the row with the
 * columns the outcome report counts (quarter, first-contact figures, plan, outcome, recurrence)
 * and removes what identifies or describes the tenant: the link to the account, the consent
 * subject's reference, the notes and the tasks.
 */
import type { Kysely } from 'kysely';
import type { CaseRetentionSource } from '../admin/retention';
import type { Database } from '../db/schema';
import { withWriteTransaction } from '../db/write-transaction';

export const caseRetentionSource: CaseRetentionSource = {
	async closedCases(db: Kysely<Database>) {
		const rows = await db
			.selectFrom('cases')
			.select(['id', 'tenant_id', 'closed_at'])
			.where('status', '=', 'closed')
			.where('tenant_id', 'is not', null)
			.where('closed_at', 'is not', null)
			.execute();
		return rows.map((row) => ({
			caseId: row.id,
			tenantId: row.tenant_id as string,
			closedAt: new Date(row.closed_at as string | Date),
			// No law requires this service to keep case records longer; a hold would be recorded here.
			hold: null
		}));
	},
	async eraseCase(db: Kysely<Database>, caseId: string, now: Date) {
		await withWriteTransaction(db, async (trx) => {
			await trx.deleteFrom('case_notes').where('case_id', '=', caseId).execute();
			await trx.deleteFrom('case_tasks').where('case_id', '=', caseId).execute();
			await trx
				.updateTable('cases')
				.set({ tenant_id: null, ref: '', updated_at: now.toISOString() })
				.where('id', '=', caseId)
				.execute();
		});
	}
};
