export const common = {
	appName: 'Vuokra-apu',
	tagline: 'Apua vuokrarästeihin – ajoissa ja luottamuksellisesti',
	skipToContent: 'Siirry sisältöön',
	mainNav: 'Päävalikko',
	/** The header's account link (the account pages' own text is in `account`). */
	accountNav: {
		choose: 'Tarkista tiedot',
		signIn: 'Kirjaudu',
		account: 'Tili',
		signedInAs: (email: string) => `Kirjautuneena: ${email}`
	},
	nav: {
		home: 'Etusivu',
		situation: 'Tilanne',
		summary: 'Yhteenveto',
		settings: 'Asetukset',
		plan: 'Suunnitelma',
		book: 'Ajanvaraus',
		consent: 'Suostumukset',
		landlord: 'Vuokranantaja',
		privacy: 'Tietosuoja',
		more: 'Lisää'
	},
	language: 'Kieli',
	languageNames: { fi: 'suomi', sv: 'svenska', en: 'English' },
	loading: 'Ladataan…',
	saved: 'Tallennettu tähän laitteeseen',
	saving: 'Tallennetaan…',
	saveFailed:
		'Tallentaminen ei onnistunut. Kirjoittamasi teksti on yhä kentässä. Laitteen tallennustila voi olla täynnä: vapauta tilaa ja kirjoita kenttään uudelleen.',
	savedHint: 'Kaikki, mitä kirjoitat, tallentuu heti tähän laitteeseen. Tiliä ei tarvita.',
	next: 'Seuraava',
	previous: 'Edellinen',
	add: 'Lisää',
	remove: 'Poista',
	removeItem: (name: string) => `Poista ${name}`,
	cancel: 'Peruuta',
	close: 'Sulje',
	yes: 'Kyllä',
	no: 'Ei',
	notSet: 'Ei valittu',
	optional: 'valinnainen',
	euroSuffix: '€',
	perMonth: '/kk',
	moneyErrors: {
		invalid: 'Kirjoita summa numeroina, esimerkiksi 1 234,50.',
		negative: 'Summa ei voi olla negatiivinen.',
		tooManyDecimals: 'Käytä enintään kahta desimaalia (senttejä).',
		tooLarge: 'Summa on liian suuri. Tarkista luku.',
		ambiguous: 'Onko tämä euroja vai senttejä? Kirjoita esimerkiksi 1234 tai 1,23.'
	},
	numberErrors: {
		invalid: 'Kirjoita kokonaisluku.',
		range: (min: number, max: number) => `Kirjoita luku väliltä ${min}–${max}.`
	},
	fieldKept: 'Kirjoittamasi teksti on tallessa. Korjaa se, niin summa lasketaan mukaan.',
	offline: 'Ei verkkoyhteyttä. Voit jatkaa normaalisti. Tiedot ovat tässä laitteessa.',
	update: {
		available: 'Sovelluksesta on uusi versio.',
		action: 'Päivitä',
		updating: 'Päivitetään…'
	},
	home: {
		title: 'Onko vuokranmaksussa vaikeuksia?',
		lead: 'Kerro tilanteestasi omassa puhelimessasi. Näet heti, missä mennään ja mitä kannattaa tehdä seuraavaksi. Tiliä ei tarvita. Ilman tiliä tiedot ovat vain tässä laitteessa.',
		start: 'Aloita tilanteen kartoitus',
		continue: 'Jatka kartoitusta',
		seeSummary: 'Katso yhteenveto',
		early:
			'Mitä aiemmin otat yhteyttä, sitä enemmän voidaan tehdä. Asumisneuvoja auttaa maksutta ja luottamuksellisesti.',
		stepsDone: (done: number, total: number) => `${done}/${total} vaihetta aloitettu`
	},
	invalidAmounts: {
		title: (n: number): string =>
			n === 1 ? '1 summa pitää korjata:' : `${n} summaa pitää korjata:`,
		explain: (n: number): string =>
			n === 1
				? 'Summaa ei ole laskettu mukaan, koska siinä on virhe. Korjaa se, niin luvut ovat oikein.'
				: 'Summia ei ole laskettu mukaan, koska niissä on virhe. Korjaa ne, niin luvut ovat oikein.'
	},
	contactAdvisor: {
		text: 'Varaa aika asumisneuvojalle. Apu on maksutonta ja luottamuksellista.',
		book: 'Varaa aika',
		phone: 'Jos et voi varata aikaa netissä, soita:',
		phoneLink: (number: string) => `Soita numeroon ${number}`
	},
	notFound: 'Sivua ei löytynyt.',
	errorTitle: 'Jokin meni vikaan',
	backHome: 'Takaisin etusivulle',
	/** The start page's way in for a tenant with a referral code (issue 13). */
	haveCode: 'Sain koodin vuokranantajaltani',
	haveCodeFailed: 'Koodin lomaketta ei saatu ladattua. Tarkista verkkoyhteys ja yritä uudelleen.'
};
