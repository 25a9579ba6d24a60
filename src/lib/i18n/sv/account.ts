import type { Messages } from '../fi/index';

export const account: Messages['account'] = {
	nav: {
		signIn: 'Logga in',
		account: 'Konto',
		signedInAs: (email: string) => `Inloggad: ${email}`
	},
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
		goToAccount: 'Gå till kontot'
	},
	page: {
		title: 'Konto',
		loading: 'Hämtar kontouppgifter…',
		notSignedIn: 'Du är inte inloggad.',
		signInLink: 'Logga in',
		offline: 'Kontouppgifterna kan inte hämtas utan nätverksanslutning.',
		loadFailed: 'Kontouppgifterna kunde inte hämtas. Försök igen om en stund.',
		signedInAs: 'Inloggad som',
		roles: { tenant: 'hyresgäst', advisor: 'boenderådgivare', admin: 'administratör' },
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
	}
};
