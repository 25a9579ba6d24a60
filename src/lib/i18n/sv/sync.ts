import type { Messages } from '../fi/index';

export const sync: Messages['sync'] = {
	statusLabel: 'Synkronisering',
	upToDate: 'Uppdaterad',
	waiting: (n: number) =>
		n === 1 ? '1 ändring väntar på att skickas' : `${n} ändringar väntar på att skickas`,
	syncing: 'Synkroniserar…',
	offline: 'Ingen förbindelse – ändringarna skickas när förbindelsen är tillbaka',
	error: 'Synkroniseringen misslyckades',
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
	fieldNames: {
		rentCents: 'Månadshyra',
		arrearsCents: 'Obetald hyra',
		amountCents: 'Belopp',
		balanceCents: 'Återstående skuld',
		monthlyPaymentCents: 'Amortering per månad',
		creditor: 'Borgenär',
		type: 'Typ av skuld',
		status: 'Läge'
	}
};
