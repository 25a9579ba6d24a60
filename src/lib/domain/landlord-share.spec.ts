import { describe, expect, it } from 'vitest';
import {
	LANDLORD_CONSENT_KINDS,
	PROPOSAL_STATES,
	accountArrearsCents,
	accountArrearsMonths,
	counterClears,
	counterMonths,
	diffRentAccount,
	homeFieldsFromAccount,
	mergeConfirmations,
	nextProposalState,
	planFromCounter,
	proposalAgreed,
	type ProposalAction,
	type RentAccount
} from './landlord-share';
import type { PlanRowData } from './plan';

const account: RentAccount = {
	rentCents: 75_000,
	dueDay: 2,
	months: [
		{ month: '2026-11', dueCents: 75_000, paidCents: 15_000 },
		{ month: '2026-09', dueCents: 75_000, paidCents: 75_000 },
		{ month: '2026-10', dueCents: 75_000, paidCents: 0 }
	],
	interestCents: 1_240,
	collectionCostsCents: 1_500,
	notices: [
		{ date: '2026-10-20', kind: 'reminder' },
		{ date: '2026-11-20', kind: 'reminder' }
	]
};

const mark = (happened: boolean, date: string | null = null) => ({ happened, date });
const home = {
	rentCents: 75_000,
	dueDay: 5,
	arrearsCents: 100_000,
	arrearsMonths: 2,
	reminder: mark(true),
	collectionLetter: mark(false),
	termination: mark(true, '2026-11-01'),
	evictionApplication: mark(false)
};

describe('the rent account', () => {
	it('adds unpaid rent over the months, interest and costs apart', () => {
		expect(accountArrearsCents(account)).toBe(135_000);
		expect(accountArrearsMonths(account)).toBe(2);
		// An overpayment pays earlier months; the account never shows negative arrears.
		expect(
			accountArrearsCents({ months: [{ month: '2026-01', dueCents: 100, paidCents: 500 }] })
		).toBe(0);
		expect(
			accountArrearsMonths({
				months: [
					{ month: '2026-01', dueCents: 100, paidCents: 0 },
					{ month: '2026-02', dueCents: 100, paidCents: 200 }
				]
			})
		).toBe(0);
	});

	it('compares field by field and marks what differs', () => {
		const diff = Object.fromEntries(diffRentAccount(account, home).map((l) => [l.field, l]));
		expect(diff.rentCents).toMatchObject({ tenant: 75_000, landlord: 75_000, differs: false });
		expect(diff.dueDay).toMatchObject({ tenant: 5, landlord: 2, differs: true });
		expect(diff.arrearsCents).toMatchObject({ tenant: 100_000, landlord: 135_000, differs: true });
		expect(diff.arrearsMonths).toMatchObject({ differs: false });
		// "Received" without a date matches the landlord's latest date.
		expect(diff.reminder).toMatchObject({ tenant: '', landlord: '2026-11-20', differs: false });
		expect(diff.collectionLetter).toMatchObject({ tenant: null, landlord: null, differs: false });
		// Only one side has it.
		expect(diff.termination).toMatchObject({ tenant: '2026-11-01', landlord: null, differs: true });
		// Nothing typed yet: everything the landlord has differs.
		expect(
			diffRentAccount(account, undefined)
				.filter((l) => l.differs)
				.map((l) => l.field)
		).toEqual(['rentCents', 'dueDay', 'arrearsCents', 'arrearsMonths', 'reminder']);
	});

	it('takes the landlord figures and keeps notices the landlord did not record', () => {
		expect(homeFieldsFromAccount(account)).toEqual({
			rentCents: 75_000,
			dueDay: 2,
			arrearsCents: 135_000,
			arrearsMonths: 2,
			reminder: { happened: true, date: '2026-11-20' }
		});
	});
});

describe('a plan sent to the landlord', () => {
	const actions: ProposalAction[] = [
		{ by: 'landlord', type: 'accept' },
		{ by: 'landlord', type: 'decline' },
		{ by: 'landlord', type: 'counter' },
		{ by: 'tenant', type: 'acceptCounter' }
	];

	it('lets the landlord answer once and the tenant accept only a counter-proposal', () => {
		expect(nextProposalState('sent', actions[0]!)).toEqual({ ok: true, state: 'accepted' });
		expect(nextProposalState('sent', actions[1]!)).toEqual({ ok: true, state: 'declined' });
		expect(nextProposalState('sent', actions[2]!)).toEqual({ ok: true, state: 'countered' });
		expect(nextProposalState('sent', actions[3]!)).toEqual({ ok: false, reason: 'notCountered' });
		expect(nextProposalState('countered', actions[3]!)).toEqual({
			ok: true,
			state: 'counterAccepted'
		});
	});

	it('never leaves a state once answered, except a counter-proposal the tenant accepts', () => {
		for (const state of PROPOSAL_STATES) {
			for (const action of actions) {
				const next = nextProposalState(state, action);
				const allowed =
					state === 'sent'
						? action.by === 'landlord'
						: state === 'countered' && action.by === 'tenant';
				expect(next.ok, `${state} + ${action.by}.${action.type}`).toBe(allowed);
			}
		}
		expect(PROPOSAL_STATES.filter(proposalAgreed)).toEqual(['accepted', 'counterAccepted']);
	});

	it('lists the months of a counter-proposal and whether it clears the arrears', () => {
		const counter = { instalmentCents: 20_000, startMonth: '2026-11', months: 3 };
		expect(counterMonths(counter)).toEqual(['2026-11', '2026-12', '2027-01']);
		expect(counterClears(counter, 60_000)).toBe(true);
		expect(counterClears(counter, 60_001)).toBe(false);
	});

	const sent: PlanRowData = {
		revision: 2,
		basedOnPlanId: 'plan-1',
		startMonth: '2026-12',
		dueDay: 2,
		incomeCents: 200_000,
		livingFloorCents: 90_000,
		rentCents: 75_000,
		debts: [
			{
				debtId: 'homeArrears',
				creditor: 'Vuokra Oy',
				type: 'rentArrears',
				balanceCents: 60_000,
				currentLandlord: true
			}
		],
		adjustments: [],
		months: [
			{ month: '2026-12', dueDate: '2026-12-02', instalmentsCents: [35_000] },
			{ month: '2027-01', dueDate: '2027-01-02', instalmentsCents: [25_000] }
		],
		agreed: true,
		agreedAt: '2026-11-20T10:00:00.000Z',
		note: ''
	};
	const meta = {
		revision: 3,
		basedOnPlanId: 'plan-2',
		agreedAt: '2026-12-01T00:00:00.000Z',
		note: ''
	};

	it('makes the agreed version of a counter-proposal with the plan rules', () => {
		const { row, problems } = planFromCounter(
			sent,
			{ instalmentCents: 20_000, startMonth: '2027-01', months: 3 },
			meta
		);
		expect(problems).toEqual([]);
		expect(row).toMatchObject({
			revision: 3,
			basedOnPlanId: 'plan-2',
			startMonth: '2027-01',
			agreed: true,
			agreedAt: meta.agreedAt,
			adjustments: [{ debtId: 'homeArrears', monthlyCents: 20_000, fromMonth: null }]
		});
		expect(row.months.map((m) => [m.month, m.instalmentsCents[0]])).toEqual([
			['2027-01', 20_000],
			['2027-02', 20_000],
			['2027-03', 20_000]
		]);
	});

	it('reports a counter-proposal over the money available', () => {
		const { problems } = planFromCounter(
			sent,
			{ instalmentCents: 50_000, startMonth: '2027-01', months: 2 },
			meta
		);
		expect(problems.map((p) => p.code)).toContain('overAvailable');
	});

	it('keeps one confirmation per month, the newest', () => {
		const first = { month: '2027-01', rentArrived: true, instalmentArrived: false };
		const later = { month: '2027-01', rentArrived: true, instalmentArrived: true };
		const feb = { month: '2027-02', rentArrived: false, instalmentArrived: false };
		expect(mergeConfirmations(mergeConfirmations([feb, first], later), feb)).toEqual([later, feb]);
	});

	it('has three consent kinds', () => {
		expect(LANDLORD_CONSENT_KINDS).toEqual(['shareRentAccount', 'tellGettingHelp', 'sendPlan']);
	});
});
