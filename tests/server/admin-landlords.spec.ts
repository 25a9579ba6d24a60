/**
 * The situation map's landlord list as data (migration 0086), on SQLite and PostgreSQL: seeded
 * with exactly the list the app ships (so the offline fallback and the server agree), readable by
 * anyone, edited only by admins (the matrix is in admin-authz.spec.ts) with an audit row, ids that
 * never change meaning, and retired entries that never come back.
 */
import { describe, expect, it } from 'vitest';
import { LANDLORDS, RETIRED_LANDLORDS, landlordChoices } from '$lib/domain/landlords';
import type { SessionUser } from '$lib/server/http/guards';
import { BACKENDS, useBackend } from './backends';
import { insertUser } from './booking-fixtures';
import { TestClock } from './consent-harness';
import { adminApi } from './admin-harness';

describe.each(BACKENDS)('landlord list on %s', (kind) => {
	const b = useBackend(kind);
	const api = adminApi(() => b.db, new TestClock(), { smtpUrl: undefined, from: 'x <x@x.test>' });

	it('starts as the shipped list and changes only by an admin, each change audited', async () => {
		const first = await api.landlords(null);
		expect(first.status).toBe(200);
		expect(first.body).toEqual({
			landlords: LANDLORDS.map((l) => ({ id: l.id, name: l.name })),
			retired: RETIRED_LANDLORDS.map((l) => ({ id: l.id, name: l.name, reason: l.reason }))
		});

		const admin: SessionUser = await insertUser(b.db, 'admin');
		const added = await api.saveLandlord(admin, 'kaupungin-asunnot', {
			name: '  Kaupungin Asunnot Oy ',
			acceptableArrearsMonths: 18,
			retiredReason: null
		});
		expect(added.status).toBe(200);
		const list = added.body as {
			landlords: { id: string; name: string; acceptableArrearsMonths?: number }[];
		};
		expect(list.landlords.at(-1)).toEqual({
			id: 'kaupungin-asunnot',
			name: 'Kaupungin Asunnot Oy',
			acceptableArrearsMonths: 18
		});
		// The domain rules take the server's list as it comes.
		expect(landlordChoices(list.landlords, RETIRED_LANDLORDS).map((l) => l.id)).toContain(
			'kaupungin-asunnot'
		);

		const renamed = await api.saveLandlord(admin, 'sato', {
			name: 'SATO Oyj (Helsinki)',
			acceptableArrearsMonths: null,
			retiredReason: null
		});
		expect((renamed.body.landlords as { id: string; name: string }[])[3]).toEqual({
			id: 'sato',
			name: 'SATO Oyj (Helsinki)'
		});

		const retired = await api.saveLandlord(admin, 'kaupungin-asunnot', {
			name: 'Kaupungin Asunnot Oy',
			acceptableArrearsMonths: null,
			retiredReason: 'Sulautui Sato Oyj:öön 2027.'
		});
		const after = retired.body as { landlords: { id: string }[]; retired: { id: string }[] };
		expect(after.landlords.map((l) => l.id)).not.toContain('kaupungin-asunnot');
		expect(after.retired.map((l) => l.id)).toContain('kaupungin-asunnot');

		const back = await api.saveLandlord(admin, 'kaupungin-asunnot', {
			name: 'Kaupungin Asunnot Oy',
			acceptableArrearsMonths: null,
			retiredReason: null
		});
		expect(back.status).toBe(400);
		expect(JSON.stringify(back.body.issues)).toContain('retiredReason');

		for (const id of ['other', 'Iso-Kirjain', 'väli-ä', '-alku']) {
			const bad = await api.saveLandlord(admin, id, {
				name: 'Nimi Oy',
				acceptableArrearsMonths: null,
				retiredReason: null
			});
			expect(bad.status, id).toBeGreaterThanOrEqual(400);
			expect(bad.status, id).toBeLessThan(500);
		}
		const noName = await api.saveLandlord(admin, 'ok-id', {
			name: ' ',
			acceptableArrearsMonths: 0,
			retiredReason: null
		});
		expect(noName.status).toBe(400);
		expect(JSON.stringify(noName.body.issues)).toContain('name');
		expect(JSON.stringify(noName.body.issues)).toContain('acceptableArrearsMonths');

		const audit = await b.db
			.selectFrom('admin_audit_log')
			.select(['action', 'target'])
			.where('action', '=', 'landlord.save')
			.orderBy('seq')
			.execute();
		expect(audit.map((a) => a.target)).toEqual(['kaupungin-asunnot', 'sato', 'kaupungin-asunnot']);
	});
});
