/**
 * Kysely table types for the server database. One interface covers both dialects; where they
 * differ (timestamps: ISO text on SQLite, timestamptz on PostgreSQL, which `pg` returns as Date)
 * the column type says so, so callers must not assume one representation when reading.
 *
 * Table and column names of the four Auth.js tables are fixed by @auth/kysely-adapter 1.11
 * ("User", "Account", "Session", "VerificationToken" with camelCase columns); do not rename them.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Written as an ISO string or Date; read back as a string (SQLite) or Date (PostgreSQL). */
export type Timestamp = ColumnType<Date | string, Date | string, Date | string>;

export type Role = 'tenant' | 'advisor' | 'admin';
export const ROLES = ['tenant', 'advisor', 'admin'] as const satisfies readonly Role[];

export interface UserTable {
	id: string;
	name: string | null;
	email: string;
	emailVerified: Timestamp | null;
	image: string | null;
	/** Not part of Auth.js; defaults to 'tenant'. Only an admin may raise it (never the user). */
	role: Generated<Role>;
}

export interface AccountTable {
	id: Generated<string>;
	userId: string;
	type: string;
	provider: string;
	providerAccountId: string;
	refresh_token: string | null;
	access_token: string | null;
	/** bigint: PostgreSQL returns it as a string (the adapter never reads it back). */
	expires_at: number | string | null;
	token_type: string | null;
	scope: string | null;
	id_token: string | null;
	session_state: string | null;
}

export interface SessionTable {
	id: Generated<string>;
	userId: string;
	sessionToken: string;
	expires: Timestamp;
}

export interface VerificationTokenTable {
	identifier: string;
	token: string;
	expires: Timestamp;
}

/** One row per user: the last version stamped for that user. Its row lock serialises the user's pushes. */
export interface SyncClockTable {
	user_id: string;
	version: number;
}

/**
 * The server copy of every synced row, tombstones included. `data` is the validated row as JSON
 * text (null for a tombstone); `field_versions` is JSON `{ field: version when last changed }`,
 * which the conflict rules compare with a mutation's base version.
 */
export interface SyncRowTable {
	user_id: string;
	entity: string;
	row_id: string;
	version: number;
	/** 0 = live, 1 = tombstone (an integer on both dialects keeps one code path). */
	deleted: number;
	data: string | null;
	field_versions: string;
	/** JSON `{ field: clientId }`: the device that last changed each field (migration 0003). */
	field_clients: Generated<string>;
	created_at: Timestamp;
	updated_at: Timestamp;
}

/** Idempotency ledger: the answer given to each (user, mutation id), replayed on retry. */
export interface SyncMutationTable {
	user_id: string;
	mutation_id: string;
	result: string;
	created_at: Timestamp;
}

/** Consent tables (migration 0010; src/lib/server/consent/README.md). */
export interface ConsentSubjectTable {
	user_id: string;
	/** Pseudonymous id the ledger uses instead of the user id; deleted with the account. */
	subject_id: string;
	created_at: Timestamp;
	/** Salt of the account-binding digest in the ledger (migration 0040); null until bound. */
	link_salt: string | null;
}

/** Erasable details of a consent: the recipient's name, its digest salt, the Idempotency-Key. */
export interface ConsentTable {
	id: string;
	user_id: string;
	subject_id: string;
	idempotency_key: string;
	request_hash: string;
	recipient_name: string | null;
	name_salt: string;
	created_at: Timestamp;
}

/** The append-only hash-chained ledger. No personal data; no UPDATE or DELETE anywhere. */
export interface ConsentEventTable {
	seq: number;
	event_id: string;
	consent_id: string;
	subject_id: string;
	type: 'given' | 'withdrawn' | 'erased';
	/** ISO text on both dialects: the hashed bytes are the stored bytes. */
	at: string;
	/** Canonical JSON of the event's data. */
	data: string;
	prev_hash: string;
	hash: string;
	/** Chain format the hash was made with (migration 0040): 1, 2 or 3 (keyed). */
	format: number;
}

export interface ConsentAccessLogTable {
	id: string;
	/** The tenant whose information was viewed. */
	user_id: string;
	advisor_id: string | null;
	advisor_name: string | null;
	advisor_email: string;
	/** JSON array of ConsentCategory. */
	categories: string;
	viewed_at: Timestamp;
}

export interface ConsentContactTable {
	id: string;
	/** The tenant. */
	user_id: string;
	consent_id: string;
	advisor_id: string | null;
	advisor_name: string | null;
	advisor_email: string;
	recipient_kind: string;
	recipient_name: string | null;
	contacted_at: Timestamp;
	note: string;
	created_at: Timestamp;
}

/** An advisor who takes bookings (migration 0020). Its row lock serialises the calendar's writes. */
export interface BookingAdvisorTable {
	advisor_id: string;
	display_name: string;
	meeting_minutes: number;
	buffer_minutes: number;
	min_notice_minutes: number;
	horizon_days: number;
	/** JSON array of Channel. */
	channels: string;
	office_address: string | null;
	/** 1 = offered to tenants. */
	active: number;
	mail_lang: string;
	updated_at: Timestamp;
}

/** The weekly template: Helsinki wall times, weekday 1 = Monday. */
export interface BookingWeeklyHoursTable {
	advisor_id: string;
	weekday: number;
	start_time: string;
	end_time: string;
}

/** A dated exception: `ranges` JSON [{start,end}], `[]` = day off. */
export interface BookingExceptionTable {
	advisor_id: string;
	date: string;
	ranges: string;
	note: string;
}

export interface BookingTable {
	id: string;
	/** iCalendar UID: kept across a move so calendars update one event. */
	uid: string;
	sequence: number;
	tenant_id: string;
	advisor_id: string;
	via_service: number;
	starts_at: Timestamp;
	ends_at: Timestamp;
	channel: string;
	office_address: string | null;
	note: string;
	status: string;
	hold_expires_at: Timestamp | null;
	request_id: string;
	moved_from: string | null;
	moved_to: string | null;
	share_summary: number;
	/** JSON array of ISO instants offered on decline. */
	proposed_times: string;
	message: string;
	cancelled_by: string | null;
	lang: string;
	created_at: Timestamp;
	updated_at: Timestamp;
}

/** Shared rate limits (migration 0035, lib/server/http/rate-limit.ts). */
export interface RateLimitTable {
	/** SHA-256 of the limit's key, base64url. */
	key: string;
	/** GCRA theoretical arrival time, epoch milliseconds. */
	tat: number;
	/** 1 when the request that last wrote the row was allowed, else 0. */
	allowed: number;
}

/** When each device last pushed (migration 0050; src/lib/server/maintenance/README.md). */
export interface SyncDeviceTable {
	user_id: string;
	client_id: string;
	last_push_at: Timestamp;
}

/** Per user, the highest tombstone version pruning removed: pulls from below it must resync. */
export interface SyncFloorTable {
	user_id: string;
	version: number;
}

/** One row per (job, slot): the claim that lets exactly one server instance run that slot. */
export interface JobRunTable {
	job: string;
	slot: string;
	instance: string;
	started_at: Timestamp;
	finished_at: Timestamp | null;
	/** 'ok', or the error's message (never tenant data). */
	outcome: string | null;
}

export interface Database {
	User: UserTable;
	Account: AccountTable;
	Session: SessionTable;
	VerificationToken: VerificationTokenTable;
	sync_clock: SyncClockTable;
	sync_rows: SyncRowTable;
	sync_mutations: SyncMutationTable;
	consent_subjects: ConsentSubjectTable;
	consents: ConsentTable;
	consent_events: ConsentEventTable;
	consent_access_log: ConsentAccessLogTable;
	consent_contacts: ConsentContactTable;
	booking_advisors: BookingAdvisorTable;
	booking_weekly_hours: BookingWeeklyHoursTable;
	booking_exceptions: BookingExceptionTable;
	bookings: BookingTable;
	rate_limits: RateLimitTable;
	sync_devices: SyncDeviceTable;
	sync_floor: SyncFloorTable;
	job_runs: JobRunTable;
}

export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type SyncRow = Selectable<SyncRowTable>;
