import { describe, expect, it } from 'vitest';
import { planFromRow, planToRowData } from '$lib/domain/plan';
import { computeSummary } from '$lib/domain/summary';
import { emptyRowData } from '$lib/schemas/defaults';
import { HOME_ARREARS_DEBT_ID, type Payment, type PlanRow } from '$lib/schemas/plan';
import { HOME_ID, type Debt, type Situation } from '$lib/schemas/situation';
import {
	costsDraftKey,
	essentialDraftKey,
	floorDraftKey,
	instalmentDraftKey,
	lengthDraftKey,
	reserveDraftKey
} from '$lib/db/plan-repo';
import {
	creditorNames,
	debtLines,
	firstMonthTotalCents,
	followView,
	helsinkiDay,
	helsinkiToday,
	landlordCosts,
	paymentBreakCreditors,
	percentText,
	planFigures,
	proposalView,
	situationChanged,
	storedInstalmentCents,
	workingPlan,
	type PlanContext
} from './plan-view';

const stamp = {
	createdAt: '2026-11-01T10:00:00.000Z',
	updatedAt: '2026-11-01T10:00:00.000Z',
	version: 0
};

const debt = (id: string, overrides: Partial<Debt>): Debt => ({
	id,
	...stamp,
	creditor: `Laina ${id}`,
	type: 'consumerLoan',
	balanceCents: 100_000,
	monthlyPaymentCents: null,
	status: 'late',
	...overrides
});

function situationWith(overrides: Partial<Situation> = {}): Situation {
	return {
		household: undefined,
		home: {
			...emptyRowData('home', HOME_ID),
			id: HOME_ID,
			...stamp,
			rentCents: 70_000,
			dueDay: 2,
			arrearsCents: 140_000,
			arrearsMonths: 2
		},
		incomes: [
			{ id: 'salary', ...stamp, source: 'salary', amountCents: 250_000, frequency: 'monthly' }
		],
		expenses: [
			{ id: 'food', ...stamp, category: 'food', amountCents: 40_000, frequency: 'monthly' }
		],
		debts: [debt('loan', {}), debt('power', { creditor: 'Sähkö Oy', type: 'other' })],
		benefits: [],
		decisions: [],
		...overrides
	};
}

const TODAY = '2026-11-30';

function ctxWith(overrides: Partial<PlanContext> = {}): PlanContext {
	const situation = overrides.situation ?? situationWith();
	return {
		situation,
		summary: computeSummary(situation),
		versions: [],
		agreed: undefined,
		payments: [],
		drafts: new Map(),
		today: TODAY,
		...overrides
	};
}

/** Saves what the page shows now as version `revision`, optionally agreed. */
function saved(ctx: PlanContext, revision: number, agreedAt: string | null = null): PlanRow {
	const { plan } = workingPlan(ctx);
	return {
		...planToRowData(plan, { revision, basedOnPlanId: null }),
		id: `v${revision}`,
		...stamp,
		agreed: agreedAt !== null,
		agreedAt
	};
}

const payment = (date: string, amountCents: number, debtId = HOME_ARREARS_DEBT_ID): Payment => ({
	id: `pay-${date}-${debtId}`,
	...stamp,
	date,
	amountCents,
	debtId,
	planId: null,
	note: ''
});

describe('Helsinki days', () => {
	it('reads today and an agreement time on a Helsinki calendar', () => {
		expect(helsinkiToday(Date.parse('2026-11-30T22:30:00Z'))).toBe('2026-12-01');
		expect(helsinkiDay('2026-06-30T21:30:00.000Z')).toBe('2026-07-01');
		expect(helsinkiDay('2026-06-30T20:30:00.000Z')).toBe('2026-06-30');
	});
});

describe('workingPlan', () => {
	it('proposes a plan from the situation before any version is saved', () => {
		const work = workingPlan(ctxWith());
		expect(work.base).toBeUndefined();
		expect(work.draftPrefix).toBe('plans/new/');
		expect(work.edited).toBe(false);
		expect(work.plan.input.startMonth).toBe('2026-12');
		expect(work.plan.debts.map((d) => d.id)).toEqual([HOME_ARREARS_DEBT_ID, 'loan', 'power']);
		expect(work.floorDraft).toBeNull();
		expect(work.blocked).toBe(work.problems.length > 0);
	});

	it('shows the newest version exactly as stored while nothing is edited', () => {
		const base = saved(ctxWith(), 1);
		const work = workingPlan(
			ctxWith({ versions: [base], situation: situationWith({ incomes: [] }) })
		);
		expect(work.base).toBe(base);
		expect(work.edited).toBe(false);
		expect(work.plan).toEqual(planFromRow(base, work.plan.input.stage));
		expect(work.problems).toEqual([]);
		expect(work.floorCents).toBe(base.livingFloorCents);
	});

	it('previews edits typed under the newest version and reports text that cannot be saved', () => {
		const base = saved(ctxWith(), 1);
		const instalment = instalmentDraftKey(base.id, 'loan');
		const drafts = new Map([
			[floorDraftKey(base.id), 'x'],
			[instalment, '50']
		]);
		const work = workingPlan(ctxWith({ versions: [base], drafts }));
		expect(work.edited).toBe(true);
		expect(work.floorDraft).toMatchObject({ text: 'x', error: 'invalid' });
		expect(work.instalments.get('loan')?.typed).toMatchObject({ cents: 5_000 });
		expect(work.plan.debts.find((d) => d.id === 'loan')?.fixedMonthlyCents).toBe(5_000);
		expect(work.blocked).toBe(true);
	});

	it('needs a floor and a reserve, refuses a floor below the minimum and a bad length', () => {
		const base = saved(ctxWith(), 1);
		const empty = workingPlan(
			ctxWith({
				versions: [base],
				drafts: new Map([
					[floorDraftKey(base.id), ''],
					[reserveDraftKey(base.id), ' ']
				])
			})
		);
		expect(empty.floorMissing).toBe(true);
		expect(empty.reserveMissing).toBe(true);
		expect(empty.blocked).toBe(true);

		const low = workingPlan(
			ctxWith({ versions: [base], drafts: new Map([[floorDraftKey(base.id), '10']]) })
		);
		expect(low.minimumFloorCents).toBeGreaterThan(1_000);
		expect(low.floorBelowMinimum).toBe(true);
		expect(low.blocked).toBe(true);
		// The proposal keeps the stored floor rather than the refused one.
		expect(low.plan.input.livingFloorCents).toBe(base.livingFloorCents);

		const long = workingPlan(
			ctxWith({ versions: [base], drafts: new Map([[lengthDraftKey(base.id), '999']]) })
		);
		expect(long.lengthDraft).toEqual({ text: '999', months: null, invalid: true });
		expect(long.blocked).toBe(true);
		const six = workingPlan(
			ctxWith({ versions: [base], drafts: new Map([[lengthDraftKey(base.id), '6']]) })
		);
		expect(six.acceptableMonths).toBe(6);
		expect(six.lengthDraft?.invalid).toBe(false);
	});

	it('lets the tenant mark a debt as threatening basic needs, but never the landlord arrears', () => {
		const ctx = ctxWith();
		expect(workingPlan(ctx).essentials.map((e) => e.debtId)).toEqual(['loan', 'power']);
		const marked = workingPlan(
			ctxWith({ drafts: new Map([[essentialDraftKey(null, 'power'), 'yes']]) })
		);
		expect(marked.essentials.find((e) => e.debtId === 'power')?.checked).toBe(true);
		expect(marked.plan.debts.find((d) => d.id === 'power')?.priority).toBe('essential');
		expect(workingPlan(ctx).plan.debts.find((d) => d.id === 'power')?.priority).not.toBe(
			'essential'
		);
		expect(marked.edited).toBe(true);
	});

	it('edits an agreed version from the real balances: payments since the agreement count', () => {
		const agreedAt = '2026-11-10T10:00:00.000Z';
		const base = saved(ctxWith({ today: '2026-11-01' }), 1, agreedAt);
		const drafts = new Map([[floorDraftKey(base.id), '900']]);
		const payments = [payment('2026-11-05', 20_000), payment('2026-11-20', 30_000)];
		const work = workingPlan(ctxWith({ versions: [base], agreed: base, payments, drafts }));
		const arrears = work.plan.debts.find((d) => d.id === HOME_ARREARS_DEBT_ID);
		// Only the payment after the agreement is taken off the stored balance.
		expect(arrears?.balanceCents).toBe(140_000 - 30_000);
	});

	it('never starts an edit of an unagreed version in a month whose due date has passed', () => {
		const base = saved(ctxWith({ today: '2026-09-01' }), 1);
		expect(base.startMonth).toBe('2026-09');
		const work = workingPlan(
			ctxWith({ versions: [base], drafts: new Map([[floorDraftKey(base.id), '900']]) })
		);
		expect(work.plan.input.startMonth).toBe('2026-12');
	});
});

describe('versions', () => {
	it('reads stored instalments, the first month total and the creditors of every version', () => {
		const base = saved(ctxWith({ drafts: new Map([[instalmentDraftKey(null, 'loan'), '40']]) }), 1);
		expect(storedInstalmentCents(base, 'loan')).toBe(4_000);
		expect(storedInstalmentCents(base, 'power')).toBeNull();
		expect(storedInstalmentCents(undefined, 'loan')).toBeNull();
		expect(firstMonthTotalCents(base)).toBe(
			base.months[0]!.instalmentsCents.reduce((a, b) => a + b, 0)
		);
		const renamed = {
			...base,
			id: 'v2',
			debts: base.debts.map((d) => ({ ...d, creditor: 'Uusi' }))
		};
		expect(creditorNames([base, renamed]).get('loan')).toBe('Uusi');
	});

	it('notices when the situation moved away from what a version used', () => {
		const base = saved(ctxWith(), 1);
		expect(situationChanged(ctxWith(), base)).toBe(false);
		const richer = situationWith({
			incomes: [
				{ id: 'salary', ...stamp, source: 'salary', amountCents: 260_000, frequency: 'monthly' }
			]
		});
		expect(situationChanged(ctxWith({ situation: richer }), base)).toBe(true);
		const newDebt = situationWith({
			debts: [...situationWith().debts, debt('card', { creditor: 'Kortti' })]
		});
		expect(situationChanged(ctxWith({ situation: newDebt }), base)).toBe(true);
	});
});

describe('following the agreed version', () => {
	it('has nothing to follow before an agreement', () => {
		expect(followView(ctxWith())).toBeUndefined();
	});

	it('counts payments from the Helsinki day of the agreement', () => {
		const base = saved(ctxWith(), 1, '2026-11-29T22:30:00.000Z');
		const follow = followView(
			ctxWith({ agreed: base, versions: [base], payments: [payment('2026-11-29', 5_000)] })
		);
		expect(follow?.since).toBe('2026-11-30');
		expect(follow?.progress.paidCents).toBe(0);
		const counted = followView(
			ctxWith({ agreed: base, versions: [base], payments: [payment('2026-11-30', 5_000)] })
		);
		expect(counted?.progress.paidCents).toBe(5_000);
	});
});

describe('the landlord proposal and the printed figures', () => {
	const plan = workingPlan(ctxWith()).plan;

	it('shows the landlord only their own arrears unless the tenant includes the others', () => {
		const own = proposalView(plan, false);
		expect(own.landlordOnly).toBe(true);
		expect(own.debts.map((d) => d.id)).toEqual([HOME_ARREARS_DEBT_ID]);
		expect(own.owedCents).toBe(140_000);
		expect(own.months.every((m) => m.totalCents > 0)).toBe(true);
		expect(own.lastDueDate).toBe(own.months.at(-1)?.dueDate);
		const all = proposalView(plan, true);
		expect(all.landlordOnly).toBe(false);
		expect(all.debts).toHaveLength(3);
	});

	it('shows every debt when none is owed to the current landlord', () => {
		const noArrears = situationWith({
			home: { ...situationWith().home!, arrearsCents: 0, arrearsMonths: 0 }
		});
		const view = proposalView(workingPlan(ctxWith({ situation: noArrears })).plan, false);
		expect(view.landlordOnly).toBe(false);
		expect(view.debts.map((d) => d.id)).toEqual(['loan', 'power']);
	});

	it('lists each debt with its first instalment and its clearing month', () => {
		const lines = debtLines(plan);
		expect(lines.map((l) => l.id)).toEqual(plan.debts.map((d) => d.id));
		const arrears = lines.find((l) => l.id === HOME_ARREARS_DEBT_ID)!;
		expect(arrears.currentLandlord).toBe(true);
		expect(arrears.firstDueDate).toBe('2026-12-02');
		expect(arrears.firstCents).toBeGreaterThan(0);
		expect(arrears.fixed).toBe(false);
	});

	it('reads the landlord’s stated costs as money', () => {
		const drafts = new Map([[costsDraftKey('v1'), '12,50']]);
		expect(landlordCosts(drafts, 'v1')).toEqual({ text: '12,50', cents: 1_250, error: null });
		expect(landlordCosts(new Map(), 'v1')).toEqual({ text: '', cents: null, error: null });
		expect(landlordCosts(new Map([[costsDraftKey('v1'), 'paljon']]), 'v1').error).toBe('invalid');
	});

	it('names creditors whose agreed instalment a payment break would free', () => {
		const agreed = situationWith({
			debts: [
				debt('loan', { status: 'agreed', monthlyPaymentCents: 10_000 }),
				debt('power', { creditor: 'Sähkö Oy', type: 'other' })
			]
		});
		const withAgreement = workingPlan(ctxWith({ situation: agreed })).plan;
		expect(paymentBreakCreditors(withAgreement).map((d) => d.id)).toEqual(['loan']);
		expect(paymentBreakCreditors(plan)).toEqual([]);
	});

	it('prints the official figures of the first month and percentages per language', () => {
		const figures = planFigures(plan, situationWith());
		expect(figures.dependants).toBe(0);
		expect(figures.protectedMonthlyCents).toBeGreaterThan(0);
		expect(percentText(1750, 'fi')).toBe('17,5');
		expect(percentText(1750, 'sv')).toBe('17,5');
		expect(percentText(1750, 'en')).toBe('17.5');
		expect(percentText(800, 'fi')).toBe('8');
	});
});

describe('the landlord list admins keep', () => {
	it('names the landlord and takes its accepted plan length once the device has the list', () => {
		const base = situationWith();
		const situation: Situation = {
			...base,
			home: { ...base.home!, landlordId: 'kuopion-asunnot', landlordOther: '' }
		};
		const shipped = workingPlan(ctxWith({ situation })).plan;
		const kept = workingPlan(
			ctxWith({
				situation,
				landlords: [
					{ id: 'kuopion-asunnot', name: 'Kuopion Asunnot Oy', acceptableArrearsMonths: 6 }
				]
			})
		).plan;
		const arrears = (plan: typeof kept) =>
			plan?.debts.find((d) => d.id === HOME_ARREARS_DEBT_ID)?.creditor;
		// The shipped list does not know an admin's addition: no name, the default length.
		expect(arrears(shipped)).toBe('');
		expect(shipped?.input.acceptableMonths).toBe(12);
		expect(arrears(kept)).toBe('Kuopion Asunnot Oy');
		expect(kept?.input.acceptableMonths).toBe(6);
	});
});
