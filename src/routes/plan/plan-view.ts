/**
 * What the plan pages show, composed from the planner (lib/domain/plan.ts, plan-progress.ts), the
 * stored versions and payments, and the text typed but not saved. Plain functions: the components
 * only display the results (docs/conventions.md §2).
 *
 * Which plan is on screen:
 * - no version saved yet: a proposal from the current situation;
 * - otherwise the newest version, exactly as stored (an agreed schedule is a promise and is never
 *   recomputed);
 * - with unsaved edits (drafts under `plans/<newest id>/`): a preview recomputed from the newest
 *   version's input, with the typed floor and instalments. Edits of an *agreed* version start from
 *   the real balances (`replanFrom`): changing a plan that is being paid must not forget the
 *   payments. Edits of an unagreed version keep its balances but never start in a month whose due
 *   date has passed.
 */
import { computeProgress, replanFrom, type PlanProgress } from '$lib/domain/plan-progress';
import {
	applyAdjustments,
	DEFAULT_DUE_DAY,
	defaultLivingFloor,
	defaultReserve,
	firstPlanMonth,
	minimumLivingFloor,
	PLAN_HORIZON_MONTHS,
	planFromRow,
	planInputFromSituation,
	proposePlan,
	validatePlan,
	type Plan,
	type PlanAdjustmentChange,
	type PlanInput,
	type PlanProblem
} from '$lib/domain/plan';
import { parseMoney, sumCents, toCents, type Cents, type MoneyError } from '$lib/domain/money';
import { REFERENCE_CATEGORIES, referenceCents } from '$lib/domain/reference-budget';
import { toHelsinki } from '$lib/domain/helsinki-time';
import type { ResolvedPathname } from '$app/types';
import { resolve } from '$app/paths';
import type { Summary } from '$lib/domain/summary';
import type { Situation } from '$lib/schemas/situation';
import type { Payment, PlanRow } from '$lib/schemas/plan';
import {
	costsDraftKey,
	essentialDraftKey,
	floorDraftKey,
	instalmentDraftKey,
	lengthDraftKey,
	planDraftPrefix,
	reserveDraftKey
} from '$lib/db/plan-repo';
import { acceptableArrearsMonths, type Landlord } from '$lib/domain/landlords';
import {
	consumerCreditInterestCapBp,
	figuresOn,
	latePaymentInterestBp,
	protectedAmountMonthly,
	type YearlyFigures
} from '$lib/domain/yearly-figures';

/** Today's calendar date in Helsinki, `YYYY-MM-DD`. */
export function helsinkiToday(now: number = Date.now()): string {
	return toHelsinki(now).date;
}

/** The Helsinki calendar day of an ISO timestamp (an agreement's `agreedAt`). */
export function helsinkiDay(iso: string): string {
	return toHelsinki(Date.parse(iso)).date;
}

export interface MoneyText {
	text: string;
	/** The amount the text means, null when empty. */
	cents: Cents | null;
	error: MoneyError | null;
}

function readMoney(text: string): MoneyText {
	const parsed = parseMoney(text);
	return parsed.ok
		? { text, cents: parsed.cents, error: null }
		: { text, cents: null, error: parsed.error };
}

export interface MonthsText {
	text: string;
	months: number | null;
	/** The text is not a whole number of months 1..PLAN_HORIZON_MONTHS. */
	invalid: boolean;
}

function readMonths(text: string): MonthsText {
	const t = text.trim();
	if (t === '') return { text, months: null, invalid: false };
	const n = /^\d{1,3}$/.test(t) ? Number(t) : NaN;
	const ok = Number.isInteger(n) && n >= 1 && n <= PLAN_HORIZON_MONTHS;
	return { text, months: ok ? n : null, invalid: !ok };
}

export interface WorkingPlan {
	/** The version edits start from (the newest), or undefined before the first save. */
	base: PlanRow | undefined;
	draftPrefix: string;
	/** The plan on screen: the stored version, or the proposal / preview with the edits. */
	plan: Plan;
	/** Unsaved edits exist. */
	edited: boolean;
	floorKey: string;
	/** The floor's typed text, or null when nothing was typed (the field shows `floorCents`). */
	floorDraft: MoneyText | null;
	/** The floor of the base version, or the one prefilled from the tenant's expenses. */
	floorCents: Cents;
	/** The floor field was emptied: a floor is needed. */
	floorMissing: boolean;
	/** The typed floor is below the household minimum (only an advisor may lower it). */
	floorBelowMinimum: boolean;
	/** The household minimum the floor is checked against. */
	minimumFloorCents: Cents;
	reserveKey: string;
	reserveDraft: MoneyText | null;
	reserveCents: Cents;
	reserveMissing: boolean;
	lengthKey: string;
	lengthDraft: MonthsText | null;
	acceptableMonths: number;
	/**
	 * Debts the tenant can mark as threatening basic needs (energy with a cut-off threat), with the
	 * draft key and whether they are marked now. Fines always are, so they have no box.
	 */
	essentials: { debtId: string; creditor: string; key: string; checked: boolean }[];
	/** Per debt of the plan: the instalment field's draft key and typed text (null: not typed). */
	instalments: Map<string, { key: string; typed: MoneyText | null }>;
	/** Problems of the edits (validatePlan), none for a stored version. */
	problems: PlanProblem[];
	/** Anything typed that cannot be saved: a money text error, or a validatePlan problem. */
	blocked: boolean;
}

export interface PlanContext {
	situation: Situation;
	summary: Summary;
	versions: readonly PlanRow[];
	agreed: PlanRow | undefined;
	payments: readonly Payment[];
	drafts: ReadonlyMap<string, string>;
	today: string;
	/** The landlord list admins keep, once this device has it (the shipped list until then). */
	landlords?: readonly Landlord[];
}

/** The context every plan page reads, from the live situation and plan state on a given day. */
export function planContext(
	live: Pick<PlanContext, 'situation' | 'summary'>,
	plans: Pick<PlanContext, 'versions' | 'agreed' | 'payments' | 'drafts'>,
	today: string,
	landlords?: readonly Landlord[]
): PlanContext {
	const { situation, summary } = live;
	const { versions, agreed, payments, drafts } = plans;
	return {
		situation,
		summary,
		versions,
		agreed,
		payments,
		drafts,
		today,
		...(landlords ? { landlords } : {})
	};
}

/** The input of a brand-new proposal from the current situation (first version, or a redo). */
export function inputFromSituation(
	ctx: Pick<PlanContext, 'situation' | 'summary' | 'today' | 'landlords'>,
	livingFloorCents?: number,
	keep: Pick<PlanInput, 'floorReason' | 'reserveCents' | 'acceptableMonths'> = {}
): PlanInput {
	const dueDay = ctx.situation.home?.dueDay ?? DEFAULT_DUE_DAY;
	return planInputFromSituation(ctx.situation, {
		startMonth: firstPlanMonth(ctx.today, dueDay),
		livingFloorCents: livingFloorCents ?? defaultLivingFloor(ctx.summary),
		...(ctx.landlords ? { landlords: ctx.landlords } : {}),
		...keep
	});
}

/** The settings of a stored version a new version from the situation keeps. */
export function keptSettings(
	row: PlanRow
): Pick<PlanInput, 'floorReason' | 'reserveCents' | 'acceptableMonths'> {
	return {
		...(row.floorReason ? { floorReason: row.floorReason } : {}),
		...(row.reserveCents !== undefined ? { reserveCents: row.reserveCents } : {}),
		...(row.acceptableMonths !== undefined ? { acceptableMonths: row.acceptableMonths } : {})
	};
}

/**
 * Fills in what versions saved before the safe-plan rules (December 2026) lack, so an edit of one gets today's protections:
 * the household minimum, the default reserve and the landlord's accepted length.
 */
function withProtections(ctx: PlanContext, input: PlanInput): PlanInput {
	const minimum = Math.max(
		input.minimumFloorCents ?? 0,
		minimumLivingFloor(ctx.situation.household, input.startMonth)
	);
	return {
		...input,
		minimumFloorCents: minimum,
		reserveCents: input.reserveCents ?? defaultReserve(input.livingFloorCents),
		acceptableMonths:
			input.acceptableMonths ?? acceptableArrearsMonths(ctx.situation.home, ctx.landlords)
	};
}

/** Payments count towards an agreed plan from the day it was agreed (plan-progress.ts, `since`). */
function sinceOf(row: PlanRow): string | undefined {
	return row.agreedAt ? helsinkiDay(row.agreedAt) : undefined;
}

/**
 * A new plan from where the tenant really stands: the agreed plan's balances minus the payments
 * recorded since it was agreed, starting at the next due date; income and rent from the situation
 * when it has them (they may have changed), the plan's own floor.
 */
export function realBalanceInput(ctx: PlanContext, row: PlanRow): PlanInput {
	const stored = planFromRow(row, ctx.summary.stage);
	const input = replanFrom(stored, ctx.payments, ctx.today, { since: sinceOf(row) });
	return withProtections(ctx, {
		...input,
		incomeCents: ctx.situation.incomes.length > 0 ? ctx.summary.incomeMonthly : input.incomeCents,
		rentCents: ctx.situation.home?.rentCents ?? input.rentCents,
		stage: ctx.summary.stage
	});
}

function editInput(ctx: PlanContext, base: PlanRow | undefined): PlanInput {
	if (!base) return inputFromSituation(ctx);
	if (base.agreed) return realBalanceInput(ctx, base);
	const input = planFromRow(base, ctx.summary.stage).input;
	const earliest = firstPlanMonth(ctx.today, input.dueDay);
	return withProtections(ctx, {
		...input,
		startMonth: input.startMonth < earliest ? earliest : input.startMonth
	});
}

export function workingPlan(ctx: PlanContext): WorkingPlan {
	const base = ctx.versions.at(-1);
	const baseId = base?.id ?? null;
	const draftPrefix = planDraftPrefix(baseId);
	const edited = [...ctx.drafts.keys()].some((k) => k.startsWith(draftPrefix));

	const input = editInput(ctx, base);
	const floorCents = toCents(base?.livingFloorCents ?? input.livingFloorCents);
	const minimumFloorCents = toCents(input.minimumFloorCents ?? 0);
	const floorKey = floorDraftKey(baseId);
	const typedFloor = ctx.drafts.get(floorKey);
	const floorDraft = typedFloor === undefined ? null : readMoney(typedFloor);
	const floorMissing =
		floorDraft !== null && floorDraft.error === null && floorDraft.cents === null;
	// The tenant may raise the floor, never lower it below the minimum (an advisor may, with a
	// reason, in the advisor's plan change).
	const floorBelowMinimum = floorDraft?.cents != null && floorDraft.cents < minimumFloorCents;

	const reserveKey = reserveDraftKey(baseId);
	const typedReserve = ctx.drafts.get(reserveKey);
	const reserveDraft = typedReserve === undefined ? null : readMoney(typedReserve);
	const reserveMissing =
		reserveDraft !== null && reserveDraft.error === null && reserveDraft.cents === null;
	const reserveCents = toCents(input.reserveCents ?? 0);

	const lengthKey = lengthDraftKey(baseId);
	const typedLength = ctx.drafts.get(lengthKey);
	const lengthDraft = typedLength === undefined ? null : readMonths(typedLength);
	const acceptableMonths = lengthDraft?.months ?? input.acceptableMonths ?? 12;

	const markable = (d: PlanInput['debts'][number]) =>
		d.type !== 'fines' &&
		d.type !== 'enforcement' &&
		d.type !== 'tax' &&
		!(d.type === 'rentArrears' && d.currentLandlord === true) &&
		d.balanceCents > 0;
	const essentials = input.debts.filter(markable).map((d) => {
		const key = essentialDraftKey(baseId, d.id);
		const typed = ctx.drafts.get(key);
		return {
			debtId: d.id,
			creditor: d.creditor,
			key,
			checked: typed === undefined ? d.essential === true : typed === 'yes'
		};
	});
	const debtsWithMarks = input.debts.map((d) => {
		const mark = essentials.find((e) => e.debtId === d.id);
		return mark ? { ...d, essential: mark.checked } : d;
	});

	const stored = base && !edited ? planFromRow(base, ctx.summary.stage) : undefined;
	const typedFloorCents = floorBelowMinimum ? null : (floorDraft?.cents ?? null);
	const proposal = proposePlan({
		...input,
		debts: debtsWithMarks,
		livingFloorCents: typedFloorCents ?? floorCents,
		// A floor the tenant typed replaces the advisor's lowered one, and the minimum applies again.
		...(typedFloorCents !== null ? { floorReason: undefined } : {}),
		reserveCents: reserveDraft?.cents ?? reserveCents,
		acceptableMonths
	});
	// The base version's own instalments carry over to its edits (for debts still owed).
	const changes: PlanAdjustmentChange[] = (base?.adjustments ?? []).filter((a) =>
		proposal.debts.some((d) => d.id === a.debtId)
	);

	const instalments = new Map<string, { key: string; typed: MoneyText | null }>();
	let textError =
		floorMissing ||
		floorBelowMinimum ||
		floorDraft?.error != null ||
		reserveMissing ||
		reserveDraft?.error != null ||
		lengthDraft?.invalid === true;
	for (const d of (stored ?? proposal).debts) {
		const key = instalmentDraftKey(baseId, d.id);
		const draft = ctx.drafts.get(key);
		const typed = draft === undefined ? null : readMoney(draft);
		instalments.set(d.id, { key, typed });
		if (!typed) continue;
		if (typed.error) textError = true;
		else changes.push({ debtId: d.id, monthlyCents: typed.cents });
	}

	const plan = stored ?? (changes.length > 0 ? applyAdjustments(proposal, changes) : proposal);
	const problems = stored ? [] : validatePlan(plan);
	return {
		base,
		draftPrefix,
		plan,
		edited,
		floorKey,
		floorDraft,
		floorCents,
		floorMissing,
		floorBelowMinimum,
		minimumFloorCents,
		reserveKey,
		reserveDraft,
		reserveCents,
		reserveMissing,
		lengthKey,
		lengthDraft,
		acceptableMonths,
		essentials,
		instalments,
		problems,
		blocked: textError || problems.length > 0
	};
}

/** The base version's fixed instalment of a debt, or null (automatic). */
export function storedInstalmentCents(base: PlanRow | undefined, debtId: string): number | null {
	return base?.adjustments.find((x) => x.debtId === debtId)?.monthlyCents ?? null;
}

/** What a version asks the tenant to pay in its first month, all debts together. */
export function firstMonthTotalCents(row: PlanRow): Cents {
	return sumCents(row.months[0]?.instalmentsCents ?? []);
}

/** Booking an advisor: where the plan sends a tenant who has no money left or is in court. */
export const BOOK_HREF: ResolvedPathname = resolve('/book');

/** Whether income, rent, due day or debts in the situation differ from what a version used. */
export function situationChanged(ctx: PlanContext, row: PlanRow): boolean {
	const now = inputFromSituation(ctx, row.livingFloorCents, keptSettings(row));
	const owed = now.debts.filter((d) => d.balanceCents > 0);
	return (
		now.incomeCents !== row.incomeCents ||
		now.rentCents !== row.rentCents ||
		now.dueDay !== row.dueDay ||
		owed.length !== row.debts.length ||
		owed.some((d) => {
			const was = row.debts.find((x) => x.debtId === d.id);
			return !was || was.balanceCents !== d.balanceCents || was.creditor !== d.creditor;
		})
	);
}

export interface DebtLine {
	id: string;
	creditor: string;
	priority: Plan['debts'][number]['priority'];
	currentLandlord: boolean;
	balanceCents: Cents;
	/** The first instalment and its due date, or null when the schedule gives this debt nothing. */
	firstCents: Cents | null;
	firstDueDate: string | null;
	clearedMonth: string | null;
	fixed: boolean;
	/** A repayment already running, kept as it is (agreed) or deducted from pay (garnished). */
	existing: Plan['debts'][number]['existing'];
}

/** One line per debt for the "instalment per creditor" table: first instalment, clearing month. */
export function debtLines(plan: Plan): DebtLine[] {
	return plan.debts.map((d) => {
		const first = plan.months.find((m) => (m.instalments[d.id] ?? 0) > 0);
		return {
			id: d.id,
			creditor: d.creditor,
			priority: d.priority,
			currentLandlord: d.currentLandlord,
			balanceCents: d.balanceCents,
			firstCents: first ? (first.instalments[d.id] ?? null) : null,
			firstDueDate: first?.dueDate ?? null,
			clearedMonth: d.clearedMonth,
			fixed: d.fixedMonthlyCents !== null,
			existing: d.existing
		};
	});
}

/**
 * The household's consumer reference budget for the categories the reference covers: a soft hint
 * beside the floor, never a limit (reference-budget.ts).
 */
export function referenceFloorHint(situation: Situation): Cents {
	return sumCents(REFERENCE_CATEGORIES.map((c) => referenceCents(c, situation.household)));
}

export interface FollowView {
	row: PlanRow;
	plan: Plan;
	since: string | undefined;
	progress: PlanProgress;
}

/** Progress of the agreed version, payments counted from the day it was agreed. */
export function followView(ctx: PlanContext): FollowView | undefined {
	const row = ctx.agreed;
	if (!row) return undefined;
	const plan = planFromRow(row, ctx.summary.stage);
	const since = sinceOf(row);
	return { row, plan, since, progress: computeProgress(plan, ctx.payments, ctx.today, { since }) };
}

/** Creditor names by debt id, over every version (a payment may name a debt of an older one). */
export function creditorNames(versions: readonly PlanRow[]): Map<string, string> {
	const names = new Map<string, string>();
	for (const v of versions) for (const d of v.debts) names.set(d.debtId, d.creditor);
	return names;
}

export interface ProposalView {
	/** The debts the proposal shows: the current landlord's, or all when asked (or none are). */
	debts: Plan['debts'];
	/** Only the landlord's own arrears are shown. */
	landlordOnly: boolean;
	/** Months with an instalment for a shown debt: due date, the shown debts' instalments, total. */
	months: { month: string; dueDate: string; cents: Cents[]; totalCents: Cents }[];
	/** What the shown debts add up to, and what the schedule pays them in total. */
	owedCents: Cents;
	totalCents: Cents;
	lastDueDate: string | null;
}

/**
 * The landlord's proposal. By default it shows only what the tenant owes this landlord: the
 * other creditors are the tenant's own business, unless the tenant chooses to show them (it can
 * make the plan more credible). With no arrears to the current landlord it shows every debt.
 */
export function proposalView(plan: Plan, includeOthers: boolean): ProposalView {
	const own = plan.debts.filter((d) => d.currentLandlord);
	const landlordOnly = !includeOthers && own.length > 0;
	const debts = landlordOnly ? own : plan.debts;
	const months = plan.months
		.map((m) => {
			const cents = debts.map((d) => m.instalments[d.id] ?? toCents(0));
			return { month: m.month, dueDate: m.dueDate, cents, totalCents: sumCents(cents) };
		})
		.filter((m) => m.totalCents > 0);
	return {
		debts,
		landlordOnly,
		months,
		owedCents: sumCents(debts.map((d) => d.balanceCents)),
		totalCents: sumCents(months.map((m) => m.totalCents)),
		lastDueDate: months.at(-1)?.dueDate ?? null
	};
}

/** The stored text of the landlord's stated costs for a printed version, read as money. */
export function landlordCosts(drafts: ReadonlyMap<string, string>, planId: string): MoneyText {
	const key = costsDraftKey(planId);
	return readMoney(drafts.get(key) ?? '');
}

/** Creditors whose existing agreed instalment a payment break would free for the landlord. */
export function paymentBreakCreditors(plan: Plan): Plan['debts'] {
	return plan.debts.filter(
		(d) => d.existing?.kind === 'agreed' && d.fixedMonthlyCents === null && !d.currentLandlord
	);
}

export interface PlanFigures {
	/** The protected amount of wage garnishment a month, for the debtor and dependants. */
	protectedMonthlyCents: Cents;
	dependants: number;
	/** Instant-loan interest cap and statutory late-payment interest, basis points. */
	interestCapBp: number;
	lateInterestBp: number;
	collectionCaps: YearlyFigures['collectionCaps'];
}

/** The official figures in force for the plan's first month (yearly-figures.ts). */
export function planFigures(plan: Plan, situation: Situation): PlanFigures {
	const f = figuresOn(plan.input.startMonth);
	const dependants = situation.household?.children ?? 0;
	return {
		protectedMonthlyCents: toCents(protectedAmountMonthly(f, dependants)),
		dependants,
		interestCapBp: consumerCreditInterestCapBp(f),
		lateInterestBp: latePaymentInterestBp(f),
		collectionCaps: f.collectionCaps
	};
}

/** Basis points as a percentage text, e.g. 1750 -> "17,5" (fi/sv) or "17.5" (en). */
export function percentText(bp: number, lang: string): string {
	const text = String(bp / 100);
	return lang === 'en' ? text : text.replace('.', ',');
}
