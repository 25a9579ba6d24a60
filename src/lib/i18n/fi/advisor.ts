export const advisor = {
	title: 'Asumisneuvojan näkymä',
	nav: {
		label: 'Neuvojan valikko',
		requests: 'Pyynnöt',
		agenda: 'Kalenteri',
		availability: 'Vapaat ajat',
		cases: 'Asiakkaat'
	},
	checking: 'Tarkistetaan oikeuksia…',
	signInNeeded: 'Kirjaudu sisään asumisneuvojan tunnuksella nähdäksesi tämän sivun.',
	notAllowed: 'Tämä sivu on vain asumisneuvojille.',
	signIn: 'Kirjaudu sisään',
	offline: 'Neuvojan näkymä tarvitsee verkkoyhteyden.'
};
