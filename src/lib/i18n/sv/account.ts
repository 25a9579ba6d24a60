import type { Messages } from '../fi/index';

export const account: Messages['account'] = {
	signIn: {
		title: 'Logga in',
		optional:
			'Det är frivilligt att logga in. Appen fungerar utan konto, och då finns uppgifterna bara på den här enheten.',
		benefitsTitle: 'Vad du får genom att logga in',
		benefits: [
			'Dina uppgifter sparas också på servern. Du kan fortsätta på en annan enhet.',
			'Du kan boka tid hos en boenderådgivare. Boenderådgivaren ser dina uppgifter bara om du ger ditt samtycke.'
		],
		emailLabel: 'E-postadress',
		emailHint: 'Vi skickar en inloggningslänk till adressen. Du behöver inget lösenord.',
		emailInvalid: 'Skriv e-postadressen i formen namn@exempel.fi.',
		send: 'Skicka inloggningslänk',
		sending: 'Skickar…',
		sentTitle: 'Titta i din e-post',
		sent: (email: string) =>
			`Vi skickade en inloggningslänk till ${email}. Öppna länken på den här enheten. Om meddelandet inte syns, titta också i skräppostmappen.`,
		sendAgain: 'Skicka en ny länk',
		or: 'eller',
		withProvider: (name: string) => `Logga in med ${name}`,
		offline:
			'Du behöver en nätverksanslutning för att logga in. Du kan fortsätta använda appen utan att logga in och logga in senare.',
		tooMany: 'För många försök. Vänta en stund och försök sedan igen.',
		failed: 'Inloggningen misslyckades. Försök igen.',
		linkExpired: 'Inloggningslänken har gått ut eller redan använts. Be om en ny länk nedan.',
		accountNotLinked:
			'Det finns redan ett konto med den här e-postadressen. Logga in på samma sätt som tidigare, till exempel med en e-postlänk.',
		alreadySignedIn: (email: string) => `Du är redan inloggad: ${email}.`,
		switchTitle: (email: string) => `Logga ut från kontot ${email}?`,
		switchText: (email: string) =>
			`${email} är inloggad på den här enheten. Om du loggar in med ett annat konto loggas ${email} ut och dess uppgifter tas bort från den här enheten. Uppgifterna som sparats på servern finns kvar.`,
		switchConfirm: 'Logga ut och fortsätt',
		goToAccount: 'Gå till kontot'
	},
	confirm: {
		title: (email: string) => `Logga in på kontot ${email}?`,
		checking: 'Kontrollerar…',
		intro:
			'Du öppnade en inloggningslänk. Fortsätt bara om adressen är din och du själv bad om länken. Att bara öppna länken loggar inte in någon.',
		attachQuestion: (email: string) =>
			`Ska uppgifterna du skrivit på den här telefonen flyttas till kontot ${email}?`,
		attachExplain:
			'Om du inte vill flytta dem, avbryt. Uppgifterna stannar då bara på den här enheten och ingen inloggning görs.',
		signIn: 'Logga in',
		signInAndMove: 'Logga in och flytta uppgifterna',
		cancel: 'Avbryt',
		cancelled: 'Ingen inloggning gjordes. Ingenting ändrades.',
		signedInElsewhere: (current: string) =>
			`${current} är inloggad på den här enheten. Om du fortsätter loggas ${current} ut och dess uppgifter tas bort från den här enheten. Uppgifterna som sparats på servern finns kvar på kontot ${current}.`,
		otherData: (owner: string) =>
			`Den här enheten har uppgifter som hör till kontot ${owner}. Om du fortsätter tas de bort från den här enheten. Uppgifterna som sparats på servern finns kvar på kontot ${owner}.`,
		unsynced: (n: number) =>
			n === 1
				? '1 ändring har ännu inte nått servern. Den går förlorad om du fortsätter.'
				: `${n} ändringar har ännu inte nått servern. De går förlorade om du fortsätter.`,
		switchTo: (email: string) => `Byt till kontot ${email}`,
		alreadySignedIn: (email: string) => `Du är redan inloggad på kontot ${email}.`,
		goToAccount: 'Gå till kontot',
		offline: 'Inloggningen kräver nätverksanslutning. Öppna länken igen när enheten är ansluten.',
		badLink: 'Länken saknar uppgifter. Be om en ny inloggningslänk.',
		newLink: 'Be om en ny länk',
		working: 'Loggar in…',
		chooseTitle: 'Vad ska göras med uppgifterna på den här enheten?',
		attachAfter: (email: string) =>
			`Du är inloggad på kontot ${email}. Ska uppgifterna du skrivit på den här telefonen flyttas till kontot ${email}?`,
		move: 'Flytta uppgifterna till kontot',
		dontMove: 'Flytta inte – logga ut',
		dontMoveExplain:
			'Om du inte flyttar uppgifterna loggas du ut och uppgifterna stannar bara på den här enheten.',
		switchAfter: (owner: string, email: string) =>
			`Du är inloggad på kontot ${email}, men den här enheten har uppgifter som hör till kontot ${owner}. De flyttas inte till kontot ${email}.`,
		removeOther: (owner: string) => `Ta bort uppgifterna för kontot ${owner} från den här enheten`,
		keepOther: 'Logga ut och behåll uppgifterna',
		notSignedIn: 'Du är inte inloggad.',
		failed: 'Det lyckades inte. Kontrollera nätverksanslutningen och försök igen.'
	},
	page: {
		title: 'Konto',
		loading: 'Hämtar kontouppgifter…',
		notSignedIn: 'Du är inte inloggad.',
		signInLink: 'Logga in',
		offline: 'Kontouppgifterna kan inte hämtas utan nätverksanslutning.',
		loadFailed: 'Kontouppgifterna kunde inte hämtas. Försök igen om en stund.',
		signedInAs: 'Inloggad som',
		roles: {
			tenant: 'hyresgäst',
			advisor: 'boenderådgivare',
			admin: 'administratör',
			landlord: 'hyresvärdens personal',
			funder: 'finansiär (rapporter)'
		},
		roleLabel: 'Roll',
		signOutTitle: 'Logga ut',
		signOutExplain:
			'När du loggar ut raderas alla uppgifter från den här enheten. Uppgifterna på servern finns kvar, och du får tillbaka dem när du loggar in igen.',
		signOut: 'Logga ut',
		signingOut: 'Loggar ut…',
		unsyncedTitle: 'Alla ändringar har ännu inte nått servern',
		unsynced: (n: number) =>
			n === 1
				? '1 ändring har ännu inte nått servern. Om du loggar ut nu går den förlorad. Vänta hellre tills enheten är uppkopplad och ändringarna har skickats.'
				: `${n} ändringar har ännu inte nått servern. Om du loggar ut nu går de förlorade. Vänta hellre tills enheten är uppkopplad och ändringarna har skickats.`,
		signOutAnyway: 'Logga ut ändå',
		exportTitle: 'Ladda ner mina uppgifter',
		exportExplain:
			'Du får en fil (JSON) med allt som sparats om dig på servern: ditt konto, dina inloggningssätt, hur länge dina sessioner gäller och de synkroniserade uppgifterna.',
		export: 'Ladda ner mina uppgifter',
		exporting: 'Förbereder…',
		deleteTitle: 'Radera mitt konto',
		deleteExplain:
			'Raderar ditt konto och alla uppgifter som sparats på servern, och loggar ut dig på alla enheter. Uppgifterna på den här enheten raderas också. Det går inte att ångra.',
		delete: 'Radera mitt konto',
		deleteConfirmTitle: 'Radera kontot för gott?',
		deleteConfirm:
			'Alla dina uppgifter på servern och på den här enheten raderas. Det går inte att ångra.',
		deleteConfirmAction: 'Ja, radera kontot',
		deleting: 'Raderar…',
		failed: 'Det lyckades inte. Kontrollera nätverksanslutningen och försök igen.'
	},
	email: {
		subject: 'Inloggningslänk – Vuokra-apu',
		greeting: 'Hej,',
		intro: 'Logga in i Vuokra-apu med länken nedan:',
		button: 'Logga in',
		expires: (minutes: number) => `Länken gäller i ${minutes} minuter och kan användas en gång.`,
		ignore:
			'Om du inte bad om länken kan du lämna meddelandet utan åtgärd. Ingen kommer åt ditt konto utan länken.'
	},
	reminders: {
		title: 'Påminnelser',
		explain:
			'Vuokra-apu kan påminna dig om hyrans förfallodag, raterna i betalningsplanen, möten och korta uppföljningsfrågor. Påminnelsen kommer som en avisering till den här enheten. I aviseringen står bara "Du har en påminnelse", om du inte väljer annat. Detaljerna ser du i appen.',
		loading: 'Inställningarna för påminnelser laddas…',
		loadFailed:
			'Inställningarna för påminnelser kunde inte laddas. Kontrollera nätverket och försök igen.',
		deviceOn: 'Påminnelser kommer till den här enheten.',
		deviceOff: 'Inga påminnelser kommer till den här enheten.',
		optIn: 'Slå på påminnelser på den här enheten',
		optOut: 'Stäng av påminnelser på den här enheten',
		kindsLegend: 'Vad vill du bli påmind om',
		kinds: {
			rent: 'Hyrans förfallodag',
			instalment: 'Raterna i betalningsplanen',
			missed: 'En obetald rat',
			meeting: 'Möte med bostadsrådgivaren',
			checkin: 'Uppföljningsfrågor',
			booking: 'Ändringar i bokningar'
		},
		quietLegend: 'Tyst tid',
		quietExplain:
			'Under tyst tid kommer inga aviseringar. Påminnelsen kommer när den tysta tiden är slut.',
		quietStart: 'Börjar',
		quietEnd: 'Slutar',
		detailed: 'Visa i aviseringen vad påminnelsen gäller (belopp visas aldrig)',
		emailFallback: 'Skicka påminnelsen per e-post om ingen enhet har påminnelser påslagna',
		digest: 'Daglig sammanfattning av klienter att följa upp per e-post',
		save: 'Spara inställningarna',
		saving: 'Sparar…',
		badTime: 'Skriv tiden som tt:mm, till exempel 21:00.',
		notices: {
			saved: 'Inställningarna sparades.',
			subscribed: 'Påminnelser kommer nu till den här enheten.',
			unsubscribed: 'Påminnelser kommer inte längre till den här enheten.',
			unsupported:
				'Den här webbläsaren stöder inte aviseringar. Du får påminnelser per e-post om det är valt nedan.',
			denied:
				'Webbläsaren gav inte lov till aviseringar. Du kan tillåta dem i webbläsarens inställningar och försöka igen.',
			noWorker: 'Aviseringarna är inte klara ännu. Ladda om sidan och försök sedan igen.',
			failed:
				'Aviseringarna kunde inte slås på i den här webbläsaren. Du får påminnelser per e-post om det är valt nedan.',
			offline: 'Enheten är inte ansluten. Försök igen när anslutningen fungerar.',
			serverError: 'Det gick inte att spara. Försök igen om en stund.'
		},
		inApp: {
			title: 'Påminnelser',
			text: {
				rent: (date: string) => `Hyrans förfallodag är ${date}.`,
				instalment: (date: string) => `En rat i betalningsplanen förfaller ${date}.`,
				missed: (date: string) =>
					`En rat i betalningsplanen (${date}) verkar vara obetald. Se i planen vad du kan göra.`,
				meeting: (date: string) => `Du har ett möte ${date}.`,
				checkin: (date: string) => `Hur har betalningarna gått (${date})? Svara på en kort fråga.`,
				booking: (date: string) => `Din bokning har ändrats (${date}).`
			},
			open: 'Öppna',
			dismiss: 'Kvittera'
		}
	},
	caseRecords: {
		title: 'Vad tjänsten antecknar om dig',
		intro:
			'Boenderådgivningen för anteckningar och uppgifter om ditt ärende. Du har rätt att se dem.',
		ref: (ref: string) => `Klientnummer ${ref}`,
		advisor: 'Rådgivare',
		notes: 'Anteckningar',
		tasks: 'Uppgifter',
		none: 'Inga anteckningar.',
		loadFailed: 'Anteckningarna kunde inte hämtas.'
	},
	forget: {
		title: 'Glöm den här enheten',
		explain:
			'Loggar ut dig om du är inloggad och raderar sedan alla uppgifter som har sparats på den här enheten: din situation, ditt språkval och appens cache. Uppgifterna som sparats på servern finns kvar på ditt konto. Det går inte att ångra.',
		offlineNote:
			'Enheten saknar nätverksanslutning. Uppgifterna raderas från enheten genast, men inloggningen avslutas på servern först när du nästa gång öppnar appen med nätverksanslutning.',
		doneOffline:
			'Uppgifterna har raderats från den här enheten. Inloggningen avslutas på servern när du nästa gång öppnar appen med nätverksanslutning.',
		action: 'Glöm den här enheten',
		confirmTitle: 'Vill du radera alla uppgifter från den här enheten?',
		confirm: 'Ja, radera allt',
		done: 'Uppgifterna har raderats från den här enheten.',
		working: 'Uppgifterna raderas…',
		failed: 'Alla uppgifter kunde inte raderas. Stäng appen i andra flikar och försök igen.'
	},
	settings: {
		title: 'Inställningar',
		languageHelp: 'Valet sparas på den här enheten.',
		privacyTitle: 'Dina uppgifter',
		privacy:
			'Uppgifterna sparas på den här enheten, i webbläsarens databas. När du loggar in sparas dina uppgifter också på servern. Boenderådgivaren ser dem bara om du ger ditt samtycke.'
	}
};
