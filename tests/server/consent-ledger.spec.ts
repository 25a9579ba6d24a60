/**
 * The consent ledger on SQLite and PostgreSQL: an intact chain verifies, the tables refuse
 * UPDATE and DELETE, concurrent appends never fork the chain, and every kind of tampering
 * (edit, delete, reorder, edit-and-rehash, cutting the tail) is found at the right position,
 * by verifyLedger and by `npm run consent:verify` (scripts/consent-verify.mjs) alike.
 */
import { sql, type Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db';
import type { ConsentEventTable } from '$lib/server/db/schema';
import { giveConsent, withdrawConsent } from '$lib/server/consent/consents';
import { GENESIS_HASH, eventHash, verifyLedger } from '$lib/server/consent/ledger';
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

describe.each(BACKENDS)('consent ledger on %s', (kind) => {
	const l = useLedgerDb(kind);
	const pg = kind === 'postgres';

	async function rows(): Promise<ConsentEventTable[]> {
		return l.db.selectFrom('consent_events').selectAll().orderBy('seq').execute();
	}
	async function setTriggers(on: boolean): Promise<void> {
		if (on) {
			if (pg) {
				await sql`create trigger consent_events_no_update before update or delete on consent_events
					for each row execute function consent_events_append_only()`.execute(l.db);
			} else {
				await sql`create trigger consent_events_no_update before update on consent_events
					begin select raise(abort, 'consent_events is append-only'); end`.execute(l.db);
				await sql`create trigger consent_events_no_delete before delete on consent_events
					begin select raise(abort, 'consent_events is append-only'); end`.execute(l.db);
			}
		} else if (pg) {
			await sql`drop trigger consent_events_no_update on consent_events`.execute(l.db);
		} else {
			await sql`drop trigger consent_events_no_update`.execute(l.db);
			await sql`drop trigger consent_events_no_delete`.execute(l.db);
		}
	}

	/**
	 * Tampers like an attacker with database access (who can drop the triggers), checks what
	 * both verifiers say, then restores the ledger exactly.
	 */
	async function tampered(
		attack: (db: Kysely<Database>, all: ConsentEventTable[]) => Promise<void>,
		options: { anchor?: { seq: number; hash: string } } = {}
	) {
		const original = await rows();
		await setTriggers(false);
		try {
			await attack(l.db, original);
			const result = await verifyLedger(l.db, options);
			const anchorArgs = options.anchor
				? [`--anchor=${options.anchor.seq}:${options.anchor.hash}`]
				: [];
			const script = await l.script(...anchorArgs);
			return { result, script };
		} finally {
			await l.db.deleteFrom('consent_events').execute();
			await l.db.insertInto('consent_events').values(original).execute();
			await setTriggers(true);
			expect((await verifyLedger(l.db)).ok).toBe(true);
		}
	}

	beforeAll(async () => {
		// Eight events from three tenants, interleaved: the chain runs over all of them.
		const tenants = [
			await createUser(l.db, 'tenant'),
			await createUser(l.db, 'tenant'),
			await createUser(l.db, 'tenant')
		];
		const ids: string[] = [];
		let minute = 0;
		const at = () => new Date(T0.getTime() + minute++ * 60_000);
		for (const t of tenants) {
			ids.push((await giveConsent(l.db, t.id, body, `key-${t.id}`, at())).consent.id);
		}
		const [a, b, c] = tenants;
		if (!a || !b || !c) throw new Error('tenants');
		await withdrawConsent(l.db, a.id, ids[0] ?? '', at());
		await giveConsent(
			l.db,
			b.id,
			{ ...body, recipient: { kind: 'landlord', name: 'Vuokratalot Oy' } },
			'landlord-key',
			at()
		);
		await withdrawConsent(l.db, c.id, ids[2] ?? '', at());
		await giveConsent(l.db, a.id, { ...body, validityMonths: 24 }, 'again-key-1', at());
		await withdrawConsent(l.db, b.id, ids[1] ?? '', at());
		expect(await rows()).toHaveLength(8);
	}, 60_000);

	it('verifies an intact chain, and the CLI agrees', async () => {
		const all = await rows();
		expect(all.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(all[0]?.prev_hash).toBe(GENESIS_HASH);
		for (let i = 1; i < all.length; i++) expect(all[i]?.prev_hash).toBe(all[i - 1]?.hash);
		const result = await verifyLedger(l.db);
		expect(result).toEqual({
			ok: true,
			count: 8,
			head: { seq: 8, hash: all[7]?.hash },
			keyedFrom: null
		});
		const script = await l.script();
		expect(script.code).toBe(0);
		expect(script.out).toMatchObject({ ok: true, count: 8, head: { seq: 8 } });
		const human = await l.human();
		expect(human.code).toBe(0);
		expect(human.text).toContain('Consent ledger OK: 8 events');
		expect(human.text).toContain(`8:${all[7]?.hash}`);
	});

	it('holds no personal data: recipient names only as digests, no user ids', async () => {
		const text = JSON.stringify(await rows());
		expect(text).not.toContain('Vuokratalot');
		const users = await l.db.selectFrom('User').select('id').execute();
		for (const u of users) expect(text).not.toContain(u.id);
	});

	it('refuses UPDATE and DELETE at the database', async () => {
		await expect(
			l.db.updateTable('consent_events').set({ data: '{}' }).where('seq', '=', 1).execute()
		).rejects.toThrow(/append-only/);
		await expect(l.db.deleteFrom('consent_events').where('seq', '=', 8).execute()).rejects.toThrow(
			/append-only/
		);
		expect((await verifyLedger(l.db)).ok).toBe(true);
	});

	it('finds an edited event', async () => {
		const { result, script } = await tampered(async (db, all) => {
			const third = all[2];
			if (!third) throw new Error('no third event');
			const data = JSON.parse(third.data) as { categories: string[] };
			data.categories = ['contactDetails', 'rentArrears', 'incomeExpenses', 'debts'];
			await db
				.updateTable('consent_events')
				.set({ data: JSON.stringify(data) })
				.where('seq', '=', 3)
				.execute();
		});
		expect(result).toMatchObject({ ok: false, position: 3, reason: 'edited', checked: 2 });
		expect(script.code).toBe(1);
		expect(script.out).toMatchObject({ ok: false, position: 3, reason: 'edited' });
	});

	it('finds an edited timestamp (a withdrawal moved later)', async () => {
		const { result, script } = await tampered(async (db) => {
			await db
				.updateTable('consent_events')
				.set({ at: '2030-01-01T00:00:00.000Z' })
				.where('seq', '=', 4)
				.execute();
		});
		expect(result).toMatchObject({ ok: false, position: 4, reason: 'edited' });
		expect(script.out).toMatchObject({ ok: false, position: 4, reason: 'edited' });
	});

	it('finds a removed event', async () => {
		const { result, script } = await tampered(async (db) => {
			await db.deleteFrom('consent_events').where('seq', '=', 4).execute();
		});
		expect(result).toMatchObject({ ok: false, position: 4, reason: 'removed', checked: 3 });
		expect(result.ok ? '' : result.message).toMatch(/Event 4 is missing/);
		expect(script.code).toBe(1);
		expect(script.out).toMatchObject({ ok: false, position: 4, reason: 'removed' });
	});

	it('finds a removed event even when the positions were renumbered', async () => {
		const { result, script } = await tampered(async (db, all) => {
			await db.deleteFrom('consent_events').execute();
			const kept = all.filter((r) => r.seq !== 5).map((r, i) => ({ ...r, seq: i + 1 }));
			await db.insertInto('consent_events').values(kept).execute();
		});
		expect(result).toMatchObject({ ok: false, position: 5, reason: 'broken-link' });
		expect(script.out).toMatchObject({ ok: false, position: 5, reason: 'broken-link' });
	});

	it('finds the first event removed', async () => {
		const { result, script } = await tampered(async (db) => {
			await db.deleteFrom('consent_events').where('seq', '=', 1).execute();
		});
		expect(result).toMatchObject({ ok: false, position: 1, reason: 'removed' });
		expect(script.out).toMatchObject({ ok: false, position: 1, reason: 'removed' });
	});

	it('finds reordered events', async () => {
		const { result, script } = await tampered(async (db) => {
			// Swap positions 5 and 6 (through a free position: seq is the primary key).
			await db.updateTable('consent_events').set({ seq: 1000 }).where('seq', '=', 5).execute();
			await db.updateTable('consent_events').set({ seq: 5 }).where('seq', '=', 6).execute();
			await db.updateTable('consent_events').set({ seq: 6 }).where('seq', '=', 1000).execute();
		});
		expect(result).toMatchObject({ ok: false, position: 5, reason: 'reordered', checked: 4 });
		expect(result.ok ? '' : result.message).toMatch(/should come after event 6/);
		expect(script.out).toMatchObject({ ok: false, position: 5, reason: 'reordered' });
	});

	it('finds an event edited and re-hashed by someone who knows the scheme', async () => {
		const { result, script } = await tampered(async (db, all) => {
			const row = all[1];
			if (!row) throw new Error('no second event');
			const data = { ...(JSON.parse(row.data) as object), validUntil: '2099-01-01T00:00:00.000Z' };
			const hash = eventHash({
				eventId: row.event_id,
				consentId: row.consent_id,
				subjectId: row.subject_id,
				type: row.type,
				at: row.at,
				data,
				prevHash: row.prev_hash,
				format: row.format
			});
			await db
				.updateTable('consent_events')
				.set({ data: JSON.stringify(data), hash })
				.where('seq', '=', 2)
				.execute();
		});
		// Event 2 now checks out on its own; event 3 no longer follows it.
		expect(result).toMatchObject({ ok: false, position: 3, reason: 'broken-link', checked: 2 });
		expect(script.out).toMatchObject({ ok: false, position: 3, reason: 'broken-link' });
	});

	it('finds a cut-off tail with a recorded anchor', async () => {
		const head = await verifyLedger(l.db);
		if (!head.ok || !head.head) throw new Error('expected an intact ledger');
		const anchor = head.head;
		expect((await verifyLedger(l.db, { anchor })).ok).toBe(true);
		expect((await l.script(`--anchor=${anchor.seq}:${anchor.hash}`)).code).toBe(0);
		const { result, script } = await tampered(
			async (db) => {
				await db.deleteFrom('consent_events').where('seq', '>=', 7).execute();
			},
			{ anchor }
		);
		expect(result).toMatchObject({ ok: false, position: 8, reason: 'anchor' });
		expect(script.code).toBe(1);
		expect(script.out).toMatchObject({ ok: false, position: 8, reason: 'anchor' });
	});

	it('the CLI explains a break in plain words and refuses bad arguments', async () => {
		const broken = await tampered(async (db) => {
			await db.deleteFrom('consent_events').where('seq', '=', 2).execute();
		});
		expect(broken.script.code).toBe(1);
		const bad = await l.human('--anchor=nonsense');
		expect(bad.code).toBe(2);
		expect(bad.text).toMatch(/--anchor must be SEQ:HASH/);
	});

	it('concurrent appends never fork the chain', async () => {
		const before = (await rows()).length;
		const tenants = await Promise.all(Array.from({ length: 12 }, () => createUser(l.db, 'tenant')));
		await Promise.all(
			tenants.map((t, i) =>
				giveConsent(l.db, t.id, body, `concurrent-${i}`, new Date(T0.getTime() + i))
			)
		);
		const all = await rows();
		expect(all).toHaveLength(before + 12);
		expect(all.map((r) => r.seq)).toEqual(all.map((_, i) => i + 1));
		expect(new Set(all.map((r) => r.prev_hash)).size).toBe(all.length);
		expect((await verifyLedger(l.db)).ok).toBe(true);
		expect((await l.script()).code).toBe(0);
	});
});
