import type { Messages } from '../fi/index';
import { formatNumber } from '../locales';

export const summary: Messages['summary'] = {
	title: 'Sammanfattning',
	intro:
		'Här är din situation utifrån det du har berättat. Du kan ändra uppgifterna när som helst.',
	empty:
		'Du har inte berättat om din situation ännu. Börja kartläggningen, så fylls sammanfattningen i.',
	monthTitle: 'Månad',
	income: 'Inkomster per månad',
	expenses: 'Utgifter per månad',
	surplus: 'Pengar blir över',
	deficit: 'Pengar fattas',
	surplusExplain: 'Så här mycket blir kvar av inkomsterna varje månad när utgifterna är betalda.',
	deficitExplain:
		'Utgifterna är större än inkomsterna. Det lönar sig att söka hjälp med det här snart.',
	garnished: (amount: string) =>
		`Utsökningen tar ${amount} i månaden av din lön. Beloppet är redan avdraget från inkomsterna du skrev. Därför dras det inte av igen.`,
	oneOffIncome: 'Engångsinkomster (ingår inte i månadsbeloppen)',
	oneOffExpenses: 'Engångsutgifter (ingår inte i månadsbeloppen)',
	stageNext: 'Det här kan du göra nu',
	editTitle: 'Ändra uppgifterna',
	incomeLines: 'Inkomsterna specificerade',
	expenseLines: 'Utgifterna specificerade',
	debtTitle: 'Skulder',
	totalDebt: 'Skulder sammanlagt',
	rentArrears: 'Hyresskulder',
	arrearsMonths: (months: number) =>
		months === 1
			? `${formatNumber(months, 'sv')} månads hyra obetald`
			: `${formatNumber(months, 'sv')} månaders hyra obetald`,
	groundsWarning:
		'Hyran är obetald för två månader eller med minst två månaders hyra. Då kan hyresvärden häva hyresavtalet och ansöka om vräkning hos tingsrätten. Hyresvärden kan också gå till tingsrätten utan att häva avtalet först. Kontakta hyresvärden och boenderådgivaren genast.',
	stageTitle: 'Var du befinner dig nu',
	stages: {
		none: {
			name: 'Inga hyresskulder',
			meaning: 'Du har inte angett någon obetald hyra.',
			next: 'Om det börjar kännas svårt att betala hyran, kontakta hyresvärden redan före förfallodagen.'
		},
		arrears: {
			name: 'Hyra är obetald',
			meaning: 'Du har inte angett att du har fått en påminnelse eller andra brev.',
			next: 'Kontakta hyresvärden och berätta om din situation. Nu är det lättast att komma överens om en tidtabell för betalningen.'
		},
		reminder: {
			name: 'Betalningspåminnelse mottagen',
			meaning: 'Hyresvärden har märkt att hyran är obetald.',
			next: 'Kontakta hyresvärden och föreslå en betalningsplan. Kontrollera att du har sökt alla stöd.'
		},
		collection: {
			name: 'Hyran är på indrivning',
			meaning: 'Skulden har överförts till indrivning, och det tillkommer extra kostnader.',
			next: 'Kom överens om en betalningsplan med indrivningsbyrån eller hyresvärden. Boenderådgivaren kan hjälpa dig.'
		},
		terminated: {
			name: 'Hyresavtalet har sagts upp eller hävts',
			meaning: 'Hyresvärden kan nu ansöka om vräkning hos tingsrätten.',
			next: 'Kontakta boenderådgivaren genast. Det går fortfarande att komma överens om en betalningsplan innan ärendet tas upp i domstol.'
		},
		courtApplication: {
			name: 'Du har fått en stämning från tingsrätten',
			meaning:
				'Hyresvärden ansöker om vräkning. Svara på stämningen inom tidsfristen, oftast 14 dagar. Om du inte svarar kan tingsrätten meddela en tredskodom.',
			next: 'Kontakta boenderådgivaren genast. Svara på stämningen i tid. Hyresvärden godkänner kanske inte längre en betalningsplan.'
		},
		judgment: {
			name: 'Tingsrätten har meddelat dom',
			meaning: 'Hyresvärden kan nu be utsökningen att verkställa vräkningen.',
			next: 'Kontakta boenderådgivaren genast. Ibland går det ännu att behålla bostaden, om skulden betalas och hyresvärden går med på det.'
		},
		evictionScheduled: {
			name: 'Du har fått en flyttningsuppmaning',
			meaning:
				'Utsökningen har skickat en flyttningsuppmaning. I den står flyttningsdagen, då du senast måste flytta ut.',
			next: 'Kontakta boenderådgivaren genast. Du kan be utmätningsmannen att skjuta upp flyttningsdagen. Fråga socialtjänsten var du kan bo efter flyttningsdagen.'
		}
	},
	stageUnknown: {
		name: 'Skedet är inte känt ännu',
		meaning: 'Du har inte berättat om din bostad och hyra ännu.',
		next: 'Fyll i steget ”Bostad och hyra”, så ser du var du befinner dig.'
	},
	socialHelpTitle: 'Utkomststöd för hyresskulden',
	socialHelp: {
		kelaThenCounty:
			'Sök först grundläggande utkomststöd hos FPA. Skriv i ansökan att du behöver hjälp med en hyresskuld och be FPA skicka ansökan vidare till välfärdsområdet. Välfärdsområdet beslutar om kompletterande och förebyggande utkomststöd. Om vräkningen är nära, kontakta välfärdsområdets socialtjänst direkt.',
		kelaThenHelsinki:
			'Sök först grundläggande utkomststöd hos FPA. Skriv i ansökan att du behöver hjälp med en hyresskuld och be FPA skicka ansökan vidare till Helsingfors stad. Staden beslutar om kompletterande och förebyggande utkomststöd. Om vräkningen är nära, kontakta stadens socialtjänst direkt.',
		aland:
			'På Åland söks utkomststöd inte hos FPA. Sök det hos hemkommunens socialtjänst och berätta att du behöver hjälp med en hyresskuld.'
	},
	urgentTitle: 'Kontakta boenderådgivaren nu',
	urgentText:
		'Din situation har gått så långt att du behöver hjälp genast. Boenderådgivaren hjälper dig kostnadsfritt och konfidentiellt.',
	urgentAction: 'Så här når du boenderådgivaren',
	benefitsTitle: 'Stöd som du inte har sökt',
	benefitsNone: 'Du har sökt alla stöd på listan eller berättat hur läget är med dem.',
	benefitsIntro: 'De här stöden har du inte sökt ännu. Kontrollera om du kunde få dem:',
	hintsTitle: 'Tips',
	hintsIntro:
		'Jämförelsen bygger på referensbudgetar för konsumenter. De är bara riktgivande, inte gränser. Varje liv är olika.',
	hintHigh: (category: string, reference: string) =>
		`${category}: dina utgifter är klart större än vad som är vanligt i liknande hushåll (cirka ${reference} i månaden). Tillsammans med boenderådgivaren kan ni se om det finns utrymme att spara här.`,
	hintLow: (category: string, reference: string) =>
		`${category}: din uppskattning är klart mindre än vanligt (cirka ${reference} i månaden). Se till att det blir tillräckligt med pengar kvar till mat.`,
	editStep: (step: string) => `Redigera: ${step}`,
	debtHelp: {
		title: 'Hjälp med andra skulder',
		text: 'Om du inte kan betala alla dina skulder under betalningsplanen, sök kostnadsfri ekonomi- och skuldrådgivning. Den ges av statens rättshjälpsbyråer.',
		debtAdvice: 'Ekonomi- och skuldrådgivning (oikeus.fi)',
		foundation:
			'Garantistiftelsen ger kostnadsfria råd till skuldsatta och kan gå i borgen för ett banklån som betalar skulderna.',
		foundationLink: 'Garantistiftelsen (takuusaatio.fi)',
		socialCredit: {
			kelaThenCounty:
				'Fråga också välfärdsområdet om du kan få social kreditgivning. Alla välfärdsområden erbjuder det inte.',
			kelaThenHelsinki: 'Fråga också Helsingfors stad om du kan få social kreditgivning.',
			aland:
				'Fråga också hemkommunens socialtjänst om du kan få social kreditgivning. Alla kommuner erbjuder det inte.'
		},
		linkContext: (link: string) => `${link}, öppnas i en ny flik`
	}
};
