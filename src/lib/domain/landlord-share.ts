/**
 * Rules for what passes between a tenant and their landlord organisation through the service
 * (issue 13; docs/landlord-share.md): the three consent kinds, the landlord's rent account
 * compared with what the tenant typed, and the state machine of a payment plan sent to the
 * landlord. Pure: the server, the landlord's pages and the tenant's pages all decide with these.
 */
import type { Home } from '$lib/schemas/situation';
import { addMonthsToMonth } from './dates';
import type { ConsentCategory } from './consent';
import {
	applyAdjustments,
	planFromRow,
	planToRowData,
	validatePlan,
	type PlanProblem,
	type PlanRowData
} from './plan';

/**
 * What a tenant can allow towards a landlord organisation. `shareRentAccount` lets the landlord
 * pass the rent account to the service (landlord -> service); the other two pass something of
 * the tenant's to the landlord (service -> landlord).
 */
export const LANDLORD_CONSENT_KINDS = ['shareRentAccount', 'tellGettingHelp', 'sendPlan'] as const;
export type LandlordConsentKind = (typeof LANDLORD_CONSENT_KINDS)[number];

/**
 * The tenant's data the landlord's staff see under each kind. Every kind names the tenant
 * (the landlord has to find the account, the notice and the plan are about this tenant); the
 * plan proposal adds the plan. These are the consent's stored categories, so the ledger,
 * receipt and access log describe them like any other consent.
 */
export const LANDLORD_KIND_CATEGORIES: Readonly<
	Record<LandlordConsentKind, readonly ConsentCategory[]>
> = {
	shareRentAccount: ['contactDetails'],
	tellGettingHelp: ['contactDetails'],
	sendPlan: ['contactDetails', 'paymentPlan']
};

export function categoriesForLandlordKind(kind: LandlordConsentKind): ConsentCategory[] {
	return [...LANDLORD_KIND_CATEGORIES[kind]];
}

// ---------------------------------------------------------------------------------------------
// The rent account

/** Notices a landlord records, in the order they come on the way to eviction. */
export const RENT_NOTICE_KINDS = [
	'reminder',
	'collectionLetter',
	'termination',
	'evictionApplication'
] as const;
export type RentNoticeKind = (typeof RENT_NOTICE_KINDS)[number];

export interface RentMonth {
	/** `YYYY-MM`. */
	month: string;
	dueCents: number;
	paidCents: number;
}

export interface RentAccount {
	rentCents: number;
	dueDay: number;
	months: readonly RentMonth[];
	interestCents: number;
	collectionCostsCents: number;
	notices: readonly { date: string; kind: RentNoticeKind }[];
}

/** Unpaid rent by month: what is due minus what was paid (an overpayment is negative). */
export function unpaidByMonth(
	account: Pick<RentAccount, 'months'>
): { month: string; cents: number }[] {
	return [...account.months]
		.sort((a, b) => a.month.localeCompare(b.month))
		.map((m) => ({ month: m.month, cents: m.dueCents - m.paidCents }));
}

/**
 * The rent arrears the account shows: unpaid rent over all months, never below zero (an
 * overpayment in one month pays an earlier one). Interest and collection costs are not rent
 * and are shown apart, as the tenant's `home.arrearsCents` is rent only.
 */
export function accountArrearsCents(account: Pick<RentAccount, 'months'>): number {
	return Math.max(
		0,
		unpaidByMonth(account).reduce((sum, m) => sum + m.cents, 0)
	);
}

/** Months with rent still unpaid, counted from the newest back while the arrears last. */
export function accountArrearsMonths(account: Pick<RentAccount, 'months'>): number {
	let left = accountArrearsCents(account);
	let count = 0;
	for (const m of unpaidByMonth(account).reverse()) {
		if (left <= 0) break;
		if (m.cents <= 0) continue;
		left -= Math.min(m.cents, left);
		count += 1;
	}
	return count;
}

/** The newest notice of each kind. */
export function latestNotices(
	account: Pick<RentAccount, 'notices'>
): Partial<Record<RentNoticeKind, string>> {
	const out: Partial<Record<RentNoticeKind, string>> = {};
	for (const n of account.notices) {
		const seen = out[n.kind];
		if (seen === undefined || n.date > seen) out[n.kind] = n.date;
	}
	return out;
}

export const RENT_DIFF_FIELDS = [
	'rentCents',
	'dueDay',
	'arrearsCents',
	'arrearsMonths',
	...RENT_NOTICE_KINDS
] as const;
export type RentDiffField = (typeof RENT_DIFF_FIELDS)[number];

export interface RentDiffLine {
	field: RentDiffField;
	/** What the tenant typed: cents, a day, a month count, or a notice date ('' = received, no date). */
	tenant: number | string | null;
	landlord: number | string | null;
	differs: boolean;
}

type TenantHome = Pick<
	Home,
	| 'rentCents'
	| 'dueDay'
	| 'arrearsCents'
	| 'arrearsMonths'
	| 'reminder'
	| 'collectionLetter'
	| 'termination'
	| 'evictionApplication'
>;

function tenantNotice(home: TenantHome | undefined, kind: RentNoticeKind): string | null {
	const mark = home?.[kind];
	if (!mark?.happened) return null;
	return mark.date ?? '';
}

/**
 * The landlord's figures beside the tenant's, field by field. A field differs when the two
 * values are not equal; a notice the tenant marked received without a date matches any date
 * the landlord gives (the tenant only said "yes"), but a notice only one side has differs.
 */
export function diffRentAccount(
	account: RentAccount,
	home: TenantHome | undefined
): RentDiffLine[] {
	const notices = latestNotices(account);
	const lines: Omit<RentDiffLine, 'differs'>[] = [
		{ field: 'rentCents', tenant: home?.rentCents ?? null, landlord: account.rentCents },
		{ field: 'dueDay', tenant: home?.dueDay ?? null, landlord: account.dueDay },
		{
			field: 'arrearsCents',
			tenant: home?.arrearsCents ?? null,
			landlord: accountArrearsCents(account)
		},
		{
			field: 'arrearsMonths',
			tenant: home?.arrearsMonths ?? null,
			landlord: accountArrearsMonths(account)
		},
		...RENT_NOTICE_KINDS.map((kind) => ({
			field: kind,
			tenant: tenantNotice(home, kind),
			landlord: notices[kind] ?? null
		}))
	];
	return lines.map((l) => ({ ...l, differs: !sameValue(l.field, l.tenant, l.landlord) }));
}

function sameValue(
	field: RentDiffField,
	tenant: number | string | null,
	landlord: number | string | null
): boolean {
	if ((RENT_NOTICE_KINDS as readonly string[]).includes(field) && tenant === '') {
		return landlord !== null;
	}
	return tenant === landlord;
}

/**
 * The home fields that take the landlord's figures: rent, due day, arrears and each notice the
 * landlord recorded (received, on its latest date). Notices the landlord did not record keep
 * what the tenant said: a landlord's empty list is not proof that none came.
 */
export function homeFieldsFromAccount(account: RentAccount): Partial<TenantHome> {
	const notices = latestNotices(account);
	const fields: Partial<TenantHome> = {
		rentCents: account.rentCents,
		dueDay: account.dueDay,
		arrearsCents: accountArrearsCents(account),
		arrearsMonths: accountArrearsMonths(account)
	};
	for (const kind of RENT_NOTICE_KINDS) {
		const date = notices[kind];
		if (date !== undefined) fields[kind] = { happened: true, date };
	}
	return fields;
}

// ---------------------------------------------------------------------------------------------
// A plan sent to the landlord

/**
 * `sent` waits for the landlord; `accepted` and `declined` are the landlord's answers;
 * `countered` waits for the tenant, who may accept the counter-proposal (`counterAccepted`,
 * which makes a new plan version) or leave it. Terminal states never change.
 */
export const PROPOSAL_STATES = [
	'sent',
	'accepted',
	'declined',
	'countered',
	'counterAccepted'
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export type ProposalAction =
	| { by: 'landlord'; type: 'accept' }
	| { by: 'landlord'; type: 'decline' }
	| { by: 'landlord'; type: 'counter' }
	| { by: 'tenant'; type: 'acceptCounter' };

export type ProposalTransition =
	{ ok: true; state: ProposalState } | { ok: false; reason: 'alreadyAnswered' | 'notCountered' };

export function nextProposalState(
	state: ProposalState,
	action: ProposalAction
): ProposalTransition {
	if (action.by === 'landlord') {
		if (state !== 'sent') return { ok: false, reason: 'alreadyAnswered' };
		const to = { accept: 'accepted', decline: 'declined', counter: 'countered' } as const;
		return { ok: true, state: to[action.type] };
	}
	if (state !== 'countered') return { ok: false, reason: 'notCountered' };
	return { ok: true, state: 'counterAccepted' };
}

/** The landlord and the tenant agree on a plan in these states ("agreed with X on <date>"). */
export function proposalAgreed(state: ProposalState): boolean {
	return state === 'accepted' || state === 'counterAccepted';
}

export interface CounterProposal {
	/** Monthly instalment on the rent arrears. */
	instalmentCents: number;
	/** `YYYY-MM`. */
	startMonth: string;
	/** Months of instalments. */
	months: number;
}

/** The months a counter-proposal's instalments fall in, first to last. */
export function counterMonths(counter: CounterProposal): string[] {
	return Array.from({ length: counter.months }, (_, i) => addMonthsToMonth(counter.startMonth, i));
}

/**
 * Whether the counter-proposal clears `arrearsCents` in its length. A landlord may propose one
 * that does not (the rest agreed later); both pages say so.
 */
export function counterClears(counter: CounterProposal, arrearsCents: number): boolean {
	return counter.instalmentCents * counter.months >= arrearsCents;
}

/**
 * The plan version a counter-proposal makes, by the ordinary plan rules: the version the tenant
 * sent, started in the counter's month, with the landlord's instalment fixed on the current
 * landlord's arrears (other debts share what is left as before). It is agreed at `agreedAt`,
 * since tenant and landlord both said yes. `problems` are `validatePlan`'s: a counter-proposal
 * that does not fit the tenant's money is not accepted (the plan never harms the tenant).
 */
export function planFromCounter(
	sent: PlanRowData,
	counter: CounterProposal,
	meta: { revision: number; basedOnPlanId: string; agreedAt: string; note: string }
): { row: PlanRowData; problems: PlanProblem[] } {
	const stored = planFromRow(sent);
	const landlordDebt = sent.debts.find((d) => d.currentLandlord);
	const moved = { ...stored, input: { ...stored.input, startMonth: counter.startMonth } };
	const plan = applyAdjustments(
		moved,
		landlordDebt
			? [{ debtId: landlordDebt.debtId, monthlyCents: counter.instalmentCents, fromMonth: null }]
			: []
	);
	const row = planToRowData(plan, {
		revision: meta.revision,
		basedOnPlanId: meta.basedOnPlanId,
		note: meta.note
	});
	return {
		row: { ...row, agreed: true, agreedAt: meta.agreedAt },
		problems: landlordDebt ? validatePlan(plan) : [{ code: 'unknownDebt' }]
	};
}

export interface PaymentConfirmation {
	month: string;
	rentArrived: boolean;
	instalmentArrived: boolean;
}

/** One confirmation per month: a later one for the same month replaces the earlier. */
export function mergeConfirmations(
	existing: readonly PaymentConfirmation[],
	next: PaymentConfirmation
): PaymentConfirmation[] {
	return [...existing.filter((c) => c.month !== next.month), next].sort((a, b) =>
		a.month.localeCompare(b.month)
	);
}
