import type { Messages } from '../fi/index';

export const sync: Messages['sync'] = {
	statusLabel: 'Synkronisering',
	upToDate: 'Uppdaterad',
	waiting: (n: number) =>
		n === 1 ? '1 ändring väntar på att skickas' : `${n} ändringar väntar på att skickas`,
	syncing: 'Synkroniserar…',
	offline: 'Ingen förbindelse. Ändringarna skickas när förbindelsen är tillbaka.',
	error: 'Synkroniseringen misslyckades',
	quotaExceeded:
		'Ditt konto har så mycket sparade uppgifter att nya ändringar inte kan skickas. Ändringarna finns kvar på den här enheten. Ta bort onödiga rader, till exempel gamla skulder eller anteckningar, så fortsätter sändningen.',
	retry: 'Försök igen',
	syncNow: 'Synkronisera nu',
	lastSynced: (time: string) => `Senast synkroniserad ${time}`,
	rejectedTitle: 'Servern godkände inte alla ändringar',
	rejectedText:
		'Uppgifterna finns fortfarande på den här enheten. Kontrollera de markerade punkterna; om problemet kvarstår, kontakta supporten.',
	dismiss: 'Kvittera',
	awayTitle: 'Den här enheten var länge utan anslutning',
	awayText:
		'Dess osända ändringar har nu skickats på nytt och uppgifterna har hämtats från servern. Kontrollera att uppgifterna stämmer.',
	conflictsTitle: 'Välj rätt uppgift',
	conflictsIntro:
		'Samma uppgift ändrades olika på två enheter. Vilken är rätt? Ingendera har raderats.',
	conflictField: (what: string) => `${what}:`,
	keepThis: (value: string) => `Behåll ${value}`,
	emptyValue: 'tom',
	noticesTitle: 'Alla ändringar sparades inte',
	noticesIntro:
		'Om samma uppgift ändras på två enheter gäller bara en av ändringarna. Nedan ser du vad som inte kom med. Du kan återställa det eller kvittera meddelandet.',
	noticeReplaced: (what: string) =>
		`${what}: uppgiften som sparats på en annan enhet ersattes av ändringen på den här enheten.`,
	noticeDeleted: (what: string) =>
		`${what} hade tagits bort på en annan enhet, så ändringen på den här enheten sparades inte.`,
	noticeNotSent: (what: string) =>
		`${what}: ändringen kunde inte sparas på servern. Uppgiften finns bara på den här enheten.`,
	droppedValues: 'Uppgifter som inte kom med:',
	restore: 'Återställ',
	yes: 'ja',
	no: 'nej',
	entityNames: {
		household: 'Hushåll',
		home: 'Bostad och hyra',
		incomes: 'Inkomst',
		expenses: 'Utgift',
		debts: 'Skuld',
		benefits: 'Förmån',
		decisions: 'Beslut',
		plans: 'Betalningsplan',
		payments: 'Betalning',
		conflicts: 'Val mellan två uppgifter'
	},
	fieldNames: {
		rentCents: 'Månadshyra',
		arrearsCents: 'Obetald hyra',
		amountCents: 'Belopp',
		balanceCents: 'Återstående skuld',
		monthlyPaymentCents: 'Månadsrat',
		creditor: 'Borgenär',
		type: 'Typ av skuld',
		status: 'Läge'
	}
};
