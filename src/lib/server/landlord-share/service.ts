/**
 * Rent-account requests and plan proposals between tenants and landlord organisations
 * (docs/landlord-share.md, README.md here). Every staff read of tenant data is allowed only
 * while the tenant's consent of that kind to that organisation is in force, and is written to
 * the tenant's access log; after a withdrawal or expiry staff see only that the consent ended.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ConsentCategory } from '$lib/domain/consent';
import {
	nextProposalState,
	planFromCounter,
	proposalAgreed,
	type LandlordConsentKind,
	type ProposalAction,
	type ProposalState,
	type RentAccount
} from '$lib/domain/landlord-share';
import { planSchema, type PlanRow } from '$lib/schemas/plan';
import {
	counterProposalSchema,
	proposalStateSchema,
	rentAccountSchema,
	type AdvisorShareView,
	type LandlordOrgRef,
	type ProposalAnswerBody,
	type ProposalView,
	type ReportedAccount,
	type StaffOverview,
	type StaffProposal,
	type StaffRequest,
	type TenantShareView
} from '$lib/schemas/landlord-share';
import type { Selectable } from 'kysely';
import type { Database, LandlordPlanProposalTable } from '../db/schema';
import { HttpProblem, type SessionUser } from '../http/guards';
import { withWriteTransaction } from '../db/write-transaction';
import { activeConsentCategories } from '../consent/access';
import { logAccess } from '../consent/contacts';
import { applyPush } from '../sync/push';
import { landlordConsent, linkedTenants } from './links';
import { findOrgByKey, findOrgsById } from './orgs';

type Db = Kysely<Database>;
type ProposalRow = Selectable<LandlordPlanProposalTable>;

function iso(value: Date | string): string {
	return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

function isoOrNull(value: Date | string | null): string | null {
	return value === null ? null : iso(value);
}

function noConsent(): HttpProblem {
	return new HttpProblem(403, {
		code: 'no_consent',
		message: 'The tenant has not allowed this, or the consent has ended'
	});
}

function notFound(): HttpProblem {
	return new HttpProblem(404, { message: 'Not found' });
}

async function people(db: Db, ids: readonly string[]) {
	if (ids.length === 0) return new Map<string, { name: string | null; email: string }>();
	const rows = await db
		.selectFrom('User')
		.select(['id', 'name', 'email'])
		.where('id', 'in', [...new Set(ids)])
		.execute();
	return new Map(rows.map((r) => [r.id, { name: r.name, email: r.email }]));
}

/** A staff member's look at a tenant's data, in the tenant's "who has looked". */
export async function logStaffAccess(
	db: Db,
	staff: SessionUser,
	org: LandlordOrgRef,
	tenantId: string,
	categories: readonly ConsentCategory[],
	at: Date
): Promise<void> {
	await logAccess(db, staff, tenantId, categories, at, org.name);
}

function parseAccount(text: string | null) {
	if (text === null) return null;
	const parsed = rentAccountSchema.safeParse(JSON.parse(text));
	return parsed.success ? parsed.data : null;
}

function parseCounter(text: string | null) {
	if (text === null) return null;
	const parsed = counterProposalSchema.safeParse(JSON.parse(text));
	return parsed.success ? parsed.data : null;
}

function stateOf(row: Pick<ProposalRow, 'state'>): ProposalState {
	const parsed = proposalStateSchema.safeParse(row.state);
	return parsed.success ? parsed.data : 'sent';
}

async function confirmationsOf(db: Db, proposalIds: readonly string[]) {
	if (proposalIds.length === 0) return new Map<string, ProposalView['confirmations']>();
	const rows = await db
		.selectFrom('landlord_payment_confirmations')
		.selectAll()
		.where('proposal_id', 'in', [...proposalIds])
		.orderBy('month')
		.execute();
	const out = new Map<string, ProposalView['confirmations']>();
	for (const r of rows) {
		const list = out.get(r.proposal_id) ?? [];
		list.push({
			month: r.month,
			rentArrived: r.rent_arrived === 1,
			instalmentArrived: r.instalment_arrived === 1,
			confirmedAt: iso(r.confirmed_at)
		});
		out.set(r.proposal_id, list);
	}
	return out;
}

async function proposalViews(db: Db, rows: readonly ProposalRow[]): Promise<ProposalView[]> {
	const orgs = await findOrgsById(
		db,
		rows.map((r) => r.org_id)
	);
	const confirmations = await confirmationsOf(
		db,
		rows.map((r) => r.id)
	);
	return rows.flatMap((r) => {
		const org = orgs.get(r.org_id);
		if (!org) return [];
		return [
			{
				id: r.id,
				org,
				planId: r.plan_id,
				state: stateOf(r),
				sentAt: iso(r.sent_at),
				answeredAt: isoOrNull(r.answered_at),
				reason: r.reason,
				counter: parseCounter(r.counter),
				agreedAt: isoOrNull(r.agreed_at),
				resultPlanId: r.result_plan_id,
				confirmations: confirmations.get(r.id) ?? []
			}
		];
	});
}

async function reportedAccounts(db: Db, tenantId: string): Promise<ReportedAccount[]> {
	const rows = await db
		.selectFrom('landlord_rent_requests')
		.selectAll()
		.where('user_id', '=', tenantId)
		.where('account', 'is not', null)
		.orderBy('filled_at', 'desc')
		.execute();
	const orgs = await findOrgsById(
		db,
		rows.map((r) => r.org_id)
	);
	return rows.flatMap((r) => {
		const org = orgs.get(r.org_id);
		const account = parseAccount(r.account);
		if (!org || !account || r.filled_at === null) return [];
		return [{ org, reportedAt: iso(r.filled_at), account }];
	});
}

async function tenantProposals(db: Db, tenantId: string): Promise<ProposalView[]> {
	const rows = await db
		.selectFrom('landlord_plan_proposals')
		.selectAll()
		.where('user_id', '=', tenantId)
		.orderBy('sent_at', 'desc')
		.execute();
	return proposalViews(db, rows);
}

async function tenantPlans(db: Db, tenantId: string): Promise<PlanRow[]> {
	const rows = await db
		.selectFrom('sync_rows')
		.select(['data'])
		.where('user_id', '=', tenantId)
		.where('entity', '=', 'plans')
		.where('deleted', '=', 0)
		.execute();
	return rows.flatMap((r) => {
		const parsed = planSchema.safeParse(JSON.parse(r.data ?? 'null'));
		return parsed.success ? [parsed.data] : [];
	});
}

// --- tenant -------------------------------------------------------------------------------

/** What the tenant's landlords reported and answered; `org` for the situation's landlord. */
export async function tenantShareView(
	db: Db,
	tenantId: string,
	landlordKey: string | undefined
): Promise<TenantShareView> {
	return {
		org: landlordKey ? await findOrgByKey(db, landlordKey) : null,
		accounts: await reportedAccounts(db, tenantId),
		proposals: await tenantProposals(db, tenantId)
	};
}

/**
 * Sends an agreed plan version to the organisation, under an active `sendPlan` consent. The
 * version is copied as it is now, so what the landlord answers is what the tenant sent. Sending
 * the same version again while the landlord has not answered gives the same proposal.
 */
export async function sendPlan(
	db: Db,
	tenantId: string,
	body: { planId: string; orgId: string },
	now: Date
): Promise<{ proposal: ProposalView; created: boolean }> {
	const consent = await landlordConsent(db, tenantId, body.orgId, 'sendPlan', now);
	if (!consent.active) throw noConsent();
	const plan = (await tenantPlans(db, tenantId)).find((p) => p.id === body.planId);
	if (!plan) {
		throw new HttpProblem(404, {
			message: 'No such plan',
			issues: [{ path: 'planId', message: 'Unknown plan version' }]
		});
	}
	if (!plan.agreed) {
		throw new HttpProblem(400, {
			message: 'Only a plan version you agreed can be sent',
			issues: [{ path: 'planId', message: 'not agreed' }]
		});
	}
	const result = await withWriteTransaction(db, async (trx) => {
		const open = await trx
			.selectFrom('landlord_plan_proposals')
			.select('id')
			.where('user_id', '=', tenantId)
			.where('org_id', '=', body.orgId)
			.where('plan_id', '=', body.planId)
			.where('state', 'in', ['sent', 'countered'])
			.executeTakeFirst();
		if (open) return { id: open.id, created: false };
		const id = randomUUID();
		await trx
			.insertInto('landlord_plan_proposals')
			.values({
				id,
				user_id: tenantId,
				org_id: body.orgId,
				plan_id: plan.id,
				plan: JSON.stringify(plan),
				state: 'sent',
				revision: 0,
				sent_at: now.toISOString()
			})
			.execute();
		return { id, created: true };
	});
	const proposal = (await tenantProposals(db, tenantId)).find((p) => p.id === result.id);
	if (!proposal) throw notFound();
	return { proposal, created: result.created };
}

/** Compare-and-set on the proposal's revision: a second answer racing this one loses. */
async function updateProposal(
	trx: Db,
	row: ProposalRow,
	values: Partial<Omit<ProposalRow, 'id' | 'revision'>>
): Promise<void> {
	const result = await trx
		.updateTable('landlord_plan_proposals')
		.set({ ...values, revision: row.revision + 1 })
		.where('id', '=', row.id)
		.where('revision', '=', row.revision)
		.executeTakeFirst();
	if (Number(result.numUpdatedRows) !== 1) {
		throw new HttpProblem(409, {
			code: 'changed_meanwhile',
			message: 'The proposal was answered meanwhile'
		});
	}
}

function transition(state: ProposalState, action: ProposalAction): ProposalState {
	const next = nextProposalState(state, action);
	if (!next.ok) {
		throw new HttpProblem(409, {
			code: 'changed_meanwhile',
			message:
				next.reason === 'alreadyAnswered'
					? 'The proposal has already been answered'
					: 'There is no counter-proposal to accept'
		});
	}
	return next.state;
}

/**
 * The tenant accepts the landlord's counter-proposal: a new plan version (planFromCounter),
 * agreed, written into the tenant's synced data like the advisor's plan changes, so it reaches
 * every device by the ordinary pull.
 */
export async function acceptCounter(
	db: Db,
	tenantId: string,
	proposalId: string,
	now: Date
): Promise<ProposalView> {
	const row = await db
		.selectFrom('landlord_plan_proposals')
		.selectAll()
		.where('id', '=', proposalId)
		.where('user_id', '=', tenantId)
		.executeTakeFirst();
	if (!row) throw notFound();
	const next = transition(stateOf(row), { by: 'tenant', type: 'acceptCounter' });
	const counter = parseCounter(row.counter);
	const sent = planSchema.safeParse(JSON.parse(row.plan));
	if (!counter || !sent.success) throw notFound();
	const plans = await tenantPlans(db, tenantId);
	const revision = Math.max(0, ...plans.map((p) => p.revision)) + 1;
	const stamp = now.toISOString();
	const { row: fields, problems } = planFromCounter(sent.data, counter, {
		revision,
		basedOnPlanId: sent.data.id,
		agreedAt: stamp,
		note: sent.data.note
	});
	if (problems.length > 0) {
		throw new HttpProblem(400, {
			message: 'The counter-proposal does not fit your money',
			issues: problems.map((p) => ({ path: 'counter', message: p.code, code: p.code }))
		});
	}
	const planId = randomUUID();
	// Claim the answer first (compare-and-set), then write the version: a second tap or a
	// second device loses the claim and writes nothing. The sync push runs its own write
	// transaction, so it cannot share this one; if it refuses, the claim is given back.
	await withWriteTransaction(db, (trx) =>
		updateProposal(trx, row, { state: next, agreed_at: stamp, result_plan_id: planId })
	);
	const [result] = await applyPush(db, tenantId, [
		{
			mutationId: randomUUID(),
			entity: 'plans',
			entityId: planId,
			op: 'upsert',
			fields: { ...fields, createdAt: stamp, updatedAt: stamp },
			baseVersion: 0,
			clientId: `landlord-counter:${row.id}`
		}
	]);
	if (result?.status !== 'applied') {
		await db
			.updateTable('landlord_plan_proposals')
			.set({ state: row.state, agreed_at: null, result_plan_id: null, revision: row.revision + 2 })
			.where('id', '=', row.id)
			.where('revision', '=', row.revision + 1)
			.execute();
		throw new HttpProblem(400, {
			message: 'The new plan version was refused',
			issues: result?.status === 'rejected' ? result.issues : []
		});
	}
	const view = (await tenantProposals(db, tenantId)).find((p) => p.id === proposalId);
	if (!view) throw notFound();
	return view;
}

// --- staff --------------------------------------------------------------------------------

async function orgRequestRow(db: Db, orgId: string, id: string) {
	const row = await db
		.selectFrom('landlord_rent_requests')
		.selectAll()
		.where('id', '=', id)
		.where('org_id', '=', orgId)
		.executeTakeFirst();
	// Another organisation's request answers exactly like one that does not exist.
	if (!row) throw notFound();
	return row;
}

async function orgProposalRow(db: Db, orgId: string, id: string) {
	const row = await db
		.selectFrom('landlord_plan_proposals')
		.selectAll()
		.where('id', '=', id)
		.where('org_id', '=', orgId)
		.executeTakeFirst();
	if (!row) throw notFound();
	return row;
}

async function activeFor(
	db: Db,
	tenantId: string,
	orgId: string,
	kind: LandlordConsentKind,
	now: Date
): Promise<boolean> {
	return (await landlordConsent(db, tenantId, orgId, kind, now)).active !== undefined;
}

/**
 * The organisation's requests, proposals and "getting help" notices. A tenant is named only
 * while the consent of that kind is in force (and the look is logged); otherwise the row says
 * only that the consent ended.
 */
export async function staffOverview(
	db: Db,
	staff: SessionUser,
	org: LandlordOrgRef,
	now: Date
): Promise<StaffOverview> {
	const requests = await db
		.selectFrom('landlord_rent_requests')
		.selectAll()
		.where('org_id', '=', org.id)
		.orderBy('requested_at', 'desc')
		.execute();
	const proposals = await db
		.selectFrom('landlord_plan_proposals')
		.selectAll()
		.where('org_id', '=', org.id)
		.orderBy('sent_at', 'desc')
		.execute();
	const helpTenants = await linkedTenants(db, org.id, 'tellGettingHelp');
	const names = await people(db, [
		...requests.map((r) => r.user_id),
		...proposals.map((p) => p.user_id),
		...helpTenants
	]);
	const shown = new Set<string>();
	const tenantIf = async (tenantId: string, kind: LandlordConsentKind) => {
		if (!(await activeFor(db, tenantId, org.id, kind, now))) return null;
		shown.add(tenantId);
		return names.get(tenantId) ?? null;
	};
	const out: StaffOverview = { org, requests: [], proposals: [], gettingHelp: [] };
	for (const r of requests) {
		const tenant = await tenantIf(r.user_id, 'shareRentAccount');
		out.requests.push({
			id: r.id,
			tenant,
			consentEnded: tenant === null,
			requestedAt: iso(r.requested_at),
			filledAt: isoOrNull(r.filled_at)
		});
	}
	for (const p of proposals) {
		const tenant = await tenantIf(p.user_id, 'sendPlan');
		out.proposals.push({
			id: p.id,
			tenant,
			consentEnded: tenant === null,
			state: stateOf(p),
			sentAt: iso(p.sent_at)
		});
	}
	for (const tenantId of helpTenants) {
		const consent = await landlordConsent(db, tenantId, org.id, 'tellGettingHelp', now);
		const since = consent.active?.givenAt ?? consent.latest?.givenAt;
		if (since === undefined) continue;
		if (consent.active) shown.add(tenantId);
		out.gettingHelp.push({
			tenant: consent.active ? { name: names.get(tenantId)?.name ?? null } : null,
			consentEnded: !consent.active,
			since
		});
	}
	for (const tenantId of shown) {
		await logStaffAccess(db, staff, org, tenantId, ['contactDetails'], now);
	}
	return out;
}

export async function staffRequest(
	db: Db,
	staff: SessionUser,
	org: LandlordOrgRef,
	id: string,
	now: Date
): Promise<StaffRequest> {
	const row = await orgRequestRow(db, org.id, id);
	const active = await activeFor(db, row.user_id, org.id, 'shareRentAccount', now);
	const base = {
		id: row.id,
		requestedAt: iso(row.requested_at),
		filledAt: isoOrNull(row.filled_at)
	};
	if (!active) {
		return { request: { ...base, tenant: null, consentEnded: true }, account: null };
	}
	const tenant = (await people(db, [row.user_id])).get(row.user_id) ?? null;
	await logStaffAccess(db, staff, org, row.user_id, ['contactDetails'], now);
	return {
		request: { ...base, tenant, consentEnded: false },
		account: parseAccount(row.account)
	};
}

/**
 * Stores the landlord's account whole. `account` is the checked account, or a function that
 * reads it (the CSV upload): it runs only after the request is found to be this organisation's
 * and the consent to be in force, so another organisation learns nothing from parse errors.
 */
export async function fillRentAccount(
	db: Db,
	staff: SessionUser,
	org: LandlordOrgRef,
	id: string,
	input: RentAccount | (() => RentAccount),
	now: Date
): Promise<StaffRequest> {
	const row = await orgRequestRow(db, org.id, id);
	if (!(await activeFor(db, row.user_id, org.id, 'shareRentAccount', now))) throw noConsent();
	const account = typeof input === 'function' ? input() : input;
	await db
		.updateTable('landlord_rent_requests')
		.set({
			account: JSON.stringify(account),
			filled_at: now.toISOString(),
			filled_by: staff.id
		})
		.where('id', '=', row.id)
		.execute();
	return staffRequest(db, staff, org, id, now);
}

export async function staffProposal(
	db: Db,
	staff: SessionUser,
	org: LandlordOrgRef,
	id: string,
	now: Date
): Promise<StaffProposal> {
	const row = await orgProposalRow(db, org.id, id);
	const active = await activeFor(db, row.user_id, org.id, 'sendPlan', now);
	const [view] = await proposalViews(db, [row]);
	if (!view) throw notFound();
	const proposal = {
		id: row.id,
		state: view.state,
		sentAt: view.sentAt,
		answeredAt: view.answeredAt,
		reason: view.reason,
		counter: view.counter,
		agreedAt: view.agreedAt,
		confirmations: view.confirmations
	};
	if (!active) return { proposal: { ...proposal, tenant: null, consentEnded: true }, plan: null };
	const tenant = (await people(db, [row.user_id])).get(row.user_id) ?? null;
	const plan = planSchema.safeParse(JSON.parse(row.plan));
	await logStaffAccess(db, staff, org, row.user_id, ['contactDetails', 'paymentPlan'], now);
	return {
		proposal: { ...proposal, tenant, consentEnded: false },
		plan: plan.success ? plan.data : null
	};
}

export interface AnswerResult {
	proposal: StaffProposal;
	/** For the notification mail: who, which answer. */
	event: { tenantId: string; org: LandlordOrgRef; state: ProposalState };
}

export async function answerProposal(
	db: Db,
	staff: SessionUser,
	org: LandlordOrgRef,
	id: string,
	body: ProposalAnswerBody,
	now: Date
): Promise<AnswerResult> {
	const row = await orgProposalRow(db, org.id, id);
	if (!(await activeFor(db, row.user_id, org.id, 'sendPlan', now))) throw noConsent();
	const next = transition(stateOf(row), { by: 'landlord', type: body.answer });
	const stamp = now.toISOString();
	await withWriteTransaction(db, (trx) =>
		updateProposal(trx, row, {
			state: next,
			answered_at: stamp,
			answered_by: staff.id,
			reason: body.answer === 'decline' ? (body.reason ?? null) : null,
			counter: body.counter ? JSON.stringify(body.counter) : null,
			agreed_at: proposalAgreed(next) ? stamp : null
		})
	);
	return {
		proposal: await staffProposal(db, staff, org, id, now),
		event: { tenantId: row.user_id, org, state: next }
	};
}

/** Month by month, that the rent and the instalment arrived (an agreed plan only). */
export async function confirmPayment(
	db: Db,
	staff: SessionUser,
	org: LandlordOrgRef,
	id: string,
	body: { month: string; rentArrived: boolean; instalmentArrived: boolean },
	now: Date
): Promise<StaffProposal> {
	const row = await orgProposalRow(db, org.id, id);
	if (!(await activeFor(db, row.user_id, org.id, 'sendPlan', now))) throw noConsent();
	if (!proposalAgreed(stateOf(row))) {
		throw new HttpProblem(409, {
			code: 'changed_meanwhile',
			message: 'Payments are confirmed on an agreed plan only'
		});
	}
	// One row per month: the newest confirmation replaces the earlier (mergeConfirmations).
	await withWriteTransaction(db, async (trx) => {
		await trx
			.deleteFrom('landlord_payment_confirmations')
			.where('proposal_id', '=', row.id)
			.where('month', '=', body.month)
			.execute();
		await trx
			.insertInto('landlord_payment_confirmations')
			.values({
				proposal_id: row.id,
				user_id: row.user_id,
				month: body.month,
				rent_arrived: body.rentArrived ? 1 : 0,
				instalment_arrived: body.instalmentArrived ? 1 : 0,
				confirmed_at: now.toISOString(),
				confirmed_by: staff.id
			})
			.execute();
	});
	return staffProposal(db, staff, org, id, now);
}

// --- advisor ------------------------------------------------------------------------------

/**
 * The landlord's side for the advisor's case view: the rent account under the service consent's
 * `rentArrears`, the proposals under its `paymentPlan`; 403 with neither.
 */
export async function advisorShareView(
	db: Db,
	advisor: SessionUser,
	tenantId: string,
	now: Date
): Promise<AdvisorShareView> {
	const allowed = await activeConsentCategories(db, tenantId, now);
	const categories: ConsentCategory[] = [];
	if (allowed.has('rentArrears')) categories.push('rentArrears');
	if (allowed.has('paymentPlan')) categories.push('paymentPlan');
	if (categories.length === 0) throw noConsent();
	const view: AdvisorShareView = {
		accounts: allowed.has('rentArrears') ? await reportedAccounts(db, tenantId) : [],
		proposals: allowed.has('paymentPlan') ? await tenantProposals(db, tenantId) : []
	};
	// Logged only for what the landlord had actually shared: the case page asks on every visit,
	// and the case view has already logged that visit; an empty answer read nothing of the tenant.
	const read: ConsentCategory[] = [];
	if (view.accounts.length > 0) read.push('rentArrears');
	if (view.proposals.length > 0) read.push('paymentPlan');
	if (read.length > 0) await logAccess(db, advisor, tenantId, read, now);
	return view;
}
