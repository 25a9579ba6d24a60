/**
 * The advisor's view of a tenant's situation under consent (README.md here).
 *
 * The view is built from the tenant's synced rows and then cut down to the categories the
 * tenant's active consents to the housing-advice service allow: a section the consent does not
 * cover is absent from the response (not null, not empty), and so is every summary figure
 * derived from it. The consent check, the reads and the access-log row happen in one
 * transaction that excludes ledger appends (PostgreSQL: SHARE lock on the ledger, which
 * conflicts with the appenders' SHARE ROW EXCLUSIVE; SQLite: the write lock), so a view is
 * either wholly before a withdrawal or refused after it, and no view goes unlogged.
 */
import { clientRef } from '$lib/domain/cases';
import { sql, type Kysely } from 'kysely';
import {
	coveredCategories,
	foldConsents,
	type ConsentCategory,
	type ConsentLedgerEvent,
	type ConsentStatus
} from '$lib/domain/consent';
import { planInForce, sortVersions } from '$lib/domain/plan-versions';
import { computeSummary, type Summary } from '$lib/domain/summary';
import {
	ENTITY_SCHEMAS,
	type DecisionType,
	type EntityName,
	type EntityRows,
	type Household,
	type Situation
} from '$lib/schemas/situation';
import { HOME_ARREARS_DEBT_ID, type Checkin, type Payment, type PlanRow } from '$lib/schemas/plan';
import type { CaseConsent, CaseSummary, CaseView, PlanView } from '$lib/schemas/case-view';
import type { CaseListItem } from '$lib/schemas/consent';
import { dialectKind } from '../db/dialect';
import type { Database } from '../db/schema';
import { HttpProblem, type SessionUser } from '../http/guards';
import { parseObject } from '../db/json';
import { withWriteTransaction } from '../db/write-transaction';
import { tenantRef } from '../cases/service';
import { tenantConsents } from './consents';
import { logAccess } from './contacts';
import { toLedgerEvent } from './ledger';

/** Which category a recorded decision belongs to: Kela and social services are benefits. */
export const DECISION_CATEGORY: Record<DecisionType, ConsentCategory> = {
	kela: 'benefitDecisions',
	socialServices: 'benefitDecisions',
	court: 'rentArrears',
	enforcement: 'rentArrears',
	landlord: 'rentArrears',
	other: 'rentArrears'
};

/** Summary figures and the category each is derived from. */
export const SUMMARY_FIELD_CATEGORY = {
	incomeMonthly: 'incomeExpenses',
	oneOffIncome: 'incomeExpenses',
	oneOffExpenses: 'incomeExpenses',
	expensesMonthly: 'incomeExpenses',
	incomeLines: 'incomeExpenses',
	expenseLines: 'incomeExpenses',
	surplus: 'incomeExpenses',
	hints: 'incomeExpenses',
	totalDebt: 'debts',
	rentArrears: 'rentArrears',
	arrearsMonths: 'rentArrears',
	stage: 'rentArrears',
	urgent: 'rentArrears',
	canUsuallyAgreePlan: 'rentArrears',
	groundsForEviction: 'rentArrears',
	benefitsNotApplied: 'benefitDecisions'
} as const satisfies Partial<Record<keyof Summary, ConsentCategory>>;

/** The category a plan debt's creditor, type and balance belong to. */
export function planDebtCategory(debt: {
	debtId: string;
	currentLandlord: boolean;
}): ConsentCategory {
	return debt.currentLandlord || debt.debtId === HOME_ARREARS_DEBT_ID ? 'rentArrears' : 'debts';
}

export function cutPlan(plan: PlanRow, allowed: ReadonlySet<ConsentCategory>): PlanView {
	const budget = allowed.has('incomeExpenses');
	return {
		...plan,
		incomeCents: budget ? plan.incomeCents : null,
		livingFloorCents: budget ? plan.livingFloorCents : null,
		rentCents: budget || allowed.has('rentArrears') ? plan.rentCents : null,
		debts: plan.debts.map((d) => {
			const shown = allowed.has(planDebtCategory(d));
			return {
				debtId: d.debtId,
				currentLandlord: d.currentLandlord,
				creditor: shown ? d.creditor : null,
				type: shown ? d.type : null,
				balanceCents: shown ? d.balanceCents : null
			};
		})
	};
}

/**
 * Lists in the case view are paged (`?page=0,1,...`, CASE_PAGE_SIZE rows of each list per page),
 * so the response stays small however many rows an account holds (the storage quota bounds that
 * number; the summary is still computed over all of them).
 */
export const CASE_PAGE_SIZE = 100;

/** The tenant's live rows of every entity, each parsed by its schema (invalid rows skipped). */
export async function loadSituation(
	db: Kysely<Database>,
	tenantId: string
): Promise<{ situation: Situation; plans: PlanRow[]; payments: Payment[]; checkins: Checkin[] }> {
	const rows = await db
		.selectFrom('sync_rows')
		.select(['entity', 'data'])
		.where('user_id', '=', tenantId)
		.where('deleted', '=', 0)
		.orderBy('entity')
		.orderBy('row_id')
		.execute();
	const byEntity: { [K in EntityName]: EntityRows[K][] } = {
		household: [],
		home: [],
		incomes: [],
		expenses: [],
		debts: [],
		benefits: [],
		decisions: [],
		plans: [],
		payments: [],
		checkins: []
	};
	for (const r of rows) {
		if (!Object.hasOwn(ENTITY_SCHEMAS, r.entity)) continue;
		const entity = r.entity as EntityName;
		const parsed = ENTITY_SCHEMAS[entity].safeParse(parseObject(r.data));
		if (parsed.success) (byEntity[entity] as unknown[]).push(parsed.data);
	}
	const byCreated = <T extends { createdAt: string }>(a: T, b: T) =>
		a.createdAt.localeCompare(b.createdAt);
	return {
		situation: {
			household: byEntity.household[0] satisfies Household | undefined,
			home: byEntity.home[0],
			incomes: byEntity.incomes.sort(byCreated),
			expenses: byEntity.expenses.sort(byCreated),
			debts: byEntity.debts.sort(byCreated),
			benefits: byEntity.benefits.sort(byCreated),
			decisions: byEntity.decisions.sort(byCreated)
		},
		plans: byEntity.plans.sort(byCreated),
		payments: byEntity.payments.sort(byCreated),
		checkins: byEntity.checkins.sort(byCreated)
	};
}

function pickSummary(summary: Summary, allowed: ReadonlySet<ConsentCategory>): CaseSummary {
	const out: Record<string, unknown> = {};
	for (const [field, category] of Object.entries(SUMMARY_FIELD_CATEGORY)) {
		if (allowed.has(category)) out[field] = summary[field as keyof Summary];
	}
	return out as CaseSummary;
}

function caseConsents(statuses: readonly { status: ConsentStatus; name: string | null }[]) {
	return statuses
		.filter((s) => s.status.state === 'active')
		.map((s): CaseConsent => ({
			id: s.status.consentId,
			recipient: { kind: s.status.terms.recipientKind, name: s.name },
			categories: [...s.status.terms.categories],
			validUntil: s.status.terms.validUntil
		}));
}

/** Blocks ledger appends until the caller's transaction ends (see the module comment). */
async function holdLedgerStill(trx: Kysely<Database>): Promise<void> {
	if (dialectKind(trx) === 'postgres') {
		await sql`lock table consent_events in share mode`.execute(trx);
	}
}

export const NO_CONSENT_MESSAGE =
	'No active consent from this tenant covers the housing-advice service';

/**
 * Builds the case view for `advisor` and logs it, or throws 403 when the tenant has no active
 * consent naming the service (also for an unknown tenant id: the answer does not reveal whether
 * an account exists).
 */
export async function viewCase(
	db: Kysely<Database>,
	advisor: SessionUser,
	tenantId: string,
	now: Date,
	page = 0
): Promise<CaseView> {
	let more = false;
	const paged = <T>(list: readonly T[]): T[] => {
		const start = page * CASE_PAGE_SIZE;
		if (list.length > start + CASE_PAGE_SIZE) more = true;
		return list.slice(start, start + CASE_PAGE_SIZE);
	};
	return withWriteTransaction(db, async (trx) => {
		more = false;
		await holdLedgerStill(trx);
		const consents = await tenantConsents(trx, tenantId, now);
		const categories = coveredCategories(consents.map((c) => c.status));
		if (categories.length === 0)
			throw new HttpProblem(403, { code: 'no_consent', message: NO_CONSENT_MESSAGE });
		const allowed = new Set(categories);
		const { situation, plans, payments } = await loadSituation(trx, tenantId);
		// A consent exists, so its subject (and with it the reference) does.
		const ref = await tenantRef(trx, tenantId);
		if (ref === null) throw new Error('consent without a consent subject');
		const view: CaseView = {
			tenantId,
			ref,
			categories,
			viewedAt: now.toISOString(),
			paging: { page, pageSize: CASE_PAGE_SIZE, more: false },
			consents: caseConsents(
				consents.map((c) => ({ status: c.status, name: c.row.recipient_name }))
			),
			summary: pickSummary(computeSummary(situation), allowed)
		};
		if (allowed.has('contactDetails')) {
			const user = await trx
				.selectFrom('User')
				.select(['name', 'email'])
				.where('id', '=', tenantId)
				.executeTakeFirstOrThrow();
			const municipality = situation.household?.municipality.trim() ?? '';
			view.contactDetails = {
				name: user.name,
				email: user.email,
				municipality: municipality === '' ? null : municipality
			};
		}
		if (allowed.has('rentArrears')) {
			view.rentArrears = {
				home: situation.home ?? null,
				decisions: paged(
					situation.decisions.filter((d) => DECISION_CATEGORY[d.type] === 'rentArrears')
				)
			};
		}
		if (allowed.has('incomeExpenses')) {
			const h = situation.household;
			view.incomeExpenses = {
				household: h ? { adults: h.adults, children: h.children } : null,
				incomes: paged(situation.incomes),
				expenses: paged(situation.expenses)
			};
		}
		if (allowed.has('debts')) view.debts = { debts: paged(situation.debts) };
		if (allowed.has('benefitDecisions')) {
			view.benefitDecisions = {
				benefits: paged(situation.benefits),
				decisions: paged(
					situation.decisions.filter((d) => DECISION_CATEGORY[d.type] === 'benefitDecisions')
				)
			};
		}
		if (allowed.has('paymentPlan')) {
			const newest = sortVersions(plans).reverse();
			const current = planInForce(plans) ?? null;
			const since = current?.agreedAt?.slice(0, 10) ?? null;
			view.paymentPlan = {
				plans: paged(newest).map((p) => cutPlan(p, allowed)),
				payments: paged([...payments].reverse()),
				current: current ? cutPlan(current, allowed) : null,
				currentPayments: since === null ? [] : payments.filter((p) => p.date >= since)
			};
		}
		view.paging.more = more;
		await logAccess(trx, advisor, tenantId, categories, now);
		return view;
	});
}

/**
 * Tenants with an active consent naming the housing-advice service, newest consent end first.
 * `withContact`: include name and email where the tenant allowed contactDetails (advisors);
 * admins get the list without them.
 */
export async function listCases(
	db: Kysely<Database>,
	now: Date,
	withContact: boolean
): Promise<CaseListItem[]> {
	// Subjects that ever gave the service a consent (data is canonical JSON, so the match is exact).
	const subjects = await db
		.selectFrom('consent_events')
		.innerJoin('consent_subjects', 'consent_subjects.subject_id', 'consent_events.subject_id')
		.select(['consent_subjects.user_id', 'consent_subjects.subject_id'])
		.distinct()
		.where('consent_events.type', '=', 'given')
		.where('consent_events.data', 'like', '%"recipientKind":"advisorService"%')
		.execute();
	if (subjects.length === 0) return [];
	const userBySubject = new Map(subjects.map((s) => [s.subject_id, s.user_id]));
	const events = await db
		.selectFrom('consent_events')
		.selectAll()
		.where(
			'subject_id',
			'in',
			subjects.map((s) => s.subject_id)
		)
		.orderBy('seq')
		.execute();
	const bySubject = new Map<string, ConsentLedgerEvent[]>();
	for (const row of events) {
		const e = toLedgerEvent(row);
		if (!e) continue;
		const list = bySubject.get(row.subject_id) ?? [];
		list.push(e);
		bySubject.set(row.subject_id, list);
	}
	const cases: CaseListItem[] = [];
	for (const [subjectId, list] of bySubject) {
		const tenantId = userBySubject.get(subjectId);
		if (tenantId === undefined) continue;
		const statuses = foldConsents(list, now);
		const categories = coveredCategories(statuses);
		if (categories.length === 0) continue;
		const validUntil = statuses
			.filter((s) => s.state === 'active' && s.terms.recipientKind === 'advisorService')
			.map((s) => s.terms.validUntil)
			.sort()
			.at(-1);
		if (validUntil === undefined) continue;
		cases.push({ tenantId, ref: clientRef(subjectId), categories, validUntil });
	}
	if (withContact) {
		const wanted = cases.filter((c) => c.categories.includes('contactDetails'));
		if (wanted.length > 0) {
			const users = await db
				.selectFrom('User')
				.select(['id', 'name', 'email'])
				.where(
					'id',
					'in',
					wanted.map((c) => c.tenantId)
				)
				.execute();
			const byId = new Map(users.map((u) => [u.id, u]));
			for (const c of wanted) {
				const u = byId.get(c.tenantId);
				if (u) c.contact = { name: u.name, email: u.email };
			}
		}
	}
	return cases.sort(
		(a, b) => b.validUntil.localeCompare(a.validUntil) || a.tenantId.localeCompare(b.tenantId)
	);
}
