/**
 * Referral codes on SQLite and PostgreSQL: the authorisation matrix of every code endpoint,
 * bulk creation (all or nothing), revocation and expiry, the lookup rate limit, the code format,
 * and what the landlord can and cannot learn.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CODE_KEYSPACE_BITS, readCode } from '$lib/domain/referral-code';
import {
	codeListSchema,
	createCodesAnswerSchema,
	lookupAnswerSchema
} from '$lib/schemas/landlord-codes';
import type { Database } from '$lib/server/db/schema';
import { resetRateLimits, withJsonErrors, type SessionUser } from '$lib/server/http/guards';
import { attachCodeToTenant, codesOfTenant } from '$lib/server/landlords';
import { codeHash, flushOpenings } from '$lib/server/landlords/codes';
import { CodeDirectory, directoryOf } from '$lib/server/landlords/code-directory';
import { createDb, migrateToLatest } from '$lib/server/db';
import {
	LOOKUP_LIMIT,
	handleAttachCode,
	handleCreateCodes,
	handleListCodes,
	handleLookupCode,
	handleRevokeCode,
	lookupKey,
	type CodeEndpointContext
} from '$lib/server/landlords/endpoints';
import { BACKENDS, useBackend } from './backends';
import {
	TestClock,
	consentApi,
	createUser,
	giveBody,
	makeEvent,
	type Answer
} from './consent-harness';

type Handler = (e: ReturnType<typeof makeEvent>, c: CodeEndpointContext) => Promise<Response>;

async function answer(res: Response): Promise<Answer> {
	const text = await res.text();
	return { status: res.status, body: text ? JSON.parse(text) : {}, headers: res.headers };
}

async function addOrg(db: Kysely<Database>, name: string, key: string | null = null) {
	const id = randomUUID();
	await db
		.insertInto('landlord_orgs')
		.values({ id, name, landlord_key: key, created_at: new Date().toISOString() })
		.execute();
	return id;
}

async function addStaff(db: Kysely<Database>, orgId: string): Promise<SessionUser> {
	const user = await createUser(db, 'landlord');
	await db
		.insertInto('landlord_staff')
		.values({ user_id: user.id, org_id: orgId, created_at: new Date().toISOString() })
		.execute();
	return user;
}

for (const kind of BACKENDS) {
	describe(`referral codes (${kind})`, () => {
		const backend = useBackend(kind);
		const clock = new TestClock();
		let address = '203.0.113.7';
		const ctx = (extra: Partial<CodeEndpointContext> = {}): CodeEndpointContext => ({
			db: () => Promise.resolve(backend.db),
			now: clock.now,
			clientAddress: address,
			limits: { read: [1e9, 1000], write: [1e9, 1000] },
			lookupLimit: [1e9, 1000],
			...extra
		});
		const call = async (
			h: Handler,
			path: string,
			init: Parameters<typeof makeEvent>[1],
			extra: Partial<CodeEndpointContext> = {}
		) =>
			answer(
				await withJsonErrors((e: ReturnType<typeof makeEvent>) => h(e, ctx(extra)))(
					makeEvent(path, init)
				)
			);

		const list = (user: SessionUser | null, query = '') =>
			call(handleListCodes, `/api/landlord/codes${query}`, { user });
		const create = (
			user: SessionUser | null,
			body: unknown,
			extra: Partial<CodeEndpointContext> = {}
		) => call(handleCreateCodes, '/api/landlord/codes', { user, body }, extra);
		const revoke = (
			user: SessionUser | null,
			id: string,
			extra: Partial<CodeEndpointContext> = {}
		) =>
			call(
				handleRevokeCode,
				`/api/landlord/codes/${id}/revoke`,
				{ user, body: {}, params: { id } },
				extra
			);
		const lookup = (code: string, extra: Partial<CodeEndpointContext> = {}) =>
			call(handleLookupCode, '/api/referral/lookup', { body: { code } }, extra);
		const attach = (user: SessionUser | null, code: string) =>
			call(handleAttachCode, '/api/referral/attach', { user, body: { code } });

		let orgA: string;
		let orgB: string;
		let staffA: SessionUser;
		let staffB: SessionUser;
		let others: Record<'tenant' | 'advisor' | 'admin' | 'funder' | 'noRow', SessionUser>;

		beforeAll(async () => {
			const db = backend.db;
			orgA = await addOrg(db, 'Vuokrayhtiö A', 'sato');
			orgB = await addOrg(db, 'Vuokrayhtiö B');
			staffA = await addStaff(db, orgA);
			staffB = await addStaff(db, orgB);
			others = {
				tenant: await createUser(db, 'tenant'),
				advisor: await createUser(db, 'advisor'),
				admin: await createUser(db, 'admin'),
				funder: await createUser(db, 'funder'),
				noRow: await createUser(db, 'landlord')
			};
		});
		beforeEach(() => {
			resetRateLimits();
			clock.set('2026-12-01T08:00:00.000Z');
			address = '203.0.113.7';
		});

		it('the authorisation matrix of every code endpoint', async () => {
			const made = await create(staffA, { count: 1, internalRefs: ['SOP-1'] });
			expect(made.status).toBe(201);
			const codeA = createCodesAnswerSchema.parse(made.body).codes[0]!;
			const madeB = createCodesAnswerSchema.parse((await create(staffB, { count: 1 })).body)
				.codes[0]!;

			// Landlord endpoints: 401 signed out; 403 for every other role and for a landlord
			// without a staff row; staff of B never reach A's code (404, as if it did not exist).
			for (const h of [
				() => list(null),
				() => create(null, { count: 1 }),
				() => revoke(null, codeA.id)
			]) {
				expect((await h()).status).toBe(401);
			}
			for (const [name, user] of Object.entries(others)) {
				for (const res of [
					await list(user),
					await create(user, { count: 1 }),
					await revoke(user, codeA.id)
				]) {
					expect(res.status, name).toBe(403);
					expect(res.body.code, name).toBe('forbidden');
				}
			}
			const listB = codeListSchema.parse((await list(staffB)).body);
			expect(listB.org.name).toBe('Vuokrayhtiö B');
			expect(listB.codes.map((c) => c.id)).toEqual([madeB.id]);
			const listA = codeListSchema.parse((await list(staffA)).body);
			expect(listA.codes.map((c) => [c.id, c.internalRef])).toEqual([[codeA.id, 'SOP-1']]);
			expect((await revoke(staffB, codeA.id)).status).toBe(404);
			expect((await lookup(codeA.code)).body.state).toBe('valid');
			expect((await revoke(staffA, codeA.id)).status).toBe(200);

			// Tenant endpoints: the lookup is public; attaching is for tenants only.
			expect((await lookup(madeB.code)).status).toBe(200);
			expect((await attach(null, madeB.code)).status).toBe(401);
			for (const user of [others.advisor, others.admin, others.funder, staffA, staffB]) {
				expect((await attach(user, madeB.code)).status).toBe(403);
			}
			expect((await attach(others.tenant, madeB.code)).status).toBe(200);
		});

		it('codes are twelve symbols with a check symbol, stored only as their hash', async () => {
			const made = createCodesAnswerSchema.parse(
				(await create(staffA, { count: 5, expiresInDays: 30 })).body
			);
			expect(CODE_KEYSPACE_BITS).toBe(55);
			for (const c of made.codes) {
				expect(c.code).toMatch(
					/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/
				);
				expect(readCode(c.code).ok).toBe(true);
			}
			const stored = await backend.db
				.selectFrom('landlord_codes')
				.selectAll()
				.where('mailing_id', '=', made.mailingId)
				.execute();
			expect(stored).toHaveLength(5);
			const text = JSON.stringify(stored);
			for (const c of made.codes) {
				expect(text).not.toContain(c.code);
				expect(text).not.toContain(c.code.replaceAll('-', ''));
				expect(stored.map((r) => r.lookup_hash)).toContain(codeHash(c.code.replaceAll('-', '')));
			}
			expect(new Date(made.expiresAt).getTime() - clock.now().getTime()).toBe(30 * 86_400_000);
			// Typed loosely, as people do.
			const loose = made.codes[0]!.code.toLowerCase().replaceAll('-', ' ');
			expect(lookupAnswerSchema.parse((await lookup(loose)).body)).toEqual({
				state: 'valid',
				landlord: { name: 'Vuokrayhtiö A', landlordKey: 'sato' },
				expiresAt: made.expiresAt
			});
			// A mistyped code (wrong check symbol) and an unknown valid-looking one are both 404.
			const c = made.codes[0]!.code;
			const typo = c.slice(0, 3) + (c[3] === '7' ? '8' : '7') + c.slice(4);
			expect((await lookup(typo)).status).toBe(404);
			expect((await lookup('0000-0000-0000')).status).toBe(404);
		});

		it('a mailing of 10,000 codes is one action; the references stay with their codes', async () => {
			const refs = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? '' : `ref-${i}`));
			const res = await create(staffB, { count: 10_000, internalRefs: refs });
			expect(res.status).toBe(201);
			const made = createCodesAnswerSchema.parse(res.body);
			expect(new Set(made.codes.map((c) => c.code)).size).toBe(10_000);
			expect(made.codes[1]!.internalRef).toBe('ref-1');
			expect(made.codes[3]!.internalRef).toBeNull();
			const { n } = await backend.db
				.selectFrom('landlord_codes')
				.select((eb) => eb.fn.countAll<number | string>().as('n'))
				.where('mailing_id', '=', made.mailingId)
				.executeTakeFirstOrThrow();
			expect(Number(n)).toBe(10_000);
			const listed = codeListSchema.parse((await list(staffB)).body);
			expect(listed.total).toBeGreaterThanOrEqual(10_000);
			expect(listed.codes).toHaveLength(50);
			const mailing = listed.mailings.find((m) => m.id === made.mailingId);
			expect(mailing).toMatchObject({ size: 10_000, report: { opened: 0, used: 0, consented: 0 } });

			expect((await create(staffB, { count: 10_001 })).status).toBe(400);
			const wrongRefs = await create(staffB, { count: 2, internalRefs: ['a'] });
			expect(wrongRefs.status).toBe(400);
			expect(JSON.stringify(wrongRefs.body.issues)).toContain('internalRefs');
		});

		it('bulk creation is atomic: a failure in the last rows leaves no code and no mailing', async () => {
			const db = backend.db;
			if (kind === 'postgres') {
				await sql`create function fail_on_marker() returns trigger language plpgsql as $$
					begin if new.internal_ref = 'FAIL' then raise exception 'boom'; end if; return new; end $$`.execute(
					db
				);
				await sql`create trigger fail_on_marker before insert on landlord_codes
					for each row execute function fail_on_marker()`.execute(db);
			} else {
				await sql`create trigger fail_on_marker before insert on landlord_codes
					when new.internal_ref = 'FAIL' begin select raise(abort, 'boom'); end`.execute(db);
			}
			const count = async () =>
				Number(
					(
						await db
							.selectFrom('landlord_codes')
							.select((eb) => eb.fn.countAll<number | string>().as('n'))
							.where('org_id', '=', orgA)
							.executeTakeFirstOrThrow()
					).n
				);
			const mailings = async () =>
				(await db.selectFrom('landlord_mailings').select('id').where('org_id', '=', orgA).execute())
					.length;
			const before = [await count(), await mailings()];
			try {
				// 2,500 codes are inserted in three statements; the row that fails is in the last.
				const refs = Array.from({ length: 2500 }, (_, i) => (i === 2400 ? 'FAIL' : ''));
				const res = await create(staffA, { count: 2500, internalRefs: refs });
				expect(res.status).toBe(500);
				expect([await count(), await mailings()]).toEqual(before);
			} finally {
				await sql`drop trigger fail_on_marker${sql.raw(kind === 'postgres' ? ' on landlord_codes' : '')}`.execute(
					db
				);
			}
			expect((await create(staffA, { count: 2 })).status).toBe(201);
		});

		it('revoked and expired codes are told apart, filtered, and cannot be attached', async () => {
			const made = createCodesAnswerSchema.parse(
				(await create(staffA, { count: 2, expiresInDays: 1 })).body
			);
			const keep = made.codes[0]!;
			const gone = made.codes[1]!;
			// Looked up (and so cached) before the revocation: the revocation still shows at once.
			expect((await lookup(gone.code)).body).toMatchObject({ state: 'valid' });
			expect((await revoke(staffA, gone.id)).body).toMatchObject({ code: { status: 'revoked' } });
			// Revoking twice keeps the first time.
			const again = await revoke(staffA, gone.id);
			expect(again.status).toBe(200);
			expect((await lookup(gone.code)).body).toMatchObject({ state: 'revoked' });
			expect((await attach(others.tenant, gone.code)).status).toBe(404);

			const revoked = codeListSchema.parse((await list(staffA, '?status=revoked')).body);
			expect(revoked.codes.map((c) => c.id)).toContain(gone.id);
			expect(revoked.codes.every((c) => c.status === 'revoked')).toBe(true);

			clock.at = new Date(new Date(made.expiresAt).getTime() + 1);
			expect((await lookup(keep.code)).body).toMatchObject({ state: 'expired' });
			expect((await attach(others.tenant, keep.code)).status).toBe(404);
			const expired = codeListSchema.parse((await list(staffA, '?status=expired')).body);
			expect(expired.codes.map((c) => c.id)).toContain(keep.id);
			const active = codeListSchema.parse((await list(staffA, '?status=active')).body);
			expect(active.codes.map((c) => c.id)).not.toContain(keep.id);
			expect((await list(staffA, '?status=nonsense')).status).toBe(400);
		});

		it('lookups answer from the code directory; another instance’s new code and revocation reach it at its next refresh', async () => {
			const here = directoryOf(backend.db);
			await here.refresh(); // loaded: lookups read no database from here on
			// Another instance of the app: its own handle, and so its own directory.
			const otherDb = backend.another();
			const other = { db: () => Promise.resolve(otherDb) };
			clock.at = new Date(); // the directory reads rows made since its last refresh, by the wall clock
			const made = createCodesAnswerSchema.parse((await create(staffA, { count: 2 }, other)).body);
			const [kept, gone] = made.codes as [(typeof made.codes)[0], (typeof made.codes)[0]];
			await here.refresh();
			expect((await lookup(kept.code)).body).toMatchObject({
				state: 'valid',
				landlord: { name: 'Vuokrayhtiö A' }
			});
			expect((await lookup(gone.code)).body).toMatchObject({ state: 'valid' });

			expect((await revoke(staffA, gone.id, other)).status).toBe(200);
			expect((await lookup(gone.code, other)).body).toMatchObject({ state: 'revoked' });
			await here.refresh();
			expect((await lookup(gone.code)).body).toMatchObject({ state: 'revoked' });

			// A rename reaches the answer too; and the database is read only by the refresh.
			const renameOrgA = async (name: string) => {
				await otherDb.updateTable('landlord_orgs').set({ name }).where('id', '=', orgA).execute();
				await here.refresh();
			};
			await renameOrgA('Vuokrayhtiö A Oyj');
			expect((await lookup(kept.code)).body).toMatchObject({
				landlord: { name: 'Vuokrayhtiö A Oyj' }
			});
			await renameOrgA('Vuokrayhtiö A');
		});

		it('the lookup limit bites: 20 per address, then 429 with Retry-After; other addresses go on', async () => {
			expect(LOOKUP_LIMIT).toEqual([20, 600_000]);
			const made = createCodesAnswerSchema.parse((await create(staffA, { count: 1 })).body);
			const real = { lookupLimit: undefined };
			for (let i = 0; i < 20; i++) {
				expect((await lookup(`0000-0000-00${String(i).padStart(2, '0')}`, real)).status).not.toBe(
					429
				);
			}
			const refused = await lookup(made.codes[0]!.code, real);
			expect(refused.status).toBe(429);
			expect(refused.body.code).toBe('rate_limited');
			expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
			// Attaching counts against the same limit: an account is no way around it.
			expect((await attach(others.tenant, made.codes[0]!.code)).status).toBe(429);
			address = '198.51.100.9';
			expect((await lookup(made.codes[0]!.code, real)).status).toBe(200);
			// Half a minute later one more try is allowed at the first address.
			address = '203.0.113.7';
			clock.at = new Date(clock.now().getTime() + 30_000);
			expect((await lookup(made.codes[0]!.code, real)).status).toBe(200);
			expect((await lookup(made.codes[0]!.code, real)).status).toBe(429);
		});

		it('counts IPv6 callers per /64', () => {
			expect(lookupKey('2001:db8:1:2:aaaa::1')).toBe(lookupKey('2001:0db8:0001:0002:ffff:1:2:3'));
			expect(lookupKey('2001:db8:1:2::1')).not.toBe(lookupKey('2001:db8:1:3::1'));
			expect(lookupKey('::ffff:203.0.113.7')).toBe(lookupKey('203.0.113.7'));
		});

		it('opening tells the landlord nothing; a mailing’s counts appear only from 20 codes up', async () => {
			const small = createCodesAnswerSchema.parse(
				(await create(staffA, { count: 3, internalRefs: ['x1', 'x2', 'x3'] })).body
			);
			const big = createCodesAnswerSchema.parse((await create(staffA, { count: 20 })).body);
			await lookup(small.codes[0]!.code);
			await lookup(big.codes[0]!.code);
			await lookup(big.codes[0]!.code);
			await lookup(big.codes[1]!.code);
			const tenant = await createUser(backend.db, 'tenant');
			expect((await attach(tenant, big.codes[1]!.code)).body).toEqual({
				landlord: { name: 'Vuokrayhtiö A', landlordKey: 'sato' }
			});
			const listed = codeListSchema.parse((await list(staffA)).body);
			const text = JSON.stringify(listed);
			expect(text).not.toContain(tenant.id);
			expect(text).not.toMatch(/openedAt|usedAt|opened_at|used_at/);
			expect(listed.mailings.find((m) => m.id === small.mailingId)?.report).toBeNull();
			expect(listed.mailings.find((m) => m.id === big.mailingId)?.report).toEqual({
				opened: 2,
				used: 1,
				consented: 0
			});
			const rowKeys = Object.keys(listed.codes[0]!).sort();
			expect(rowKeys).toEqual(
				['createdAt', 'expiresAt', 'id', 'internalRef', 'mailingId', 'revokedAt', 'status'].sort()
			);
		});

		it('first openings are written a moment later, and a failed write is tried again', async () => {
			const db = backend.db;
			const made = createCodesAnswerSchema.parse((await create(staffB, { count: 20 })).body);
			const opened = async () =>
				codeListSchema
					.parse((await list(staffB)).body)
					.mailings.find((m) => m.id === made.mailingId)?.report?.opened;
			const name = `no_openings_${kind}`;
			if (kind === 'postgres') {
				await sql`create function ${sql.raw(name)}() returns trigger language plpgsql as $$
					begin raise exception 'disk full'; end $$`.execute(db);
				await sql`create trigger ${sql.raw(name)} before update on landlord_codes
					for each row execute function ${sql.raw(name)}()`.execute(db);
			} else {
				await sql`create trigger ${sql.raw(name)} before update on landlord_codes
					begin select raise(abort, 'disk full'); end`.execute(db);
			}
			try {
				// The lookup answers although the marker cannot be written.
				expect((await lookup(made.codes[0]!.code)).status).toBe(200);
				expect((await lookup(made.codes[1]!.code)).status).toBe(200);
				await flushOpenings(db);
			} finally {
				await sql`drop trigger ${sql.raw(name)}${sql.raw(kind === 'postgres' ? ' on landlord_codes' : '')}`.execute(
					db
				);
			}
			// Kept, and written by the next flush (which the list does first).
			expect(await opened()).toBe(2);
		});

		it('attachCodeToTenant is idempotent and what case work reads back', async () => {
			const made = createCodesAnswerSchema.parse((await create(staffB, { count: 1 })).body);
			const tenant = await createUser(backend.db, 'tenant');
			const first = await attachCodeToTenant(
				backend.db,
				tenant.id,
				made.codes[0]!.code,
				clock.now()
			);
			clock.at = new Date(clock.now().getTime() + 60_000);
			const second = await attachCodeToTenant(
				backend.db,
				tenant.id,
				made.codes[0]!.code,
				clock.now()
			);
			expect(second).toEqual(first);
			expect(first).toMatchObject({ codeId: made.codes[0]!.id, orgId: orgB });
			expect(await codesOfTenant(backend.db, tenant.id)).toEqual([first]);
			expect(await attachCodeToTenant(backend.db, tenant.id, 'nonsense', clock.now())).toBeNull();
		});

		it('a tenant who attaches a code has a referral case counted for that landlord', async () => {
			const made = createCodesAnswerSchema.parse((await create(staffA, { count: 1 })).body)
				.codes[0]!;
			const tenant = await createUser(backend.db, 'tenant');
			expect((await attach(tenant, made.code)).status).toBe(200);
			const cases = await backend.db
				.selectFrom('cases')
				.select(['source', 'landlord_org_id', 'referral_code_id', 'status'])
				.where('tenant_id', '=', tenant.id)
				.execute();
			expect(cases).toEqual([
				{
					source: 'referral',
					landlord_org_id: orgA,
					referral_code_id: expect.any(String),
					status: 'new'
				}
			]);
			// Attaching again from another device joins the same case.
			expect((await attach(tenant, made.code)).status).toBe(200);
			expect(
				await backend.db
					.selectFrom('cases')
					.select('id')
					.where('tenant_id', '=', tenant.id)
					.execute()
			).toHaveLength(1);
		});

		it('a referred tenant’s consent to the service is counted on the code, nothing more', async () => {
			const made = createCodesAnswerSchema.parse((await create(staffA, { count: 1 })).body)
				.codes[0]!;
			const tenant = await createUser(backend.db, 'tenant');
			expect((await attach(tenant, made.code)).status).toBe(200);
			const consentedAt = () =>
				backend.db
					.selectFrom('landlord_codes')
					.select('consented_at')
					.where('lookup_hash', '=', codeHash(made.code.replaceAll('-', '')))
					.executeTakeFirstOrThrow();
			expect((await consentedAt()).consented_at).toBeNull();
			const given = await consentApi(() => backend.db, clock).give(tenant, giveBody());
			expect(given.status).toBe(201);
			expect((await consentedAt()).consented_at).not.toBeNull();
		});
	});
}

/** One mailing `m1` of valid codes, id -> lookup hash, written straight into the tables. */
async function insertMailing(
	db: Kysely<Database>,
	orgId: string,
	staffId: string,
	codes: Record<string, string>
): Promise<void> {
	const at = new Date().toISOString();
	const ids = Object.keys(codes);
	await db
		.insertInto('landlord_mailings')
		.values({ id: 'm1', org_id: orgId, size: ids.length, created_by: staffId, created_at: at })
		.execute();
	await db
		.insertInto('landlord_codes')
		.values(
			ids.map((id) => ({
				id,
				org_id: orgId,
				mailing_id: 'm1',
				lookup_hash: codes[id]!,
				internal_ref: null,
				created_at: at,
				expires_at: new Date(Date.now() + 86_400_000).toISOString(),
				revoked_at: null,
				opened_at: null,
				used_at: null,
				consented_at: null
			}))
		)
		.execute();
}

describe('the code directory when its database is away', () => {
	it('answers nothing older than twice its refresh time, and retries after a pause, not on every lookup', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'vuokra-directory-'));
		const db = createDb({ kind: 'sqlite', file: join(dir, 'app.sqlite') });
		const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			await migrateToLatest(db);
			const orgId = await addOrg(db, 'Vuokrayhtiö C');
			const staff = await addStaff(db, orgId);
			await insertMailing(db, orgId, staff.id, { c1: 'hash-1' });
			let now = 1_000_000;
			const directory = new CodeDirectory(db, 10_000, 1000, () => now);
			expect(await directory.find('hash-1')).toBeUndefined(); // not loaded: the database decides
			await directory.refresh();
			expect(await directory.find('hash-1')).toMatchObject({
				code: { id: 'c1', revoked: false },
				landlord: { name: 'Vuokrayhtiö C' }
			});
			expect(await directory.find('hash-2')).toBeNull();

			await db.destroy();
			now += 15_000; // stale: a refresh starts beside the answer, which memory still gives
			expect(await directory.find('hash-1')).toMatchObject({ code: { id: 'c1' } });
			await directory.refresh();
			expect(errors).toHaveBeenCalledTimes(1);
			now += 10_000; // twice the refresh time: memory no longer answers
			expect(await directory.find('hash-1')).toBeUndefined();
			expect(errors).toHaveBeenCalledTimes(2);
			expect(await directory.find('hash-1')).toBeUndefined();
			expect(errors).toHaveBeenCalledTimes(2); // the next try waits a moment
			expect(String(errors.mock.calls[0]![0])).toMatch(/^\[codes\] directory not refreshed: /);
		} finally {
			errors.mockRestore();
			await db.destroy().catch(() => undefined);
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('a whole load reads the codes a chunk at a time and misses none at the chunk edges', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'vuokra-directory-'));
		const db = createDb({ kind: 'sqlite', file: join(dir, 'app.sqlite') });
		try {
			await migrateToLatest(db);
			const orgId = await addOrg(db, 'Vuokrayhtiö D');
			const staff = await addStaff(db, orgId);
			const ids = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'];
			await insertMailing(
				db,
				orgId,
				staff.id,
				Object.fromEntries(ids.map((id) => [id, `hash-${id}`]))
			);
			// 7 codes in chunks of 1, of 3 (3 + 3 + 1), of exactly 7 (then an empty one) and of more.
			for (const chunk of [1, 3, 7, 100]) {
				const directory = new CodeDirectory(db, 10_000, 1000, Date.now, chunk);
				await directory.refresh();
				for (const id of ids) {
					expect(await directory.find(`hash-${id}`), `chunk ${chunk}`).toMatchObject({
						code: { id }
					});
				}
				expect(await directory.find('hash-c8')).toBeNull();
			}
		} finally {
			await db.destroy().catch(() => undefined);
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
