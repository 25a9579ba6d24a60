import type { Messages } from '../fi/index';

export const common: Messages['common'] = {
	appName: 'Vuokra-apu',
	tagline: 'Help with rent arrears – early and in confidence',
	skipToContent: 'Skip to content',
	mainNav: 'Main menu',
	/** The header's account link (the account pages' own text is in `account`). */
	accountNav: {
		choose: 'Check your data',
		signIn: 'Sign in',
		account: 'Account',
		signedInAs: (email: string) => `Signed in: ${email}`
	},
	nav: {
		home: 'Home',
		situation: 'Situation',
		summary: 'Summary',
		settings: 'Settings',
		plan: 'Plan',
		book: 'Book',
		consent: 'Consents',
		landlord: 'Landlord',
		privacy: 'Privacy',
		more: 'More'
	},
	language: 'Language',
	languageNames: { fi: 'suomi', sv: 'svenska', en: 'English' },
	loading: 'Loading…',
	saved: 'Saved on this device',
	saving: 'Saving…',
	saveFailed:
		'Could not save. What you typed is still in the field. The device’s storage may be full: free some space and type in the field again.',
	savedHint:
		'Everything you type is saved on this device straight away. You don’t need an account.',
	next: 'Next',
	previous: 'Previous',
	add: 'Add',
	remove: 'Remove',
	removeItem: (name: string) => `Remove ${name}`,
	cancel: 'Cancel',
	close: 'Close',
	yes: 'Yes',
	no: 'No',
	notSet: 'Not selected',
	optional: 'optional',
	euroSuffix: '€',
	perMonth: '/month',
	moneyErrors: {
		invalid: 'Enter the amount in numbers, for example 1234.50.',
		negative: 'The amount can’t be negative.',
		tooManyDecimals: 'Use no more than two decimals (cents).',
		tooLarge: 'That amount is too large. Please check the number.',
		ambiguous: 'Is this euros or cents? Enter, for example, 1234 or 1.23.'
	},
	numberErrors: {
		invalid: 'Enter a whole number.',
		range: (min: number, max: number) => `Enter a number from ${min} to ${max}.`
	},
	fieldKept:
		'What you typed is still here. Correct it, and the number will be included in the calculation.',
	offline: 'You’re offline. You can carry on as normal – your information is on this device.',
	update: {
		available: 'A new version of the app is available.',
		action: 'Update',
		updating: 'Updating…'
	},
	home: {
		title: 'Finding it hard to pay the rent?',
		lead: 'Describe your situation on your own phone. You’ll see straight away where things stand and what to do next. You don’t need an account. Without one, your information stays on this device only.',
		start: 'Start describing your situation',
		continue: 'Continue where you left off',
		seeSummary: 'See the summary',
		early:
			'The sooner you get in touch, the more can be done. A housing advisor helps free of charge and in confidence.',
		stepsDone: (done: number, total: number) =>
			`${done} of ${total} ${total === 1 ? 'step' : 'steps'} started`
	},
	invalidAmounts: {
		title: (n: number) => (n === 1 ? '1 amount needs fixing:' : `${n} amounts need fixing:`),
		explain: (n: number) =>
			n === 1
				? 'It is left out of the totals because it has a mistake. Fix it and the figures will be right.'
				: 'They are left out of the totals because they have mistakes. Fix them and the figures will be right.'
	},
	contactAdvisor: {
		text: 'Book an appointment with a housing advisor. Help is free and confidential.',
		book: 'Book an appointment',
		phone: 'If you cannot book online, call:',
		phoneLink: (number: string) => `Call ${number}`
	},
	notFound: 'Page not found.',
	errorTitle: 'Something went wrong',
	backHome: 'Back to the home page',
	/** The start page's way in for a tenant with a referral code (issue 13). */
	haveCode: 'I have a code from my landlord',
	haveCodeFailed: 'The code form could not be loaded. Check your network connection and try again.'
};
