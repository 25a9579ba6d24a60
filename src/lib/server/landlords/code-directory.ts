/**
 * Every stored referral code, held in memory per database handle, for the public lookup.
 *
 * Why: a code printed on a reminder letter is looked up by a whole mailing's tenants, each code
 * once or twice, so a cache of recent answers misses almost every time and each lookup waited for
 * a database round trip. On PostgreSQL that kept the lookup's p99 far above 20 ms with 50
 * concurrent clients on a 2-core machine (bench:codes). With the directory a lookup reads no
 * database at all; a code takes about 200 bytes, so 100,000 codes are some 20 MB.
 *
 * How it stays true: it loads once in the background (lookups read the database until then), and
 * lookups have it re-read, every DIRECTORY_REFRESH_MS, the codes of mailings it has not seen and
 * the codes revoked since the last refresh (less REFRESH_OVERLAP_MS: a mailing commits seconds
 * after its `created_at`, and instances' clocks differ a little), and all organisations (a
 * rename). Every FULL_RELOAD_MS it is rebuilt from
 * scratch. Codes made or revoked on this instance are put in at once. So another instance's new
 * code or revocation is seen here within DIRECTORY_REFRESH_MS, at most twice that after a quiet
 * spell, as with the cache it replaces. No timer: a directory nobody asks costs nothing.
 * Past DIRECTORY_MAX codes it gives up and lookups read the database, as before.
 */
import type { Kysely } from 'kysely';
import type { ReferralLandlord } from '$lib/schemas/landlord-codes';
import { perDatabase } from '../db/per-database';
import type { Database } from '../db/schema';
import { safeErrorSummary } from '../log/safe-error';

export const DIRECTORY_REFRESH_MS = 10_000;
export const REFRESH_OVERLAP_MS = 5 * 60_000;
export const FULL_RELOAD_MS = 60 * 60_000;
export const DIRECTORY_MAX = 500_000;
const RETRY_MS = 1000;
/** Mailing ids per `IN (...)`. */
const MAILINGS_PER_QUERY = 500;
/**
 * Codes per query of a whole load. better-sqlite3 reads synchronously, so one query for every
 * code held the event loop (and every request in flight) for as long as the read took: 0.85 s
 * for 100,000 codes on the 2-core test machine under load. A chunk of this many took 9 ms there,
 * and requests run between chunks.
 */
export const LOAD_CHUNK = 2000;

/** A stored code as the lookup needs it; its state is worked out per request. */
export interface DirectoryCode {
	id: string;
	orgId: string;
	expiresAt: string;
	revoked: boolean;
	/** Whether its first opening is known to be marked (a stale false only costs a no-op write). */
	opened: boolean;
}

const columns = ['id', 'org_id', 'lookup_hash', 'expires_at', 'revoked_at', 'opened_at'] as const;

type Row = {
	id: string;
	org_id: string;
	lookup_hash: string;
	expires_at: string | Date;
	revoked_at: string | Date | null;
	opened_at: string | Date | null;
};

/** A timestamp as either dialect returns it (ISO text on SQLite, a Date on PostgreSQL), as ISO text. */
export function iso(value: string | Date): string {
	return (value instanceof Date ? value : new Date(value)).toISOString();
}

function toCode(row: Row): DirectoryCode {
	return {
		id: row.id,
		orgId: row.org_id,
		expiresAt: iso(row.expires_at),
		revoked: row.revoked_at !== null,
		opened: row.opened_at !== null
	};
}

export class CodeDirectory {
	private codes = new Map<string, DirectoryCode>();
	private orgs = new Map<string, ReferralLandlord>();
	/** Mailings whose codes are all in `codes`. */
	private mailings = new Set<string>();
	private ready = false;
	private tooLarge = false;
	private running: Promise<void> | undefined;
	private lastFull = 0;
	/** When the last successful refresh started (epoch ms); the next one reads from there on. */
	private lastStart = 0;
	private retryAt = 0;
	/** Revoked here while a load ran: the rows it read may predate the revocation. */
	private revokedMeanwhile = new Set<string>();

	constructor(
		private readonly db: Kysely<Database>,
		private readonly refreshMs = DIRECTORY_REFRESH_MS,
		private readonly max = DIRECTORY_MAX,
		private readonly clock: () => number = Date.now,
		private readonly chunk = LOAD_CHUNK
	) {}

	/**
	 * The code with this hash and its landlord, null for no such code, or undefined when the
	 * directory cannot say (not loaded yet, or too large): then the caller reads the database.
	 * A lookup keeps it fresh: past DIRECTORY_REFRESH_MS it starts a refresh and answers at once;
	 * after a quiet spell of twice that it waits for the refresh, so no answer is staler than that.
	 */
	async find(
		hash: string
	): Promise<{ code: DirectoryCode; landlord: ReferralLandlord } | null | undefined> {
		if (this.tooLarge) return undefined;
		if (!this.ready) {
			void this.refresh(); // the first load runs beside the lookups, which read the database
			return undefined;
		}
		const age = this.clock() - this.lastStart;
		if (age >= 2 * this.refreshMs) {
			await this.refresh();
			// Still stale (the database is away): never older than that, so the database decides.
			if (this.clock() - this.lastStart >= 2 * this.refreshMs) return undefined;
		} else if (age >= this.refreshMs) void this.refresh();
		const code = this.codes.get(hash);
		if (!code) return null;
		const landlord = this.orgs.get(code.orgId);
		return landlord ? { code, landlord } : undefined;
	}

	/** A mailing this instance has just stored, and its codes. */
	add(mailingId: string, entries: Iterable<[hash: string, code: DirectoryCode]>): void {
		if (this.tooLarge) return;
		this.mailings.add(mailingId);
		for (const [hash, code] of entries) this.codes.set(hash, code);
	}

	/** A code this instance has just revoked. */
	revoked(codeId: string): void {
		if (this.running) this.revokedMeanwhile.add(codeId);
		for (const code of this.codes.values()) if (code.id === codeId) code.revoked = true;
	}

	/**
	 * One refresh (a whole load when due); concurrent calls share it. Never throws. After a failed
	 * one the next waits RETRY_MS, so a database that is away is not asked on every lookup.
	 */
	refresh(): Promise<void> {
		if (!this.running && this.clock() < this.retryAt) return Promise.resolve();
		this.running ??= this.load()
			.catch((err) => {
				this.retryAt = this.clock() + RETRY_MS;
				console.error(`[codes] directory not refreshed: ${safeErrorSummary(err)}`);
			})
			.finally(() => {
				this.running = undefined;
				if (this.revokedMeanwhile.size === 0) return;
				for (const code of this.codes.values()) {
					if (this.revokedMeanwhile.has(code.id)) code.revoked = true;
				}
				this.revokedMeanwhile.clear();
			});
		return this.running;
	}

	private async load(): Promise<void> {
		const started = this.clock();
		const full = !this.ready || started - this.lastFull >= FULL_RELOAD_MS;
		let rows: Row[];
		let mailings: string[];
		if (full) {
			const { n } = await this.db
				.selectFrom('landlord_codes')
				.select((eb) => eb.fn.countAll<number | string>().as('n'))
				.executeTakeFirstOrThrow();
			if (Number(n) > this.max) {
				this.giveUp();
				return;
			}
			mailings = (await this.db.selectFrom('landlord_mailings').select('id').execute()).map(
				(m) => m.id
			);
			rows = await this.readAll();
		} else {
			// Codes come in mailings, each one transaction with its codes: a mailing row seen means
			// all of its codes can be read, and a mailing already known is not read again.
			const from = new Date(this.lastStart - REFRESH_OVERLAP_MS).toISOString();
			mailings = (
				await this.db
					.selectFrom('landlord_mailings')
					.select('id')
					.where('created_at', '>=', from)
					.execute()
			)
				.map((m) => m.id)
				.filter((id) => !this.mailings.has(id));
			rows = [];
			for (let i = 0; i < mailings.length; i += MAILINGS_PER_QUERY) {
				rows.push(
					...(await this.db
						.selectFrom('landlord_codes')
						.select(columns)
						.where('mailing_id', 'in', mailings.slice(i, i + MAILINGS_PER_QUERY))
						.execute())
				);
			}
			rows.push(
				...(await this.db
					.selectFrom('landlord_codes')
					.select(columns)
					.where('revoked_at', '>=', from)
					.execute())
			);
		}
		// Organisations after codes: every code read has its organisation read too.
		const orgs = await this.db
			.selectFrom('landlord_orgs')
			.select(['id', 'name', 'landlord_key'])
			.execute();

		const codes = full ? new Map<string, DirectoryCode>() : this.codes;
		for (const row of rows) {
			const known = this.codes.get(row.lookup_hash);
			const code = toCode(row);
			// A first opening noted here may not be written yet: keep it.
			code.opened ||= known?.opened ?? false;
			codes.set(row.lookup_hash, code);
		}
		if (codes.size > this.max) {
			this.giveUp();
			return;
		}
		if (full) {
			// What this instance put in while the load ran (a mailing, a revocation) stays.
			for (const [hash, code] of this.codes) if (!codes.has(hash)) codes.set(hash, code);
			this.codes = codes;
			this.lastFull = started;
			this.mailings = new Set([...mailings, ...this.mailings]);
		} else {
			for (const id of mailings) this.mailings.add(id);
		}
		this.orgs = new Map(
			orgs.map((o) => [o.id, { name: o.name, landlordKey: o.landlord_key }] as const)
		);
		this.lastStart = started;
		this.ready = true;
	}

	/**
	 * Every code, a chunk at a time in id order. Not one snapshot, and need not be: a mailing
	 * committed meanwhile is not in `mailings` yet, so the next refresh reads all of it, and a code
	 * revoked meanwhile is in the next refresh's "revoked since" (this load's start).
	 */
	private async readAll(): Promise<Row[]> {
		const rows: Row[] = [];
		let after = '';
		for (;;) {
			const chunk = await this.db
				.selectFrom('landlord_codes')
				.select(columns)
				.where('id', '>', after)
				.orderBy('id')
				.limit(this.chunk)
				.execute();
			for (const row of chunk) rows.push(row);
			const last = chunk.at(-1);
			if (!last || chunk.length < this.chunk) return rows;
			after = last.id;
			// Let the requests that queued during the read run before the next one.
			await new Promise((resolve) => setImmediate(resolve));
		}
	}

	private giveUp(): void {
		this.tooLarge = true;
		this.ready = false;
		this.codes.clear();
		console.warn(`[codes] over ${this.max} codes: lookups read the database`);
	}
}

export const directoryOf = perDatabase((db) => new CodeDirectory(db));
