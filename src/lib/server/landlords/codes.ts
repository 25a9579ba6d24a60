/**
 * Referral codes: creation (one or a whole mailing, one transaction), the organisation's list and
 * revocation, the public lookup and attaching a code to a tenant's account. SQL lives here; the
 * endpoints (./endpoints.ts) know nothing of it. Design: README.md in this folder.
 */
import { createHash, getRandomValues, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
	CODE_RANDOM_SYMBOLS,
	DEFAULT_CODE_DAYS,
	codeFromRandom,
	formatCode,
	readCode
} from '$lib/domain/referral-code';
import {
	CODES_PAGE_SIZE,
	MIN_REPORT_SIZE,
	type CodeList,
	type CodeRow,
	type CodeStatus,
	type CreateCodesAnswer,
	type CreateCodesBody,
	type LookupAnswer,
	type ReferralLandlord
} from '$lib/schemas/landlord-codes';
import { withRelaxedCommit } from '../db/relaxed-commit';
import { safeErrorSummary } from '../log/safe-error';
import { DelayedFlush } from '../db/delayed-flush';
import { perDatabase } from '../db/per-database';
import type { Database } from '../db/schema';
import { withWriteTransaction } from '../db/write-transaction';
import { directoryOf, iso } from './code-directory';
import type { StaffOrg } from './staff';

/** Rows per INSERT: well under both dialects' bound-parameter limits (8 columns each). */
const INSERT_CHUNK = 1000;
/** Hashes per `IN (...)` when checking a new mailing's codes against the stored ones. */
const LOOKUP_CHUNK = 1000;

/** The stored form of a code: SHA-256 of its canonical text, base64url. */
export function codeHash(canonicalCode: string): string {
	return createHash('sha256').update(canonicalCode, 'utf8').digest('base64url');
}

function isoOrNull(value: string | Date | null): string | null {
	return value === null ? null : iso(value);
}

export function codeStatus(
	row: { revoked_at: string | Date | null; expires_at: string | Date },
	now: Date
): CodeStatus {
	if (row.revoked_at !== null) return 'revoked';
	return new Date(iso(row.expires_at)).getTime() <= now.getTime() ? 'expired' : 'active';
}

/** A code lives `days` times 24 hours from the moment it was made. */
function expiryOf(now: Date, days: number): Date {
	return new Date(now.getTime() + days * 86_400_000);
}

export type RandomSource = (bytes: Uint8Array) => Uint8Array;
const cryptoRandom: RandomSource = (bytes) => getRandomValues(bytes);

/**
 * Creates `body.count` codes for the caller's organisation in one transaction: all of them or,
 * on any error, none. A new code that happens to equal a stored one (2^-55 per pair) is drawn
 * again before anything is written, so the unique index never aborts a mailing halfway.
 */
export async function createCodes(
	db: Kysely<Database>,
	org: StaffOrg,
	createdBy: string,
	body: CreateCodesBody,
	now: Date,
	random: RandomSource = cryptoRandom
): Promise<CreateCodesAnswer> {
	const expiresAt = expiryOf(now, body.expiresInDays ?? DEFAULT_CODE_DAYS).toISOString();
	const createdAt = now.toISOString();
	const mailingId = randomUUID();

	const codes = new Map<string, string>(); // hash -> canonical code
	const answer = await withWriteTransaction(db, async (trx) => {
		const draw = () => {
			const code = codeFromRandom(random(new Uint8Array(CODE_RANDOM_SYMBOLS)));
			codes.set(codeHash(code), code);
		};
		while (codes.size < body.count) draw();
		for (;;) {
			const hashes = [...codes.keys()];
			let taken = 0;
			for (let i = 0; i < hashes.length; i += LOOKUP_CHUNK) {
				const rows = await trx
					.selectFrom('landlord_codes')
					.select('lookup_hash')
					.where('lookup_hash', 'in', hashes.slice(i, i + LOOKUP_CHUNK))
					.execute();
				for (const row of rows) {
					codes.delete(row.lookup_hash);
					taken++;
				}
			}
			if (taken === 0) break;
			while (codes.size < body.count) draw();
		}

		await trx
			.insertInto('landlord_mailings')
			.values({
				id: mailingId,
				org_id: org.orgId,
				size: body.count,
				created_by: createdBy,
				created_at: createdAt
			})
			.execute();
		const created: CreateCodesAnswer['codes'] = [];
		const rows = [...codes].map(([hash, code], i) => {
			const ref = body.internalRefs?.[i] || null;
			const id = randomUUID();
			created.push({ id, code: formatCode(code), internalRef: ref });
			return {
				id,
				org_id: org.orgId,
				mailing_id: mailingId,
				lookup_hash: hash,
				internal_ref: ref,
				created_at: createdAt,
				expires_at: expiresAt
			};
		});
		for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
			await trx
				.insertInto('landlord_codes')
				.values(rows.slice(i, i + INSERT_CHUNK))
				.execute();
		}
		return { mailingId, expiresAt, codes: created };
	});
	// A code looked up (as unknown) before it existed answers at once, here at least.
	forgetCodes(db, codes.keys());
	const byCode = new Map(answer.codes.map((c) => [c.code, c.id]));
	directoryOf(db).add(
		mailingId,
		[...codes].map(([hash, code]) => [
			hash,
			{
				id: byCode.get(formatCode(code))!,
				orgId: org.orgId,
				expiresAt,
				revoked: false,
				opened: false
			}
		])
	);
	return answer;
}

type CodeSelect = {
	id: string;
	mailing_id: string;
	internal_ref: string | null;
	created_at: string | Date;
	expires_at: string | Date;
	revoked_at: string | Date | null;
};

function toRow(row: CodeSelect, now: Date): CodeRow {
	return {
		id: row.id,
		mailingId: row.mailing_id,
		internalRef: row.internal_ref,
		createdAt: iso(row.created_at),
		expiresAt: iso(row.expires_at),
		revokedAt: isoOrNull(row.revoked_at),
		status: codeStatus(row, now)
	};
}

const CODE_COLUMNS = [
	'id',
	'mailing_id',
	'internal_ref',
	'created_at',
	'expires_at',
	'revoked_at'
] as const;

/**
 * The organisation's codes, newest first, optionally of one status, a page at a time, and its
 * mailings with their counts (only for mailings of MIN_REPORT_SIZE codes or more). Nothing here
 * says which code was opened or used.
 */
export async function listCodes(
	db: Kysely<Database>,
	org: StaffOrg,
	options: { status?: CodeStatus; page?: number },
	now: Date
): Promise<CodeList> {
	await flushOpenings(db); // the mailings' opening counts include this instance's latest
	const page = options.page ?? 1;
	const at = now.toISOString();
	let query = db.selectFrom('landlord_codes').where('org_id', '=', org.orgId);
	if (options.status === 'revoked') query = query.where('revoked_at', 'is not', null);
	if (options.status === 'active') {
		query = query.where('revoked_at', 'is', null).where('expires_at', '>', at);
	}
	if (options.status === 'expired') {
		query = query.where('revoked_at', 'is', null).where('expires_at', '<=', at);
	}
	const { total } = await query
		.select((eb) => eb.fn.countAll<number | string>().as('total'))
		.executeTakeFirstOrThrow();
	const rows = await query
		.select(CODE_COLUMNS)
		.orderBy('created_at', 'desc')
		.orderBy('id')
		.limit(CODES_PAGE_SIZE)
		.offset((page - 1) * CODES_PAGE_SIZE)
		.execute();

	const mailings = await db
		.selectFrom('landlord_mailings as m')
		.leftJoin('landlord_codes as c', 'c.mailing_id', 'm.id')
		.where('m.org_id', '=', org.orgId)
		.groupBy(['m.id', 'm.created_at', 'm.size'])
		.select((eb) => [
			'm.id',
			'm.created_at',
			'm.size',
			eb.fn.count<number | string>('c.opened_at').as('opened'),
			eb.fn.count<number | string>('c.used_at').as('used'),
			eb.fn.count<number | string>('c.consented_at').as('consented')
		])
		.orderBy('m.created_at', 'desc')
		.limit(20)
		.execute();

	return {
		org: { name: org.name },
		codes: rows.map((r) => toRow(r, now)),
		total: Number(total),
		page,
		pageSize: CODES_PAGE_SIZE,
		mailings: mailings.map((m) => ({
			id: m.id,
			createdAt: iso(m.created_at),
			size: m.size,
			report:
				m.size >= MIN_REPORT_SIZE
					? { opened: Number(m.opened), used: Number(m.used), consented: Number(m.consented) }
					: null
		}))
	};
}

/** Revokes one of the organisation's codes; null when it is not theirs (or does not exist). */
export async function revokeCode(
	db: Kysely<Database>,
	org: StaffOrg,
	codeId: string,
	now: Date
): Promise<CodeRow | null> {
	await db
		.updateTable('landlord_codes')
		.set({ revoked_at: now.toISOString() })
		.where('id', '=', codeId)
		.where('org_id', '=', org.orgId)
		.where('revoked_at', 'is', null)
		.execute();
	forgetCodeId(db, codeId);
	directoryOf(db).revoked(codeId);
	const row = await db
		.selectFrom('landlord_codes')
		.select(CODE_COLUMNS)
		.where('id', '=', codeId)
		.where('org_id', '=', org.orgId)
		.executeTakeFirst();
	return row ? toRow(row, now) : null;
}

interface FoundCode {
	id: string;
	opened: boolean;
	orgId: string;
	landlord: ReferralLandlord;
	expiresAt: string;
	state: LookupAnswer['state'];
	/** The cache or directory entry behind it, to note the first opening in. */
	cached: { opened: boolean };
}

/** A stored code as the lookup needs it; the state is worked out per request from `now`. */
interface CachedCode {
	id: string;
	opened: boolean;
	orgId: string;
	landlord: ReferralLandlord;
	expiresAt: string;
	revoked: boolean;
}

/**
 * How long this process answers a lookup from memory. A code changes only by revocation (which
 * clears it here at once; another instance sees it within this time), its organisation's rename,
 * and its first-opening marker. A code printed on a letter is looked up by a whole mailing's
 * tenants: on PostgreSQL, a database round trip on every lookup kept p99 above 20 ms with 50
 * concurrent clients on a 2-core machine (bench:codes).
 */
export const CODE_CACHE_MS = 10_000;
/** Entries kept per database; the oldest go first. Unknown codes are cached too (as null). */
const CODE_CACHE_MAX = 20_000;

interface CacheEntry {
	code: CachedCode | null;
	until: number;
}
const cacheOf = perDatabase(() => new Map<string, CacheEntry>());

function forgetCodes(db: Kysely<Database>, hashes: Iterable<string>): void {
	const cache = cacheOf(db);
	for (const hash of hashes) cache.delete(hash);
}

/** Revocation is rare and keyed by id, not hash: a scan of at most CODE_CACHE_MAX entries. */
function forgetCodeId(db: Kysely<Database>, codeId: string): void {
	const cache = cacheOf(db);
	for (const [hash, entry] of cache) if (entry.code?.id === codeId) cache.delete(hash);
}

async function readStoredCode(db: Kysely<Database>, hash: string): Promise<CachedCode | null> {
	const row = await db
		.selectFrom('landlord_codes as c')
		.innerJoin('landlord_orgs as o', 'o.id', 'c.org_id')
		.select([
			'c.id',
			'c.org_id',
			'c.expires_at',
			'c.revoked_at',
			'c.opened_at',
			'o.name',
			'o.landlord_key'
		])
		.where('c.lookup_hash', '=', hash)
		.executeTakeFirst();
	if (!row) return null;
	return {
		id: row.id,
		opened: row.opened_at !== null,
		orgId: row.org_id,
		landlord: { name: row.name, landlordKey: row.landlord_key },
		expiresAt: iso(row.expires_at),
		revoked: row.revoked_at !== null
	};
}

/**
 * The code behind `typed`, or null. `fresh`: read the database (anything that writes on the
 * strength of the answer); otherwise a cached answer up to CODE_CACHE_MS old will do.
 */
async function findCode(
	db: Kysely<Database>,
	typed: string,
	now: Date,
	fresh = false
): Promise<FoundCode | null> {
	const reading = readCode(typed);
	if (!reading.ok) return null;
	const hash = codeHash(reading.code);
	if (!fresh) {
		const known = await directoryOf(db).find(hash);
		if (known === null) return null;
		if (known) {
			const { code, landlord } = known;
			return {
				id: code.id,
				opened: code.opened,
				orgId: code.orgId,
				landlord,
				expiresAt: code.expiresAt,
				state: stateOf(code.revoked, code.expiresAt, now),
				cached: code
			};
		}
	}
	const cache = cacheOf(db);
	const at = performance.now();
	const hit = fresh ? undefined : cache.get(hash);
	let code: CachedCode | null;
	if (hit && hit.until > at) {
		code = hit.code;
	} else {
		code = await readStoredCode(db, hash);
		cache.delete(hash);
		cache.set(hash, { code, until: at + CODE_CACHE_MS });
		if (cache.size > CODE_CACHE_MAX) cache.delete(cache.keys().next().value!);
	}
	if (!code) return null;
	return {
		id: code.id,
		opened: code.opened,
		orgId: code.orgId,
		landlord: code.landlord,
		expiresAt: code.expiresAt,
		state: stateOf(code.revoked, code.expiresAt, now),
		cached: code
	};
}

function stateOf(revoked: boolean, expiresAt: string, now: Date): LookupAnswer['state'] {
	const status = codeStatus({ revoked_at: revoked ? now : null, expires_at: expiresAt }, now);
	return status === 'active' ? 'valid' : status;
}

/** How long first-opening markers wait to be written together. */
const OPENINGS_FLUSH_MS = 200;
/** Code ids per UPDATE ... IN (...). */
const OPENINGS_CHUNK = 1000;

interface Openings {
	ids: Set<string>;
	/** The earliest opening not written yet: the time every marker of the batch gets. */
	since: Date | undefined;
	flusher: DelayedFlush;
}
const openingsOf = perDatabase<Openings>((db) => ({
	ids: new Set(),
	since: undefined,
	flusher: new DelayedFlush(
		() => writeOpenings(db),
		OPENINGS_FLUSH_MS,
		(err) => console.error(`[codes] opening markers not written yet: ${safeErrorSummary(err)}`)
	)
}));

/**
 * Marks a code opened a moment later, with others in one statement. A mailing's tenants open
 * their codes once each, so the first opening is most lookups: writing it while the tenant waited
 * put a commit into nearly every lookup (bench:codes). The marker is a count for the landlord's
 * report and nothing about who; its time is the batch's earliest, at most OPENINGS_FLUSH_MS off,
 * and a crash loses at most that moment's openings (an undercount).
 */
function noteOpening(db: Kysely<Database>, codeId: string, now: Date): void {
	const o = openingsOf(db);
	o.ids.add(codeId);
	o.since = earlier(o.since, now);
	o.flusher.schedule();
}

function earlier(a: Date | undefined, b: Date): Date {
	return a && a < b ? a : b;
}

/** Writes the pending first-opening markers now; the report reads call it first. */
export function flushOpenings(db: Kysely<Database>): Promise<void> {
	return openingsOf(db).flusher.flush();
}

async function writeOpenings(db: Kysely<Database>): Promise<void> {
	const o = openingsOf(db);
	if (o.ids.size === 0 || !o.since) return;
	const ids = [...o.ids];
	const at = o.since;
	o.ids.clear();
	o.since = undefined;
	try {
		for (let i = 0; i < ids.length; i += OPENINGS_CHUNK) {
			await withRelaxedCommit(db, (w) =>
				w
					.updateTable('landlord_codes')
					.set({ opened_at: at.toISOString() })
					.where('id', 'in', ids.slice(i, i + OPENINGS_CHUNK))
					.where('opened_at', 'is', null)
					.execute()
			);
		}
	} catch (err) {
		// Writing twice is harmless (opened_at is null is checked): all are kept for the next try.
		for (const id of ids) o.ids.add(id);
		o.since = earlier(o.since, at);
		throw err;
	}
}

/**
 * What a tenant's landing page shows for a typed code, or null for no such code. A valid code's
 * first opening is marked (a count for the landlord's report; nothing about who).
 */
export async function lookupCode(
	db: Kysely<Database>,
	typed: string,
	now: Date
): Promise<LookupAnswer | null> {
	const found = await findCode(db, typed, now);
	if (!found) return null;
	// Only the first opening writes, and not while the tenant waits: see noteOpening.
	if (found.state === 'valid' && !found.opened) {
		found.cached.opened = true;
		noteOpening(db, found.id, now);
	}
	return { state: found.state, landlord: found.landlord, expiresAt: found.expiresAt };
}

/** A code attached to a tenant: what case work (issue 15) starts from. */
export interface AttachedCode {
	codeId: string;
	orgId: string;
	landlord: ReferralLandlord;
	usedAt: string;
}

/**
 * Attaches a valid code to the tenant's account (the code was kept on their device until they
 * signed in): a use row, and the code's first-use marker. Idempotent for the same tenant and
 * code. Null when the code is unknown, expired or revoked. The landlord learns nothing from it
 * but the count. Exported for case work (issue 15), which opens a case from the result.
 */
export async function attachCodeToTenant(
	db: Kysely<Database>,
	tenantId: string,
	typed: string,
	now: Date
): Promise<AttachedCode | null> {
	const found = await findCode(db, typed, now, true);
	if (!found || found.state !== 'valid') return null;
	const at = now.toISOString();
	return withWriteTransaction(db, async (trx) => {
		const existing = await trx
			.selectFrom('landlord_code_uses')
			.select('used_at')
			.where('user_id', '=', tenantId)
			.where('code_id', '=', found.id)
			.executeTakeFirst();
		if (!existing) {
			await trx
				.insertInto('landlord_code_uses')
				.values({ user_id: tenantId, code_id: found.id, used_at: at })
				.execute();
			await trx
				.updateTable('landlord_codes')
				.set({ used_at: at })
				.where('id', '=', found.id)
				.where('used_at', 'is', null)
				.execute();
		}
		return {
			codeId: found.id,
			orgId: found.orgId,
			landlord: found.landlord,
			usedAt: existing ? iso(existing.used_at) : at
		};
	});
}

/** The codes a tenant has used, newest first (for the consent flow and case work). */
export async function codesOfTenant(
	db: Kysely<Database>,
	tenantId: string
): Promise<AttachedCode[]> {
	const rows = await db
		.selectFrom('landlord_code_uses as u')
		.innerJoin('landlord_codes as c', 'c.id', 'u.code_id')
		.innerJoin('landlord_orgs as o', 'o.id', 'c.org_id')
		.select(['c.id', 'c.org_id', 'o.name', 'o.landlord_key', 'u.used_at'])
		.where('u.user_id', '=', tenantId)
		.orderBy('u.used_at', 'desc')
		.execute();
	return rows.map((r) => ({
		codeId: r.id,
		orgId: r.org_id,
		landlord: { name: r.name, landlordKey: r.landlord_key },
		usedAt: iso(r.used_at)
	}));
}

/** Marks a code's first consent (the consent flow calls it); a count for the landlord only. */
export async function markCodeConsented(
	db: Kysely<Database>,
	codeId: string,
	now: Date
): Promise<void> {
	await db
		.updateTable('landlord_codes')
		.set({ consented_at: now.toISOString() })
		.where('id', '=', codeId)
		.where('consented_at', 'is', null)
		.execute();
}
