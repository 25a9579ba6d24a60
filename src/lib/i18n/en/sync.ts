import type { Messages } from '../fi/index';

export const sync: Messages['sync'] = {
	statusLabel: 'Sync',
	upToDate: 'Up to date',
	waiting: (n: number) =>
		n === 1 ? '1 change waiting to be sent' : `${n} changes waiting to be sent`,
	syncing: 'Syncing…',
	offline: 'Offline – changes will be sent when you are back online',
	error: 'Sync failed',
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
