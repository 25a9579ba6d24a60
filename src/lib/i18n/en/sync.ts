import type { Messages } from '../fi/index';

export const sync: Messages['sync'] = {
	statusLabel: 'Sync',
	upToDate: 'Up to date',
	waiting: (n: number) =>
		n === 1 ? '1 change waiting to be sent' : `${n} changes waiting to be sent`,
	syncing: 'Syncing…',
	offline: 'Offline – changes will be sent when you are back online',
	error: 'Sync failed',
	quotaExceeded:
		'Your account holds so much data that new changes cannot be sent. The changes are kept on this device. Delete rows you no longer need, such as old debts or notes, and sending will continue.',
	retry: 'Retry',
	syncNow: 'Sync now',
	lastSynced: (time: string) => `Last synced ${time}`,
	rejectedTitle: 'The server did not accept every change',
	rejectedText:
		'Your information is still on this device. Check the items shown; if the problem continues, contact support.',
	dismiss: 'Dismiss',
	awayTitle: 'This device was offline for a long time',
	awayText:
		'Its unsent changes have now been sent again and your information was fetched from the server. Check that it is correct.',
	conflictsTitle: 'Choose the right value',
	conflictsIntro:
		'The same information was changed differently on two devices. Which one is right? Neither has been deleted.',
	conflictField: (what: string) => `${what}:`,
	keepThis: (value: string) => `Keep ${value}`,
	emptyValue: 'empty',
	noticesTitle: 'Not every change was kept',
	noticesIntro:
		'When the same information is changed on two devices, only one change stays. Below is what was left out. You can restore it or dismiss the notice.',
	noticeReplaced: (what: string) =>
		`${what}: the value saved on another device was replaced by the change made on this device.`,
	noticeDeleted: (what: string) =>
		`${what} had been removed on another device, so the change made on this device was not saved.`,
	noticeNotSent: (what: string) =>
		`${what}: the change could not be saved on the server. It is only on this device.`,
	droppedValues: 'Left out:',
	restore: 'Restore',
	yes: 'yes',
	no: 'no',
	entityNames: {
		household: 'Household',
		home: 'Home and rent',
		incomes: 'Income',
		expenses: 'Expense',
		debts: 'Debt',
		benefits: 'Benefit',
		decisions: 'Decision',
		plans: 'Payment plan',
		payments: 'Payment',
		conflicts: 'Choice between two values'
	},
	fieldNames: {
		rentCents: 'Monthly rent',
		arrearsCents: 'Unpaid rent',
		amountCents: 'Amount',
		balanceCents: 'Balance left',
		monthlyPaymentCents: 'Monthly repayment',
		creditor: 'Creditor',
		type: 'Type of debt',
		status: 'Status'
	}
};
