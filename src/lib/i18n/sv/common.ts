import type { Messages } from '../fi/index';

export const common: Messages['common'] = {
	appName: 'Vuokra-apu',
	tagline: 'Hjälp med hyresskulder – i tid och konfidentiellt',
	skipToContent: 'Hoppa till innehållet',
	mainNav: 'Huvudmeny',
	/** The header's account link (the account pages' own text is in `account`). */
	accountNav: {
		choose: 'Kontrollera uppgifterna',
		signIn: 'Logga in',
		account: 'Konto',
		signedInAs: (email: string) => `Inloggad: ${email}`
	},
	nav: {
		home: 'Startsida',
		situation: 'Situation',
		summary: 'Sammanfattning',
		settings: 'Inställningar',
		plan: 'Plan',
		book: 'Boka tid',
		consent: 'Samtycken',
		landlord: 'Hyresvärd',
		privacy: 'Dataskydd',
		more: 'Mer'
	},
	language: 'Språk',
	languageNames: { fi: 'suomi', sv: 'svenska', en: 'English' },
	loading: 'Laddar…',
	saved: 'Sparat på den här enheten',
	saving: 'Sparar…',
	saveFailed:
		'Det gick inte att spara. Texten du skrev finns kvar i fältet. Enhetens lagringsutrymme kan vara fullt: frigör utrymme och skriv i fältet igen.',
	savedHint: 'Allt du skriver sparas genast på den här enheten. Du behöver inget konto.',
	next: 'Nästa',
	previous: 'Föregående',
	add: 'Lägg till',
	remove: 'Ta bort',
	removeItem: (name: string) => `Ta bort ${name}`,
	cancel: 'Avbryt',
	close: 'Stäng',
	yes: 'Ja',
	no: 'Nej',
	notSet: 'Inte valt',
	optional: 'frivilligt',
	euroSuffix: '€',
	perMonth: '/mån.',
	moneyErrors: {
		invalid: 'Skriv beloppet med siffror, till exempel 1 234,50.',
		negative: 'Beloppet kan inte vara negativt.',
		tooManyDecimals: 'Använd högst två decimaler (cent).',
		tooLarge: 'Beloppet är för stort. Kontrollera siffran.',
		ambiguous: 'Är det här euro eller cent? Skriv till exempel 1234 eller 1,23.'
	},
	numberErrors: {
		invalid: 'Skriv ett heltal.',
		range: (min: number, max: number) => `Skriv ett tal mellan ${min} och ${max}.`
	},
	fieldKept: 'Texten du skrev finns kvar. Rätta den, så tas talet med i beräkningen.',
	offline:
		'Ingen nätverksanslutning. Du kan fortsätta som vanligt – uppgifterna finns på den här enheten.',
	update: {
		available: 'Det finns en ny version av appen.',
		action: 'Uppdatera',
		updating: 'Uppdaterar…'
	},
	home: {
		title: 'Har du svårt att betala hyran?',
		lead: 'Berätta om din situation i din egen telefon. Du ser genast var du står och vad du kan göra härnäst. Du behöver inget konto. Utan konto finns uppgifterna bara på den här enheten.',
		start: 'Börja kartlägga din situation',
		continue: 'Fortsätt kartläggningen',
		seeSummary: 'Se sammanfattningen',
		early:
			'Ju tidigare du tar kontakt, desto mer kan göras. Boenderådgivaren hjälper dig kostnadsfritt och konfidentiellt.',
		stepsDone: (done: number, total: number) => `${done} av ${total} steg påbörjade`
	},
	invalidAmounts: {
		title: (n: number) => (n === 1 ? '1 belopp måste rättas:' : `${n} belopp måste rättas:`),
		explain: (n: number) =>
			n === 1
				? 'Beloppet har inte räknats med, eftersom det innehåller ett fel. Rätta det, så blir siffrorna rätt.'
				: 'Beloppen har inte räknats med, eftersom de innehåller fel. Rätta dem, så blir siffrorna rätt.'
	},
	contactAdvisor: {
		text: 'Boka tid hos en boenderådgivare. Hjälpen är kostnadsfri och konfidentiell.',
		book: 'Boka tid',
		phone: 'Om du inte kan boka tid på nätet, ring:',
		phoneLink: (number: string) => `Ring ${number}`
	},
	notFound: 'Sidan hittades inte.',
	errorTitle: 'Något gick fel',
	backHome: 'Tillbaka till startsidan',
	/** The start page's way in for a tenant with a referral code (issue 13). */
	haveCode: 'Jag fick en kod av min hyresvärd',
	haveCodeFailed:
		'Formuläret för koden kunde inte laddas. Kontrollera nätverksanslutningen och försök igen.'
};
