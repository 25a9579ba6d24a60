import type { Messages } from '../fi/index';
import { formatLocalDate, formatMonth } from '../locales';

export const plan: Messages['plan'] = {
	title: 'Betalningsplan',
	intro:
		'Planen visar hur du kan betala dina hyresskulder och ändå ha pengar kvar till mat och andra nödvändiga utgifter. Först betalas månadens hyra. Sedan betalas hyresskulden till din nuvarande hyresvärd. Därefter betalas skulder som hotar hemmet eller grundläggande behov, till exempel el och böter. Sedan betalas skatter. De övriga skulderna får en andel i förhållande till skuldens storlek. Rater som redan är avtalade förblir oförändrade, och planen använder inga pengar till skulder som är i utsökning.',
	empty:
		'Planen görs utifrån din situation. Berätta först om dina inkomster, utgifter och skulder.',
	startSituation: 'Beskriv din situation',
	noDebts:
		'Du har inte angett några skulder eller hyresskulder, så du behöver ingen betalningsplan.',
	date: (iso: string) => formatLocalDate(iso, 'sv'),
	month: (month: string) => formatMonth(month, 'sv'),

	money: {
		title: 'Pengar per månad',
		income: 'Inkomster till kontot per månad (efter skatt och utsökning)',
		floor: 'Nödvändiga levnadskostnader per månad',
		floorHint:
			'Förifyllt från dina egna utgifter, utan hyra och amorteringar på skulder. Du kan höja beloppet. Så mycket behåller du varje månad för att leva.',
		floorReference: (amount: string) =>
			`Som jämförelse: enligt konsumenternas referensbudgetar går det i ett hushåll som ditt åt cirka ${amount} i månaden till mat, kläder, hälsa, hygien, resor, telefon och fritid. Siffran är riktgivande, inte en gräns.`,
		floorMinimum: (amount: string) =>
			`Minst ${amount}. Det är grunddelen av utkomststödet för ett hushåll som ditt (FPA). Ett lägre belopp kan du bara komma överens om med en boenderådgivare.`,
		floorBelowMinimum: (amount: string) =>
			`Beloppet är lägre än minimibeloppet ${amount}. Bara en boenderådgivare kan sänka det.`,
		floorLowered: (reason: string) => `En boenderådgivare har sänkt beloppet. Orsak: ${reason}`,
		reserve: 'Reserv per månad',
		reserveHint:
			'Ett litet belopp för oväntade utgifter. Det används inte till skulder. Förslaget är 5 % av levnadskostnaderna, dock minst 30 €.',
		reserveMissing: 'Skriv ett belopp. Du kan också skriva 0.',
		stepsTitle: 'Hur beloppet räknas',
		steps: {
			summaryLeft: 'Kvar enligt sammanfattningen',
			repayments: 'Amorteringar som sammanfattningen redan drog av läggs tillbaka',
			floorChange: 'Ändring i levnadskostnaderna',
			reserve: 'Läggs i reserv',
			available: 'Till skulderna per månad',
			existing: 'Rater som redan är avtalade och förblir oförändrade',
			planMoney: 'Till de övriga skulderna'
		},
		garnished: 'Utmäts från lönen innan den betalas till kontot',
		planMoney: 'Kvar till de övriga skulderna per månad',
		length: 'Hur lång plan godkänner hyresvärden (månader)',
		lengthHint:
			'Hyresvärdar godkänner oftast en plan på ungefär ett år. Fråga din hyresvärd om du är osäker.',
		lengthInvalid: 'Skriv antalet månader med siffror, 1–120.',
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
			`Efter de nödvändiga levnadskostnaderna och reserven blir ${amount} av hyran obetalt varje månad, så nya hyresskulder uppstår varje månad. Kontrollera levnadskostnaderna och de stöd du inte har ansökt om, och kontakta en boenderådgivare.`,
		tooLongTitle: 'Skulderna hinner inte bli betalda på tio år',
		tooLongText:
			'Med det här beloppet blir inte alla skulder betalda på tio år. Sök kostnadsfri ekonomi- och skuldrådgivning vid statens rättshjälpsbyrå. Där kan ni fundera på andra sätt, till exempel skuldsanering.',
		socialAssistanceTitle: 'Grunddelen av utkomststödet används inte till skulder',
		socialAssistanceText:
			'Dina inkomster omfattar utkomststöd. Grunddelen är avsedd för mat och andra nödvändiga utgifter, inte för att betala skulder. För hyresskulden kan du ansöka om förebyggande eller kompletterande utkomststöd från ditt välfärdsområde. Be FPA att skicka din ansökan dit.',
		overLengthTitle: (months: number) => `Planen är längre än ${months} månader`,
		overLengthText: 'Hyresvärden godkänner kanske inte en så lång plan. Du kan göra så här:',
		overLengthAssistance:
			'Ansök om förebyggande utkomststöd från ditt välfärdsområde. Med det kan hyresskulden betalas.',
		overLengthAdvisor: 'Boka tid hos en boenderådgivare.',
		overLengthLandlord: 'Fråga hyresvärden om en längre plan kan godkännas.',
		paymentBreakTitle: 'Be de andra borgenärerna om betalningsuppehåll',
		paymentBreakText:
			'Raterna som redan är avtalade tar så mycket pengar att hyresskulden inte blir betald i tid. Hyresskulden hotar ditt hem, de andra skulderna gör det inte. Be dessa borgenärer om några månaders betalningsuppehåll:',
		paymentBreakLink: 'Begäran om betalningsuppehåll för utskrift',
		garnishmentTitle: 'Skulder i utsökning',
		garnishmentText:
			'Utsökningen driver redan in dessa skulder. Därför använder planen inga pengar till dem. Skriv som inkomst det belopp som kommer till ditt konto efter utsökningen.',
		garnishmentProtected: (amount: string, dependants: number) =>
			dependants > 0
				? `Av lönen lämnas alltid ett skyddat belopp. År 2026 är det ${amount} i månaden när du försörjer ${dependants} personer.`
				: `Av lönen lämnas alltid ett skyddat belopp. År 2026 är det ${amount} i månaden.`,
		instantLoanTitle: 'Kontrollera räntan på snabblånet',
		instantLoanText: (cap: string) =>
			`Räntan på en konsumentkredit får vara högst ${cap} % (referensräntan + 15 procentenheter, dock högst 20 %). Om räntan är högre förlorar borgenären rätten till ränta och kostnader. Be om råd hos den kostnadsfria ekonomi- och skuldrådgivningen.`,
		book: 'Boka tid hos en boenderådgivare'
	},

	debts: {
		title: 'Rater per borgenär',
		creditor: 'Borgenär',
		balance: 'Skuld',
		instalment: 'Första raten',
		firstDue: 'Första förfallodagen',
		cleared: 'Slutbetald',
		notCleared: 'Inte under planen',
		noInstalment: 'Inga rater',
		priorities: {
			rentArrears: 'Hyresskuld',
			priority: 'Prioriterad skuld',
			other: 'Annan skuld',
			essential: 'Nödvändig, till exempel el eller böter',
			enforcement: 'I utsökning'
		},
		existingAgreed: (amount: string) => `Avtalad rat ${amount}, förblir oförändrad`,
		existingGarnished: (amount: string) => `Utmäts från lönen ${amount} i månaden`,
		essentialLabel: (creditor: string) =>
			`${creditor}: om den inte betalas stängs el eller värme av`,
		currentLandlord: 'Nuvarande hyresvärd',
		fixed: 'eget belopp',
		tableCaption: 'Rater per borgenär',
		totalDebt: 'Skulder totalt',
		endMonth: 'Alla skulder betalda',
		dueDayNote: (day: number) =>
			`Raterna förfaller samma dag som hyran, den ${day} i månaden. Om månaden har färre dagar är förfallodagen månadens sista dag.`,
		schedule: 'Betalningsschema per månad',
		dueDate: 'Förfallodag',
		total: 'Totalt'
	},

	edit: {
		title: 'Ändra raterna',
		intro:
			'Du kan komma överens med en borgenär om ett annat belopp. Skriv månadsraten. Om du lämnar fältet tomt räknar appen ut raten. Ändringarna sparas genast som utkast på den här enheten. De blir en ny version när du sparar.',
		instalment: (creditor: string) => `Månadsrat: ${creditor}`,
		automatic: (amount: string) => `Uträknad rat nu: ${amount}`,
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
			exceedsBalance: (amount: string) => `Raten är ${amount} större än hela skulden.`,
			overpaid: (amount: string) => `Skulden skulle betalas ${amount} för mycket.`,
			invalidAmount: 'Beloppet är inte giltigt.',
			unknownDebt: 'Skulden finns inte längre i planen.',
			invalidMonth: 'Månaden är inte giltig.',
			duplicateAdjustment: 'Skulden har fått två rater.',
			overAvailable: (month: string, amount: string) =>
				`I ${month} blir raterna sammanlagt ${amount} större än det som blir kvar till skulderna. Minska någon rat.`,
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
		monthly: (amount: string) => `Första månadens rater sammanlagt ${amount}`,
		agree: 'Markera som överenskommen',
		agreeLabel: (revision: number) => `Markera version ${revision} som överenskommen`,
		agreedDone: (revision: number) => `Version ${revision} markerad som överenskommen.`,
		print: 'Förslag för utskrift',
		printLabel: (revision: number) => `Förslag för utskrift, version ${revision}`
	},

	checkin: {
		title: 'Månadens fråga',
		since: (months: number) =>
			months === 1 ? 'Planen har gällt i en månad.' : `Planen har gällt i ${months} månader.`,
		ask: 'Betalade du hela hyran den här månaden?',
		answers: { yes: 'Ja', partly: 'Delvis', no: 'Nej' },
		thanks: {
			yes: 'Bra! När hyran betalas först är hemmet tryggt. Fortsätt på samma sätt.',
			partly: 'Tack för att du berättade. Obetald hyra gör skulden större snabbt.',
			no: 'Tack för att du berättade. Obetald hyra gör skulden större snabbt.'
		},
		nextStep:
			'Kontakta hyresvärden redan före nästa förfallodag och berätta när du kan betala. Boenderådgivaren hjälper gratis om pengarna inte räcker.',
		book: 'Boka tid hos en boenderådgivare',
		history: 'Dina tidigare svar',
		historyItem: (months: number, answer: string) => `${months} mån: ${answer}`
	},
	chart: {
		title: 'Skulden månad för månad',
		caption:
			'Linjen visar hur mycket skuld som återstår i slutet av varje månad: den streckade enligt planen, den heldragna enligt dina betalningar. Samma siffror finns i tabellen.',
		planned: 'Planerat',
		actual: 'Verkligt',
		table: 'Visa siffrorna som tabell',
		month: 'Månad',
		plannedBalance: 'Skuld kvar enligt planen',
		actualBalance: 'Skuld kvar enligt betalningarna',
		rent: 'Månadens hyra',
		notYet: '–',
		rentStatuses: {
			paid: 'Betald',
			partly: 'Delvis betald',
			unpaid: 'Obetald',
			upcoming: 'Inte förfallen ännu'
		},
		rentTitle: 'Hyror',
		rentIntro:
			'Markera också månadens hyra som betald. Obetald hyra är det första tecknet på att hyresskulden kommer tillbaka.'
	},
	follow: {
		rentOption: 'Månadens hyra (inte en skuld)',
		rentName: 'Hyra',
		title: 'Uppföljning av planen',
		intro: (revision: number, date: string) =>
			`Du följer version ${revision}, som överenskoms ${date}. Anteckna varje betalning du har gjort.`,
		statuses: {
			onTrack: 'Enligt planen',
			late: 'Försenad',
			missed: 'Raten blev obetald',
			cleared: 'Betald'
		},
		paid: 'Betalt',
		remaining: 'Kvar',
		next: (date: string, amount: string) => `Nästa rat ${date}: ${amount}`,
		overdue: (date: string, amount: string) => `Obetalt sedan ${date}: ${amount}`,
		lateTitle: 'En rat är försenad',
		missedTitle: 'En rat blev obetald',
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

	paymentBreak: {
		title: 'Begäran om betalningsuppehåll',
		pageTitle: 'Begäran om betalningsuppehåll för utskrift',
		none: 'Du har inga avtalade rater som du kan be om uppehåll för.',
		help: 'Skicka en begäran till varje borgenär för sig. I utskriftsfönstret kan du spara den som PDF.',
		months: 'Hur många månaders uppehåll du ber om',
		to: 'Till borgenären',
		from: 'Från gäldenären',
		subject: (creditor: string) => `Begäran om betalningsuppehåll: ${creditor}`,
		body: (amount: string, months: string) =>
			`Jag ber om betalningsuppehåll i ${months} månader. Nu betalar jag ${amount} i månaden. Jag har en hyresskuld som hotar mitt hem. Jag behöver pengarna för att betala den. Efter uppehållet fortsätter jag att betala enligt avtalet.`,
		reference: 'Referens eller avtalsnummer',
		signature: 'Underskrift och namnförtydligande'
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
		costs: 'Dröjsmålsränta och indrivningskostnader enligt hyresvärden',
		costsHint:
			'Fråga hyresvärden om beloppet och skriv det här. I förslaget syns det på en egen rad.',
		costsTotal: 'Skulden med kostnader sammanlagt',
		capsTitle: 'Lagens högsta belopp',
		caps: (reminder: string, demands: string, late: string) =>
			`Av en konsument får högst ${reminder} tas ut för en betalningspåminnelse. För ett betalningskrav får högst ${demands} tas ut, beroende på skuldens storlek. Dröjsmålsräntan är högst ${late} % per år.`,
		grandTotal: 'Betalas totalt',
		lastInstalment: (date: string) => `Sista raten ${date}.`,
		signatures: 'Underskrifter',
		tenantSign: 'Hyresgästens underskrift och namnförtydligande',
		landlordSign: 'Hyresvärden godkänner planen: underskrift och namnförtydligande',
		placeDate: 'Ort och datum',
		footer: 'Uppgjord med appen Vuokra-apu.'
	}
};
