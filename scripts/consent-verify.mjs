#!/usr/bin/env node
// Verifies the consent ledger's hash chain (src/lib/server/consent/README.md).
//
//   npm run consent:verify                      # prints the result and the head to record
//   npm run consent:verify -- --anchor=SEQ:HASH # also checks a head recorded earlier
//   npm run consent:verify -- --json            # one JSON object on stdout
//
// Exit status: 0 the chain is intact, 1 it is broken (the output says where and why),
// 2 usage, connection or schema error.
//
// Uses the same database as the server: PostgreSQL when DATABASE_URL is a postgres:// URL, else
// SQLite at $DATA_DIR/app.sqlite (DATA_DIR defaults to ./data). Read-only. Keep `eventHash` in
// step with src/lib/server/consent/ledger.ts (the tests run this script against that module).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const GENESIS_HASH = '0'.repeat(64);
const LEDGER_FORMAT = 1;
const PAGE = 1000;

/** Deterministic JSON (object keys sorted), as src/lib/server/sync/json.ts `canonicalJson`. */
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
 * @param {{ event_id: string, consent_id: string, subject_id: string, type: string, at: string, prev_hash: string }} row
 * @param {unknown} data
 */
export function eventHash(row, data) {
	const content = canonicalJson({
		v: LEDGER_FORMAT,
		eventId: row.event_id,
		consentId: row.consent_id,
		subjectId: row.subject_id,
		type: row.type,
		at: row.at,
		data,
		prevHash: row.prev_hash
	});
	return createHash('sha256').update(content, 'utf8').digest('hex');
}

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
 * The same walk as verifyLedger in src/lib/server/consent/ledger.ts.
 * @param {Awaited<ReturnType<typeof openDatabase>>} db
 * @param {{ seq: number, hash: string } | undefined} anchor
 */
export async function verify(db, anchor) {
	let prevHash = GENESIS_HASH;
	let expected = 1;
	let last = 0;
	let anchorSeen = false;
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
			const data = parseJson(row.data);
			if (data === undefined || eventHash(row, data) !== row.hash) {
				return fail(seq, 'edited', `Event ${seq} was changed after it was written`, row.event_id);
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
	return {
		ok: true,
		count: expected - 1,
		head: expected > 1 ? { seq: expected - 1, hash: prevHash } : null
	};
}

/** @param {string[]} argv */
function parseArgs(argv) {
	/** @type {{ json: boolean, anchor?: { seq: number, hash: string } }} */
	const out = { json: false };
	for (const arg of argv) {
		if (arg === '--json') out.json = true;
		else if (arg.startsWith('--anchor=')) {
			const m = /^(\d+):([0-9a-f]{64})$/.exec(arg.slice('--anchor='.length));
			if (!m) throw new Error('--anchor must be SEQ:HASH (the head printed by an earlier run)');
			out.anchor = { seq: Number(m[1]), hash: m[2] };
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
		const result = await verify(db, args.anchor);
		if (args.json) {
			console.log(JSON.stringify({ database: db.where, ...result }));
		} else if (result.ok) {
			console.log(`Consent ledger OK: ${result.count} events verified in ${db.where}.`);
			if (result.head) {
				console.log(`Head to record (use with --anchor): ${result.head.seq}:${result.head.hash}`);
			}
		} else {
			console.error(`Consent ledger BROKEN at position ${result.position} (${result.reason}).`);
			console.error(result.message);
			console.error(`${result.checked} events before it verified.`);
		}
		return result.ok ? 0 : 1;
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
