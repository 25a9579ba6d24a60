/**
 * The sync wire format, shared by the browser's sync client and the server endpoints
 * (docs/design.md, "Sync"). zod/mini, like the row schemas, so the client bundle stays small.
 *
 * Push:  POST /api/sync/push  { mutations: Mutation[] }        -> { results: MutationResult[] }
 * Pull:  GET  /api/sync/pull?since=<cursor>&limit=<n>         -> { changes: Change[], cursor, hasMore }
 *
 * Results are in the order of the mutations sent. A client removes an outbox entry once its
 * result is applied, duplicate, conflict or rejected (a rejected mutation will never succeed as
 * sent; keep it for the user to see), and pulls to learn the server's state afterwards.
 */
import { z } from 'zod/mini';
import { MAX_BODY_BYTES } from './body-limit';
import { queryInt } from './query';
import { ENTITY_SCHEMAS, type EntityName, type EntityRows } from './situation';

/** Largest push the server accepts in one request (HTTP 413 above it); the client sends in chunks. */
export const MAX_PUSH_MUTATIONS = 1000;
/** Largest push body in bytes (HTTP 413 above it): the server's one body limit. */
export const MAX_PUSH_BYTES: number = MAX_BODY_BYTES;
/** Default and largest page size for pull. */
export const DEFAULT_PULL_LIMIT = 500;
export const MAX_PULL_LIMIT = 1000;
/** Sync versions are 32-bit integers in the database. */
export const MAX_CURSOR = 2 ** 31 - 1;

/**
 * Row fields owned by the sync protocol or the client clock rather than by the tenant: `id` and
 * `version` are set by the server; `createdAt`/`updatedAt` are display stamps, last arrival wins,
 * and never raise a conflict (two devices always disagree about them).
 */
export const META_FIELDS = ['id', 'version', 'createdAt', 'updatedAt'] as const;

/**
 * A value the tenant must choose between: the server kept `serverValue` and this row records the
 * `clientValue` that arrived from another device. It syncs like any row so every device shows it.
 * Resolve it by sending a `delete` mutation on entity `conflicts` with this id; to keep the
 * client value, also send an upsert of that field with the base version you have now pulled.
 */
export const conflictSchema = z.object({
	id: z.string().check(z.minLength(1), z.maxLength(64)),
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime(),
	version: z.int().check(z.minimum(0)),
	entity: z.enum(Object.keys(ENTITY_SCHEMAS) as [EntityName, ...EntityName[]]),
	entityId: z.string().check(z.minLength(1), z.maxLength(64)),
	field: z.string().check(z.minLength(1), z.maxLength(64)),
	serverValue: z.unknown(),
	clientValue: z.unknown()
});
export type Conflict = z.infer<typeof conflictSchema>;

/** Every synced entity: the tenant's situation plus the server-created conflicts. */
export const SYNC_ENTITY_SCHEMAS = { ...ENTITY_SCHEMAS, conflicts: conflictSchema } as const;
export type SyncEntityName = keyof typeof SYNC_ENTITY_SCHEMAS;
export const SYNC_ENTITY_NAMES = Object.keys(SYNC_ENTITY_SCHEMAS) as [
	SyncEntityName,
	...SyncEntityName[]
];
export function isSyncEntityName(name: string): name is SyncEntityName {
	return Object.hasOwn(SYNC_ENTITY_SCHEMAS, name);
}
export interface SyncEntityRows extends EntityRows {
	conflicts: Conflict;
}

export const MUTATION_OPS = ['upsert', 'delete'] as const;
export type MutationOp = (typeof MUTATION_OPS)[number];

export const mutationSchema = z.object({
	/** Client-generated; the idempotency key (per user) for retries. */
	mutationId: z.uuid(),
	entity: z.enum(SYNC_ENTITY_NAMES),
	entityId: z.string().check(z.minLength(1), z.maxLength(64)),
	op: z.enum(MUTATION_OPS),
	/** Changed fields only (a create sends the whole row). Ignored for `delete`. */
	fields: z.record(z.string().check(z.maxLength(64)), z.unknown()),
	/** The server version of the row this change was made on; 0 if never synced. */
	baseVersion: z.int().check(z.minimum(0)),
	/**
	 * A stable random id of the sending device (kept in its local database). The server compares
	 * it with the device that last changed a protected field, so a device's own queued edits
	 * (all made on the same old base version) never conflict with each other. Without it every
	 * later edit of a money field on a stale base version counts as concurrent.
	 */
	clientId: z.optional(z.string().check(z.minLength(1), z.maxLength(64)))
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({
	mutations: z.array(mutationSchema).check(z.maxLength(MAX_PUSH_MUTATIONS))
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

/**
 * One thing wrong with a request: where (`path`), for developers (`message`), and for the rules a
 * page explains in its own words, which one (`code`, e.g. `endAfterStart`); pages switch on the
 * code, never on the English message.
 */
export const issueSchema = z.object({
	path: z.string(),
	message: z.string(),
	code: z.optional(z.string())
});
export type Issue = z.infer<typeof issueSchema>;

export const CONFLICT_REASONS = ['field', 'deleted'] as const;

/**
 * - applied: stored and stamped with `version`. `replaced` (if any) lists ordinary fields whose
 *   value from another device this mutation overwrote.
 * - conflict, reason `field`: the other fields were applied and stamped with `version`; the
 *   listed `fields` kept their server values and `conflictIds` name the new `conflicts` rows.
 * - conflict, reason `deleted`: the row was deleted on the server after `baseVersion`; nothing
 *   was applied (`version` is the tombstone's).
 * - rejected: invalid; nothing was stored. `issues` name the fields.
 * - duplicate: this mutation id was handled before; `original` is the answer given then.
 */
/**
 * An ordinary field this mutation overwrote although another device had changed it since the
 * mutation's base version: `value` is the other device's value, now replaced (last arrival wins),
 * so the sender can tell the tenant and offer it back.
 */
export const replacedFieldSchema = z.object({ field: z.string(), value: z.unknown() });
export type ReplacedField = z.infer<typeof replacedFieldSchema>;

const appliedResult = z.object({
	mutationId: z.string(),
	status: z.literal('applied'),
	version: z.int(),
	replaced: z.optional(z.array(replacedFieldSchema))
});
const conflictResult = z.object({
	mutationId: z.string(),
	status: z.literal('conflict'),
	reason: z.enum(CONFLICT_REASONS),
	version: z.int(),
	fields: z.array(z.string()),
	conflictIds: z.array(z.string()),
	replaced: z.optional(z.array(replacedFieldSchema))
});
const rejectedResult = z.object({
	mutationId: z.string(),
	status: z.literal('rejected'),
	issues: z.array(issueSchema)
});
export const originalResultSchema = z.discriminatedUnion('status', [
	appliedResult,
	conflictResult,
	rejectedResult
]);
export type OriginalResult = z.infer<typeof originalResultSchema>;
const duplicateResult = z.object({
	mutationId: z.string(),
	status: z.literal('duplicate'),
	original: originalResultSchema
});
export const mutationResultSchema = z.discriminatedUnion('status', [
	appliedResult,
	conflictResult,
	rejectedResult,
	duplicateResult
]);
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.object({ results: z.array(mutationResultSchema) });
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** One row change in a pull. `data` is the full row (null for a tombstone). */
export const changeSchema = z.object({
	entity: z.enum(SYNC_ENTITY_NAMES),
	id: z.string(),
	version: z.int(),
	deleted: z.boolean(),
	data: z.nullable(z.record(z.string(), z.unknown()))
});
export type Change = z.infer<typeof changeSchema>;

export const pullResponseSchema = z.object({
	changes: z.array(changeSchema),
	/** Pass back as `since` next time; the highest version in `changes` (or `since` if none). */
	cursor: z.int().check(z.minimum(0)),
	hasMore: z.boolean()
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/**
 * Problem codes (HTTP 409 `{ message, code }`) that tell a client to start over:
 * - `device-away-too-long` (push): this device has not pushed for longer than the server keeps
 *   idempotency answers, so a retry could be applied twice. Resync from scratch, then re-send
 *   the unsent changes as new mutations under a new client id.
 * - `resync-required` (pull): deletes older than the cursor have been pruned; pull from 0 and
 *   drop local rows the server no longer has.
 */
export const SYNC_RESTART_CODES = ['device-away-too-long', 'resync-required'] as const;
export type SyncRestartCode = (typeof SYNC_RESTART_CODES)[number];

/**
 * GET /api/sync/pull's query: `since` (cursor), `limit` (page size), `base` (the cursor this run
 * of pulls started from, default `since`; see server/sync/pull.ts). Strings in, integers out.
 */
export const pullQuerySchema = z.object({
	since: z.optional(queryInt(0, MAX_CURSOR)),
	limit: z.optional(queryInt(1, MAX_PULL_LIMIT)),
	base: z.optional(queryInt(0, MAX_CURSOR))
});
export type PullQuery = z.output<typeof pullQuerySchema>;

interface ZodIssueLike {
	readonly path: readonly PropertyKey[];
	readonly message: string;
	readonly code?: string;
	readonly expected?: unknown;
	readonly maximum?: unknown;
	readonly minimum?: unknown;
	readonly values?: readonly unknown[];
	readonly keys?: readonly string[];
	/** A refinement's own `params` (`{ code }` names the rule for the page). */
	readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * Flattens zod issues to `{ path: 'mutations.3.baseVersion', message }`. zod/mini ships no
 * message locale (it says only "Invalid input"), so the code and bound are spelled out here.
 * A field a strict object does not know is named on its own path ("Unknown field").
 */
export function toIssues(
	issues: readonly ZodIssueLike[],
	prefix: readonly PropertyKey[] = []
): Issue[] {
	return issues.flatMap((issue) => {
		if (issue.code === 'unrecognized_keys' && issue.keys) {
			return issue.keys.map((key) => ({
				path: [...prefix, ...issue.path, key].map(String).join('.'),
				message: 'Unknown field'
			}));
		}
		const detail =
			issue.code === 'invalid_type'
				? `expected ${String(issue.expected)}`
				: issue.code === 'too_big'
					? `too big (max ${String(issue.maximum)})`
					: issue.code === 'too_small'
						? `too small (min ${String(issue.minimum)})`
						: issue.code === 'invalid_value' && issue.values
							? `expected one of ${issue.values.map(String).join(', ')}`
							: issue.code;
		const message =
			issue.message === 'Invalid input' && detail ? `Invalid input: ${detail}` : issue.message;
		const path = [...prefix, ...issue.path].map(String).join('.');
		const code = issue.params?.code;
		return typeof code === 'string' ? { path, message, code } : { path, message };
	});
}
