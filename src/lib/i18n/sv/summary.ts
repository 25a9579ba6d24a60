import type { Messages } from '../fi/index';

export const summary: Messages['summary'] = {
	title: 'Sammanfattning',
	intro:
		'Här är din situation utifrån det du har berättat. Du kan ändra uppgifterna när som helst.',
	empty:
		'Du har inte berättat om din situation ännu. Börja kartläggningen, så fylls sammanfattningen i.',
	monthTitle: 'Månad',
	income: 'Inkomster per månad',
	expenses: 'Utgifter per månad',
	surplus: 'Blir kvar',
	deficit: 'Fattas',
	surplusExplain: 'Så här mycket blir kvar av inkomsterna varje månad när utgifterna är betalda.',
	deficitExplain:
		'Utgifterna är större än inkomsterna. Det lönar sig att söka hjälp med det här snart.',
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
			? `${months.toLocaleString('sv')} månads hyra obetald`
			: `${months.toLocaleString('sv')} månaders hyra obetald`,
	groundsWarning:
		'Två månaders obetald hyra är i regel grund för en ansökan om vräkning. Kontakta hyresvärden och boenderådgivaren nu.',
	stageTitle: 'Var du befinner dig nu',
	stages: {
		none: {
			name: 'Inga hyresskulder',
			meaning: 'Hyrorna är betalda. Bra!',
			next: 'Om det börjar kännas svårt att betala, ta kontakt redan innan förfallodagen har passerat.'
		},
		arrears: {
			name: 'Hyra är obetald',
			meaning: 'Hyresvärden har ännu inte skickat någon påminnelse eller något indrivningsbrev.',
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
			meaning: 'Hyresvärden kan snart ansöka om vräkning hos tingsrätten.',
			next: 'Kontakta boenderådgivaren genast. Det går fortfarande att komma överens om en betalningsplan innan ärendet tas upp i domstol.'
		},
		courtApplication: {
			name: 'Vräkningsärendet är i tingsrätten',
			meaning: 'Hyresvärden godkänner kanske inte längre en betalningsplan.',
			next: 'Kontakta boenderådgivaren och socialväsendet genast. Ansök om förebyggande utkomststöd.'
		},
		judgment: {
			name: 'Tingsrätten har meddelat dom',
			meaning: 'Vräkningen kan verkställas genom utsökningen.',
			next: 'Kontakta boenderådgivaren och socialväsendet genast. Det kan fortfarande vara möjligt att behålla bostaden.'
		},
		evictionScheduled: {
			name: 'Dagen för vräkningen är fastställd',
			meaning: 'Utsökningen har bestämt den dag då du måste lämna bostaden.',
			next: 'Kontakta boenderådgivaren och socialväsendet genast, så att du har en bostad också efter dagen för vräkningen.'
		}
	},
	urgentTitle: 'Kontakta boenderådgivaren nu',
	urgentText:
		'Din situation har kommit till ett skede där du behöver hjälp genast. Boenderådgivaren hjälper dig kostnadsfritt och konfidentiellt.',
	urgentAction: 'Så här når du boenderådgivaren',
	contactAdvisorText:
		'Kontakta boenderådgivningen i din kommun eller hos din hyresvärd. Snart kan du också boka tid i appen.',
	benefitsTitle: 'Stöd som du inte har sökt',
	benefitsNone: 'Du har sökt alla stöd på listan eller berättat hur läget är med dem.',
	benefitsIntro: 'De här stöden har du inte sökt ännu. Kontrollera om du kunde få dem:',
	hintsTitle: 'Tips',
	hintsIntro:
		'Jämförelsen bygger på referensbudgetar för konsumenter. De är riktgivande, inte gränser – varje liv är olika.',
	hintHigh: (category: string, reference: string) =>
		`${category}: dina utgifter är klart större än vad som är vanligt i liknande hushåll (cirka ${reference} i månaden). Tillsammans med boenderådgivaren kan ni se om det finns utrymme att spara här.`,
	hintLow: (category: string, reference: string) =>
		`${category}: din uppskattning är klart mindre än vanligt (cirka ${reference} i månaden). Se till att det blir tillräckligt med pengar kvar till mat.`,
	editStep: (step: string) => `Redigera: ${step}`
};
