/**
 * Case work (README.md in this folder): opening a case, the advisor's list and case page, status
 * moves with the first-contact figures, closing with an outcome, notes, tasks and follow-ups.
 * Each write runs in one write transaction; HTTP lives in endpoints.ts.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import {
	canClose,
	canMoveTo,
	caseUrgency,
	clientRef,
	followUpsFor,
	quarterOf,
	type CaseOutcome,
	type CaseSource,
	type CaseStatus,
	type TaskKind,
	type Urgency
} from '$lib/domain/cases';
import { EVICTION_STAGES, evictionStage, type EvictionStage } from '$lib/domain/eviction';
import { toHelsinki } from '$lib/domain/helsinki-time';
import { homeSchema } from '$lib/schemas/situation';
import type {
	CaseDetail,
	CaseListQuery,
	CaseNote,
	CaseSummary,
	CaseTask,
	UpdateCaseBody
} from '$lib/schemas/cases';
import { isPostgres } from '../db/dialect';
import { parseObject } from '../db/json';
import type { CaseTable, Database } from '../db/schema';
import { withWriteTransaction } from '../db/write-transaction';
import { HttpProblem } from '../http/guards';
import { activeConsentCategories } from '../consent/access';
import { ensureSubject } from '../consent/consents';
import { logAccess } from '../consent/contacts';

type Db = Kysely<Database>;
type CaseRow = Selectable<CaseTable>;
type CasePatch = Updateable<CaseTable>;

export interface CaseActor {
	id: string;
	email?: string;
}

function iso(value: Date | string): string {
	return (value instanceof Date ? value : new Date(value)).toISOString();
}
function isoOrNull(value: Date | string | null): string | null {
	return value === null ? null : iso(value);
}
function flag(value: number | null): boolean | null {
	return value === null ? null : value === 1;
}
function asStage(value: string | null): EvictionStage | null {
	return value !== null && (EVICTION_STAGES as readonly string[]).includes(value)
		? (value as EvictionStage)
		: null;
}

function notFound(): HttpProblem {
	return new HttpProblem(404, { message: 'No such case' });
}

// --- opening ------------------------------------------------------------------------------

export interface OpenCaseOptions {
	now?: Date;
	/** The landlord partner whose referral code brought the tenant. */
	landlordOrgId?: string | null;
	referralCodeId?: string | null;
}

/**
 * Opens a case for the tenant unless one is open already (then that one is returned, marked
 * consented when `source` is a consent, and given the partner a referral names). The seam the
 * booking, consent and referral paths call; idempotent, so calling it again is harmless.
 */
export async function openCase(
	db: Db,
	tenantId: string,
	source: CaseSource,
	options: OpenCaseOptions = {}
): Promise<{ id: string; created: boolean }> {
	const now = options.now ?? new Date();
	return withWriteTransaction(db, async (trx) => {
		// Serialises two openings for the same tenant on PostgreSQL (SQLite: BEGIN IMMEDIATE).
		if (isPostgres(trx)) {
			await sql`select id from "User" where id = ${tenantId} for update`.execute(trx);
		}
		const open = await trx
			.selectFrom('cases')
			.select(['id', 'consented_at', 'landlord_org_id'])
			.where('tenant_id', '=', tenantId)
			.where('closed_at', 'is', null)
			.executeTakeFirst();
		if (open) {
			const patch: CasePatch = {};
			if (source === 'consent' && open.consented_at === null)
				patch.consented_at = now.toISOString();
			if (options.landlordOrgId && open.landlord_org_id === null) {
				patch.landlord_org_id = options.landlordOrgId;
				patch.referral_code_id = options.referralCodeId ?? null;
			}
			if (Object.keys(patch).length > 0) {
				await trx
					.updateTable('cases')
					.set({ ...patch, updated_at: now.toISOString() })
					.where('id', '=', open.id)
					.execute();
			}
			return { id: open.id, created: false };
		}
		const user = await trx
			.selectFrom('User')
			.select('id')
			.where('id', '=', tenantId)
			.executeTakeFirst();
		if (!user) throw notFound();
		const subjectId = await ensureSubject(trx, tenantId, now);
		const id = randomUUID();
		const at = now.toISOString();
		await trx
			.insertInto('cases')
			.values({
				id,
				tenant_id: tenantId,
				ref: clientRef(subjectId),
				source,
				status: 'new',
				advisor_id: null,
				landlord_org_id: options.landlordOrgId ?? null,
				referral_code_id: options.referralCodeId ?? null,
				quarter: quarterOf(now),
				consented_at: source === 'consent' ? at : null,
				opened_at: at,
				first_contact_at: null,
				first_stage: null,
				first_arrears_cents: null,
				first_arrears_months: null,
				plan_agreed_at: null,
				plan_kept_3: null,
				plan_kept_6: null,
				plan_kept_12: null,
				closed_at: null,
				outcome: null,
				recurred: null,
				updated_at: at
			})
			.execute();
		await addEvent(trx, id, 'opened', 'new', null, now);
		return { id, created: true };
	});
}

async function addEvent(
	trx: Db,
	caseId: string,
	kind: string,
	status: CaseStatus | null,
	actorId: string | null,
	now: Date
): Promise<void> {
	await trx
		.insertInto('case_events')
		.values({
			id: randomUUID(),
			case_id: caseId,
			at: now.toISOString(),
			kind,
			status,
			actor_id: actorId
		})
		.execute();
}

/** The tenant's identifier staff see: the same as their consent receipt's, made if needed. */
export async function tenantRef(db: Db, tenantId: string): Promise<string | null> {
	const row = await db
		.selectFrom('consent_subjects')
		.select('subject_id')
		.where('user_id', '=', tenantId)
		.executeTakeFirst();
	return row ? clientRef(row.subject_id) : null;
}

// --- reading --------------------------------------------------------------------------------

/** Advisors and their names (never their email: the name is what tenants are shown). */
export async function listAdvisors(db: Db): Promise<{ id: string; name: string | null }[]> {
	const rows = await db
		.selectFrom('User')
		.leftJoin('booking_advisors', 'booking_advisors.advisor_id', 'User.id')
		.select(['User.id', 'User.name', 'booking_advisors.display_name'])
		.where('User.role', '=', 'advisor')
		.orderBy('User.name')
		.orderBy('User.id')
		.execute();
	return rows.map((r) => ({ id: r.id, name: r.display_name ?? r.name }));
}

const LIST_LIMIT = 500;

function taskStats(today: string) {
	const open = sql`t.case_id = cases.id and t.done_at is null`;
	return [
		sql<number>`(select count(*) from case_tasks t where ${open})`.as('openTasks'),
		sql<number>`(select count(*) from case_tasks t where ${open} and t.due_date < ${today})`.as(
			'overdue'
		),
		sql<string | null>`(select min(t.due_date) from case_tasks t where ${open})`.as('nextDue')
	] as const;
}

function summaryOf(
	r: CaseRow & { openTasks: number | string; overdue: number | string; nextDue: string | null },
	advisors: Map<string, string | null>
): CaseSummary {
	const stage = asStage(r.first_stage);
	return {
		id: r.id,
		ref: r.ref,
		tenantId: r.tenant_id,
		status: r.status,
		source: r.source,
		advisor: r.advisor_id ? { id: r.advisor_id, name: advisors.get(r.advisor_id) ?? null } : null,
		urgency: r.status === 'closed' ? 'normal' : caseUrgency(stage, Number(r.overdue)),
		firstStage: stage,
		openedAt: iso(r.opened_at),
		openTasks: Number(r.openTasks),
		nextDue: r.nextDue
	};
}

const URGENCY_ORDER: Record<Urgency, number> = { urgent: 0, overdue: 1, normal: 2 };

/** The advisor's case list, urgent first, then the newest. `advisor: 'me'` is the caller. */
export async function listCaseSummaries(
	db: Db,
	actor: CaseActor,
	query: CaseListQuery,
	now: Date
): Promise<{ cases: CaseSummary[]; advisors: { id: string; name: string | null }[] }> {
	const today = toHelsinki(now).date;
	let q = db.selectFrom('cases').selectAll('cases').select(taskStats(today));
	if (query.status === 'open') q = q.where('status', '!=', 'closed');
	else if (query.status) q = q.where('status', '=', query.status);
	if (query.advisor === 'none') q = q.where('advisor_id', 'is', null);
	else if (query.advisor === 'me') q = q.where('advisor_id', '=', actor.id);
	else if (query.advisor) q = q.where('advisor_id', '=', query.advisor);
	const rows = await q.orderBy('opened_at', 'desc').orderBy('id').limit(LIST_LIMIT).execute();
	const advisors = await listAdvisors(db);
	const names = new Map(advisors.map((a) => [a.id, a.name]));
	const cases = rows
		.map((r) => summaryOf(r, names))
		.filter((c) => !query.urgency || c.urgency === query.urgency)
		.sort((a, b) => URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency]);
	return { cases, advisors };
}

async function loadCase(db: Db, caseId: string, today: string) {
	return db
		.selectFrom('cases')
		.selectAll('cases')
		.select(taskStats(today))
		.where('id', '=', caseId)
		.executeTakeFirst();
}

function noteView(n: {
	id: string;
	author_name: string;
	body: string;
	created_at: Date | string;
}): CaseNote {
	return { id: n.id, author: n.author_name, body: n.body, createdAt: iso(n.created_at) };
}

function taskView(t: {
	id: string;
	kind: TaskKind;
	title: string;
	due_date: string;
	done_at: Date | string | null;
	answer: number | null;
}): CaseTask {
	return {
		id: t.id,
		kind: t.kind,
		title: t.title,
		dueDate: t.due_date,
		doneAt: isoOrNull(t.done_at),
		answer: flag(t.answer)
	};
}

/** One case with its notes, tasks and the tenant's bookings: the service's own records. */
export async function getCase(db: Db, caseId: string, now: Date): Promise<CaseDetail> {
	const r = await loadCase(db, caseId, toHelsinki(now).date);
	if (!r) throw notFound();
	const advisors = await listAdvisors(db);
	const names = new Map(advisors.map((a) => [a.id, a.name]));
	const notes = await db
		.selectFrom('case_notes')
		.selectAll()
		.where('case_id', '=', caseId)
		.orderBy('created_at', 'desc')
		.orderBy('id')
		.execute();
	const tasks = await db
		.selectFrom('case_tasks')
		.selectAll()
		.where('case_id', '=', caseId)
		.orderBy('due_date')
		.orderBy('id')
		.execute();
	const bookings =
		r.tenant_id === null
			? []
			: await db
					.selectFrom('bookings')
					.select(['id', 'starts_at', 'status', 'channel'])
					.where('tenant_id', '=', r.tenant_id)
					.orderBy('starts_at', 'desc')
					.limit(50)
					.execute();
	return {
		case: {
			...summaryOf(r, names),
			firstContactAt: isoOrNull(r.first_contact_at),
			firstArrearsCents: r.first_arrears_cents,
			firstArrearsMonths: r.first_arrears_months === null ? null : Number(r.first_arrears_months),
			planAgreedAt: isoOrNull(r.plan_agreed_at),
			closedAt: isoOrNull(r.closed_at),
			outcome: r.outcome as CaseOutcome | null,
			recurred: flag(r.recurred)
		},
		notes: notes.map(noteView),
		tasks: tasks.map(taskView),
		bookings: bookings.map((b) => ({
			id: b.id,
			startsAt: iso(b.starts_at),
			status: b.status,
			channel: b.channel
		})),
		advisors
	};
}

/** The tenant's open case, else their latest one. */
export async function caseOfTenant(db: Db, tenantId: string): Promise<string | undefined> {
	const rows = await db
		.selectFrom('cases')
		.select(['id', 'closed_at'])
		.where('tenant_id', '=', tenantId)
		.orderBy('opened_at', 'desc')
		.orderBy('id')
		.execute();
	return (rows.find((r) => r.closed_at === null) ?? rows[0])?.id;
}

/** The open (else latest) case of each tenant, for links from booking requests. */
export async function caseIdsForTenants(
	db: Db,
	tenantIds: readonly string[]
): Promise<Map<string, { id: string; ref: string }>> {
	const out = new Map<string, { id: string; ref: string }>();
	if (tenantIds.length === 0) return out;
	const rows = await db
		.selectFrom('cases')
		.select(['id', 'ref', 'tenant_id', 'closed_at', 'opened_at'])
		.where('tenant_id', 'in', [...tenantIds])
		.orderBy('opened_at')
		.execute();
	for (const r of rows) {
		if (r.tenant_id === null) continue;
		const seen = out.get(r.tenant_id);
		// Rows come oldest first: a later one replaces, but nothing replaces the open one.
		if (seen && rows.some((x) => x.id === seen.id && x.closed_at === null)) continue;
		out.set(r.tenant_id, { id: r.id, ref: r.ref });
	}
	return out;
}

// --- writing --------------------------------------------------------------------------------

async function lockCase(trx: Db, caseId: string): Promise<CaseRow> {
	const q = trx.selectFrom('cases').selectAll().where('id', '=', caseId);
	const row = await (isPostgres(trx) ? q.forUpdate() : q).executeTakeFirst();
	if (!row) throw notFound();
	return row;
}

function assertOpen(row: CaseRow): void {
	if (row.status === 'closed') {
		throw new HttpProblem(409, { code: 'case_closed', message: 'The case is closed' });
	}
}

/**
 * The first-contact figures: eviction stage and arrears from the tenant's own situation, read
 * only under an active service consent covering rent arrears, and logged as a view like every
 * other read of it. Without one the figures stay unknown.
 */
async function firstContactFigures(
	trx: Db,
	actor: CaseActor,
	tenantId: string | null,
	now: Date
): Promise<Pick<CaseRow, 'first_stage' | 'first_arrears_cents' | 'first_arrears_months'>> {
	const unknown = { first_stage: null, first_arrears_cents: null, first_arrears_months: null };
	if (tenantId === null) return unknown;
	const categories = await activeConsentCategories(trx, tenantId, now);
	if (!categories.has('rentArrears')) return unknown;
	const row = await trx
		.selectFrom('sync_rows')
		.select('data')
		.where('user_id', '=', tenantId)
		.where('entity', '=', 'home')
		.where('deleted', '=', 0)
		.executeTakeFirst();
	await logAccess(trx, actor, tenantId, ['rentArrears'], now);
	const parsed = homeSchema.safeParse(parseObject(row?.data ?? null));
	if (!parsed.success) return unknown;
	const home = parsed.data;
	return {
		first_stage: evictionStage(home),
		first_arrears_cents: home.arrearsCents ?? null,
		first_arrears_months: home.arrearsMonths ?? null
	};
}

async function isAdvisor(trx: Db, id: string): Promise<boolean> {
	const row = await trx
		.selectFrom('User')
		.select('id')
		.where('id', '=', id)
		.where('role', '=', 'advisor')
		.executeTakeFirst();
	return row !== undefined;
}

async function addFollowUps(
	trx: Db,
	caseId: string,
	event: 'planAgreed' | 'closed',
	now: Date
): Promise<void> {
	for (const f of followUpsFor(event, now)) {
		await trx
			.insertInto('case_tasks')
			.values({
				id: randomUUID(),
				case_id: caseId,
				kind: f.kind,
				// Follow-ups are titled by their kind in the reader's language on the page.
				title: '',
				due_date: f.dueDate,
				done_at: null,
				done_by: null,
				answer: null,
				created_at: now.toISOString()
			})
			.execute();
	}
}

/** Moves the status and/or (re)assigns the advisor. */
export async function updateCase(
	db: Db,
	actor: CaseActor,
	caseId: string,
	body: UpdateCaseBody,
	now: Date
): Promise<CaseDetail> {
	await withWriteTransaction(db, async (trx) => {
		const row = await lockCase(trx, caseId);
		assertOpen(row);
		const patch: CasePatch = { updated_at: now.toISOString() };
		if (body.advisorId !== undefined) {
			if (body.advisorId !== null && !(await isAdvisor(trx, body.advisorId))) {
				throw new HttpProblem(400, {
					message: 'Not an advisor',
					issues: [{ path: 'advisorId', message: 'not an advisor' }]
				});
			}
			patch.advisor_id = body.advisorId;
		}
		if (body.status !== undefined && body.status !== row.status) {
			if (!canMoveTo(row.status, body.status)) {
				throw new HttpProblem(409, {
					code: 'bad_transition',
					message: `A case cannot move from ${row.status} to ${body.status}`
				});
			}
			patch.status = body.status;
			if (row.first_contact_at === null) {
				Object.assign(patch, await firstContactFigures(trx, actor, row.tenant_id, now));
				patch.first_contact_at = now.toISOString();
				// Whoever makes the first contact takes the case unless it was given to someone.
				if (row.advisor_id === null && body.advisorId === undefined) patch.advisor_id = actor.id;
			}
			if (body.status === 'planAgreed' && row.plan_agreed_at === null) {
				patch.plan_agreed_at = now.toISOString();
				await addFollowUps(trx, caseId, 'planAgreed', now);
			}
			await addEvent(trx, caseId, 'status', body.status, actor.id, now);
		}
		await trx.updateTable('cases').set(patch).where('id', '=', caseId).execute();
	});
	return getCase(db, caseId, now);
}

/** Closes with an outcome and creates the 12-month recurrence follow-up. */
export async function closeCase(
	db: Db,
	actor: CaseActor,
	caseId: string,
	outcome: CaseOutcome,
	now: Date
): Promise<CaseDetail> {
	await withWriteTransaction(db, async (trx) => {
		const row = await lockCase(trx, caseId);
		if (!canClose(row.status)) {
			throw new HttpProblem(409, { code: 'case_closed', message: 'The case is closed' });
		}
		const at = now.toISOString();
		await trx
			.updateTable('cases')
			.set({ status: 'closed', outcome, closed_at: at, updated_at: at })
			.where('id', '=', caseId)
			.execute();
		await addFollowUps(trx, caseId, 'closed', now);
		await addEvent(trx, caseId, 'closed', 'closed', actor.id, now);
	});
	return getCase(db, caseId, now);
}

async function authorName(trx: Db, actor: CaseActor): Promise<string> {
	const row = await trx
		.selectFrom('User')
		.leftJoin('booking_advisors', 'booking_advisors.advisor_id', 'User.id')
		.select(['User.name', 'booking_advisors.display_name'])
		.where('User.id', '=', actor.id)
		.executeTakeFirst();
	return row?.display_name ?? row?.name ?? '';
}

export async function addNote(
	db: Db,
	actor: CaseActor,
	caseId: string,
	body: string,
	now: Date
): Promise<CaseNote> {
	return withWriteTransaction(db, async (trx) => {
		await lockCase(trx, caseId);
		const note = {
			id: randomUUID(),
			case_id: caseId,
			author_id: actor.id,
			author_name: await authorName(trx, actor),
			body,
			created_at: now.toISOString()
		};
		await trx.insertInto('case_notes').values(note).execute();
		return noteView(note);
	});
}

export async function addTask(
	db: Db,
	caseId: string,
	body: { title: string; dueDate: string },
	now: Date
): Promise<CaseTask> {
	return withWriteTransaction(db, async (trx) => {
		assertOpen(await lockCase(trx, caseId));
		const task = {
			id: randomUUID(),
			case_id: caseId,
			kind: 'manual' as const,
			title: body.title,
			due_date: body.dueDate,
			done_at: null,
			done_by: null,
			answer: null,
			created_at: now.toISOString()
		};
		await trx.insertInto('case_tasks').values(task).execute();
		return taskView(task);
	});
}

const FOLLOW_UP_COLUMN = {
	planKept3: 'plan_kept_3',
	planKept6: 'plan_kept_6',
	planKept12: 'plan_kept_12',
	recurrence: 'recurred'
} as const;

/**
 * Marks a task done. A follow-up needs its answer (the figure the report counts); a manual task
 * takes none. Done is done: completing it again answers with the task as it is.
 */
export async function completeTask(
	db: Db,
	actor: CaseActor,
	caseId: string,
	taskId: string,
	answer: boolean | undefined,
	now: Date
): Promise<CaseTask> {
	return withWriteTransaction(db, async (trx) => {
		await lockCase(trx, caseId);
		const task = await trx
			.selectFrom('case_tasks')
			.selectAll()
			.where('id', '=', taskId)
			.where('case_id', '=', caseId)
			.executeTakeFirst();
		if (!task) throw new HttpProblem(404, { message: 'No such task' });
		if (task.done_at !== null) return taskView(task);
		if (task.kind === 'manual' ? answer !== undefined : answer === undefined) {
			throw new HttpProblem(400, {
				message: task.kind === 'manual' ? 'A task takes no answer' : 'A follow-up needs an answer',
				issues: [{ path: 'answer', message: task.kind === 'manual' ? 'not allowed' : 'required' }]
			});
		}
		const at = now.toISOString();
		const value = answer === undefined ? null : answer ? 1 : 0;
		await trx
			.updateTable('case_tasks')
			.set({ done_at: at, done_by: actor.id, answer: value })
			.where('id', '=', taskId)
			.execute();
		if (task.kind !== 'manual') {
			await trx
				.updateTable('cases')
				.set({ [FOLLOW_UP_COLUMN[task.kind]]: value, updated_at: at })
				.where('id', '=', caseId)
				.execute();
		}
		return taskView({ ...task, done_at: at, answer: value });
	});
}

// --- the tenant's own view ------------------------------------------------------------------

export interface TenantCaseView {
	ref: string;
	status: CaseStatus;
	openedAt: string;
	closedAt: string | null;
	outcome: string | null;
	advisor: string | null;
	notes: CaseNote[];
	tasks: CaseTask[];
}

/** What the service records about the tenant in their cases (the right of access). */
export async function tenantCases(db: Db, tenantId: string): Promise<TenantCaseView[]> {
	const rows = await db
		.selectFrom('cases')
		.selectAll()
		.where('tenant_id', '=', tenantId)
		.orderBy('opened_at', 'desc')
		.execute();
	const advisors = new Map((await listAdvisors(db)).map((a) => [a.id, a.name]));
	const out: TenantCaseView[] = [];
	for (const r of rows) {
		const notes = await db
			.selectFrom('case_notes')
			.selectAll()
			.where('case_id', '=', r.id)
			.orderBy('created_at', 'desc')
			.execute();
		const tasks = await db
			.selectFrom('case_tasks')
			.selectAll()
			.where('case_id', '=', r.id)
			.orderBy('due_date')
			.execute();
		out.push({
			ref: r.ref,
			status: r.status,
			openedAt: iso(r.opened_at),
			closedAt: isoOrNull(r.closed_at),
			outcome: r.outcome,
			advisor: r.advisor_id ? (advisors.get(r.advisor_id) ?? null) : null,
			notes: notes.map(noteView),
			tasks: tasks.map(taskView)
		});
	}
	return out;
}

/**
 * Account erasure: notes and tasks (free text about the tenant) go; the case row stays without
 * its tenant (the foreign key sets it null) so the report's figures remain.
 */
export async function eraseTenantCaseText(trx: Db, tenantId: string): Promise<void> {
	const ids = trx.selectFrom('cases').select('id').where('tenant_id', '=', tenantId);
	await trx.deleteFrom('case_notes').where('case_id', 'in', ids).execute();
	await trx.deleteFrom('case_tasks').where('case_id', 'in', ids).execute();
}

export async function displayName(db: Db, userId: string): Promise<string | null> {
	const row = await db
		.selectFrom('User')
		.select('name')
		.where('id', '=', userId)
		.executeTakeFirst();
	const name = row?.name?.trim() ?? '';
	return name === '' ? null : name;
}

/** Sets the name staff are shown to tenants and colleagues (asked on first use). */
export async function setDisplayName(
	db: Db,
	userId: string,
	name: string,
	now: Date
): Promise<void> {
	await withWriteTransaction(db, async (trx) => {
		await trx.updateTable('User').set({ name }).where('id', '=', userId).execute();
		await trx
			.updateTable('booking_advisors')
			.set({ display_name: name, updated_at: now.toISOString() })
			.where('advisor_id', '=', userId)
			.execute();
	});
}
