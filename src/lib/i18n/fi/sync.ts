export const sync = {
	statusLabel: 'Synkronointi',
	upToDate: 'Ajan tasalla',
	waiting: (n: number) =>
		n === 1 ? '1 muutos odottaa lähetystä' : `${n} muutosta odottaa lähetystä`,
	syncing: 'Synkronoidaan…',
	offline: 'Ei yhteyttä. Muutokset lähetetään, kun yhteys palaa.',
	error: 'Synkronointi epäonnistui',
	quotaExceeded:
		'Tilillesi on tallennettu niin paljon tietoa, ettei uusia muutoksia voi enää lähettää. Muutokset ovat tallessa tässä laitteessa. Poista tarpeettomia rivejä, esimerkiksi vanhoja velkoja tai merkintöjä, niin lähetys jatkuu.',
	retry: 'Yritä uudelleen',
	syncNow: 'Synkronoi nyt',
	lastSynced: (time: string) => `Viimeksi synkronoitu ${time}`,
	rejectedTitle: 'Palvelin ei hyväksynyt kaikkia muutoksia',
	rejectedText:
		'Tiedot ovat yhä tässä laitteessa. Tarkista merkityt kohdat. Jos ongelma jatkuu, ota yhteyttä tukeen.',
	dismiss: 'Kuittaa',
	awayTitle: 'Tämä laite oli kauan ilman yhteyttä',
	awayText:
		'Sen lähettämättömät muutokset lähetettiin nyt uudelleen, ja tiedot haettiin palvelimelta. Tarkista, että tiedot ovat oikein.',
	conflictsTitle: 'Valitse oikea tieto',
	conflictsIntro:
		'Sama tieto muutettiin kahdella laitteella eri tavalla. Kumpi on oikein? Kumpaakaan ei ole poistettu.',
	conflictField: (what: string) => `${what}:`,
	keepThis: (value: string) => `Pidä ${value}`,
	emptyValue: 'tyhjä',
	noticesTitle: 'Kaikkia muutoksia ei säilytetty',
	noticesIntro:
		'Jos samaa tietoa muutetaan kahdella laitteella, vain yksi muutos jää voimaan. Alla näkyy, mikä jäi pois. Voit palauttaa sen tai kuitata ilmoituksen.',
	noticeReplaced: (what: string) =>
		`${what}: toisella laitteella tallennettu tieto korvattiin tällä laitteella tehdyllä muutoksella.`,
	noticeDeleted: (what: string) =>
		`${what} oli poistettu toisella laitteella, joten tällä laitteella tehtyä muutosta ei tallennettu.`,
	noticeNotSent: (what: string) =>
		`${what}: muutosta ei voitu tallentaa palvelimelle. Tieto on vain tässä laitteessa.`,
	droppedValues: 'Pois jääneet tiedot:',
	restore: 'Palauta',
	yes: 'kyllä',
	no: 'ei',
	entityNames: {
		household: 'Kotitalous',
		home: 'Asunto ja vuokra',
		incomes: 'Tulo',
		expenses: 'Meno',
		debts: 'Velka',
		benefits: 'Etuus',
		decisions: 'Päätös',
		plans: 'Maksusuunnitelma',
		payments: 'Maksu',
		conflicts: 'Valinta kahden tiedon välillä'
	} as Record<string, string>,
	fieldNames: {
		rentCents: 'Kuukausivuokra',
		arrearsCents: 'Maksamaton vuokra',
		amountCents: 'Summa',
		balanceCents: 'Velkaa jäljellä',
		monthlyPaymentCents: 'Lyhennys kuukaudessa',
		creditor: 'Velkoja',
		type: 'Velan laji',
		status: 'Tilanne'
	} as Record<string, string>
};
