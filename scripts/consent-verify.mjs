#!/usr/bin/env node
// Verifies the consent ledger's hash chain (src/lib/server/consent/README.md).
//
//   npm run consent:verify                      # prints the result and the head to record
//   npm run consent:verify -- --anchor=SEQ:HASH # also checks a head recorded earlier
//   npm run consent:verify -- --json            # one JSON object on stdout
//   npm run consent:verify -- --keyed-from=SEQ  # every event from SEQ on must be keyed
//
// Keyed events (format 3) are checked with the HMAC key from CONSENT_LEDGER_KEY, the file
// CONSENT_LEDGER_KEY_FILE, or $DATA_DIR/consent-ledger.key, as the server finds it.
//
// Exit status: 0 the chain and the rows beside it are intact, 1 broken (the output says where
// and why), 2 usage, connection or schema error, or keyed events and no key.
//
// Uses the same database as the server: PostgreSQL when DATABASE_URL is a postgres:// URL, else
// SQLite at $DATA_DIR/app.sqlite (DATA_DIR defaults to ./data). Read-only. Keep `eventHash` in
// step with src/lib/server/consent/ledger.ts (the tests run this script against that module).
import { createHash, createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const GENESIS_HASH = '0'.repeat(64);
const LEDGER_FORMAT = 1;
const UNKEYED_FORMAT = 2;
const KEYED_FORMAT = 3;
const MIN_KEY_LENGTH = 32;
const PAGE = 1000;

/** @param {string} text */
const sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The ledger key as the server resolves it (ledger.ts `resolveLedgerKey`), or null.
 * @param {NodeJS.ProcessEnv} env
 */
export function resolveLedgerKey(env) {
	let text;
	let source;
	if (env.CONSENT_LEDGER_KEY?.trim()) {
		text = env.CONSENT_LEDGER_KEY.trim();
		source = 'CONSENT_LEDGER_KEY';
	} else {
		const named = env.CONSENT_LEDGER_KEY_FILE?.trim();
		const file = named || path.resolve(env.DATA_DIR ?? './data', 'consent-ledger.key');
		if (!named && !existsSync(file)) return null;
		text = readFileSync(file, 'utf8').trim();
		source = file;
	}
	if (text.length < MIN_KEY_LENGTH) {
		throw new Error(
			`The consent ledger key from ${source} is shorter than ${MIN_KEY_LENGTH} characters`
		);
	}
	return Buffer.from(text, 'utf8');
}

/** Deterministic JSON (object keys sorted), as src/lib/server/db/json.ts `canonicalJson`. */
export function canonicalJson(value) {
	return JSON.stringify(value, (_key, v) => {
		if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
			/** @type {Record<string, unknown>} */
			const sorted = {};
			for (const k of Object.keys(v).sort()) sorted[k] = v[k];
			return sorted;
		}
		return v;
	});
}

/**
 * @param {{ event_id: string, consent_id: string, subject_id: string, type: string, at: string, prev_hash: string, format?: number }} row
 * @param {unknown} data
 * @param {Buffer | null} [key]
 */
export function eventHash(row, data, key = null) {
	const format = Number(row.format ?? LEDGER_FORMAT);
	const content = canonicalJson({
		v: format,
		eventId: row.event_id,
		consentId: row.consent_id,
		subjectId: row.subject_id,
		type: row.type,
		at: row.at,
		data,
		prevHash: row.prev_hash
	});
	if (format >= KEYED_FORMAT) {
		if (!key) throw new Error('A keyed ledger event needs the ledger key');
		return createHmac('sha256', key).update(content, 'utf8').digest('hex');
	}
	return sha256Hex(content);
}

/** @param {string} salt @param {string | null} name */
const recipientNameDigest = (salt, name) =>
	name === null || name === undefined ? null : sha256Hex(`${salt}\u0000${name}`);

/** @param {string} salt @param {string} userId @param {string} subjectId */
const subjectDigest = (salt, userId, subjectId) =>
	sha256Hex(`${salt}\u0000${userId}\u0000${subjectId}`);

// The rows beside the chain (ledger.ts `verifyRows`), as plain SQL both dialects understand.
const CONSENT_ROWS_SQL = `select c.id, c.subject_id, c.recipient_name, c.name_salt, e.seq, e.event_id,
	e.subject_id as event_subject, e.data
	from consents c left join consent_events e on e.consent_id = c.id and e.type = 'given'
	order by e.seq`;
const BOUND_ROWS_SQL = `select s.user_id, s.subject_id, s.link_salt, e.seq, e.event_id, e.data
	from consent_subjects s join consent_events e on e.subject_id = s.subject_id
	where e.format >= 2 order by e.seq`;
const STRAY_ROWS_SQL = `select c.id from consents c join consent_subjects s on s.subject_id = c.subject_id
	where c.user_id <> s.user_id limit 1`;

/** @param {NodeJS.ProcessEnv} env */
async function openDatabase(env) {
	const url = env.DATABASE_URL?.trim();
	if (url) {
		if (!/^postgres(ql)?:\/\//i.test(url)) {
			throw new Error(
				'DATABASE_URL must start with postgres:// or postgresql:// (unset it for SQLite)'
			);
		}
		const { default: pg } = await import('pg');
		const client = new pg.Client({ connectionString: url });
		await client.connect();
		return {
			where: 'PostgreSQL (DATABASE_URL)',
			/** @param {number} after */
			async page(after) {
				const r = await client.query(
					'select * from consent_events where seq > $1 order by seq limit $2',
					[after, PAGE]
				);
				return r.rows;
			},
			/** @param {string} hash */
			async seqOfHash(hash) {
				const r = await client.query('select seq from consent_events where hash = $1', [hash]);
				return r.rows[0]?.seq;
			},
			/** @param {string} text */
			async all(text) {
				return (await client.query(text)).rows;
			},
			async hasLedger() {
				const r = await client.query("select to_regclass('consent_events') as t");
				return r.rows[0]?.t !== null;
			},
			close: () => client.end()
		};
	}
	const file = path.resolve(env.DATA_DIR ?? './data', 'app.sqlite');
	if (!existsSync(file)) throw new Error(`No database at ${file}`);
	const { default: Database } = await import('better-sqlite3');
	const db = new Database(file, { readonly: true, fileMustExist: true });
	db.pragma('busy_timeout = 5000');
	return {
		where: file,
		/** @param {number} after */
		async page(after) {
			return db
				.prepare('select * from consent_events where seq > ? order by seq limit ?')
				.all(after, PAGE);
		},
		/** @param {string} hash */
		async seqOfHash(hash) {
			return db.prepare('select seq from consent_events where hash = ?').get(hash)?.seq;
		},
		/** @param {string} text */
		async all(text) {
			return db.prepare(text).all();
		},
		async hasLedger() {
			return Boolean(
				db
					.prepare("select 1 from sqlite_master where type = 'table' and name = 'consent_events'")
					.get()
			);
		},
		close: async () => db.close()
	};
}

/** @param {string} text */
function parseJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/**
 * The same walk as verifyLedger in src/lib/server/consent/ledger.ts, then the same row checks.
 * @param {Awaited<ReturnType<typeof openDatabase>>} db
 * @param {{ seq: number, hash: string } | undefined} anchor
 * @param {{ key?: Buffer | null, keyedFrom?: number }} [options]
 */
export async function verify(db, anchor, options = {}) {
	const key = options.key ?? null;
	let prevHash = GENESIS_HASH;
	let expected = 1;
	let last = 0;
	let anchorSeen = false;
	/** @type {number | null} */
	let keyedFrom = null;
	/** @param {number} position @param {string} reason @param {string} message @param {string | null} eventId */
	const fail = (position, reason, message, eventId) => ({
		ok: false,
		position,
		eventId,
		reason,
		message,
		checked: expected - 1
	});
	for (;;) {
		const rows = await db.page(last);
		for (const row of rows) {
			const seq = Number(row.seq);
			if (seq !== expected) {
				return fail(
					expected,
					'removed',
					`Event ${expected} is missing (the next stored event is ${seq})`,
					null
				);
			}
			const format = Number(row.format ?? LEDGER_FORMAT);
			const edited = () =>
				fail(seq, 'edited', `Event ${seq} was changed after it was written`, row.event_id);
			if (![LEDGER_FORMAT, UNKEYED_FORMAT, KEYED_FORMAT].includes(format)) return edited();
			if (format < KEYED_FORMAT && keyedFrom !== null) {
				return fail(
					seq,
					'unkeyed',
					`Event ${seq} is not keyed but follows keyed event ${keyedFrom}: it was not written by the app`,
					row.event_id
				);
			}
			if (format < KEYED_FORMAT && options.keyedFrom !== undefined && seq >= options.keyedFrom) {
				return fail(
					seq,
					'unkeyed',
					`Event ${seq} is not keyed, but every event from ${options.keyedFrom} on must be`,
					row.event_id
				);
			}
			if (format === KEYED_FORMAT && !key) {
				return fail(
					seq,
					'key-missing',
					`Event ${seq} is keyed: give the ledger key (CONSENT_LEDGER_KEY or its file) to verify it`,
					row.event_id
				);
			}
			const data = parseJson(row.data);
			const bound =
				format === LEDGER_FORMAT ||
				(typeof data === 'object' && data !== null && typeof data.subjectDigest === 'string');
			if (data === undefined || !bound || eventHash({ ...row, format }, data, key) !== row.hash) {
				return edited();
			}
			if (row.prev_hash !== prevHash) {
				const owner = await db.seqOfHash(row.prev_hash);
				if (owner !== undefined && Number(owner) > seq) {
					return fail(
						seq,
						'reordered',
						`Event ${seq} should come after event ${owner}: events were reordered`,
						row.event_id
					);
				}
				if (owner !== undefined) {
					return fail(
						seq,
						'removed',
						`Event ${seq} follows event ${owner}: the events between were removed`,
						row.event_id
					);
				}
				return row.prev_hash === GENESIS_HASH
					? fail(
							seq,
							'removed',
							`Event ${seq} claims to be the first: the events before it were removed`,
							row.event_id
						)
					: fail(
							seq,
							'broken-link',
							`Event ${seq} does not follow event ${seq - 1}: an earlier event was changed and re-hashed, or removed`,
							row.event_id
						);
			}
			if (anchor && seq === anchor.seq) {
				anchorSeen = true;
				if (row.hash !== anchor.hash) {
					return fail(seq, 'anchor', `Event ${seq} differs from the recorded anchor`, row.event_id);
				}
			}
			if (format === KEYED_FORMAT && keyedFrom === null) keyedFrom = seq;
			prevHash = row.hash;
			expected += 1;
			last = seq;
		}
		if (rows.length < PAGE) break;
	}
	if (anchor && !anchorSeen) {
		return fail(
			anchor.seq,
			'anchor',
			`The ledger ends at ${expected - 1}, before the recorded anchor ${anchor.seq}: events were cut off`,
			null
		);
	}
	for (const c of await db.all(CONSENT_ROWS_SQL)) {
		if (c.seq === null || c.seq === undefined || c.data === null) {
			return fail(
				0,
				'row-mismatch',
				`Consent ${c.id} has no 'given' event in the ledger: the row was written outside the app`,
				null
			);
		}
		const data = parseJson(c.data);
		const seq = Number(c.seq);
		if (typeof data !== 'object' || data === null || !('recipientNameDigest' in data)) {
			return fail(seq, 'row-mismatch', `Event ${seq} does not describe a consent`, c.event_id);
		}
		if (c.subject_id !== c.event_subject) {
			return fail(
				seq,
				'row-mismatch',
				`Consent ${c.id} names another subject than its event ${seq}`,
				c.event_id
			);
		}
		if (recipientNameDigest(c.name_salt, c.recipient_name) !== data.recipientNameDigest) {
			return fail(
				seq,
				'row-mismatch',
				`The recipient name of consent ${c.id} no longer matches event ${seq}: it was edited`,
				c.event_id
			);
		}
	}
	for (const e of await db.all(BOUND_ROWS_SQL)) {
		const recorded = parseJson(e.data)?.subjectDigest;
		const now = e.link_salt === null ? null : subjectDigest(e.link_salt, e.user_id, e.subject_id);
		if (recorded !== now) {
			const seq = Number(e.seq);
			return fail(
				seq,
				'subject',
				`Event ${seq} belongs to another account than the one its subject is now linked to: the link was re-pointed`,
				e.event_id
			);
		}
	}
	const [stray] = await db.all(STRAY_ROWS_SQL);
	if (stray) {
		return fail(
			0,
			'subject',
			`Consent ${stray.id} belongs to another account than its subject`,
			null
		);
	}
	return {
		ok: true,
		count: expected - 1,
		head: expected > 1 ? { seq: expected - 1, hash: prevHash } : null,
		keyedFrom
	};
}

/** @param {string[]} argv */
function parseArgs(argv) {
	/** @type {{ json: boolean, anchor?: { seq: number, hash: string }, keyedFrom?: number }} */
	const out = { json: false };
	for (const arg of argv) {
		if (arg === '--json') out.json = true;
		else if (arg.startsWith('--anchor=')) {
			const m = /^(\d+):([0-9a-f]{64})$/.exec(arg.slice('--anchor='.length));
			if (!m) throw new Error('--anchor must be SEQ:HASH (the head printed by an earlier run)');
			out.anchor = { seq: Number(m[1]), hash: m[2] };
		} else if (arg.startsWith('--keyed-from=')) {
			const m = /^[1-9]\d*$/.exec(arg.slice('--keyed-from='.length));
			if (!m) throw new Error('--keyed-from must be a position (1, 2, ...)');
			out.keyedFrom = Number(m[0]);
		} else throw new Error(`Unknown argument ${arg}`);
	}
	return out;
}

async function main() {
	let args;
	try {
		args = parseArgs(process.argv.slice(2));
	} catch (err) {
		console.error(String(err instanceof Error ? err.message : err));
		return 2;
	}
	let db;
	try {
		db = await openDatabase(process.env);
	} catch (err) {
		console.error(`consent:verify: ${err instanceof Error ? err.message : String(err)}`);
		return 2;
	}
	try {
		if (!(await db.hasLedger())) {
			console.error(`consent:verify: no consent ledger in ${db.where} (start the server once)`);
			return 2;
		}
		let key;
		try {
			key = resolveLedgerKey(process.env);
		} catch (err) {
			console.error(`consent:verify: ${err instanceof Error ? err.message : String(err)}`);
			return 2;
		}
		const result = await verify(db, args.anchor, {
			key,
			...(args.keyedFrom !== undefined ? { keyedFrom: args.keyedFrom } : {})
		});
		if (args.json) {
			console.log(JSON.stringify({ database: db.where, ...result }));
		} else if (result.ok) {
			console.log(`Consent ledger OK: ${result.count} events verified in ${db.where}.`);
			if (result.head) {
				console.log(`Head to record (use with --anchor): ${result.head.seq}:${result.head.hash}`);
			}
			if (result.keyedFrom !== null) {
				console.log(`Keyed from event ${result.keyedFrom} on (use with --keyed-from).`);
			}
		} else {
			console.error(`Consent ledger BROKEN at position ${result.position} (${result.reason}).`);
			console.error(result.message);
			console.error(`${result.checked} events before it verified.`);
		}
		return result.ok ? 0 : result.reason === 'key-missing' ? 2 : 1;
	} catch (err) {
		console.error(`consent:verify: ${err instanceof Error ? err.message : String(err)}`);
		return 2;
	} finally {
		await db.close();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	process.exitCode = await main();
}
