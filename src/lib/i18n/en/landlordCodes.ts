import type { Messages } from '../fi/index';

export const landlordCodes: Messages['landlordCodes'] = {
	area: 'Landlord pages',
	checking: 'Checking access…',
	signInNeeded: 'Sign in with your landlord account.',
	signIn: 'Sign in',
	notAllowed:
		'Your account has no access to the landlord pages. If you work for a landlord, ask the service administrators to add you to your organisation.',
	offline: 'No network connection. The landlord pages need a connection.',
	loadFailed: 'The information could not be loaded. Try again in a moment.',
	retry: 'Try again',
	home: {
		title: (org: string) => `Codes: ${org}`,
		lead: 'Make a code for a payment reminder. With it, the tenant can get free and confidential housing advice. You will not learn who opened a code: you see only counts, for mailings of at least 20 codes.'
	},
	create: {
		title: 'Make codes',
		count: 'How many codes',
		countHint: 'One per letter, at most 10,000 at a time.',
		refs: 'Your own references (optional)',
		refsHint:
			'For example a contract number, one per line in the same order as the letters. Only your organisation sees them. There must be as many lines as codes.',
		days: 'Valid for days',
		daysHint: '90 days by default, at most 365.',
		submit: 'Make codes',
		submitting: 'Making…',
		made: (n: number) => (n === 1 ? 'Code made.' : `${n} codes made.`),
		shownOnce:
			'Save or print the codes now. The service does not keep codes in readable form, so they cannot be shown again.',
		print: 'Printable sheet',
		csv: 'Download CSV',
		textsTitle: 'Texts for your own messages',
		textsLanguage: 'Language of the texts',
		sms: 'Text message',
		emailSubjectLabel: 'Email subject',
		emailBodyLabel: 'Email text',
		firstCode: 'The texts show the first code. Use each tenant’s own code in their message.'
	},
	errors: {
		count: 'Enter a number from 1 to 10,000.',
		refs: (lines: number, count: number) =>
			`There are ${lines} reference lines and ${count} codes. Make them the same, or leave the field empty.`,
		refTooLong: 'A reference can be at most 64 characters.',
		days: 'Enter a number from 1 to 365.',
		rateLimited: 'Too many requests. Wait a moment and try again.',
		failed: 'The codes could not be made. Nothing was saved. Try again.'
	},
	list: {
		title: 'Codes',
		filter: 'Show',
		all: 'All',
		status: { active: 'Valid', expired: 'Expired', revoked: 'Revoked' },
		ref: 'Your reference',
		created: 'Made',
		expires: 'Valid until',
		state: 'Status',
		action: 'Action',
		noRef: '–',
		revoke: 'Revoke',
		revokeLabel: (ref: string, created: string) => `Revoke code ${ref}, made ${created}`,
		revokeConfirm: 'Revoke this code? This cannot be undone.',
		revoked: 'Code revoked.',
		none: 'No codes.',
		page: (page: number, pages: number) => `Page ${page} of ${pages}`,
		previous: 'Previous page',
		next: 'Next page',
		total: (n: number) => (n === 1 ? '1 code' : `${n} codes`)
	},
	report: {
		title: 'Mailings',
		intro:
			'Counts are shown only for mailings of at least 20 codes. You do not see who opened or used a code.',
		created: 'Made',
		size: 'Codes',
		opened: 'Opened',
		used: 'Taken into use',
		consented: 'Consent given',
		hidden: 'Under 20 codes'
	},
	print: {
		title: 'Printable sheet',
		lead: 'One slip per code, on A4 paper. Cut the slips and put them in with the payment reminders.',
		language: 'Language of the slips',
		printButton: 'Print',
		none: 'There are no codes to print. Codes are shown only once, when they are made: make new codes.',
		back: 'Back to codes',
		qrLabel: (code: string) => `QR code that opens the code ${code}`
	},
	insert: {
		heading: 'Free help with rent arrears',
		gave: (org: string) => `Your landlord ${org} gave you this code.`,
		free: 'The housing advice is free and confidential.',
		nothing: 'Your landlord learns nothing unless you allow it.',
		how: 'Open the link or scan the QR code with your phone, or type the code on the Vuokra-apu start page.',
		code: 'Code',
		link: 'Link'
	},
	sms: (org: string, code: string, link: string) =>
		`${org} gave you a code for free and confidential housing advice: ${code}. Open ${link} – your landlord learns nothing unless you allow it.`,
	emailSubject: 'Free help with paying your rent',
	emailBody: (org: string, code: string, link: string) =>
		`Hello,\n\nyour landlord ${org} gave you this code: ${code}\n\nWith it you get free and confidential housing advice. Open the link: ${link}\n\nYour landlord learns nothing unless you allow it.`,
	landing: {
		title: 'A code from your landlord',
		checking: 'Checking the code…',
		gave: (org: string) => `Your landlord ${org} gave you this code.`,
		free: 'The housing advice is free and confidential.',
		nothing:
			'Your landlord learns nothing – not even that you opened the code – unless you allow it.',
		kept: 'The code is kept on this device. When you sign in, it is linked to your account.',
		choose: 'What would you like to do?',
		start: 'Start mapping your situation',
		book: 'Book a housing advisor',
		leave: 'Not now, thanks',
		left: 'All right. The code was removed from this device. You can come back any time.',
		offline:
			'No network connection, so the code could not be checked. Check the code when you are online again. You can still start mapping your situation.',
		unknown:
			'No such code was found. Check that you typed it correctly. You can still use the service without a code.',
		expired: (org: string) =>
			`This code (${org}) is no longer valid. You can still use the service without a code, or ask your landlord for a new one.`,
		revoked: (org: string) =>
			`This code (${org}) has been revoked. You can still use the service without a code.`,
		rateLimited: 'Codes have been tried too many times. Wait a moment and try again.',
		tryAgain: 'Try again',
		withoutCode: 'Use the service without a code'
	},
	entry: {
		label: 'Code',
		hint: 'For example ABCD-EFGH-JKMN. Upper or lower case does not matter.',
		submit: 'Continue',
		errors: {
			empty: 'Type the code.',
			length: 'A code has 12 characters. Check the code.',
			symbol: 'The code has a character that codes do not use. Check the code.',
			check: 'The code has a typing mistake. Check the code.'
		}
	}
};
