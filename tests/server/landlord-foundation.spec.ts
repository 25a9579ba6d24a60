/**
 * Landlord organisations and staff (migration 0060, lib/server/landlords) on SQLite and
 * PostgreSQL: the tables' rules, `staffOrgOf`, and the guard every landlord endpoint uses
 * (role `landlord` AND a staff row), driven through a real declared endpoint.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { SessionUser } from '$lib/server/http/guards';
import { withJsonErrors } from '$lib/server/http/guards';
import {
	landlordEndpoint,
	orgForLandlordKey,
	staffOrgOf,
	type LandlordEndpointContext
} from '$lib/server/landlords';
import { BACKENDS, useBackend } from './backends';
import { createUser, makeEvent } from './consent-harness';

async function addOrg(db: Kysely<Database>, name: string, landlordKey: string | null = null) {
	const id = randomUUID();
	await db
		.insertInto('landlord_orgs')
		.values({ id, name, landlord_key: landlordKey, created_at: new Date().toISOString() })
		.execute();
	return id;
}

async function addStaff(db: Kysely<Database>, userId: string, orgId: string) {
	await db
		.insertInto('landlord_staff')
		.values({ user_id: userId, org_id: orgId, created_at: new Date().toISOString() })
		.execute();
}

/** A landlord endpoint as a capability module would declare one: it answers the caller's org. */
const probe = landlordEndpoint<LandlordEndpointContext>()({ limit: 'read' }, ({ org }) => ({
	org
}));

for (const kind of BACKENDS) {
	describe(`landlord foundation (${kind})`, () => {
		const backend = useBackend(kind);
		const ctx = (): LandlordEndpointContext => ({
			db: () => Promise.resolve(backend.db),
			limits: { read: [1e9, 1000] }
		});
		const call = async (user: SessionUser | null) => {
			const res = await withJsonErrors((e: ReturnType<typeof makeEvent>) => probe(e, ctx()))(
				makeEvent('/api/landlord/probe', { user })
			);
			return { status: res.status, body: (await res.json()) as Record<string, unknown> };
		};

		let orgA: string;
		let orgB: string;
		let staffA: SessionUser;
		let staffB: SessionUser;
		let landlordWithoutRow: SessionUser;

		beforeAll(async () => {
			const db = backend.db;
			orgA = await addOrg(db, 'Vuokrayhtiö A', 'yh-asunnot');
			orgB = await addOrg(db, 'Vuokrayhtiö B');
			staffA = await createUser(db, 'landlord');
			staffB = await createUser(db, 'landlord');
			landlordWithoutRow = await createUser(db, 'landlord');
			await addStaff(db, staffA.id, orgA);
			await addStaff(db, staffB.id, orgB);
		});

		it('staffOrgOf names the caller’s organisation and its map entry, or null', async () => {
			expect(await staffOrgOf(backend.db, staffA.id)).toEqual({
				orgId: orgA,
				name: 'Vuokrayhtiö A',
				landlordKey: 'yh-asunnot'
			});
			expect(await staffOrgOf(backend.db, staffB.id)).toEqual({
				orgId: orgB,
				name: 'Vuokrayhtiö B',
				landlordKey: null
			});
			expect(await staffOrgOf(backend.db, landlordWithoutRow.id)).toBeNull();
			expect(await orgForLandlordKey(backend.db, 'yh-asunnot')).toEqual({
				orgId: orgA,
				name: 'Vuokrayhtiö A'
			});
			expect(await orgForLandlordKey(backend.db, 'sato')).toBeNull();
		});

		it('the guard lets in staff with a row and refuses everyone else', async () => {
			expect((await call(null)).status).toBe(401);
			for (const role of ['tenant', 'advisor', 'admin', 'funder'] as const) {
				const user = await createUser(backend.db, role);
				const res = await call(user);
				expect(res.status, role).toBe(403);
				expect(res.body.code).toBe('forbidden');
			}
			const noRow = await call(landlordWithoutRow);
			expect(noRow.status).toBe(403);
			expect(noRow.body.code).toBe('forbidden');

			const a = await call(staffA);
			expect(a.status).toBe(200);
			expect(a.body.org).toEqual({ orgId: orgA, name: 'Vuokrayhtiö A', landlordKey: 'yh-asunnot' });
			const b = await call(staffB);
			expect((b.body.org as { orgId: string }).orgId).toBe(orgB);
		});

		it('a staff row of a user whose role is no longer landlord lets nothing in', async () => {
			const former = await createUser(backend.db, 'landlord');
			await addStaff(backend.db, former.id, orgA);
			expect((await call(former)).status).toBe(200);
			expect((await call({ ...former, role: 'tenant' })).status).toBe(403);
		});

		it('a user is staff of exactly one organisation; names and map entries are unique', async () => {
			const user = await createUser(backend.db, 'landlord');
			await addStaff(backend.db, user.id, orgA);
			await expect(addStaff(backend.db, user.id, orgB)).rejects.toThrow();
			await expect(addOrg(backend.db, 'Vuokrayhtiö A')).rejects.toThrow();
			await expect(addOrg(backend.db, 'Toinen', 'yh-asunnot')).rejects.toThrow();
			// Several organisations may have no map entry.
			await addOrg(backend.db, 'Ilman karttaa 1');
			await addOrg(backend.db, 'Ilman karttaa 2');
		});

		it('deleting the account deletes the staff row; an org with staff cannot be deleted', async () => {
			const user = await createUser(backend.db, 'landlord');
			await addStaff(backend.db, user.id, orgB);
			await backend.db.deleteFrom('User').where('id', '=', user.id).execute();
			expect(await staffOrgOf(backend.db, user.id)).toBeNull();
			await expect(
				backend.db.deleteFrom('landlord_orgs').where('id', '=', orgB).execute()
			).rejects.toThrow();
		});
	});
}
