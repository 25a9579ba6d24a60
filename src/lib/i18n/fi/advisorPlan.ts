export const advisorPlan = {
	title: 'Maksusuunnitelma ja sen seuranta',
	none: 'Asukas ei ole vielä tehnyt maksusuunnitelmaa.',
	following: (revision: number, agreed: string | null) =>
		agreed ? `Versio ${revision}, sovittu ${agreed}` : `Versio ${revision}, ei vielä sovittu`,
	creditor: 'Velkoja',
	balance: 'Velka suunnitelman alussa',
	withheldLandlord: 'Vuokrarästi (vuokranantaja)',
	withheldDebt: (n: number) => `Velka ${n}`,
	withheld: 'ei suostumusta',
	withheldNote:
		'Suostumus kattaa maksusuunnitelman erät ja maksut. Velkojat ja velkojen määrät näkyvät vain, jos suostumus kattaa myös velat tai vuokrarästit.',
	instalment: 'Erä kuukaudessa',
	clearedIn: 'Maksettu loppuun',
	status: 'Tilanne',
	paid: 'Maksettu',
	remaining: 'Jäljellä',
	shortfall: (amount: string) => `Myöhässä ${amount}`,
	notScheduled: 'ei aikataulussa',
	changeTitle: 'Muuta eriä',
	changeIntro:
		'Voit ehdottaa uusia kuukausieriä. Tallennus tekee suunnitelmasta uuden version. Asukas näkee sen ja päättää, hyväksyykö hän sen.',
	newInstalment: (creditor: string) => `Uusi kuukausierä: ${creditor}`,
	floor: 'Uudet välttämättömät elinkustannukset kuukaudessa',
	floorNow: (amount: string) => `Nyt ${amount}.`,
	floorMinimum: (amount: string) => `Vähimmäismäärä on ${amount} (toimeentulotuen perusosa).`,
	floorLowered: (reason: string) => `Summaa on pienennetty. Syy: ${reason}`,
	floorReason: 'Syy, jos summa on pienempi kuin vähimmäismäärä',
	floorReasonHint: 'Asukas näkee syyn suunnitelmassaan.',
	floorReasonMissing: 'Kirjoita syy. Vähimmäismäärää pienempi summa tarvitsee syyn.',
	save: 'Tallenna uutena versiona',
	saving: 'Tallennetaan…',
	saved: (revision: number) => `Tallennettu versiona ${revision}.`,
	nothingChanged: 'Kirjoita vähintään yksi uusi erä.',
	refused: 'Asukkaan suostumus ei enää kata maksusuunnitelmaa.',
	failed: 'Tallennus ei onnistunut. Tarkista erät.',
	problems: {
		exceedsBalance: 'Erä on suurempi kuin jäljellä oleva velka.',
		overAvailable: 'Erät ovat yhteensä enemmän kuin kuukaudessa on rahaa käytettävissä.',
		other: 'Erä ei sovi suunnitelmaan.'
	}
};
