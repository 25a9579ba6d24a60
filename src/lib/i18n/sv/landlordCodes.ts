import type { Messages } from '../fi/index';

export const landlordCodes: Messages['landlordCodes'] = {
	area: 'Hyresvärdens sidor',
	checking: 'Behörigheten kontrolleras…',
	signInNeeded: 'Logga in med ditt konto som hyresvärd.',
	signIn: 'Logga in',
	notAllowed:
		'Ditt konto har inte tillgång till hyresvärdens sidor. Om du arbetar hos en hyresvärd, be tjänstens administratörer lägga till dig i din organisation.',
	offline: 'Ingen nätverksanslutning. Hyresvärdens sidor behöver en anslutning.',
	loadFailed: 'Uppgifterna kunde inte hämtas. Försök igen om en stund.',
	retry: 'Försök igen',
	home: {
		title: (org: string) => `Koder: ${org}`,
		lead: 'Gör en kod till en betalningspåminnelse. Med koden kan hyresgästen få kostnadsfri och konfidentiell boenderådgivning. Du får inte veta vem som öppnade en kod: du ser bara antal, för utskick med minst 20 koder.'
	},
	create: {
		title: 'Gör koder',
		count: 'Hur många koder',
		countHint: 'En per brev, högst 10 000 åt gången.',
		refs: 'Egna referenser (frivilligt)',
		refsHint:
			'Till exempel ett avtalsnummer, en per rad i samma ordning som breven. Bara din organisation ser dem. Antalet rader ska vara detsamma som antalet koder.',
		days: 'Giltig i dagar',
		daysHint: 'Som standard 90 dagar, högst 365.',
		submit: 'Gör koder',
		submitting: 'Koderna görs…',
		made: (n: number) => (n === 1 ? 'Koden är gjord.' : `${n} koder gjorda.`),
		shownOnce:
			'Spara eller skriv ut koderna nu. Tjänsten sparar inte koderna i läsbar form, så de kan inte visas igen.',
		print: 'Utskriftsark',
		csv: 'Ladda ner CSV',
		textsTitle: 'Texter för era egna meddelanden',
		textsLanguage: 'Texternas språk',
		sms: 'Textmeddelande',
		emailSubjectLabel: 'E-postens rubrik',
		emailBodyLabel: 'E-postens text',
		firstCode: 'Texterna visar den första koden. Använd varje hyresgästs egen kod i meddelandet.'
	},
	errors: {
		count: 'Skriv ett tal från 1 till 10 000.',
		refs: (lines: number, count: number) =>
			`Det finns ${lines} referensrader och ${count} koder. Antalen ska vara lika, eller lämna fältet tomt.`,
		refTooLong: 'En referens får vara högst 64 tecken.',
		days: 'Skriv ett tal från 1 till 365.',
		rateLimited: 'För många förfrågningar. Vänta en stund och försök igen.',
		failed: 'Koderna kunde inte göras. Ingenting sparades. Försök igen.'
	},
	list: {
		title: 'Koder',
		filter: 'Visa',
		all: 'Alla',
		status: { active: 'Giltig', expired: 'Utgången', revoked: 'Återkallad' },
		ref: 'Egen referens',
		created: 'Gjord',
		expires: 'Giltig till',
		state: 'Status',
		action: 'Åtgärd',
		noRef: '–',
		revoke: 'Återkalla',
		revokeLabel: (ref: string, created: string) => `Återkalla koden ${ref}, gjord ${created}`,
		revokeConfirm: 'Återkalla koden? Det går inte att ångra.',
		revoked: 'Koden är återkallad.',
		none: 'Inga koder.',
		page: (page: number, pages: number) => `Sida ${page} av ${pages}`,
		previous: 'Föregående sida',
		next: 'Nästa sida',
		total: (n: number) => (n === 1 ? '1 kod' : `${n} koder`)
	},
	report: {
		title: 'Utskick',
		intro:
			'Antalen visas bara för utskick med minst 20 koder. Du ser inte vem som öppnade eller använde en kod.',
		created: 'Gjort',
		size: 'Koder',
		opened: 'Öppnade',
		used: 'Tagna i bruk',
		consented: 'Samtycke givet',
		hidden: 'Under 20 koder'
	},
	print: {
		title: 'Utskriftsark',
		lead: 'En remsa per kod, på A4-papper. Klipp remsorna och lägg dem i betalningspåminnelserna.',
		language: 'Remsornas språk',
		printButton: 'Skriv ut',
		none: 'Det finns inga koder att skriva ut. Koderna visas bara en gång, när de görs: gör nya koder.',
		back: 'Tillbaka till koderna',
		qrLabel: (code: string) => `QR-kod som öppnar koden ${code}`
	},
	insert: {
		heading: 'Kostnadsfri hjälp med hyresskulder',
		gave: (org: string) => `Din hyresvärd ${org} gav dig den här koden.`,
		free: 'Boenderådgivningen är kostnadsfri och konfidentiell.',
		nothing: 'Din hyresvärd får inte veta något om du inte själv tillåter det.',
		how: 'Öppna länken eller läs QR-koden med telefonen, eller skriv koden på Vuokra-apus startsida.',
		code: 'Kod',
		link: 'Länk'
	},
	sms: (org: string, code: string, link: string) =>
		`${org} gav dig en kod till kostnadsfri och konfidentiell boenderådgivning: ${code}. Öppna ${link} – din hyresvärd får inte veta något om du inte själv tillåter det.`,
	emailSubject: 'Kostnadsfri hjälp med hyran',
	emailBody: (org: string, code: string, link: string) =>
		`Hej,\n\ndin hyresvärd ${org} gav dig den här koden: ${code}\n\nMed koden får du kostnadsfri och konfidentiell boenderådgivning. Öppna länken: ${link}\n\nDin hyresvärd får inte veta något om du inte själv tillåter det.`,
	landing: {
		title: 'En kod från din hyresvärd',
		checking: 'Koden kontrolleras…',
		gave: (org: string) => `Din hyresvärd ${org} gav dig den här koden.`,
		free: 'Boenderådgivningen är kostnadsfri och konfidentiell.',
		nothing:
			'Din hyresvärd får inte veta något – inte ens att du öppnade koden – om du inte själv tillåter det.',
		kept: 'Koden sparas på den här enheten. När du loggar in kopplas den till ditt konto.',
		choose: 'Vad vill du göra?',
		start: 'Börja kartlägga din situation',
		book: 'Boka tid hos en boenderådgivare',
		leave: 'Inte nu, tack',
		left: 'Okej. Koden togs bort från den här enheten. Du kan komma tillbaka när som helst.',
		offline:
			'Ingen nätverksanslutning, så koden kunde inte kontrolleras. Kontrollera koden när du har anslutning igen. Du kan ändå börja kartläggningen.',
		unknown:
			'Ingen sådan kod hittades. Kontrollera att du skrev den rätt. Du kan ändå använda tjänsten utan kod.',
		expired: (org: string) =>
			`Den här koden (${org}) gäller inte längre. Du kan ändå använda tjänsten utan kod eller be din hyresvärd om en ny.`,
		revoked: (org: string) =>
			`Den här koden (${org}) har återkallats. Du kan ändå använda tjänsten utan kod.`,
		rateLimited: 'Koder har prövats för många gånger. Vänta en stund och försök igen.',
		tryAgain: 'Försök igen',
		withoutCode: 'Använd tjänsten utan kod'
	},
	entry: {
		label: 'Kod',
		hint: 'Till exempel ABCD-EFGH-JKMN. Stora och små bokstäver spelar ingen roll.',
		submit: 'Fortsätt',
		errors: {
			empty: 'Skriv koden.',
			length: 'En kod har 12 tecken. Kontrollera koden.',
			symbol: 'Koden har ett tecken som koder inte använder. Kontrollera koden.',
			check: 'Koden har ett skrivfel. Kontrollera koden.'
		}
	}
};
