import type { Messages } from '../fi/index';

export const admin: Messages['admin'] = {
	title: 'Administration',
	checking: 'Behörigheten kontrolleras…',
	signInNeeded: 'Administrationen kräver inloggning.',
	signIn: 'Logga in',
	notAllowed: 'Den här sidan är endast för administratörer.',
	offline: 'Administrationen kräver nätverksanslutning.',
	loadFailed: 'Uppgifterna kunde inte hämtas. Försök igen om en stund.',
	saveFailed: 'Det gick inte att spara. Kontrollera uppgifterna och försök igen.',
	nav: {
		label: 'Administrationens meny',
		users: 'Användare',
		settings: 'Inställningar',
		audit: 'Händelselogg',
		landlords: 'Hyresvärdar',
		orgs: 'Organisationer',
		consentTexts: 'Samtyckestexter'
	},
	users: {
		title: 'Användare och roller',
		inviteTitle: 'Bjud in en användare',
		inviteIntro:
			'Den inbjudna får en inloggningslänk per e-post. Rollen gäller så snart hen loggar in.',
		email: 'E-postadress',
		emailInvalid: 'Skriv e-postadressen i formen namn@exempel.fi.',
		role: 'Roll',
		lang: 'Inbjudans språk',
		langs: { fi: 'finska', sv: 'svenska', en: 'engelska' },
		invite: 'Skicka inbjudan',
		sending: 'Skickas…',
		invited: (email: string) => `Inbjudan skickades till ${email}.`,
		listTitle: 'Personal',
		listEmpty: 'Ingen har ännu någon roll.',
		colEmail: 'E-post',
		colRole: 'Roll',
		colStatus: 'Status',
		signedIn: 'Har loggat in',
		pending: 'Inbjudan väntar',
		changeRole: (email: string) => `Roll för ${email}`,
		save: 'Spara rollen',
		removeRole: 'Ta bort rollen',
		availability: (email: string) => `Bokningsinställningar: ${email}`,
		roleSaved: (email: string) => `Rollen för ${email} sparades.`,
		lastAdmin:
			'Den sista administratören kan inte tas bort. Ge först administratörsrollen till någon annan.',
		org: 'Organisation',
		orgNone: 'Lägg först till en hyresvärdsorganisation.',
		orgAdd: 'Organisationer',
		orgInvalid: 'Välj den organisation som den inbjudna hör till.',
		landlordNeedsOrg: 'Hyresvärdens personal bjuds in till en organisation på sidan Organisationer.'
	},
	settings: {
		title: 'Inställningar',
		intro:
			'Inställningarna gäller genast. Ett standardvärde återställer serverns standardinställning.',
		serviceName: 'Tjänstens namn',
		servicePhone: 'Tjänstens telefonnummer',
		servicePhoneHint: 'Visas för hyresgäster som inte kan boka tid på nätet.',
		phoneInvalid: 'Skriv ett telefonnummer, till exempel +358 9 123 4567.',
		bookingHoldHours: 'Hur länge en bokningsbegäran gäller (timmar)',
		closedCaseMonths: 'Personuppgifter i ett avslutat ärende raderas (månader efter avslut)',
		unusedAccountMonths: 'Ett oanvänt konto raderas (månader efter senaste användning)',
		accountWarningDays: 'Varning före radering av kontot (dagar)',
		numberInvalid: (min: number, max: number) => `Skriv ett heltal mellan ${min} och ${max}.`,
		nameInvalid: 'Skriv tjänstens namn (högst 80 tecken).',
		defaultValue: (value: string) => `Standard: ${value}`,
		save: 'Spara inställningarna',
		saved: 'Inställningarna sparades.'
	},
	audit: {
		title: 'Händelselogg',
		intro: 'Alla administrativa åtgärder registreras här. Loggen kan inte ändras eller raderas.',
		empty: 'Inga händelser.',
		colAt: 'Tid',
		colActor: 'Utförare',
		colAction: 'Åtgärd',
		colTarget: 'Mål',
		colDetails: 'Uppgifter',
		more: 'Visa äldre',
		actions: {
			'user.invite': 'Inbjudan',
			'user.role': 'Rolländring',
			'settings.update': 'Ändrade inställningar',
			'advisor.availability': 'Bokningsinställningar ändrade',
			'landlord.save': 'Hyresvärdslistan ändrad',
			'retention.case-erased': 'Uppgifter i avslutat ärende raderade',
			'retention.account-warned': 'Varning om oanvänt konto',
			'retention.account-erased': 'Oanvänt konto raderat',
			'org.create': 'Organisation tillagd',
			'org.update': 'Organisation ändrad',
			'org.staff.remove': 'Person borttagen från organisationen',
			'consent-text.publish': 'Version av samtyckestexten publicerad'
		}
	},
	inviteEmail: {
		subject: (service: string) => `Inbjudan: ${service} – Vuokra-apu`,
		greeting: 'Hej,',
		intro: (service: string, role: string) =>
			`Du har bjudits in till ${service} i Vuokra-apu med rollen ${role}. Logga in med länken nedan:`,
		button: 'Logga in',
		expires: (days: number) => `Länken gäller i ${days} dagar och kan användas en gång.`,
		ignore: 'Om du inte väntade dig denna inbjudan kan du lämna meddelandet utan åtgärd.'
	},
	unusedEmail: {
		subject: 'Ditt oanvända konto raderas – Vuokra-apu',
		greeting: 'Hej,',
		text: (months: number, date: string) =>
			`Du har inte använt ditt konto i Vuokra-apu på ${months} månader. Kontot och dess uppgifter raderas ${date}.`,
		keep: 'Om du vill behålla kontot, logga in före det:',
		ignore: 'Om du inte längre behöver kontot behöver du inte göra något.'
	},
	landlords: {
		title: 'Hyresvärdar',
		intro:
			'Hyresgästen väljer sin hyresvärd i den här listan. Koden kan inte ändras eftersom den sparas i hyresgästernas uppgifter. En hyresvärd som upphört tas bort genom att ange orsaken.',
		formTitle: 'Lägg till eller ändra en hyresvärd',
		id: 'Kod',
		idHint: 'Små bokstäver och bindestreck, till exempel stadens-bostader.',
		idInvalid: 'Skriv koden med små bokstäver och bindestreck.',
		name: 'Namn',
		nameInvalid: 'Skriv namnet (2–120 tecken).',
		months: 'Godkänd betalningstid för hyresskulder (månader)',
		monthsHint: 'Lämna tomt om den inte är känd (standard 12).',
		monthsInvalid: 'Skriv ett heltal mellan 1 och 60 eller lämna tomt.',
		retiredReason: 'Orsak till att den upphört',
		retiredHint:
			'Fyll i endast om hyresvärden inte längre finns. Den kan inte återföras till listan.',
		retiredInvalid: 'Skriv orsaken (3–300 tecken). En hyresvärd som upphört kan inte återföras.',
		save: 'Spara hyresvärden',
		saved: (name: string) => `${name} sparades.`,
		edit: (name: string) => `Redigera: ${name}`,
		listTitle: 'I listan',
		retiredTitle: 'Upphört'
	},
	orgs: {
		title: 'Hyresvärdsorganisationer',
		intro:
			'Organisationens personal ser bara sina egna koder och de förfrågningar och förslag som hyresgästen har gett lov att skicka till den.',
		formTitle: 'Lägg till eller ändra en organisation',
		name: 'Namn',
		nameInvalid: 'Skriv ett namn (2–200 tecken).',
		nameTaken: 'En annan organisation har redan det här namnet.',
		landlordKey: 'Hyresvärd på hyresgästernas lista',
		landlordKeyHint:
			'När en hyresgäst väljer den här hyresvärden går samtycken och förfrågningar till den här organisationen.',
		landlordKeyNone: 'Inte kopplad',
		landlordKeyInvalid: 'Välj en hyresvärd på listan som inte är kopplad till någon annan.',
		save: 'Spara organisationen',
		saved: (name: string) => `${name} sparades.`,
		cancelEdit: 'Avbryt ändringen',
		edit: (name: string) => `Ändra: ${name}`,
		inviteTitle: 'Bjud in till personalen',
		inviteIntro:
			'Den inbjudna får en inloggningslänk per e-post och kommer åt organisationens sidor så fort hen har loggat in.',
		inviteOrg: 'Organisation',
		listTitle: 'Organisationer',
		listEmpty: 'Det finns inga organisationer ännu.',
		linkedTo: (name: string) => `Kopplad: ${name}`,
		notLinked: 'Inte kopplad till hyresvärdslistan',
		staffTitle: (name: string) => `Personal: ${name}`,
		staffEmpty: 'Ingen personal.',
		remove: (email: string) => `Ta bort ${email} från organisationen`,
		removed: (email: string) => `${email} togs bort från organisationen.`
	},
	consentTexts: {
		title: 'Samtyckestexter',
		intro:
			'Hyresgästen läser den här texten innan hen ger sitt samtycke. Den senast publicerade versionen gäller genast alla nya samtycken. En publicerad version kan inte ändras eller tas bort: varje samtycke visar alltid de ord hyresgästen samtyckte till.',
		listTitle: 'Versioner',
		builtIn: 'Med i appen',
		published: (date: string, by: string) => `Publicerad ${date} av ${by}`,
		current: 'Gäller',
		currentLandlord: 'Gäller för samtycken till hyresvärdar',
		view: (version: string) => `Visa version ${version}`,
		viewTitle: (version: string) => `Version ${version}`,
		closeView: 'Stäng',
		viewLanguage: 'Språk',
		newVersion: 'Ny version',
		starting: 'Öppnas…',
		formTitle: (version: string) => `Ny version (utgår från ${version})`,
		formIntro:
			'Skriv varje fält på finska, svenska och engelska. Utkastet finns kvar i den här fliken även om sidan laddas om.',
		groups: {
			general: 'Allmän text',
			recipients: 'Mottagare',
			categories: 'Uppgiftsgrupper',
			landlordKinds: 'Samtycken till en hyresvärdsorganisation'
		},
		fields: {
			title: 'Rubrik',
			intro: 'Inledning',
			purpose: 'Ändamål',
			voluntary: 'Frivillighet',
			validity: 'Giltighet',
			termination: 'Upphörande (på kvittot)',
			withdrawal: 'Återkallelse',
			accessLog: 'Loggning av visningar',
			confirm: 'Bekräftelseknapp'
		} as Record<string, string>,
		label: 'namn',
		description: 'beskrivning',
		item: (name: string, part: string) => `${name}: ${part}`,
		langs: { fi: 'finska', sv: 'svenska', en: 'engelska' },
		inLang: (field: string, lang: string) => `${field} (${lang})`,
		mustKeep: (placeholders: string) => `Behåll i texten: ${placeholders}`,
		errors: {
			empty: 'Skriv en text.',
			tooLong: (max: number) => `Högst ${max} tecken.`,
			control: 'Ta bort styrtecknen ur texten.',
			placeholders: (placeholders: string) =>
				placeholders
					? `Texten ska innehålla ${placeholders} och inga andra markeringar inom klammerparentes.`
					: 'Ta bort markeringen inom klammerparentes: inget sätts in i det här fältet.',
			invalid: 'Servern godkände inte fältet. Kontrollera texten.'
		},
		review: 'Granska och publicera',
		discard: 'Släng utkastet',
		confirmTitle: 'Publicera den nya versionen?',
		confirmText:
			'Den nya texten gäller genast alla nya samtycken på alla tre språk. En publicerad version kan inte ändras eller tas bort.',
		confirmPublish: 'Publicera',
		keep: 'Fortsätt redigera',
		publishing: 'Publiceras…',
		outcomes: {
			published: (version: string) =>
				`Version ${version} publicerades. Den gäller nu nya samtycken.`,
			invalid: 'Rätta de markerade fälten. Inget publicerades.',
			offline: 'Ingen nätverksanslutning. Inget publicerades; utkastet finns kvar.',
			failed: 'Publiceringen lyckades inte. Utkastet finns kvar; försök igen.',
			changed:
				'En annan administratör publicerade just en ny version. Släng utkastet och börja från den senaste versionen.'
		}
	}
};
