import type { Messages } from '../fi/index';

const dateFormat = new Intl.DateTimeFormat('sv-FI', {
	day: 'numeric',
	month: 'numeric',
	year: 'numeric',
	timeZone: 'UTC'
});
const monthFormat = new Intl.DateTimeFormat('sv-FI', {
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});

export const plan: Messages['plan'] = {
	title: 'Betalningsplan',
	intro:
		'Planen visar hur du kan betala dina hyresskulder och ändå ha pengar kvar till mat och andra nödvändiga utgifter. Först betalas månadens hyra, sedan hyresskulderna, sedan andra prioriterade skulder (utsökning, skatter), och av de övriga skulderna får var och en en andel i förhållande till skuldens storlek.',
	empty:
		'Planen görs utifrån din situation. Berätta först om dina inkomster, utgifter och skulder.',
	startSituation: 'Beskriv din situation',
	noDebts:
		'Du har inte angett några skulder eller hyresskulder, så du behöver ingen betalningsplan.',
	date: (iso: string) => dateFormat.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
	month: (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`)),

	money: {
		title: 'Pengar per månad',
		income: 'Inkomster per månad',
		floor: 'Nödvändiga levnadskostnader per månad',
		floorHint:
			'Förifyllt från dina egna utgifter, utan hyra och amorteringar på skulder. Du kan ändra beloppet: så mycket behåller du varje månad för att leva.',
		floorReference: (amount: string) =>
			`Som jämförelse: enligt konsumenternas referensbudgetar går det i ett hushåll som ditt åt cirka ${amount} i månaden till mat, kläder, hälsa, hygien, resor, telefon och fritid. Siffran är riktgivande, inte en gräns.`,
		rent: 'Månadens hyra (betalas först)',
		available: 'Kvar till skulderna per månad',
		shortfall: 'Saknas till hyran per månad'
	},

	warnings: {
		courtTitle: 'Kontakta en boenderådgivare nu',
		courtText:
			'Vräkningsärendet är redan i tingsrätten eller längre fram. Hyresvärden godkänner kanske inte längre en betalningsplan. En boenderådgivare kan fortfarande hjälpa – ta kontakt genast, vänta inte.',
		noMoneyTitle: 'Det blir inga pengar kvar till skulderna',
		noMoneyText:
			'När de nödvändiga utgifterna och månadens hyra är betalda blir ingenting av dina inkomster kvar till skulderna. En betalningsplan räcker därför inte ensam – men det finns hjälp.',
		noMoneyPreventive:
			'Ansök om förebyggande utkomststöd från ditt välfärdsområde. Det kan täcka hyresskulder för att förhindra en vräkning.',
		noMoneyBenefits: 'Dessa stöd har du inte ansökt om ännu:',
		rentNotCoveredTitle: 'Inkomsterna räcker inte ens till månadens hyra',
		rentNotCoveredText: (amount: string) =>
			`Efter de nödvändiga levnadskostnaderna blir ${amount} av hyran obetalt varje månad, så nya hyresskulder uppstår varje månad. Kontrollera levnadskostnaderna och de stöd du inte har ansökt om, och kontakta en boenderådgivare.`,
		tooLongTitle: 'Skulderna hinner inte bli betalda på tio år',
		tooLongText:
			'Med det här beloppet blir inte alla skulder betalda på tio år. Tillsammans med en boenderådgivare kan ni fundera på andra sätt, till exempel skuldsanering.',
		book: 'Boka tid hos en boenderådgivare'
	},

	debts: {
		title: 'Betalningsposter per borgenär',
		creditor: 'Borgenär',
		balance: 'Skuld',
		instalment: 'Första posten',
		firstDue: 'Första förfallodagen',
		cleared: 'Slutbetald',
		notCleared: 'Inte under planen',
		noInstalment: 'Inga poster',
		priorities: {
			rentArrears: 'Hyresskuld',
			priority: 'Prioriterad skuld',
			other: 'Annan skuld'
		},
		currentLandlord: 'Nuvarande hyresvärd',
		fixed: 'eget belopp',
		tableCaption: 'Betalningsposter per borgenär',
		totalDebt: 'Skulder totalt',
		endMonth: 'Alla skulder betalda',
		dueDayNote: (day: number) =>
			`Posterna förfaller samma dag som hyran, den ${day} i månaden (eller månadens sista dag om månaden har färre dagar).`,
		schedule: 'Betalningsschema per månad',
		dueDate: 'Förfallodag',
		total: 'Totalt'
	},

	edit: {
		title: 'Ändra posterna',
		intro:
			'Du kan komma överens med en borgenär om ett annat belopp. Skriv månadsposten; ett tomt fält betyder att appen räknar ut posten. Ändringarna sparas genast som utkast på den här enheten och blir en ny version när du sparar.',
		instalment: (creditor: string) => `Månadspost: ${creditor}`,
		automatic: (amount: string) => `Uträknad post nu: ${amount}`,
		unsaved: 'Du har osparade ändringar.',
		basedOn: (revision: number) => `Ändringarna bygger på version ${revision}.`,
		saveNew: 'Spara som ny version',
		saveFirst: 'Spara planen',
		discard: 'Förkasta ändringarna',
		saved: (revision: number) => `Version ${revision} sparad.`,
		discarded: 'Ändringarna förkastade.',
		fixFirst: 'Rätta de markerade fälten först. Ingenting sparades.',
		floorMissing: 'Skriv ett belopp. Utan det kan planen inte räknas ut.',
		problems: {
			exceedsBalance: (amount: string) => `Posten är ${amount} större än hela skulden.`,
			overpaid: (amount: string) => `Skulden skulle betalas ${amount} för mycket.`,
			invalidAmount: 'Beloppet är inte giltigt.',
			unknownDebt: 'Skulden finns inte längre i planen.',
			invalidMonth: 'Månaden är inte giltig.',
			duplicateAdjustment: 'Skulden har fått två poster.',
			overAvailable: (month: string, amount: string) =>
				`I ${month} blir posterna sammanlagt ${amount} större än det som blir kvar till skulderna. Minska någon post.`,
			monthOrder: 'Månaderna är i fel ordning.'
		}
	},

	changed: {
		title: 'Din situation har ändrats',
		text: 'Inkomsterna, hyran eller skulderna har ändrats sedan den här versionen gjordes.',
		action: 'Gör ett nytt förslag utifrån min nuvarande situation'
	},

	versions: {
		title: 'Versioner',
		intro:
			'Varje sparad ändring är en egen version, och gamla versioner ändras aldrig. Markera som överenskommen den version som hyresvärden eller borgenären har godkänt. Endast en version är överenskommen åt gången: när du markerar en ny stannar den tidigare kvar i historiken med datumet då den var överenskommen.',
		none: 'Du har inte sparat någon plan ännu.',
		version: (revision: number) => `Version ${revision}`,
		created: (date: string) => `Sparad ${date}`,
		agreed: (date: string) => `Överenskommen ${date}`,
		formerlyAgreed: (date: string) => `Var överenskommen ${date}, ersatt av en nyare`,
		basedOn: (revision: number) => `Bygger på version ${revision}`,
		monthly: (amount: string) => `Första månadens poster sammanlagt ${amount}`,
		agree: 'Markera som överenskommen',
		agreeLabel: (revision: number) => `Markera version ${revision} som överenskommen`,
		agreedDone: (revision: number) => `Version ${revision} markerad som överenskommen.`,
		print: 'Förslag för utskrift',
		printLabel: (revision: number) => `Förslag för utskrift, version ${revision}`
	},

	follow: {
		title: 'Uppföljning av planen',
		intro: (revision: number, date: string) =>
			`Du följer version ${revision}, som överenskoms ${date}. Anteckna varje betalning du har gjort.`,
		statuses: {
			onTrack: 'Enligt planen',
			late: 'Försenad',
			missed: 'Posten blev obetald',
			cleared: 'Betald'
		},
		paid: 'Betalt',
		remaining: 'Kvar',
		next: (date: string, amount: string) => `Nästa post ${date}: ${amount}`,
		overdue: (date: string, amount: string) => `Obetalt sedan ${date}: ${amount}`,
		lateTitle: 'En betalningspost är försenad',
		missedTitle: 'En betalningspost blev obetald',
		lateText:
			'Kontakta hyresvärden eller borgenären genast, före nästa förfallodag. Berätta när du kan betala. Om du bryter avtalet utan att höra av dig kan det leda till att en ny plan inte godkänns.',
		missedText:
			'Kontakta hyresvärden eller borgenären genast och berätta om din situation. Om du inte kan betala, kontakta en boenderådgivare – hen kan hjälpa dig att komma överens om ett nytt schema. Du kan också göra en ny plan utifrån de verkliga saldona.',
		alertDebt: (creditor: string, status: string) => `${creditor}: ${status}`,
		payments: 'Gjorda betalningar',
		noPayments: 'Du har inte antecknat några betalningar ännu.',
		add: 'Anteckna betalning',
		addTitle: 'Anteckna en betalning du har gjort',
		date: 'Betalningsdag',
		amount: 'Belopp',
		debt: 'Vilken skuld',
		added: 'Betalningen antecknad.',
		removed: 'Betalningen borttagen.',
		removeLabel: (creditor: string, date: string, amount: string) =>
			`Ta bort betalning: ${creditor}, ${date}, ${amount}`,
		dateError: 'Skriv ett datum.',
		amountMissing: 'Skriv ett belopp.',
		unknownDebt: 'En skuld som inte hör till den överenskomna planen',
		replanTitle: 'Har något ändrats?',
		replanText:
			'Om betalningarna inte går enligt planen eller skulderna har vuxit, gör en ny plan utifrån de verkliga saldona. Den sparas som en ny version; den överenskomna versionen gäller tills du markerar en ny som överenskommen.',
		replan: 'Gör en ny plan utifrån de verkliga saldona'
	},

	print: {
		title: 'Förslag till betalningsplan',
		pageTitle: 'Förslag till betalningsplan för utskrift',
		back: 'Tillbaka till betalningsplanen',
		print: 'Skriv ut / spara som PDF',
		printHelp:
			'I utskriftsfönstret kan du välja ”Spara som PDF” som skrivare. Appens menyer och knappar skrivs inte ut.',
		notFound: 'Planen hittades inte. Spara planen först.',
		draftNote:
			'Den här versionen är inte markerad som överenskommen. Den är ett förslag som du kan skicka till hyresvärden.',
		includeOthers: 'Visa också mina andra skulder i förslaget',
		includeOthersHelp:
			'Att visa de andra skulderna berättar för hyresvärden att planen är realistisk. De är ändå dina egna uppgifter: du bestämmer.',
		from: 'Från hyresgästen',
		to: 'Till hyresvärden',
		name: 'Namn',
		address: 'Hyresbostadens adress',
		phone: 'Telefon',
		landlordUnknown: 'Hyresvärd',
		version: (revision: number, date: string) => `Version ${revision}, gjord ${date}`,
		lead: 'Jag föreslår att jag betalar mina hyresskulder enligt schemat nedan. Dessutom betalar jag varje månads hyra i sin helhet senast på förfallodagen.',
		leadNeutral:
			'Jag föreslår att jag betalar mina skulder enligt schemat nedan. Dessutom betalar jag varje månads hyra i sin helhet senast på förfallodagen.',
		arrearsTitle: 'Skuld',
		arrears: 'Hyresskuld totalt',
		rent: 'Månadshyra',
		scheduleTitle: 'Föreslaget betalningsschema',
		dueDate: 'Förfallodag',
		total: 'Totalt',
		grandTotal: 'Betalas totalt',
		lastInstalment: (date: string) => `Sista posten ${date}.`,
		signatures: 'Underskrifter',
		tenantSign: 'Hyresgästens underskrift och namnförtydligande',
		landlordSign: 'Hyresvärden godkänner planen: underskrift och namnförtydligande',
		placeDate: 'Ort och datum',
		footer: 'Uppgjord med appen Vuokra-apu.'
	}
};
