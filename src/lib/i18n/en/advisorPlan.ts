import type { Messages } from '../fi/index';

export const advisorPlan: Messages['advisorPlan'] = {
	title: 'Payment plan and progress',
	none: 'The tenant has not made a payment plan yet.',
	following: (revision: number, agreed: string | null) =>
		agreed ? `Version ${revision}, agreed on ${agreed}` : `Version ${revision}, not agreed yet`,
	creditor: 'Creditor',
	balance: 'Owed when the plan started',
	withheldLandlord: 'Rent arrears (landlord)',
	withheldDebt: (n: number) => `Debt ${n}`,
	withheld: 'not consented',
	withheldNote:
		'The consent covers the plan’s instalments and payments. Creditors and amounts owed show only if the consent also covers debts or rent arrears.',
	instalment: 'Monthly instalment',
	clearedIn: 'Paid off in',
	status: 'Status',
	paid: 'Paid',
	remaining: 'Left',
	shortfall: (amount: string) => `Behind by ${amount}`,
	notScheduled: 'not scheduled',
	changeTitle: 'Change instalments',
	changeIntro:
		'You can propose new monthly instalments. Saving makes a new version of the plan; the tenant sees it and decides whether to agree to it.',
	newInstalment: (creditor: string) => `New monthly instalment: ${creditor}`,
	floor: 'New essential living costs per month',
	floorNow: (amount: string) => `Now ${amount}.`,
	floorMinimum: (amount: string) =>
		`The minimum is ${amount} (the basic amount of social assistance).`,
	floorLowered: (reason: string) => `The amount has been lowered. Reason: ${reason}`,
	floorReason: 'Reason, if the amount is below the minimum',
	floorReasonHint: 'The tenant sees the reason in their plan.',
	floorReasonMissing: 'Enter a reason. An amount below the minimum needs one.',
	save: 'Save as a new version',
	saving: 'Saving…',
	saved: (revision: number) => `Saved as version ${revision}.`,
	nothingChanged: 'Enter at least one new instalment.',
	refused: 'The tenant’s consent no longer covers the payment plan.',
	failed: 'Saving did not work. Check the instalments.',
	problems: {
		exceedsBalance: 'The instalment is more than the debt still owed.',
		overAvailable: 'The instalments are more than the money available each month.',
		other: 'The instalment does not fit the plan.'
	}
};
