import type { Messages } from '../fi/index';

export const advisorPlan: Messages['advisorPlan'] = {
	title: 'Betalningsplan och uppföljning',
	none: 'Klienten har ännu inte gjort någon betalningsplan.',
	following: (revision: number, agreed: string | null) =>
		agreed
			? `Version ${revision}, överenskommen ${agreed}`
			: `Version ${revision}, inte ännu överenskommen`,
	creditor: 'Borgenär',
	balance: 'Skuld när planen började',
	withheldLandlord: 'Hyresskuld (hyresvärden)',
	withheldDebt: (n: number) => `Skuld ${n}`,
	withheld: 'inget samtycke',
	withheldNote:
		'Samtycket omfattar betalningsplanens rater och betalningar. Borgenärer och skuldbelopp visas bara om samtycket också omfattar skulder eller hyresskulder.',
	instalment: 'Rat per månad',
	clearedIn: 'Betald i sin helhet',
	status: 'Läge',
	paid: 'Betalt',
	remaining: 'Kvar',
	shortfall: (amount: string) => `Försenat ${amount}`,
	notScheduled: 'inte i tidtabellen',
	changeTitle: 'Ändra raterna',
	changeIntro:
		'Du kan föreslå nya månadsrater. När du sparar blir planen en ny version; klienten ser den och bestämmer om hen går med på den.',
	newInstalment: (creditor: string) => `Ny månadsrat: ${creditor}`,
	floor: 'Nya nödvändiga levnadskostnader per månad',
	floorNow: (amount: string) => `Nu ${amount}.`,
	floorMinimum: (amount: string) => `Minimibeloppet är ${amount} (grunddelen av utkomststödet).`,
	floorLowered: (reason: string) => `Beloppet har sänkts. Orsak: ${reason}`,
	floorReason: 'Orsak, om beloppet är lägre än minimibeloppet',
	floorReasonHint: 'Den boende ser orsaken i sin plan.',
	floorReasonMissing: 'Skriv en orsak. Ett belopp under minimibeloppet behöver en orsak.',
	save: 'Spara som ny version',
	saving: 'Sparar…',
	saved: (revision: number) => `Sparad som version ${revision}.`,
	nothingChanged: 'Skriv minst en ny rat.',
	refused: 'Klientens samtycke omfattar inte längre betalningsplanen.',
	failed: 'Det gick inte att spara. Kontrollera raterna.',
	problems: {
		exceedsBalance: 'Raten är större än den återstående skulden.',
		overAvailable: 'Raterna överskrider de pengar som finns per månad.',
		other: 'Raten passar inte in i planen.'
	}
};
