/**
 * applyPush: the server half of the outbox protocol (docs/design.md, "Sync").
 *
 * One push runs in one write transaction that first locks the user's sync_clock row, so a
 * user's pushes are applied one at a time, in order, and their versions commit in the order
 * they are handed out (a pull cursor can never step past a version that commits later).
 * Inside, each mutation is decided against an in-memory copy of the rows it touches (read in
 * two queries up front) and its writes are buffered; the buffer is flushed in a few multi-row
 * statements before commit. That is equivalent to one savepoint per mutation, because a
 * mutation is only added to the buffer once it is fully decided: a rejected one contributes
 * nothing and does not stop the ones after it. A database failure aborts the whole push, so
 * a retry (same mutation ids) finds nothing half-applied.
 *
 * The user id comes only from the caller (the session), never from the body; every read and
 * write is keyed by it, so an entity id used by another tenant names a different row.
 */
import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely, QueryCreator } from 'kysely';
import {
	META_FIELDS,
	SYNC_ENTITY_SCHEMAS,
	isSyncEntityName,
	mutationSchema,
	originalResultSchema,
	toIssues,
	type Issue,
	type Mutation,
	type MutationResult,
	type OriginalResult,
	type SyncEntityName
} from '$lib/schemas/sync';
import { emptyRowData } from '$lib/schemas/defaults';
import { dialectKind } from '../db/dialect';
import type { Database, SyncMutationTable, SyncRowTable } from '../db/schema';
import { withWriteTransaction } from '../db/write-transaction';
import { canonicalJson, parseNumberMap, parseObject, parseStringMap, sameValue } from '../db/json';

/** The server's view of one synced row while a push is being decided. */
interface RowState {
	entity: SyncEntityName;
	rowId: string;
	version: number;
	deleted: boolean;
	data: Record<string, unknown> | null;
	fieldVersions: Record<string, number>;
	fieldClients: Record<string, string>;
	createdAt: string | null; // null: not yet in the database
}

const META = new Set<string>(META_FIELDS);
const CHUNK = 400; // rows per statement: 10 columns each stays far below SQLite's and pg's parameter limits

const rowKey = (entity: string, rowId: string): string => `${entity}\u0000${rowId}`;

/**
 * Fields where a silent overwrite could hurt the tenant (docs/design.md, "Sync"): every
 * money amount (integer cents, named `...Cents`) and every field of a debt. Display stamps
 * (`createdAt`, `updatedAt`) are excluded: devices always disagree about them.
 */
export function isProtectedField(entity: SyncEntityName, field: string): boolean {
	if (META.has(field)) return false;
	return entity === 'debts' || field.endsWith('Cents');
}

function timestampText(value: Date | string): string {
	return value instanceof Date ? value.toISOString() : value;
}

async function loadRows(
	trx: Kysely<Database>,
	userId: string,
	mutations: readonly Mutation[]
): Promise<Map<string, RowState>> {
	const wanted = new Set(mutations.map((m) => rowKey(m.entity, m.entityId)));
	const ids = [...new Set(mutations.map((m) => m.entityId))];
	// entity IN (...) as well, so both dialects can look rows up through the primary key
	// (user_id, entity, row_id) instead of scanning all of the user's rows.
	const entities = [...new Set(mutations.map((m) => m.entity))];
	const rows = new Map<string, RowState>();
	for (let i = 0; i < ids.length; i += CHUNK) {
		const found = await trx
			.selectFrom('sync_rows')
			.selectAll()
			.where('user_id', '=', userId)
			.where('entity', 'in', entities)
			.where('row_id', 'in', ids.slice(i, i + CHUNK))
			.execute();
		for (const r of found) {
			const key = rowKey(r.entity, r.row_id);
			const entity = r.entity;
			if (!wanted.has(key) || !isSyncEntityName(entity)) continue;
			rows.set(key, {
				entity,
				rowId: r.row_id,
				version: r.version,
				deleted: r.deleted === 1,
				data: r.deleted === 1 ? null : parseObject(r.data),
				fieldVersions: parseNumberMap(r.field_versions),
				fieldClients: parseStringMap(r.field_clients),
				createdAt: timestampText(r.created_at)
			});
		}
	}
	return rows;
}

async function loadAnswered(
	trx: Kysely<Database>,
	userId: string,
	mutationIds: readonly string[]
): Promise<Map<string, OriginalResult>> {
	const answered = new Map<string, OriginalResult>();
	const ids = [...new Set(mutationIds)];
	for (let i = 0; i < ids.length; i += CHUNK) {
		const found = await trx
			.selectFrom('sync_mutations')
			.select(['mutation_id', 'result'])
			.where('user_id', '=', userId)
			.where('mutation_id', 'in', ids.slice(i, i + CHUNK))
			.execute();
		for (const r of found) {
			const parsed = originalResultSchema.safeParse(parseObject(r.result));
			if (parsed.success) answered.set(r.mutation_id, parsed.data);
		}
	}
	return answered;
}

/** Mutable state of one push: the rows touched, the version clock and the buffered writes. */
class PushBatch {
	readonly dirty = new Set<string>();
	readonly answers: { mutationId: string; result: OriginalResult }[] = [];
	clock: number;
	readonly startClock: number;

	constructor(
		readonly rows: Map<string, RowState>,
		readonly answered: Map<string, OriginalResult>,
		clock: number,
		readonly now: string
	) {
		this.clock = clock;
		this.startClock = clock;
	}

	nextVersion(): number {
		this.clock += 1;
		return this.clock;
	}

	put(row: RowState): void {
		const key = rowKey(row.entity, row.rowId);
		this.rows.set(key, row);
		this.dirty.add(key);
	}

	answer(mutationId: string, result: OriginalResult): OriginalResult {
		this.answered.set(mutationId, result);
		this.answers.push({ mutationId, result });
		return result;
	}
}

function reject(mutationId: string, issues: Issue[]): OriginalResult {
	return { mutationId, status: 'rejected', issues };
}

function applyDelete(batch: PushBatch, m: Mutation): OriginalResult {
	const existing = batch.rows.get(rowKey(m.entity, m.entityId));
	// Deleting a tombstone changes nothing; answer with the version that deleted it.
	if (existing?.deleted)
		return { mutationId: m.mutationId, status: 'applied', version: existing.version };
	const version = batch.nextVersion();
	// A tombstone is written even for a row the server never saw, so a stale upsert arriving
	// later (from another device) cannot bring it back.
	batch.put({
		entity: m.entity,
		rowId: m.entityId,
		version,
		deleted: true,
		data: null,
		fieldVersions: existing?.fieldVersions ?? {},
		fieldClients: existing?.fieldClients ?? {},
		createdAt: existing?.createdAt ?? null
	});
	return { mutationId: m.mutationId, status: 'applied', version };
}

/**
 * Tenant fields of the mutation that another device changed after the mutation's base version,
 * to a value other than the one now arriving. `createdAt`/`updatedAt` never count.
 */
function concurrentFields(
	m: Mutation,
	live: RowState | undefined,
	clientRow: Record<string, unknown>
): string[] {
	if (!live?.data) return [];
	const data = live.data;
	return Object.keys(clientRow).filter((field) => {
		if (META.has(field) || !Object.hasOwn(m.fields, field)) return false;
		const changedSince = (live.fieldVersions[field] ?? 0) > m.baseVersion;
		const byOtherDevice = m.clientId === undefined || live.fieldClients[field] !== m.clientId;
		return changedSince && byOtherDevice && !sameValue(data[field], clientRow[field]);
	});
}

/**
 * What the mutation's fields are laid over: the live server row, or, for a row the server does not
 * have, the entity's starting values. A create therefore carries only the fields its device set,
 * and a second device creating the same fixed-id row merges field by field like any update instead
 * of resetting the first device's fields to defaults it never chose.
 */
function baseRow(m: Mutation, live: RowState | undefined, now: string): Record<string, unknown> {
	if (live?.data) return live.data;
	if (m.entity === 'conflicts') return {};
	return { ...emptyRowData(m.entity, m.entityId), createdAt: now, updatedAt: now };
}

function applyUpsert(batch: PushBatch, m: Mutation): OriginalResult {
	if (m.entity === 'conflicts') {
		return reject(m.mutationId, [
			{ path: 'entity', message: 'conflicts are created by the server; resolve one with a delete' }
		]);
	}
	const schema = SYNC_ENTITY_SCHEMAS[m.entity];
	const existing = batch.rows.get(rowKey(m.entity, m.entityId));

	// Delete wins over a concurrent edit: the row was deleted after this device last saw it, so
	// the edit was made without knowing about the delete. Re-creating it silently would bring
	// back, say, a debt the tenant removed on another device, and the device that deleted it
	// would see it reappear. The sender will pull the tombstone and can re-create deliberately
	// (an upsert based on the tombstone's version or later is a fresh create).
	if (existing?.deleted && m.baseVersion < existing.version) {
		return {
			mutationId: m.mutationId,
			status: 'conflict',
			reason: 'deleted',
			version: existing.version,
			fields: [],
			conflictIds: []
		};
	}
	const live = existing && !existing.deleted ? existing : undefined;
	const shapeKeys = Object.keys(schema.shape).filter((k) => k !== 'id' && k !== 'version');
	const incoming: Record<string, unknown> = {};
	for (const key of shapeKeys) {
		if (Object.hasOwn(m.fields, key)) incoming[key] = m.fields[key];
	}
	// Two devices may both create a fixed-id row (home, household): the first creation's stamp stays.
	if (live) delete incoming.createdAt;

	// Validate the row the client meant (server row + its fields) before anything is decided,
	// so a conflict row never records an invalid client value.
	const parsed = schema.safeParse({
		...baseRow(m, live, batch.now),
		...incoming,
		id: m.entityId,
		version: 0
	});
	if (!parsed.success) return reject(m.mutationId, toIssues(parsed.error.issues));
	const clientRow: Record<string, unknown> = { ...parsed.data };

	const concurrent = concurrentFields(m, live, clientRow);
	const conflicted = concurrent.filter((field) => isProtectedField(m.entity, field));
	// A plain field keeps the last arrival, but the sender is told which value it replaced.
	const replaced = concurrent
		.filter((field) => !isProtectedField(m.entity, field))
		.map((field) => ({ field, value: live?.data?.[field] ?? null }));

	const version = batch.nextVersion();
	const finalRow: Record<string, unknown> = { ...clientRow, version };
	for (const field of conflicted) finalRow[field] = live?.data?.[field];

	const fieldVersions = { ...live?.fieldVersions };
	const fieldClients = { ...live?.fieldClients };
	// Only fields this mutation carried are stamped: a default filled in for a new row was chosen by
	// no device, so it must not look like a concurrent change to the device that did set the field.
	for (const key of Object.keys(incoming)) {
		if (live?.data && sameValue(live.data[key], finalRow[key])) continue;
		fieldVersions[key] = version;
		if (m.clientId === undefined) delete fieldClients[key];
		else fieldClients[key] = m.clientId;
	}
	batch.put({
		entity: m.entity,
		rowId: m.entityId,
		version,
		deleted: false,
		data: finalRow,
		fieldVersions,
		fieldClients,
		createdAt: existing?.createdAt ?? null
	});
	const told = replaced.length > 0 ? { replaced } : {};
	if (conflicted.length === 0) {
		return { mutationId: m.mutationId, status: 'applied', version, ...told };
	}

	// Keep both values where every device of the tenant will see them, as synced rows.
	const conflictIds: string[] = [];
	for (const field of conflicted) {
		const id = randomUUID();
		const conflictVersion = batch.nextVersion();
		conflictIds.push(id);
		batch.put({
			entity: 'conflicts',
			rowId: id,
			version: conflictVersion,
			deleted: false,
			data: {
				id,
				createdAt: batch.now,
				updatedAt: batch.now,
				version: conflictVersion,
				entity: m.entity,
				entityId: m.entityId,
				field,
				serverValue: live?.data?.[field] ?? null,
				clientValue: clientRow[field] ?? null
			},
			fieldVersions: {},
			fieldClients: {},
			createdAt: null
		});
	}
	return {
		mutationId: m.mutationId,
		status: 'conflict',
		reason: 'field',
		version,
		fields: conflicted,
		conflictIds,
		...told
	};
}

function applyOne(batch: PushBatch, m: Mutation): MutationResult {
	const original = batch.answered.get(m.mutationId);
	if (original) return { mutationId: m.mutationId, status: 'duplicate', original };
	const result = m.op === 'delete' ? applyDelete(batch, m) : applyUpsert(batch, m);
	// Rejections are not remembered: nothing was stored, and a retry is judged afresh.
	return result.status === 'rejected' ? result : batch.answer(m.mutationId, result);
}

type RowInsert = Insertable<SyncRowTable>;
type AnswerInsert = Insertable<SyncMutationTable>;

function upsertRows(qc: QueryCreator<Database>, values: RowInsert[]) {
	return qc
		.insertInto('sync_rows')
		.values(values)
		.onConflict((oc) =>
			oc.columns(['user_id', 'entity', 'row_id']).doUpdateSet((eb) => ({
				version: eb.ref('excluded.version'),
				deleted: eb.ref('excluded.deleted'),
				data: eb.ref('excluded.data'),
				field_versions: eb.ref('excluded.field_versions'),
				field_clients: eb.ref('excluded.field_clients'),
				updated_at: eb.ref('excluded.updated_at')
			}))
		);
}

async function flush(trx: Kysely<Database>, userId: string, batch: PushBatch): Promise<void> {
	const rows: RowInsert[] = [...batch.dirty].flatMap((key) => {
		const r = batch.rows.get(key);
		if (!r) return [];
		return [
			{
				user_id: userId,
				entity: r.entity,
				row_id: r.rowId,
				version: r.version,
				deleted: r.deleted ? 1 : 0,
				data: r.data === null ? null : JSON.stringify(r.data),
				field_versions: canonicalJson(r.fieldVersions),
				field_clients: canonicalJson(r.fieldClients),
				created_at: r.createdAt ?? batch.now,
				updated_at: batch.now
			}
		];
	});
	const answers: AnswerInsert[] = batch.answers.map((a) => ({
		user_id: userId,
		mutation_id: a.mutationId,
		result: JSON.stringify(a.result),
		created_at: batch.now
	}));
	const clockMoved = batch.clock !== batch.startClock;

	// PostgreSQL: a small push's writes go in one statement (data-modifying CTEs), because on
	// PostgreSQL round trips, not work, dominate a small push. SQLite has no DML in CTEs and no
	// round trips, so it takes the general path.
	if (
		dialectKind(trx) === 'postgres' &&
		clockMoved &&
		rows.length > 0 &&
		rows.length <= CHUNK &&
		answers.length > 0 &&
		answers.length <= CHUNK
	) {
		await trx
			.with('written_rows', (qc) => upsertRows(qc, rows).returning('row_id'))
			.with('written_answers', (qc) =>
				qc.insertInto('sync_mutations').values(answers).returning('mutation_id')
			)
			.updateTable('sync_clock')
			.set({ version: batch.clock })
			.where('user_id', '=', userId)
			.execute();
		return;
	}
	for (let i = 0; i < rows.length; i += CHUNK) {
		await upsertRows(trx, rows.slice(i, i + CHUNK)).execute();
	}
	for (let i = 0; i < answers.length; i += CHUNK) {
		await trx
			.insertInto('sync_mutations')
			.values(answers.slice(i, i + CHUNK))
			.execute();
	}
	if (clockMoved) {
		await trx
			.updateTable('sync_clock')
			.set({ version: batch.clock })
			.where('user_id', '=', userId)
			.execute();
	}
}

/**
 * A push no shipped client can produce: nothing of it was stored. The endpoint answers 400 with
 * these issues (`mutations.<i>.baseVersion`).
 */
export class InvalidPushError extends Error {
	constructor(readonly issues: Issue[]) {
		super('Invalid push');
	}
}

/**
 * A base version is a version the device pulled, so it can never be above the user's clock or the
 * row's own version at the time the mutation is applied. One that is would skip the money-conflict
 * check (nothing looks changed "since" a version from the future), so it is refused, not read as
 * "no conflict".
 */
function isFutureBase(batch: PushBatch, m: Mutation): boolean {
	const row = batch.rows.get(rowKey(m.entity, m.entityId));
	return m.baseVersion > batch.clock || (row !== undefined && m.baseVersion > row.version);
}

/**
 * Creates or locks a user's version clock and returns its value. It must be the first statement
 * of every transaction that stamps sync versions: on PostgreSQL the no-op update takes the row
 * lock that serialises the user's writers until commit, so versions stay in order.
 */
export function lockUserClock(
	trx: QueryCreator<Database>,
	userId: string
): Promise<{ version: number }> {
	return trx
		.insertInto('sync_clock')
		.values({ user_id: userId, version: 0 })
		.onConflict((oc) =>
			oc.column('user_id').doUpdateSet((eb) => ({ version: eb.ref('sync_clock.version') }))
		)
		.returning('version')
		.executeTakeFirstOrThrow();
}

/**
 * Applies `mutations` for `userId` in order and answers each one (same order). `mutations` is
 * re-validated here, so this is total over any input: a malformed entry is `rejected`.
 * Throws `InvalidPushError` for a base version from the future and otherwise only on database
 * failure; in both cases nothing of this push was stored.
 */
export async function applyPush(
	db: Kysely<Database>,
	userId: string,
	mutations: readonly unknown[]
): Promise<MutationResult[]> {
	if (typeof userId !== 'string' || userId.length === 0)
		throw new TypeError('applyPush needs a user id');
	const checked = mutations.map((raw) => {
		const parsed = mutationSchema.safeParse(raw);
		if (parsed.success) return parsed.data;
		const id =
			typeof raw === 'object' && raw !== null && 'mutationId' in raw ? String(raw.mutationId) : '';
		return reject(id.slice(0, 64), toIssues(parsed.error.issues));
	});
	const valid = checked.filter((c): c is Mutation => !('status' in c));
	if (valid.length === 0) return checked.filter((c): c is OriginalResult => 'status' in c);

	return withWriteTransaction(db, async (trx) => {
		const clock = await lockUserClock(trx, userId);
		const [rows, answered] = await Promise.all([
			loadRows(trx, userId, valid),
			loadAnswered(
				trx,
				userId,
				valid.map((m) => m.mutationId)
			)
		]);
		const batch = new PushBatch(rows, answered, clock.version, new Date().toISOString());
		const future: Issue[] = [];
		const results = checked.map((c, i) => {
			if ('status' in c) return c;
			if (!batch.answered.has(c.mutationId) && isFutureBase(batch, c)) {
				future.push({
					path: `mutations.${i}.baseVersion`,
					message: `Base version ${c.baseVersion} is newer than the server's`
				});
			}
			return applyOne(batch, c);
		});
		if (future.length > 0) throw new InvalidPushError(future);
		await flush(trx, userId, batch);
		return results;
	});
}
