/**
 * The consent ledger: one append-only chain of events over all tenants (README.md here).
 *
 * Each event stores `hash = SHA-256(canonical content)`, where the content includes the previous
 * event's hash (`prev_hash`; the first event points at GENESIS_HASH). Editing an event changes
 * its hash; removing or reordering events breaks a link. `seq` is the position (1, 2, ...).
 *
 * Appends happen only inside `withWriteTransaction` after `lockLedger`: SQLite's BEGIN IMMEDIATE
 * already serialises writers; PostgreSQL takes a self-conflicting table lock, so two concurrent
 * appends cannot both read the same head and fork the chain. (The unique `prev_hash` column
 * would make a fork fail at commit even without the lock.)
 *
 * There is deliberately no update or delete function here; the tables have triggers refusing
 * both. `scripts/consent-verify.mjs` reimplements `eventHash` in plain JS: keep them in step
 * (the tests run the script against this module's output).
 */
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import {
	CONSENT_CATEGORIES,
	RECIPIENT_KINDS,
	type ConsentEventType,
	type ConsentLedgerEvent
} from '$lib/domain/consent';
import { dialectKind } from '../db/dialect';
import type { ConsentEventTable, Database } from '../db/schema';
import { canonicalJson } from '../db/json';
import { z } from 'zod/mini';
import { LANDLORD_CONSENT_KINDS } from '$lib/domain/landlord-share';

export const GENESIS_HASH = '0'.repeat(64);
/**
 * Chain formats (README.md, "Chain formats"). The format is stored with each event and is part
 * of its hashed content, so old events keep verifying with the scheme they were written with.
 * 1: SHA-256, original. 2: SHA-256, and every event's data carries `subjectDigest`, binding the
 * pseudonymous subject to its account. 3: as 2, but an HMAC-SHA-256 with a key kept outside the
 * database, so someone who can only write the database cannot make an event that verifies.
 */
export const LEDGER_FORMAT = 1;
export const UNKEYED_FORMAT = 2;
export const KEYED_FORMAT = 3;
/** The format new events get: keyed when a key is configured. */
export function currentFormat(key: LedgerKey | null): number {
	return key ? KEYED_FORMAT : UNKEYED_FORMAT;
}

/** Data of a `given` event. No personal data: the recipient's name only as a salted digest. */
export const givenDataSchema = z.object({
	recipientKind: z.enum(RECIPIENT_KINDS),
	/** sha256(salt + name) hex; the name and salt live in `consents` and go with the account. */
	recipientNameDigest: z.nullable(z.string()),
	categories: z.array(z.enum(CONSENT_CATEGORIES)),
	validFrom: z.string(),
	validUntil: z.string(),
	validityMonths: z.int(),
	textVersion: z.string(),
	language: z.string(),
	collectionMethod: z.string(),
	/** Format 2+: see `subjectDigest`. */
	subjectDigest: z.optional(z.string()),
	/** Consents towards a landlord organisation (lib/domain/landlord-share.ts): the org and the kind. */
	landlordOrgId: z.optional(z.string()),
	landlordKind: z.optional(z.enum(LANDLORD_CONSENT_KINDS))
});
export type GivenData = z.infer<typeof givenDataSchema>;

/** Withdrawn and erased events: `{}` in format 1, `{ subjectDigest }` from format 2 on. */
export type EventData = GivenData | { subjectDigest?: string };

export interface NewLedgerEvent {
	consentId: string;
	subjectId: string;
	type: ConsentEventType;
	at: string;
	data: EventData;
}

export function sha256Hex(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Binds a subject id to the account it belongs to: sha256(salt, user id, subject id), with the
 * salt in `consent_subjects` (deleted with the account, after which the digest links nobody).
 * Re-pointing `consent_subjects` to another account no longer matches the ledger.
 */
export function subjectDigest(salt: string, userId: string, subjectId: string): string {
	return sha256Hex(`${salt}\u0000${userId}\u0000${subjectId}`);
}

/** The ledger's HMAC key (format 3), from outside the database. */
export interface LedgerKey {
	bytes: Buffer;
	/** Where it came from, for messages (never the key itself). */
	source: string;
}

export const MIN_KEY_LENGTH = 32;

/**
 * The key, if one is configured: `CONSENT_LEDGER_KEY` (the key text), else the file
 * `CONSENT_LEDGER_KEY_FILE`, else `$DATA_DIR/consent-ledger.key` when that file exists. At least
 * 32 characters (e.g. `openssl rand -hex 32`). Read at each use, so it is never cached in a
 * process longer than needed and rotating the file needs no restart. Throws on a key too short.
 */
export function resolveLedgerKey(
	env: Record<string, string | undefined> = process.env
): LedgerKey | null {
	let text: string | undefined;
	let source: string;
	if (env.CONSENT_LEDGER_KEY?.trim()) {
		text = env.CONSENT_LEDGER_KEY.trim();
		source = 'CONSENT_LEDGER_KEY';
	} else {
		const file = env.CONSENT_LEDGER_KEY_FILE?.trim()
			? env.CONSENT_LEDGER_KEY_FILE.trim()
			: path.resolve(env.DATA_DIR ?? './data', 'consent-ledger.key');
		if (!env.CONSENT_LEDGER_KEY_FILE?.trim() && !existsSync(file)) return null;
		text = readFileSync(file, 'utf8').trim();
		source = file;
	}
	if (text.length < MIN_KEY_LENGTH) {
		throw new Error(
			`The consent ledger key from ${source} is shorter than ${MIN_KEY_LENGTH} characters`
		);
	}
	return { bytes: Buffer.from(text, 'utf8'), source };
}

/** Thrown when a keyed event must be made or checked and no key is configured. */
export class LedgerKeyMissing extends Error {}

/**
 * The hashed content of an event. Must match scripts/consent-verify.mjs byte for byte. Format 1
 * and 2 are SHA-256; format 3 is HMAC-SHA-256 with `key`.
 */
export function eventHash(
	e: {
		eventId: string;
		consentId: string;
		subjectId: string;
		type: string;
		at: string;
		data: unknown;
		prevHash: string;
		format?: number;
	},
	key: LedgerKey | null = null
): string {
	const format = e.format ?? LEDGER_FORMAT;
	const content = canonicalJson({
		v: format,
		eventId: e.eventId,
		consentId: e.consentId,
		subjectId: e.subjectId,
		type: e.type,
		at: e.at,
		data: e.data,
		prevHash: e.prevHash
	});
	if (format >= KEYED_FORMAT) {
		if (!key) throw new LedgerKeyMissing('A keyed ledger event needs the ledger key');
		return createHmac('sha256', key.bytes).update(content, 'utf8').digest('hex');
	}
	return sha256Hex(content);
}

/**
 * Serialises appends. Call first inside `withWriteTransaction`. PostgreSQL: SHARE ROW EXCLUSIVE
 * conflicts with itself and with inserts but not with plain reads, so case views keep running.
 */
export async function lockLedger(trx: Kysely<Database>): Promise<void> {
	if (dialectKind(trx) === 'postgres') {
		await sql`lock table consent_events in share row exclusive mode`.execute(trx);
	}
}

/**
 * The binding digest of a subject, giving the subject a link salt first if it has none (subjects
 * made before format 2). Inside the caller's write transaction.
 */
async function bindSubject(trx: Kysely<Database>, subjectId: string): Promise<string> {
	const row = await trx
		.selectFrom('consent_subjects')
		.select(['user_id', 'link_salt'])
		.where('subject_id', '=', subjectId)
		.executeTakeFirstOrThrow();
	let salt = row.link_salt;
	if (salt === null) {
		salt = randomBytes(16).toString('hex');
		await trx
			.updateTable('consent_subjects')
			.set({ link_salt: salt })
			.where('subject_id', '=', subjectId)
			.execute();
	}
	return subjectDigest(salt, row.user_id, subjectId);
}

/**
 * Appends one event at the head, in the current format (keyed when a key is configured), with
 * the subject's binding digest in its data. The caller holds the write transaction and
 * `lockLedger`.
 */
export async function appendEvent(
	trx: Kysely<Database>,
	event: NewLedgerEvent,
	key: LedgerKey | null = resolveLedgerKey()
): Promise<ConsentEventTable> {
	const head = await trx
		.selectFrom('consent_events')
		.select(['seq', 'hash'])
		.orderBy('seq', 'desc')
		.limit(1)
		.executeTakeFirst();
	const eventId = randomUUID();
	const prevHash = head?.hash ?? GENESIS_HASH;
	const format = currentFormat(key);
	const dataObject = { ...event.data, subjectDigest: await bindSubject(trx, event.subjectId) };
	const row: ConsentEventTable = {
		seq: (head?.seq ?? 0) + 1,
		event_id: eventId,
		consent_id: event.consentId,
		subject_id: event.subjectId,
		type: event.type,
		at: event.at,
		data: canonicalJson(dataObject),
		prev_hash: prevHash,
		hash: eventHash({ ...event, eventId, data: dataObject, prevHash, format }, key),
		format
	};
	await trx.insertInto('consent_events').values(row).execute();
	return row;
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

/** A stored row as the consent rules see it; rows that do not parse are skipped. */
export function toLedgerEvent(row: ConsentEventTable): ConsentLedgerEvent | null {
	if (row.type === 'given') {
		const parsed = givenDataSchema.safeParse(parseJson(row.data));
		if (!parsed.success) return null;
		const d = parsed.data;
		return {
			type: 'given',
			consentId: row.consent_id,
			at: row.at,
			terms: {
				recipientKind: d.recipientKind,
				categories: d.categories,
				validFrom: d.validFrom,
				validUntil: d.validUntil,
				...(d.landlordOrgId !== undefined && d.landlordKind !== undefined
					? { landlordOrgId: d.landlordOrgId, landlordKind: d.landlordKind }
					: {})
			}
		};
	}
	if (row.type === 'withdrawn' || row.type === 'erased') {
		return { type: row.type, consentId: row.consent_id, at: row.at };
	}
	return null;
}

/** All events of one subject in ledger order. */
export async function subjectEvents(
	db: Kysely<Database>,
	subjectId: string
): Promise<ConsentEventTable[]> {
	return db
		.selectFrom('consent_events')
		.selectAll()
		.where('subject_id', '=', subjectId)
		.orderBy('seq')
		.execute();
}

export type LedgerBreakReason =
	| 'edited'
	| 'removed'
	| 'reordered'
	| 'broken-link'
	| 'anchor'
	/** An unkeyed event after a keyed one (or after `keyedFrom`): written without the key. */
	| 'unkeyed'
	/** A keyed event, and no key to check it with (not a break: the check could not run). */
	| 'key-missing'
	/** A `consents` row that no longer matches its `given` event (name, salt, subject), or has none. */
	| 'row-mismatch'
	/** A subject linked to another account than the one its events were bound to. */
	| 'subject';

export type LedgerVerification =
	| {
			ok: true;
			count: number;
			head: { seq: number; hash: string } | null;
			/** Position of the first keyed (format 3) event, or null while none is keyed. */
			keyedFrom: number | null;
	  }
	| {
			ok: false;
			/** Ledger position (seq) where the chain first fails (0: a row with no event). */
			position: number;
			eventId: string | null;
			reason: LedgerBreakReason;
			message: string;
			/** Events verified good before the break. */
			checked: number;
	  };

export interface VerifyOptions {
	/**
	 * A head recorded earlier (printed by `npm run consent:verify`). A chain can be cut at its
	 * end without breaking a link; an anchor kept outside the database detects that.
	 */
	anchor?: { seq: number; hash: string };
	/**
	 * The HMAC key for keyed events. Default: the configured key (`resolveLedgerKey`); pass null
	 * to verify without one (keyed events then answer `key-missing`).
	 */
	key?: LedgerKey | null;
	/**
	 * Every event from this position on must be keyed (the head printed when keying began):
	 * catches unkeyed events appended, or the whole chain rewritten unkeyed, by a database writer.
	 */
	keyedFrom?: number;
	pageSize?: number;
}

type Fail = Extract<LedgerVerification, { ok: false }>;

/**
 * Walks the whole chain in position order and reports the first break:
 * - `removed`: a position is missing (seq gap), or an event's predecessor no longer exists;
 * - `edited`: an event's content no longer matches its stored hash (or HMAC);
 * - `reordered`: an event points back to an event stored after it;
 * - `broken-link`: an event does not point at the one before it and its predecessor is nowhere
 *   (the previous event was edited and re-hashed, or the chain was spliced);
 * - `unkeyed`: an unkeyed event after the first keyed one, or from `keyedFrom` on;
 * - `key-missing`: a keyed event and no key;
 * - `anchor`: the event at the anchor's position is missing or has another hash.
 * Then compares the rows outside the chain with it (`verifyRows`).
 */
export async function verifyLedger(
	db: Kysely<Database>,
	options: VerifyOptions = {}
): Promise<LedgerVerification> {
	const pageSize = options.pageSize ?? 1000;
	const key = options.key === undefined ? resolveLedgerKey() : options.key;
	let prevHash = GENESIS_HASH;
	let expected = 1;
	let lastSeq = 0;
	let anchorSeen = false;
	let keyedFrom: number | null = null;
	for (;;) {
		const rows = await db
			.selectFrom('consent_events')
			.selectAll()
			.where('seq', '>', lastSeq)
			.orderBy('seq')
			.limit(pageSize)
			.execute();
		for (const row of rows) {
			const fail = (reason: LedgerBreakReason, message: string, position = row.seq): Fail => ({
				ok: false as const,
				position,
				eventId: position === row.seq ? row.event_id : null,
				reason,
				message,
				checked: expected - 1
			});
			if (row.seq !== expected) {
				return fail(
					'removed',
					`Event ${expected} is missing (the next stored event is ${row.seq})`,
					expected
				);
			}
			const format = Number(row.format);
			if (format !== LEDGER_FORMAT && format !== UNKEYED_FORMAT && format !== KEYED_FORMAT) {
				return fail('edited', `Event ${row.seq} was changed after it was written`);
			}
			if (format < KEYED_FORMAT && keyedFrom !== null) {
				return fail(
					'unkeyed',
					`Event ${row.seq} is not keyed but follows keyed event ${keyedFrom}: it was not written by the app`
				);
			}
			if (
				format < KEYED_FORMAT &&
				options.keyedFrom !== undefined &&
				row.seq >= options.keyedFrom
			) {
				return fail(
					'unkeyed',
					`Event ${row.seq} is not keyed, but every event from ${options.keyedFrom} on must be`
				);
			}
			if (format === KEYED_FORMAT && !key) {
				return fail(
					'key-missing',
					`Event ${row.seq} is keyed: give the ledger key (CONSENT_LEDGER_KEY or its file) to verify it`
				);
			}
			const data = parseJson(row.data);
			const bound =
				format === LEDGER_FORMAT ||
				(typeof data === 'object' &&
					data !== null &&
					typeof (data as { subjectDigest?: unknown }).subjectDigest === 'string');
			const recomputed =
				data === undefined
					? null
					: eventHash(
							{
								eventId: row.event_id,
								consentId: row.consent_id,
								subjectId: row.subject_id,
								type: row.type,
								at: row.at,
								data,
								prevHash: row.prev_hash,
								format
							},
							key
						);
			if (recomputed === null || recomputed !== row.hash || !bound) {
				return fail('edited', `Event ${row.seq} was changed after it was written`);
			}
			if (row.prev_hash !== prevHash) {
				const owner = await db
					.selectFrom('consent_events')
					.select('seq')
					.where('hash', '=', row.prev_hash)
					.executeTakeFirst();
				if (owner && owner.seq > row.seq) {
					return fail(
						'reordered',
						`Event ${row.seq} should come after event ${owner.seq}: events were reordered`
					);
				}
				if (owner) {
					return fail(
						'removed',
						`Event ${row.seq} follows event ${owner.seq}: the events between were removed`
					);
				}
				return fail(
					row.prev_hash === GENESIS_HASH ? 'removed' : 'broken-link',
					row.prev_hash === GENESIS_HASH
						? `Event ${row.seq} claims to be the first: the events before it were removed`
						: `Event ${row.seq} does not follow event ${row.seq - 1}: an earlier event was changed and re-hashed, or removed`
				);
			}
			if (options.anchor && row.seq === options.anchor.seq) {
				anchorSeen = true;
				if (row.hash !== options.anchor.hash) {
					return fail('anchor', `Event ${row.seq} differs from the recorded anchor`);
				}
			}
			if (format === KEYED_FORMAT && keyedFrom === null) keyedFrom = row.seq;
			prevHash = row.hash;
			expected += 1;
			lastSeq = row.seq;
		}
		if (rows.length < pageSize) break;
	}
	const checked = expected - 1;
	if (options.anchor && !anchorSeen) {
		return {
			ok: false,
			position: options.anchor.seq,
			eventId: null,
			reason: 'anchor',
			message: `The ledger ends at ${checked}, before the recorded anchor ${options.anchor.seq}: events were cut off`,
			checked
		};
	}
	const rowBreak = await verifyRows(db, checked);
	if (rowBreak) return rowBreak;
	return {
		ok: true,
		count: checked,
		head: checked > 0 ? { seq: checked, hash: prevHash } : null,
		keyedFrom
	};
}

/** sha256(salt + NUL + name), or null for a recipient without a name. */
export function recipientNameDigest(salt: string, name: string | undefined | null): string | null {
	return name === undefined || name === null ? null : sha256Hex(`${salt}\u0000${name}`);
}

/**
 * The rows beside the chain, compared with it (the chain alone cannot see them change):
 * - every `consents` row has its `given` event, of the same subject, whose recipient-name digest
 *   matches the row's name and salt (`row-mismatch`);
 * - every event bound to a subject (format 2+) carries the digest of the account
 *   `consent_subjects` now links that subject to, and every consent of a subject belongs to
 *   that account (`subject`).
 * Subjects whose events are all format 1 have no binding to compare (README, "Chain formats").
 */
export async function verifyRows(db: Kysely<Database>, checked: number): Promise<Fail | null> {
	const consents = await db
		.selectFrom('consents')
		.leftJoin('consent_events', (j) =>
			j
				.onRef('consent_events.consent_id', '=', 'consents.id')
				.on('consent_events.type', '=', 'given')
		)
		.select([
			'consents.id',
			'consents.subject_id',
			'consents.recipient_name',
			'consents.name_salt',
			'consent_events.seq',
			'consent_events.event_id',
			'consent_events.subject_id as event_subject',
			'consent_events.data'
		])
		.orderBy('consent_events.seq')
		.execute();
	for (const c of consents) {
		if (c.seq === null || c.event_id === null || c.data === null) {
			return {
				ok: false,
				position: 0,
				eventId: null,
				reason: 'row-mismatch',
				message: `Consent ${c.id} has no 'given' event in the ledger: the row was written outside the app`,
				checked
			};
		}
		const data = givenDataSchema.safeParse(parseJson(c.data));
		const fail = (message: string): Fail => ({
			ok: false,
			position: Number(c.seq),
			eventId: c.event_id,
			reason: 'row-mismatch',
			message,
			checked
		});
		if (!data.success) return fail(`Event ${c.seq} does not describe a consent`);
		if (c.subject_id !== c.event_subject) {
			return fail(`Consent ${c.id} names another subject than its event ${c.seq}`);
		}
		if (recipientNameDigest(c.name_salt, c.recipient_name) !== data.data.recipientNameDigest) {
			return fail(
				`The recipient name of consent ${c.id} no longer matches event ${c.seq}: it was edited`
			);
		}
	}
	const bound = await db
		.selectFrom('consent_subjects')
		.innerJoin('consent_events', 'consent_events.subject_id', 'consent_subjects.subject_id')
		.select([
			'consent_subjects.user_id',
			'consent_subjects.subject_id',
			'consent_subjects.link_salt',
			'consent_events.seq',
			'consent_events.event_id',
			'consent_events.data'
		])
		.where('consent_events.format', '>=', UNKEYED_FORMAT)
		.orderBy('consent_events.seq')
		.execute();
	for (const e of bound) {
		const recorded = (parseJson(e.data) as { subjectDigest?: unknown } | undefined)?.subjectDigest;
		const now = e.link_salt === null ? null : subjectDigest(e.link_salt, e.user_id, e.subject_id);
		if (recorded !== now) {
			return {
				ok: false,
				position: Number(e.seq),
				eventId: e.event_id,
				reason: 'subject',
				message: `Event ${e.seq} belongs to another account than the one its subject is now linked to: the link was re-pointed`,
				checked
			};
		}
	}
	const strays = await db
		.selectFrom('consents')
		.innerJoin('consent_subjects', 'consent_subjects.subject_id', 'consents.subject_id')
		.select(['consents.id'])
		.whereRef('consents.user_id', '<>', 'consent_subjects.user_id')
		.limit(1)
		.execute();
	if (strays[0]) {
		return {
			ok: false,
			position: 0,
			eventId: null,
			reason: 'subject',
			message: `Consent ${strays[0].id} belongs to another account than its subject`,
			checked
		};
	}
	return null;
}
