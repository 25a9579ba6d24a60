/**
 * What the hash chain alone could not see (issue #9, item 11), on SQLite and PostgreSQL, by
 * verifyLedger and the CLI alike:
 * - a correctly chained event appended by someone who can write the database: an unkeyed chain
 *   cannot tell (shown, as the documented limit), a keyed one (format 3) can;
 * - `consents.recipient_name` edited: the row is compared with the digest in its event;
 * - `consent_subjects` re-pointed to another tenant: events bind their subject to the account;
 * - and a ledger written in the original format 1 still verifies, and continues in format 2.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db';
import type { ConsentEventTable } from '$lib/server/db/schema';
import { activeConsentCategories } from '$lib/server/consent/access';
import { giveConsent, withdrawConsent } from '$lib/server/consent/consents';
import {
	GENESIS_HASH,
	KEYED_FORMAT,
	UNKEYED_FORMAT,
	eventHash,
	recipientNameDigest,
	resolveLedgerKey,
	verifyLedger,
	type LedgerKey
} from '$lib/server/consent/ledger';
import { canonicalJson } from '$lib/server/db/json';
import { CURRENT_CONSENT_TEXT_VERSION } from '$lib/consent-texts';
import { BACKENDS } from './backends';
import { T0, createUser } from './consent-harness';
import { useLedgerDb } from './consent-ledger-harness';

const body = {
	recipient: { kind: 'advisorService' as const },
	categories: ['rentArrears' as const, 'debts' as const],
	textVersion: CURRENT_CONSENT_TEXT_VERSION,
	language: 'fi' as const
};
const landlord = {
	...body,
	recipient: { kind: 'landlord' as const, name: 'Vuokratalot Oy' }
};

let minute = 0;
const at = () => new Date(T0.getTime() + minute++ * 60_000);

async function rows(db: Kysely<Database>): Promise<ConsentEventTable[]> {
	return db.selectFrom('consent_events').selectAll().orderBy('seq').execute();
}

/** What a database writer who knows the scheme (but not the key) appends: a correct link. */
async function forgeAppend(
	db: Kysely<Database>,
	format: number,
	key: LedgerKey | null,
	template: ConsentEventTable
): Promise<void> {
	const [head] = await db
		.selectFrom('consent_events')
		.selectAll()
		.orderBy('seq', 'desc')
		.limit(1)
		.execute();
	if (!head) throw new Error('empty ledger');
	const data = JSON.parse(template.data) as Record<string, unknown>;
	const forged = {
		eventId: randomUUID(),
		consentId: template.consent_id,
		subjectId: template.subject_id,
		type: 'given',
		at: '2026-11-27T12:00:00.000Z',
		data: { ...data, validUntil: '2099-01-01T00:00:00.000Z' },
		prevHash: head.hash,
		format
	};
	await db
		.insertInto('consent_events')
		.values({
			seq: head.seq + 1,
			event_id: forged.eventId,
			consent_id: forged.consentId,
			subject_id: forged.subjectId,
			type: 'given',
			at: forged.at,
			data: canonicalJson(forged.data),
			prev_hash: forged.prevHash,
			hash: eventHash(forged, key),
			format
		})
		.execute();
}

/** Undoes what a test did to the tables (the test drops the append-only guard like an attacker). */
async function restoring<T>(db: Kysely<Database>, pg: boolean, work: () => Promise<T>): Promise<T> {
	const events = await rows(db);
	const consents = await db.selectFrom('consents').selectAll().execute();
	const subjects = await db.selectFrom('consent_subjects').selectAll().execute();
	if (pg) await sql`alter table consent_events disable trigger user`.execute(db);
	else {
		await sql`drop trigger consent_events_no_update`.execute(db);
		await sql`drop trigger consent_events_no_delete`.execute(db);
	}
	try {
		return await work();
	} finally {
		await db.deleteFrom('consent_events').execute();
		await db.insertInto('consent_events').values(events).execute();
		await db.deleteFrom('consents').execute();
		if (consents.length) await db.insertInto('consents').values(consents).execute();
		await db.deleteFrom('consent_subjects').execute();
		if (subjects.length) await db.insertInto('consent_subjects').values(subjects).execute();
		if (pg) await sql`alter table consent_events enable trigger user`.execute(db);
		else {
			await sql`create trigger consent_events_no_update before update on consent_events
				begin select raise(abort, 'consent_events is append-only'); end`.execute(db);
			await sql`create trigger consent_events_no_delete before delete on consent_events
				begin select raise(abort, 'consent_events is append-only'); end`.execute(db);
		}
	}
}

describe.each(BACKENDS)('unkeyed ledger, rows beside it, on %s', (kind) => {
	const l = useLedgerDb(kind, { CONSENT_LEDGER_KEY: '' });
	const pg = kind === 'postgres';
	let tenant: { id: string };
	let other: { id: string };

	beforeAll(async () => {
		tenant = await createUser(l.db, 'tenant');
		other = await createUser(l.db, 'tenant');
		await giveConsent(l.db, tenant.id, body, 'k-service', at());
		await giveConsent(l.db, tenant.id, landlord, 'k-landlord', at());
		const third = await giveConsent(l.db, other.id, body, 'k-other', at());
		await withdrawConsent(l.db, other.id, third.consent.id, at());
		const ok = await verifyLedger(l.db, { key: null });
		expect(ok).toMatchObject({ ok: true, count: 4, keyedFrom: null });
		expect((await rows(l.db)).map((r) => r.format)).toEqual([2, 2, 2, 2]);
		expect((await l.script()).code).toBe(0);
	}, 60_000);

	it('finds a recipient name edited in the consents row', async () => {
		const { result, script } = await restoring(l.db, pg, async () => {
			await l.db
				.updateTable('consents')
				.set({ recipient_name: 'Perintä Oy' })
				.where('recipient_name', '=', 'Vuokratalot Oy')
				.execute();
			return { result: await verifyLedger(l.db, { key: null }), script: await l.script() };
		});
		expect(result).toMatchObject({ ok: false, position: 2, reason: 'row-mismatch' });
		expect(result.ok ? '' : result.message).toMatch(/recipient name .* edited/);
		expect(script.code).toBe(1);
		expect(script.out).toMatchObject({ ok: false, position: 2, reason: 'row-mismatch' });
	});

	it('finds a consents row that no event gave', async () => {
		const { result, script } = await restoring(l.db, pg, async () => {
			const [row] = await l.db.selectFrom('consents').selectAll().limit(1).execute();
			await l.db
				.insertInto('consents')
				.values({ ...row!, id: randomUUID(), idempotency_key: 'forged-key' })
				.execute();
			return { result: await verifyLedger(l.db, { key: null }), script: await l.script() };
		});
		expect(result).toMatchObject({ ok: false, reason: 'row-mismatch' });
		expect(script.out).toMatchObject({ ok: false, reason: 'row-mismatch' });
	});

	it('finds a subject re-pointed to another tenant', async () => {
		const stranger = await createUser(l.db, 'tenant');
		const { result, script, seen } = await restoring(l.db, pg, async () => {
			await l.db
				.updateTable('consent_subjects')
				.set({ user_id: stranger.id })
				.where('user_id', '=', tenant.id)
				.execute();
			await l.db
				.updateTable('consents')
				.set({ user_id: stranger.id })
				.where('user_id', '=', tenant.id)
				.execute();
			return {
				// What the attack achieves: the stranger's account now carries the tenant's consents.
				seen: [...(await activeConsentCategories(l.db, stranger.id, at()))],
				result: await verifyLedger(l.db, { key: null }),
				script: await l.script()
			};
		});
		expect(seen).toEqual(['rentArrears', 'debts']);
		expect(result).toMatchObject({ ok: false, position: 1, reason: 'subject' });
		expect(script.code).toBe(1);
		expect(script.out).toMatchObject({ ok: false, position: 1, reason: 'subject' });
		// Re-pointing only the link (consents left alone) is found too.
		const half = await restoring(l.db, pg, async () => {
			await l.db
				.updateTable('consent_subjects')
				.set({ user_id: stranger.id })
				.where('user_id', '=', tenant.id)
				.execute();
			return verifyLedger(l.db, { key: null });
		});
		expect(half).toMatchObject({ ok: false, reason: 'subject' });
		expect((await verifyLedger(l.db, { key: null })).ok).toBe(true);
	});

	it('cannot see a correctly chained unkeyed event appended by a database writer (why keyed mode exists)', async () => {
		const result = await restoring(l.db, pg, async () => {
			const [first] = await rows(l.db);
			await forgeAppend(l.db, UNKEYED_FORMAT, null, first!);
			return verifyLedger(l.db, { key: null });
		});
		expect(result).toMatchObject({ ok: true, count: 5 });
	});
});

describe.each(BACKENDS)('keyed ledger (format 3) on %s', (kind) => {
	const KEY = randomBytes(32).toString('hex');
	const l = useLedgerDb(kind, { CONSENT_LEDGER_KEY: KEY });
	const pg = kind === 'postgres';
	let key: LedgerKey;
	let previous: string | undefined;

	beforeAll(async () => {
		previous = process.env.CONSENT_LEDGER_KEY;
		// The ledger starts unkeyed (as an existing installation would), then the key is set.
		process.env.CONSENT_LEDGER_KEY = '';
		const a = await createUser(l.db, 'tenant');
		await giveConsent(l.db, a.id, body, 'before-key', at());
		process.env.CONSENT_LEDGER_KEY = KEY;
		key = resolveLedgerKey()!;
		const b = await createUser(l.db, 'tenant');
		await giveConsent(l.db, b.id, landlord, 'after-key-1', at());
		await giveConsent(l.db, a.id, landlord, 'after-key-2', at());
		expect((await rows(l.db)).map((r) => r.format)).toEqual([2, 3, 3]);
	}, 60_000);
	afterAll(() => {
		if (previous === undefined) delete process.env.CONSENT_LEDGER_KEY;
		else process.env.CONSENT_LEDGER_KEY = previous;
	});

	it('verifies with the key, and reports where keying began', async () => {
		expect(await verifyLedger(l.db, { key })).toMatchObject({ ok: true, count: 3, keyedFrom: 2 });
		const script = await l.script();
		expect(script.code).toBe(0);
		expect(script.out).toMatchObject({ ok: true, count: 3, keyedFrom: 2 });
	});

	it('cannot check keyed events without the key, and says so (exit 2)', async () => {
		expect(await verifyLedger(l.db, { key: null })).toMatchObject({
			ok: false,
			position: 2,
			reason: 'key-missing'
		});
		const script = await l.scriptWith({ CONSENT_LEDGER_KEY: '' });
		expect(script.code).toBe(2);
		expect(script.out).toMatchObject({ ok: false, reason: 'key-missing' });
	});

	it('finds a correctly chained event appended by a database writer without the key', async () => {
		for (const [format, forgerKey] of [
			[
				KEYED_FORMAT,
				{ bytes: Buffer.from('a guess at the key, long enough to pass'), source: 'x' }
			],
			[UNKEYED_FORMAT, null]
		] as const) {
			const { result, script } = await restoring(l.db, pg, async () => {
				const [first] = await rows(l.db);
				await forgeAppend(l.db, format, forgerKey, first!);
				return { result: await verifyLedger(l.db, { key }), script: await l.script() };
			});
			const reason = format === KEYED_FORMAT ? 'edited' : 'unkeyed';
			expect(result, `format ${format}`).toMatchObject({ ok: false, position: 4, reason });
			expect(script.code).toBe(1);
			expect(script.out).toMatchObject({ ok: false, position: 4, reason });
		}
	});

	it('finds the whole chain rewritten unkeyed, given where keying began', async () => {
		const { plain, result, script } = await restoring(l.db, pg, async () => {
			const all = await rows(l.db);
			await l.db.deleteFrom('consent_events').execute();
			let prevHash = GENESIS_HASH;
			for (const r of all) {
				const e = {
					eventId: r.event_id,
					consentId: r.consent_id,
					subjectId: r.subject_id,
					type: r.type,
					at: r.at,
					data: JSON.parse(r.data) as unknown,
					prevHash,
					format: UNKEYED_FORMAT
				};
				const hash = eventHash(e);
				await l.db
					.insertInto('consent_events')
					.values({ ...r, prev_hash: prevHash, hash, format: UNKEYED_FORMAT })
					.execute();
				prevHash = hash;
			}
			return {
				plain: await verifyLedger(l.db, { key }),
				result: await verifyLedger(l.db, { key, keyedFrom: 2 }),
				script: await l.script('--keyed-from=2')
			};
		});
		// Without the recorded start the rewrite is consistent; it shows only as keyedFrom: null.
		expect(plain).toMatchObject({ ok: true, keyedFrom: null });
		expect(result).toMatchObject({ ok: false, position: 2, reason: 'unkeyed' });
		expect(script.code).toBe(1);
		expect(script.out).toMatchObject({ ok: false, position: 2, reason: 'unkeyed' });
	});
});

describe.each(BACKENDS)('a ledger written in format 1 on %s', (kind) => {
	const l = useLedgerDb(kind, { CONSENT_LEDGER_KEY: '' });

	it('still verifies, then continues in format 2 and binds the subject at its next event', async () => {
		const tenant = await createUser(l.db, 'tenant');
		const subjectId = randomUUID();
		const consentId = randomUUID();
		const salt = randomBytes(16).toString('hex');
		const when = at().toISOString();
		// Exactly what the first release wrote: no link salt, format 1, no subjectDigest.
		await l.db
			.insertInto('consent_subjects')
			.values({ user_id: tenant.id, subject_id: subjectId, created_at: when, link_salt: null })
			.execute();
		await l.db
			.insertInto('consents')
			.values({
				id: consentId,
				user_id: tenant.id,
				subject_id: subjectId,
				idempotency_key: 'old-key',
				request_hash: 'x',
				recipient_name: 'Vuokratalot Oy',
				name_salt: salt,
				created_at: when
			})
			.execute();
		const data = {
			recipientKind: 'landlord',
			recipientNameDigest: recipientNameDigest(salt, 'Vuokratalot Oy'),
			categories: ['rentArrears'],
			validFrom: when,
			validUntil: '2027-05-27T10:00:00.000Z',
			validityMonths: 6,
			textVersion: CURRENT_CONSENT_TEXT_VERSION,
			language: 'fi',
			collectionMethod: 'Web form in the app, signed-in tenant'
		};
		const e = {
			eventId: randomUUID(),
			consentId,
			subjectId,
			type: 'given',
			at: when,
			data,
			prevHash: GENESIS_HASH
		};
		await l.db
			.insertInto('consent_events')
			.values({
				seq: 1,
				event_id: e.eventId,
				consent_id: consentId,
				subject_id: subjectId,
				type: 'given',
				at: when,
				data: canonicalJson(data),
				prev_hash: GENESIS_HASH,
				hash: eventHash(e),
				format: 1
			})
			.execute();
		expect(await verifyLedger(l.db, { key: null })).toMatchObject({ ok: true, count: 1 });
		expect((await l.script()).code).toBe(0);
		// Format 1 already carries the name digest: an edited name is found there too.
		await l.db.updateTable('consents').set({ recipient_name: 'Muu Oy' }).execute();
		expect(await verifyLedger(l.db, { key: null })).toMatchObject({
			ok: false,
			position: 1,
			reason: 'row-mismatch'
		});
		await l.db.updateTable('consents').set({ recipient_name: 'Vuokratalot Oy' }).execute();
		// The next event is format 2 and binds the subject.
		await withdrawConsent(l.db, tenant.id, consentId, at());
		const all = await rows(l.db);
		expect(all.map((r) => r.format)).toEqual([1, 2]);
		const link = await l.db
			.selectFrom('consent_subjects')
			.select('link_salt')
			.where('user_id', '=', tenant.id)
			.executeTakeFirstOrThrow();
		expect(link.link_salt).toMatch(/^[0-9a-f]{32}$/);
		expect(await verifyLedger(l.db, { key: null })).toMatchObject({ ok: true, count: 2 });
		expect((await l.script()).code).toBe(0);
	});
});
