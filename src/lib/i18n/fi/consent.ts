/**
 * Consent pages: the tenant's consents, giving and withdrawing, the receipt, the access
 * log, and the advisor's case list and case view. The consent text itself is not here: it is
 * versioned data in $lib/consent-texts, shown word for word.
 */
export const consent = {
	title: 'Suostumukset',
	intro:
		'Tässä näet, kenelle olet antanut luvan nähdä tietojasi ja mitä tietoja lupa koskee. Voit perua luvan milloin tahansa yhdellä napautuksella.',
	loading: 'Ladataan suostumuksia…',
	signedOut:
		'Suostumuksen voi antaa asumisneuvonnalle, kun olet kirjautunut sisään. Tilanteen kartoitus ja yhteenveto toimivat myös ilman tiliä.',
	signIn: 'Kirjaudu sisään',
	loadFailed: 'Tietoja ei saatu haettua. Yritä hetken päästä uudelleen.',
	retry: 'Yritä uudelleen',
	offlineCopy: (time: string) =>
		`Ei verkkoyhteyttä. Näet tiedot sellaisina kuin ne olivat ${time}.`,
	offlineNoCopy: 'Ei verkkoyhteyttä. Tiedot näkyvät, kun yhteys palaa.',
	give: 'Anna suostumus',
	none: 'Et ole antanut yhtään suostumusta.',
	groups: {
		active: 'Voimassa olevat',
		withdrawn: 'Perutut',
		expired: 'Päättyneet'
	},
	categories: 'Mitä tietoja',
	validity: 'Voimassa',
	validUntil: (date: string) => `${date} asti`,
	expiredOn: (date: string) => `Päättyi ${date}`,
	withdrawnOn: (date: string) => `Peruttu ${date}`,
	withdrawnByErasure: 'Päättyi, kun tili poistettiin',
	given: 'Annettu',
	textSeen: 'Näytetty teksti',
	textVersion: (version: string, language: string) => `versio ${version}, ${language}`,
	receipt: 'Kuitti',
	receiptFor: (recipient: string) => `Kuitti: ${recipient}`,
	withdraw: 'Peru suostumus',
	withdrawFor: (recipient: string) => `Peru suostumus: ${recipient}`,
	withdrawConfirmTitle: 'Perutaanko suostumus?',
	withdrawConfirmText: (recipient: string) =>
		`${recipient} ei peruutuksen jälkeen saa tietojasi. Peruutus tulee voimaan heti.`,
	withdrawConfirm: 'Kyllä, peru',
	withdrawing: 'Perutaan…',
	withdrawDone: (recipient: string) => `Suostumus peruttu: ${recipient}.`,
	waiting: 'Odottaa lähettämistä',
	waitingExplain:
		'Peruutus on tallessa tässä laitteessa ja lähetetään heti, kun verkkoyhteys palaa. Siihen asti suostumus on vielä voimassa.',
	withdrawRefused: 'Peruutusta ei voitu lähettää: suostumusta ei löytynyt tililtäsi.',
	withdrawFailed: 'Peruutus ei onnistunut. Yritä uudelleen.',
	dismiss: 'Sulje ilmoitus',
	accessLog: {
		title: 'Kuka on katsonut tietojasi',
		intro: 'Jokainen kerta, kun asumisneuvoja avaa tietosi, kirjataan tähän.',
		empty: 'Kukaan ei ole katsonut tietojasi.',
		who: 'Kuka',
		when: 'Milloin',
		what: 'Mitä tietoja',
		unnamed: 'Asumisneuvoja'
	},
	contacts: {
		title: 'Yhteydenotot puolestasi',
		intro: 'Asumisneuvojan kirjaamat yhteydenotot tahoihin, joille olet antanut luvan.',
		empty: 'Yhteydenottoja ei ole kirjattu.',
		with: 'Kenen kanssa',
		when: 'Milloin',
		note: 'Muistiinpano',
		by: 'Kirjasi'
	},
	form: {
		title: 'Anna suostumus',
		back: 'Takaisin suostumuksiin',
		needsNetwork:
			'Suostumuksen antaminen vaatii verkkoyhteyden, jotta saat kuitin heti. Voit lukea tekstin nyt ja antaa suostumuksen, kun yhteys palaa.',
		recipientLegend: 'Kenelle annat luvan',
		nameLabel: {
			landlord: 'Vuokranantajan nimi',
			socialOffice: 'Kunta tai hyvinvointialue (valinnainen)',
			collectionAgency: 'Perintätoimiston nimi',
			other: 'Kenelle: henkilön tai organisaation nimi'
		},
		nameFromSituation: 'Nimi on tilannekartoituksestasi. Voit muuttaa sitä.',
		categoriesLegend: 'Mitä tietoja lupa koskee',
		categoriesHint: 'Valitse vähintään yksi. Mitään ei ole valittu valmiiksi.',
		validityLabel: 'Kuinka kauan lupa on voimassa',
		months: (n: number) => (n === 1 ? '1 kuukausi' : `${n} kuukautta`),
		endsOn: (date: string) => `Lupa päättyy ${date}, ellet peru sitä aiemmin.`,
		purposeTitle: 'Mihin tietoja käytetään',
		withdrawalTitle: 'Peruminen',
		accessLogTitle: 'Katselukerrat näkyvät sinulle',
		textVersion: (version: string) => `Suostumustekstin versio ${version}`,
		sending: 'Lähetetään…',
		errors: {
			recipient: 'Valitse, kenelle annat luvan.',
			name: 'Kirjoita nimi (enintään 120 merkkiä).',
			categories: 'Valitse vähintään yksi tietoryhmä.',
			validity: 'Valitse voimassaoloaika 1–24 kuukautta.',
			offline:
				'Ei verkkoyhteyttä, joten suostumusta ei annettu. Yritä uudelleen, kun yhteys palaa.',
			signedOut: 'Istuntosi on päättynyt. Kirjaudu sisään uudelleen.',
			role: 'Vain vuokralaisen tilillä voi antaa suostumuksen.',
			rateLimited: 'Liian monta yritystä. Odota hetki ja yritä uudelleen.',
			outdated:
				'Suostumuksen teksti on juuri päivitetty. Lue uusi teksti yllä ja vahvista uudelleen. Valintasi ovat tallessa.',
			failed: 'Suostumusta ei voitu tallentaa. Yritä uudelleen.'
		}
	},
	receiptPage: {
		title: 'Suostumuskuitti',
		loading: 'Ladataan kuittia…',
		missing: 'Kuittia ei löytynyt.',
		given: 'Suostumus on annettu. Tässä on kuittisi.',
		intro:
			'Kuitti kertoo, mihin olet antanut suostumuksen. Voit tulostaa sen tai tallentaa sen PDF- tai JSON-tiedostona.',
		print: 'Tulosta / tallenna PDF:nä',
		download: 'Lataa JSON',
		back: 'Takaisin suostumuksiin',
		receiptId: 'Kuitin tunniste',
		timestamp: 'Annettu',
		state: 'Tila',
		states: { active: 'Voimassa', withdrawn: 'Peruttu', expired: 'Päättynyt' },
		jurisdiction: 'Lainkäyttöalue',
		jurisdictions: { FI: 'Suomi' } as Record<string, string>,
		collectionMethod: 'Miten suostumus annettiin',
		language: 'Kieli',
		textVersion: 'Suostumustekstin versio',
		principal: 'Tunnisteesi (ei sisällä nimeäsi eikä sähköpostiasi)',
		controller: 'Rekisterinpitäjä',
		contact: 'Yhteyshenkilö',
		address: 'Osoite',
		email: 'Sähköposti',
		phone: 'Puhelin',
		website: 'Verkkosivu',
		policy: 'Tietosuojaseloste',
		service: 'Palvelu',
		purpose: 'Tarkoitus',
		consentType: 'Suostumuksen laji',
		consentTypes: { EXPLICIT: 'Nimenomainen suostumus', IMPLICIT: 'Hiljainen suostumus' } as Record<
			string,
			string
		>,
		categories: 'Tietoryhmät',
		sensitive: 'Sisältää arkaluonteisia tietoja',
		thirdParty: 'Luovutetaanko tietoja muille',
		thirdPartyNone: 'Ei luovuteta muille',
		termination: 'Päättyminen',
		withdrawnAt: 'Peruttu',
		yes: 'Kyllä',
		no: 'Ei',
		agreedTitle: (version: string) => `Teksti, johon suostuit (versio ${version})`,
		agreedLoading: 'Ladataan suostumuksen tekstiä…',
		agreedMissing: 'Tekstiä ei saatu nyt näytettyä. Yritä uudelleen, kun olet verkossa.'
	},
	cases: {
		title: 'Asiakkaat',
		intro:
			'Asiakkaat, joilla on voimassa oleva suostumus asumisneuvonnalle. Näet vain ne tiedot, joihin asiakas on antanut luvan, ja jokainen avaus kirjataan asiakkaan nähtäväksi.',
		loading: 'Ladataan asiakkaita…',
		empty: 'Kenelläkään ei ole voimassa olevaa suostumusta.',
		loadFailed: 'Asiakkaita ei saatu haettua. Yritä uudelleen.',
		offline: 'Ei verkkoyhteyttä. Asiakastiedot näkyvät vain verkossa.',
		anonymous: (short: string) => `Asiakas ${short}`,
		categories: 'Luvan kattamat tiedot',
		validUntil: 'Voimassa',
		backToList: 'Takaisin asiakkaisiin'
	},
	caseView: {
		paging: {
			label: 'Listojen sivut',
			page: (n: number) => `Sivu ${n}`,
			previous: 'Edellinen sivu',
			next: 'Seuraava sivu'
		},
		title: 'Asiakkaan tilanne',
		loading: 'Ladataan…',
		logged: (time: string) =>
			`Avaus kirjattiin ${time}. Asiakas näkee, että katsoit hänen tietojaan.`,
		refusedTitle: 'Ei voimassa olevaa suostumusta',
		refused:
			'Asiakas on perunut suostumuksensa tai se on päättynyt. Et voi enää nähdä asiakkaan tietoja etkä olla yhteydessä muihin hänen puolestaan.',
		allowed: 'Luvan kattamat tiedot',
		notAllowed: 'Ei lupaa',
		notAllowedNone: 'Kaikki tietoryhmät ovat luvan piirissä.',
		consentsTitle: 'Asiakkaan voimassa olevat suostumukset',
		until: (date: string) => `voimassa ${date} asti`,
		name: 'Nimi',
		email: 'Sähköposti',
		municipality: 'Kotikunta',
		summary: 'Yhteenveto',
		stage: 'Vaihe',
		urgent: 'Kiireellinen: häätöuhka',
		groundsForEviction:
			'Rästi antaa vuokranantajalle perusteen purkaa sopimus ja hakea häätöä (2 kk tai 2 kk:n vuokra)',
		canAgreePlan: 'Maksusuunnitelmasta voi yleensä vielä sopia',
		benefitsNotApplied: 'Hakematta olevat etuudet',
		none: 'Ei merkintöjä.',
		notFilled: 'Ei täytetty',
		adults: 'Aikuisia',
		children: 'Lapsia',
		incomes: 'Tulot',
		expenses: 'Menot',
		decisions: 'Päätökset',
		benefits: 'Etuudet',
		eventsTitle: 'Häätöpolun vaiheet',
		plans: 'Maksusuunnitelman versiot',
		planRevision: (n: number, start: string, months: number) =>
			`Versio ${n}: alkaa ${start}, ${months} kk`,
		planAgreed: 'Sovittu',
		planNotAgreed: 'Ei vielä sovittu',
		payments: 'Merkityt maksut',
		failed: 'Tietoja ei saatu haettua. Yritä uudelleen.',
		record: {
			title: 'Kirjaa yhteydenotto',
			intro: 'Kirjaa yhteydenotto, jonka teit asiakkaan suostumuksella. Asiakas näkee kirjauksen.',
			none: 'Asiakas ei ole antanut lupaa yhteydenottoihin muihin tahoihin.',
			with: 'Kenen kanssa',
			choose: 'Valitse taho',
			when: 'Milloin',
			date: 'Päivä',
			time: 'Kellonaika',
			note: 'Lyhyt muistiinpano',
			noteHint: 'Enintään 500 merkkiä. Kirjoita vain se, mitä asiakkaan kannattaa tietää.',
			submit: 'Kirjaa yhteydenotto',
			sending: 'Tallennetaan…',
			done: 'Yhteydenotto kirjattu. Asiakas näkee sen.',
			errors: {
				consentId: 'Valitse taho, jolle asiakas on antanut voimassa olevan luvan.',
				contactedAt:
					'Tarkista aika: se ei voi olla tulevaisuudessa eikä ennen suostumuksen antamista.',
				note: 'Kirjoita muistiinpano (1–500 merkkiä).',
				refused: 'Suostumus ei ole enää voimassa. Yhteydenottoa ei kirjattu.',
				offline: 'Ei verkkoyhteyttä. Yhteydenottoa ei kirjattu.',
				failed: 'Yhteydenottoa ei voitu kirjata. Yritä uudelleen.'
			}
		}
	}
};
