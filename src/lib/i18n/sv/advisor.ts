import type { Messages } from '../fi/index';

export const advisor: Messages['advisor'] = {
	title: 'Boenderådgivarens vy',
	nav: {
		label: 'Boenderådgivarens meny',
		requests: 'Förfrågningar',
		agenda: 'Kalender',
		availability: 'Lediga tider',
		cases: 'Klienter'
	},
	checking: 'Kontrollerar behörighet…',
	signInNeeded: 'Logga in med ett konto för boenderådgivare för att se den här sidan.',
	notAllowed: 'Den här sidan är endast för boenderådgivare.',
	signIn: 'Logga in',
	offline: 'Boenderådgivarens vy behöver en nätförbindelse.'
};
