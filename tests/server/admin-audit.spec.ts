/**
 * The admin audit log is append-only in the database itself: UPDATE and DELETE (and TRUNCATE on
 * PostgreSQL) are refused by triggers, whoever asks, and erasing the acting admin's account
 * leaves the rows.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { listAudit, recordAudit } from '$lib/server/admin/audit';
import { deleteUserData } from '$lib/server/auth/account-data';
import { BACKENDS, useBackend } from './backends';
import { insertUser } from './booking-fixtures';

describe.each(BACKENDS)('admin audit log on %s', (kind) => {
	const b = useBackend(kind);

	it('refuses update and delete, keeps every row as written', async () => {
		const admin = await insertUser(b.db, 'admin');
		const at = new Date('2026-11-30T10:00:00.000Z');
		await recordAudit(b.db, {
			actor: admin,
			action: 'user.role',
			target: 'neuvoja@example.test',
			details: { from: 'advisor', to: 'tenant' },
			at
		});
		await recordAudit(b.db, { actor: admin, action: 'settings.update', details: {}, at });
		const before = await b.db.selectFrom('admin_audit_log').selectAll().orderBy('seq').execute();
		expect(before).toHaveLength(2);

		await expect(
			b.db.updateTable('admin_audit_log').set({ action: 'user.invite' }).execute()
		).rejects.toThrow(/append-only/);
		await expect(
			b.db
				.updateTable('admin_audit_log')
				.set({ actor_email: 'x' })
				.where('seq', '=', before[0]!.seq)
				.execute()
		).rejects.toThrow(/append-only/);
		await expect(b.db.deleteFrom('admin_audit_log').execute()).rejects.toThrow(/append-only/);
		await expect(sql`delete from admin_audit_log where seq > 0`.execute(b.db)).rejects.toThrow(
			/append-only/
		);
		if (kind === 'postgres') {
			await expect(sql`truncate admin_audit_log`.execute(b.db)).rejects.toThrow(/append-only/);
		}

		// The acting admin's account erased: the record of what they did stays.
		expect(await deleteUserData(b.db, admin.id)).toBe(true);
		const after = await b.db.selectFrom('admin_audit_log').selectAll().orderBy('seq').execute();
		expect(after).toEqual(before);
		const listed = await listAudit(b.db);
		expect(listed.map((e) => e.action)).toEqual(['settings.update', 'user.role']);
		expect(listed[1]).toMatchObject({
			actorEmail: admin.email,
			target: 'neuvoja@example.test',
			details: { from: 'advisor', to: 'tenant' }
		});
	});
});
