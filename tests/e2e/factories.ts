// Test data for the browser tests, and the expected summary figures computed from it with plain,
// explicit arithmetic (never with the app's own domain functions, so a rule bug cannot hide itself).
import type { Messages } from '../../src/lib/i18n/fi/index';

type SituationMessages = Messages['situation'];
export type Frequency = keyof SituationMessages['frequencies'];
export type IncomeSource = keyof SituationMessages['income']['sources'];
export type ExpenseCategory = keyof SituationMessages['expenses']['categories'];
export type DebtType = keyof SituationMessages['debts']['types'];
export type DebtStatus = keyof SituationMessages['debts']['statuses'];
export type Benefit = keyof SituationMessages['benefits']['names'];
export type BenefitStatus = keyof SituationMessages['benefits']['statuses'];
export type DecisionType = keyof SituationMessages['decisions']['types'];
export type EvictionEvent = keyof SituationMessages['home']['events'];

/** An amount as the tenant types it, and the cents it means (written out by hand). */
export interface Amount {
	text: string;
	cents: number;
}

export interface AmountLine<K extends string> {
	key: K;
	amount: Amount;
	frequency: Frequency;
}

export interface DebtData {
	creditor: string;
	type: DebtType;
	balance: Amount;
	monthly: Amount;
	status: DebtStatus;
}

export interface DecisionData {
	type: DecisionType;
	date: string;
	note: string;
}

export interface SituationData {
	household: { adults: string; children: string; municipality: string };
	home: {
		/** Display name of a landlord in the app's list (the list starts with the seed's companies). */
		landlord: string;
		rent: Amount;
		dueDay: string;
		arrears: Amount;
		arrearsMonths: string;
		events: { event: EvictionEvent; date: string }[];
	};
	incomes: AmountLine<IncomeSource>[];
	expenses: AmountLine<ExpenseCategory>[];
	debts: DebtData[];
	benefits: { benefit: Benefit; status: BenefitStatus }[];
	decisions: DecisionData[];
}

/**
 * A household of two adults and a child whose lease has been terminated: the case the summary must
 * get right to the cent. Amounts use every input style the issue lists (`1 234,50`, `1234,5`,
 * `1234.50`, a trailing `€`) and frequencies that need rounding (weekly, every 2 weeks with an
 * exact half cent, quarterly, yearly) plus a one-off that must stay out of the monthly figures.
 */
export function terminatedFamily(): SituationData {
	return {
		household: { adults: '2', children: '1', municipality: 'Jyväskylä' },
		home: {
			landlord: 'Jyväskylän Vuokra-asunnot Oy',
			rent: { text: '650,00', cents: 650_00 },
			dueDay: '5',
			arrears: { text: '1 300', cents: 1300_00 },
			arrearsMonths: '2',
			events: [
				{ event: 'reminder', date: '2026-08-10' },
				{ event: 'termination', date: '2026-10-01' }
			]
		},
		incomes: [
			{ key: 'salary', amount: { text: '1 850,50', cents: 1850_50 }, frequency: 'monthly' },
			{ key: 'childBenefit', amount: { text: '94,88', cents: 94_88 }, frequency: 'monthly' },
			// 45.95 a week: 4595 * 52 / 12 = 19911.67 -> 19912
			{ key: 'other', amount: { text: '45.95', cents: 45_95 }, frequency: 'weekly' },
			// 112.35 every two weeks: 11235 * 26 / 12 = 24342.5 exactly -> half up -> 24343
			{
				key: 'maintenanceSupport',
				amount: { text: '112,35 €', cents: 112_35 },
				frequency: 'biweekly'
			},
			// A one-off back payment: reported apart, never in the monthly income.
			{ key: 'studentAid', amount: { text: '300', cents: 300_00 }, frequency: 'oneOff' }
		],
		expenses: [
			// 89.90 a quarter: 8990 / 3 = 2996.67 -> 2997
			{ key: 'electricity', amount: { text: '89,9', cents: 89_90 }, frequency: 'quarterly' },
			// 180 a year: 18000 / 12 = 1500
			{ key: 'homeInsurance', amount: { text: '180', cents: 180_00 }, frequency: 'yearly' },
			{ key: 'food', amount: { text: '600', cents: 600_00 }, frequency: 'monthly' },
			{ key: 'phoneInternet', amount: { text: '39,90', cents: 39_90 }, frequency: 'monthly' },
			// Far above the reference for two adults and a child: gives a soft hint.
			{ key: 'hobbies', amount: { text: '400', cents: 400_00 }, frequency: 'monthly' }
		],
		debts: [
			{
				creditor: 'Pikalaina Oy',
				type: 'instantLoan',
				balance: { text: '2 400,00', cents: 2400_00 },
				monthly: { text: '120', cents: 120_00 },
				status: 'late'
			},
			{
				creditor: 'Vanha vuokranantaja',
				type: 'rentArrears',
				balance: { text: '450,5', cents: 450_50 },
				monthly: { text: '50,00', cents: 50_00 },
				status: 'collection'
			}
		],
		benefits: [
			{ benefit: 'housingAllowance', status: 'waiting' },
			{ benefit: 'basicSocialAssistance', status: 'refused' },
			{ benefit: 'childBenefit', status: 'granted' },
			{ benefit: 'preventiveSocialAssistance', status: 'notApplied' }
		],
		decisions: [{ type: 'court', date: '2026-10-20', note: 'Kutsu käräjäoikeuteen' }]
	};
}

/** The benefits in the order the app lists them (the benefits step and the summary). */
export const BENEFIT_ORDER: Benefit[] = [
	'housingAllowance',
	'basicSocialAssistance',
	'supplementarySocialAssistance',
	'preventiveSocialAssistance',
	'unemploymentBenefit',
	'sicknessAllowance',
	'pension',
	'studentAid',
	'childBenefit',
	'maintenanceSupport'
];

/** Payments per year for each frequency (a year has 52 weeks); null: not a monthly amount. */
const PER_YEAR: Record<Frequency, number | null> = {
	weekly: 52,
	biweekly: 26,
	fourWeekly: 13,
	monthly: 12,
	quarterly: 4,
	yearly: 1,
	oneOff: null
};

/**
 * Monthly equivalent in cents: amount × payments a year / 12, rounded half up. Math.round rounds
 * half up for the positive amounts used here, and `cents * perYear / 12` is exact for x.5.
 */
export function monthly(cents: number, frequency: Frequency): number {
	const perYear = PER_YEAR[frequency];
	if (perYear === null) return 0;
	return Math.round((cents * perYear) / 12);
}

export interface ExpectedSummary {
	income: number;
	oneOffIncome: number;
	expenses: number;
	surplus: number;
	totalDebt: number;
	rentArrears: number;
	benefitsNotApplied: Benefit[];
}

/** The summary the tenant should see for `data`, by the rules, written out step by step. */
export function expectedSummary(data: SituationData): ExpectedSummary {
	const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
	const income = sum(data.incomes.map((l) => monthly(l.amount.cents, l.frequency)));
	const oneOffIncome = sum(
		data.incomes.filter((l) => l.frequency === 'oneOff').map((l) => l.amount.cents)
	);
	const typed = sum(data.expenses.map((l) => monthly(l.amount.cents, l.frequency)));
	// Rent (home step) and debt repayments (debts step) are expense lines too.
	const repayments = sum(data.debts.map((d) => d.monthly.cents));
	const expenses = typed + data.home.rent.cents + repayments;
	const answered = new Map(data.benefits.map((b) => [b.benefit, b.status]));
	return {
		income,
		oneOffIncome,
		expenses,
		surplus: income - expenses,
		// The current landlord's arrears plus every other debt's balance.
		totalDebt: data.home.arrears.cents + sum(data.debts.map((d) => d.balance.cents)),
		// Arrears to the current landlord plus debts typed as rent arrears (e.g. a previous home).
		rentArrears:
			data.home.arrears.cents +
			sum(data.debts.filter((d) => d.type === 'rentArrears').map((d) => d.balance.cents)),
		benefitsNotApplied: BENEFIT_ORDER.filter(
			(b) => (answered.get(b) ?? 'notApplied') === 'notApplied'
		)
	};
}

/** `123456` -> `1 234,56 €` (Finnish style, plain spaces), independent of Intl. */
export function euroFi(cents: number): string {
	const sign = cents < 0 ? '-' : '';
	const abs = Math.abs(cents);
	const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
	return `${sign}${euros},${String(abs % 100).padStart(2, '0')} €`;
}

/** `123456` -> `€1,234.56` (the app's euro-area English). */
export function euroEn(cents: number): string {
	const sign = cents < 0 ? '-' : '';
	const abs = Math.abs(cents);
	const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return `${sign}€${euros}.${String(abs % 100).padStart(2, '0')}`;
}

/** Collapses NBSP, narrow NBSP, thin spaces and runs of whitespace into single plain spaces. */
export function normalise(text: string | null): string {
	return (text ?? '').replace(/[\s\u00A0\u202F\u2009]+/g, ' ').trim();
}

/** A string that can only come from this test run, to look for in caches and requests. */
export function marker(prefix: string): string {
	return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
