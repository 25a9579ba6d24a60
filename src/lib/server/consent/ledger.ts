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
import { createHash, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import {
	CONSENT_CATEGORIES,
	RECIPIENT_KINDS,
	type ConsentEventType,
	type ConsentLedgerEvent
} from '$lib/domain/consent';
import { dialectKind } from '../db/dialect';
import type { ConsentEventTable, Database } from '../db/schema';
import { canonicalJson } from '../sync/json';
import { z } from 'zod/mini';

export const GENESIS_HASH = '0'.repeat(64);
/** Bumped if the hashed content ever changes shape; old events keep verifying with their own. */
export const LEDGER_FORMAT = 1;

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
	collectionMethod: z.string()
});
export type GivenData = z.infer<typeof givenDataSchema>;

export type EventData = GivenData | Record<string, never>;

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

/** The hashed content of an event. Must match scripts/consent-verify.mjs byte for byte. */
export function eventHash(e: {
	eventId: string;
	consentId: string;
	subjectId: string;
	type: string;
	at: string;
	data: unknown;
	prevHash: string;
}): string {
	return sha256Hex(
		canonicalJson({
			v: LEDGER_FORMAT,
			eventId: e.eventId,
			consentId: e.consentId,
			subjectId: e.subjectId,
			type: e.type,
			at: e.at,
			data: e.data,
			prevHash: e.prevHash
		})
	);
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

/** Appends one event at the head. The caller holds the write transaction and `lockLedger`. */
export async function appendEvent(
	trx: Kysely<Database>,
	event: NewLedgerEvent
): Promise<ConsentEventTable> {
	const head = await trx
		.selectFrom('consent_events')
		.select(['seq', 'hash'])
		.orderBy('seq', 'desc')
		.limit(1)
		.executeTakeFirst();
	const eventId = randomUUID();
	const prevHash = head?.hash ?? GENESIS_HASH;
	const data = canonicalJson(event.data);
	const row: ConsentEventTable = {
		seq: (head?.seq ?? 0) + 1,
		event_id: eventId,
		consent_id: event.consentId,
		subject_id: event.subjectId,
		type: event.type,
		at: event.at,
		data,
		prev_hash: prevHash,
		hash: eventHash({ ...event, eventId, data: event.data, prevHash })
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
				validUntil: d.validUntil
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

export type LedgerBreakReason = 'edited' | 'removed' | 'reordered' | 'broken-link' | 'anchor';

export type LedgerVerification =
	| { ok: true; count: number; head: { seq: number; hash: string } | null }
	| {
			ok: false;
			/** Ledger position (seq) where the chain first fails. */
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
	pageSize?: number;
}

/**
 * Walks the whole chain in position order and reports the first break:
 * - `removed`: a position is missing (seq gap), or an event's predecessor no longer exists;
 * - `edited`: an event's content no longer matches its stored hash;
 * - `reordered`: an event points back to an event stored after it;
 * - `broken-link`: an event does not point at the one before it and its predecessor is nowhere
 *   (the previous event was edited and re-hashed, or the chain was spliced);
 * - `anchor`: the event at the anchor's position is missing or has another hash.
 */
export async function verifyLedger(
	db: Kysely<Database>,
	options: VerifyOptions = {}
): Promise<LedgerVerification> {
	const pageSize = options.pageSize ?? 1000;
	let prevHash = GENESIS_HASH;
	let expected = 1;
	let lastSeq = 0;
	let anchorSeen = false;
	for (;;) {
		const rows = await db
			.selectFrom('consent_events')
			.selectAll()
			.where('seq', '>', lastSeq)
			.orderBy('seq')
			.limit(pageSize)
			.execute();
		for (const row of rows) {
			const fail = (reason: LedgerBreakReason, message: string, position = row.seq) => ({
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
			const data = parseJson(row.data);
			const recomputed = eventHash({
				eventId: row.event_id,
				consentId: row.consent_id,
				subjectId: row.subject_id,
				type: row.type,
				at: row.at,
				data,
				prevHash: row.prev_hash
			});
			if (data === undefined || recomputed !== row.hash) {
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
			prevHash = row.hash;
			expected += 1;
			lastSeq = row.seq;
		}
		if (rows.length < pageSize) break;
	}
	if (options.anchor && !anchorSeen) {
		return {
			ok: false,
			position: options.anchor.seq,
			eventId: null,
			reason: 'anchor',
			message: `The ledger ends at ${expected - 1}, before the recorded anchor ${options.anchor.seq}: events were cut off`,
			checked: expected - 1
		};
	}
	return {
		ok: true,
		count: expected - 1,
		head: expected > 1 ? { seq: expected - 1, hash: prevHash } : null
	};
}
