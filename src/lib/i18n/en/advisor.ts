import type { Messages } from '../fi/index';

export const advisor: Messages['advisor'] = {
	title: 'Housing advisor',
	nav: {
		label: 'Advisor menu',
		requests: 'Requests',
		agenda: 'Agenda',
		availability: 'Availability',
		cases: 'Clients'
	},
	checking: 'Checking your access…',
	signInNeeded: 'Sign in with a housing advisor account to see this page.',
	notAllowed: 'This page is for housing advisors only.',
	signIn: 'Sign in',
	offline: 'The advisor view needs a network connection.'
};
