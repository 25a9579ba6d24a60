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

export type Role = 'tenant' | 'advisor' | 'admin' | 'landlord' | 'funder';
export const ROLES = [
	'tenant',
	'advisor',
	'admin',
	'landlord',
	'funder'
] as const satisfies readonly Role[];

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
	/** The landlord organisation of staff who looked (migration 0065); null for advisors. */
	org_name: string | null;
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

/** Which consent names which landlord organisation and kind (migration 0065): an index only. */
export interface LandlordConsentLinkTable {
	consent_id: string;
	user_id: string;
	org_id: string;
	kind: string;
	given_at: Timestamp;
}

/** A landlord's rent account for one tenant (migration 0065; docs/landlord-share.md). */
export interface LandlordRentRequestTable {
	id: string;
	/** The tenant. */
	user_id: string;
	org_id: string;
	requested_at: Timestamp;
	/** JSON of `rentAccountSchema`, or null until the landlord reports. */
	account: string | null;
	filled_at: Timestamp | null;
	filled_by: string | null;
}

/** A plan version a tenant sent to a landlord organisation (migration 0065). */
export interface LandlordPlanProposalTable {
	id: string;
	user_id: string;
	org_id: string;
	plan_id: string;
	/** JSON of the plan row as sent. */
	plan: string;
	state: string;
	revision: number;
	sent_at: Timestamp;
	answered_at: Timestamp | null;
	answered_by: string | null;
	reason: string | null;
	/** JSON of `counterProposalSchema`. */
	counter: string | null;
	agreed_at: Timestamp | null;
	result_plan_id: string | null;
}

export interface LandlordPaymentConfirmationTable {
	proposal_id: string;
	user_id: string;
	month: string;
	rent_arrived: number;
	instalment_arrived: number;
	confirmed_at: Timestamp;
	confirmed_by: string;
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

/** A landlord organisation (migration 0060; src/lib/server/landlords/README.md). */
export interface LandlordOrgTable {
	id: string;
	name: string;
	/** The id of its entry in the situation map's landlord list (`lib/domain/landlords.ts`). */
	landlord_key: string | null;
	created_at: Timestamp;
}

/** A user with role `landlord` is staff of exactly one organisation. */
export interface LandlordStaffTable {
	user_id: string;
	org_id: string;
	created_at: Timestamp;
}

/** One creation of codes: a single code or a whole mailing (migration 0061). */
export interface LandlordMailingTable {
	id: string;
	org_id: string;
	size: number;
	created_by: string | null;
	created_at: Timestamp;
}

/** A referral code, kept only as the hash of its text (migration 0061). */
export interface LandlordCodeTable {
	id: string;
	org_id: string;
	mailing_id: string;
	/** SHA-256 of the canonical code, base64url. */
	lookup_hash: string;
	/** The organisation's own reference; shown to that organisation only. */
	internal_ref: string | null;
	created_at: Timestamp;
	expires_at: Timestamp;
	revoked_at: Timestamp | null;
	/** First-time markers; the organisation sees them only as counts over a mailing. */
	opened_at: Timestamp | null;
	used_at: Timestamp | null;
	consented_at: Timestamp | null;
}

/** Which account used which code; never shown to the landlord. */
export interface LandlordCodeUseTable {
	user_id: string;
	code_id: string;
	used_at: Timestamp;
}

/** Append-only log of admin actions (migration 0085): triggers refuse UPDATE and DELETE. */
export interface AdminAuditLogTable {
	seq: Generated<number>;
	/** ISO text on both dialects. */
	at: string;
	actor_id: string | null;
	actor_email: string;
	action: string;
	target: string | null;
	/** JSON object: what changed (never tokens, links or tenant text). */
	details: string;
}

/**
 * A consent text version an admin published (migration 0090): never updated or deleted (triggers
 * refuse both). `texts` is JSON of Record<'fi' | 'sv' | 'en', ConsentText>.
 */
export interface ConsentTextVersionTable {
	version: string;
	texts: string;
	/** SHA-256 hex of the canonical JSON of `texts`. */
	digest: string;
	published_at: string;
	/** The admin's email at the time (no foreign key: the row outlives the account). */
	published_by: string;
}

/** Run-time settings an admin changed; an absent key falls back to the environment. */
export interface AppSettingTable {
	key: string;
	/** JSON value. */
	value: string;
	updated_at: string;
	updated_by: string | null;
}

/** When an account was last seen in use, and when it was warned of erasure (ISO text). */
export interface AccountActivityTable {
	user_id: string;
	last_seen_at: string;
	warned_at: string | null;
}

/** The situation map's landlord list (migration 0086); `retired_reason` set = no longer offered. */
export interface LandlordTable {
	id: string;
	name: string;
	acceptable_arrears_months: number | null;
	retired_reason: string | null;
	position: number;
	updated_at: string;
}

/** A durable reminder (migration 0070; src/lib/server/reminders/README.md). */
export interface ReminderTable {
	id: string;
	user_id: string;
	/** Stable per user (`domain/reminders.ts`): never sent twice. */
	key: string;
	kind: string;
	page: string;
	due_at: Timestamp;
	/** 'pending' | 'sent' | 'dropped' (no target left, or kind switched off) | 'failed' (gave up). */
	status: string;
	attempts: number;
	/** A sender's claim; a claim whose lease ran out can be taken again. */
	lease_until: Timestamp | null;
	lease_owner: string | null;
	sent_at: Timestamp | null;
	/** The push service's status or the error class: never tenant data. */
	last_error: string | null;
	created_at: Timestamp;
}

/** What was done for one reminder and one target (`push:<subscription id>` or `email`). */
export interface ReminderDeliveryTable {
	reminder_id: string;
	target: string;
	/** 'sent' | 'gone' (the push service answered 404/410). */
	outcome: string;
	at: Timestamp;
}

/** A device's Web Push subscription. */
export interface PushSubscriptionTable {
	id: string;
	user_id: string;
	device_id: string;
	endpoint: string;
	p256dh: string;
	auth: string;
	lang: string;
	created_at: Timestamp;
}

/** Per user: which reminders, when not, and how they read. */
export interface ReminderSettingsTable {
	user_id: string;
	/** JSON `{ kind: boolean }`; a kind not listed is on. */
	kinds: string;
	quiet_start: string;
	quiet_end: string;
	/** 1: the notification names what it is about (never amounts); 0: the generic text. */
	detailed: number;
	/** 1: email when the account has no push subscription. */
	email_fallback: number;
	/** Advisors: 1 = the daily follow-up digest email. */
	digest: number;
	lang: string;
	updated_at: Timestamp;
}

/** Case work (migration 0080; src/lib/server/cases/README.md). */
export interface CaseTable {
	id: string;
	/** Null once the tenant's account is erased: the case's figures stay for the report. */
	tenant_id: string | null;
	/** `clientRef` of the tenant's consent subject: the identifier staff see without a name. */
	ref: string;
	source: 'booking' | 'consent' | 'referral';
	status: 'new' | 'active' | 'planAgreed' | 'following' | 'closed';
	advisor_id: string | null;
	landlord_org_id: string | null;
	referral_code_id: string | null;
	/** Helsinki quarter opened, "2026-Q4". */
	quarter: string;
	/** When the tenant (first) consented to the service during this case. */
	consented_at: Timestamp | null;
	opened_at: Timestamp;
	first_contact_at: Timestamp | null;
	first_stage: string | null;
	first_arrears_cents: number | null;
	first_arrears_months: number | null;
	plan_agreed_at: Timestamp | null;
	/** 1 kept, 0 not kept, null not yet recorded. */
	plan_kept_3: number | null;
	plan_kept_6: number | null;
	plan_kept_12: number | null;
	closed_at: Timestamp | null;
	outcome: string | null;
	/** 1 arrears recurred within 12 months of closing, 0 not, null not yet recorded. */
	recurred: number | null;
	updated_at: Timestamp;
}

export interface CaseEventTable {
	id: string;
	case_id: string;
	at: Timestamp;
	kind: string;
	status: string | null;
	actor_id: string | null;
}

export interface CaseNoteTable {
	id: string;
	case_id: string;
	author_id: string | null;
	author_name: string;
	body: string;
	created_at: Timestamp;
}

export interface CaseTaskTable {
	id: string;
	case_id: string;
	kind: 'manual' | 'planKept3' | 'planKept6' | 'planKept12' | 'recurrence';
	title: string;
	/** Helsinki date YYYY-MM-DD. */
	due_date: string;
	done_at: Timestamp | null;
	done_by: string | null;
	/** Follow-ups: 1 yes, 0 no. */
	answer: number | null;
	created_at: Timestamp;
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
	landlord_orgs: LandlordOrgTable;
	landlord_staff: LandlordStaffTable;
	landlord_mailings: LandlordMailingTable;
	landlord_codes: LandlordCodeTable;
	landlord_code_uses: LandlordCodeUseTable;
	admin_audit_log: AdminAuditLogTable;
	consent_text_versions: ConsentTextVersionTable;
	app_settings: AppSettingTable;
	account_activity: AccountActivityTable;
	landlords: LandlordTable;
	reminders: ReminderTable;
	reminder_deliveries: ReminderDeliveryTable;
	push_subscriptions: PushSubscriptionTable;
	reminder_settings: ReminderSettingsTable;
	cases: CaseTable;
	case_events: CaseEventTable;
	case_notes: CaseNoteTable;
	case_tasks: CaseTaskTable;
	landlord_consent_links: LandlordConsentLinkTable;
	landlord_rent_requests: LandlordRentRequestTable;
	landlord_plan_proposals: LandlordPlanProposalTable;
	landlord_payment_confirmations: LandlordPaymentConfirmationTable;
}

export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type SyncRow = Selectable<SyncRowTable>;
