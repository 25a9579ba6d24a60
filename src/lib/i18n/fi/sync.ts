export const sync = {
	statusLabel: 'Synkronointi',
	upToDate: 'Ajan tasalla',
	waiting: (n: number) =>
		n === 1 ? '1 muutos odottaa lähetystä' : `${n} muutosta odottaa lähetystä`,
	syncing: 'Synkronoidaan…',
	offline: 'Ei yhteyttä – muutokset lähetetään, kun yhteys palaa',
	error: 'Synkronointi epäonnistui',
	retry: 'Yritä uudelleen',
	syncNow: 'Synkronoi nyt',
	lastSynced: (time: string) => `Viimeksi synkronoitu ${time}`,
	rejectedTitle: 'Palvelin ei hyväksynyt kaikkia muutoksia',
	rejectedText:
		'Tiedot ovat yhä tässä laitteessa. Tarkista merkityt kohdat; jos ongelma jatkuu, ota yhteyttä tukeen.',
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
