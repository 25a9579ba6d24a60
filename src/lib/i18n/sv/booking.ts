import type { Messages } from '../fi/index';

export const booking: Messages['booking'] = {
	title: 'Boka tid hos en boenderådgivare',
	lead: 'Boenderådgivaren hjälper kostnadsfritt och konfidentiellt. Välj en tid som passar dig, så bekräftar boenderådgivaren den.',
	signedOut: {
		title: 'Tidsbokning kräver ett konto',
		text: 'Logga först in med din e-post. Då kan boenderådgivaren bekräfta tiden och skicka dig ett meddelande. När du loggar in sparas dina uppgifter också på servern. Boenderådgivaren ser dem bara om du ger ditt samtycke.',
		action: 'Logga in'
	},
	offlineNoData:
		'Ingen nätverksanslutning, och inga lediga tider har sparats på den här enheten. Försök igen när anslutningen är tillbaka.',
	loadFailed: 'Uppgifterna kunde inte hämtas. Försök igen om en stund.',
	retry: 'Försök igen',
	asOf: (when: string) => `Tiderna enligt läget ${when}. De kan ha ändrats.`,
	listAsOf: (when: string) => `Bokningarna enligt läget ${when}.`,
	form: {
		title: 'Ny bokning',
		who: 'Vem vill du träffa?',
		service: 'Vilken ledig boenderådgivare som helst (snabbast)',
		channel: 'Hur vill du träffas?',
		channels: { office: 'Besök på kontoret', phone: 'Telefonsamtal', video: 'Videosamtal' },
		officeAt: (address: string) => `Adress: ${address}`,
		times: 'Lediga tider',
		timesHint: 'Tiderna är finsk tid.',
		moreDays: 'Visa fler dagar',
		noTimes:
			'Det finns inga lediga tider de närmaste två veckorna. Prova ett annat sätt att träffas eller en annan boenderådgivare.',
		noAdvisors: 'Boenderådgivarna har inga bokningsbara tider just nu. Försök igen senare.',
		note: 'Vad vill du tala om? (kort)',
		noteHint:
			'Till exempel: hyran för två månader är obetald och hyresvärden har skickat ett brev.',
		share: 'Dela sammanfattningen av min situation med boenderådgivaren',
		shareHint:
			'Boenderådgivaren ser sammanfattningen bara om du har gett boenderådgivningen ditt samtycke. Du kan återkalla det när som helst.',
		consentActive:
			'Du har gett boenderådgivningen ditt samtycke. Boenderådgivaren ser sammanfattningen.',
		consentMissing:
			'Du har ännu inte gett boenderådgivningen ditt samtycke, så boenderådgivaren ser inte sammanfattningen.',
		consentLink: 'Ge samtycke',
		consentUnknown: 'Samtycket kunde inte kontrolleras.',
		send: 'Skicka bokningsförfrågan',
		sending: 'Skickar…',
		pickTime: 'Välj först en tid.',
		sent: 'Förfrågan har skickats. Boenderådgivaren bekräftar tiden och du får ett meddelande per e-post.',
		queued:
			'Ingen nätverksanslutning. Förfrågan är sparad på den här enheten och skickas automatiskt när anslutningen är tillbaka.',
		tooMany: 'Du har redan tre kommande bokningar. Avboka någon av dem om du vill boka en ny tid.',
		refused: 'Förfrågan kunde inte skickas. Kontrollera uppgifterna och försök igen.'
	},
	taken: {
		title: 'Tiden du valde hann bokas',
		text: (time: string) =>
			`Någon annan bokade ${time} innan din förfrågan kom fram. Här är de närmaste lediga tiderna:`,
		notOffered: (time: string) =>
			`${time} går inte längre att boka. Här är de närmaste lediga tiderna:`,
		none: 'Det finns inga andra lediga tider i närheten. Välj en ny tid i listan nedan.',
		pick: (time: string) => `Boka ${time}`,
		dismiss: 'Jag väljer själv en annan tid'
	},
	mine: {
		title: 'Mina bokningar',
		empty: 'Du har inga bokningar ännu.',
		past: 'Tidigare och avslutade',
		waiting: 'Väntar på att skickas',
		waitingText: 'Sparad på den här enheten. Skickas när nätverksanslutningen är tillbaka.',
		waitingCancel: 'Avbokningen väntar på att skickas',
		waitingMove: 'Begäran om ny tid väntar på att skickas',
		status: {
			requested: 'Väntar på bekräftelse',
			confirmed: 'Bekräftad',
			declined: 'Boenderådgivaren kunde inte ta den här tiden',
			expired: 'Förfallen – boenderådgivaren hann inte svara',
			cancelled: 'Avbokad'
		},
		cancelledBy: {
			tenant: 'Du avbokade den här tiden.',
			advisor: 'Boenderådgivaren avbokade den här tiden.'
		},
		moved: 'Flyttad till en ny tid.',
		holdUntil: (when: string) =>
			`Tiden är reserverad för dig tills boenderådgivaren svarar (senast ${when}).`,
		advisor: (name: string) => `Boenderådgivare: ${name}`,
		anyAdvisor: 'Boenderådgivare: den första lediga',
		note: 'Ärende',
		message: 'Boenderådgivarens meddelande',
		proposed: 'Boenderådgivaren föreslår de här tiderna:',
		bookProposed: (time: string) => `Boka ${time}`,
		calendar: 'Lägg till i kalendern',
		cancel: 'Avboka tiden',
		cancelTitle: 'Avboka tiden?',
		cancelText: (time: string) => `Tiden ${time} avbokas och boenderådgivaren meddelas.`,
		cancelConfirm: 'Ja, avboka',
		keep: 'Nej, behåll tiden',
		cancelled: 'Tiden har avbokats.',
		cancelQueued: 'Avbokningen skickas när nätverksanslutningen är tillbaka.',
		move: 'Be om en ny tid',
		moveTitle: (time: string) => `En ny tid i stället för ${time}`,
		moveSend: 'Skicka begäran om ny tid',
		moveClose: 'Stäng',
		moved2: 'Begäran om ny tid har skickats. Boenderådgivaren bekräftar den nya tiden.',
		notLive: 'Den här tiden kan inte längre ändras. Listan har uppdaterats.'
	},
	when: (date: string, start: string, end: string) => `${date} kl. ${start}–${end}`,
	at: (date: string, start: string) => `${date} kl. ${start}`,
	advisorArea: {
		queue: {
			title: 'Bokningsförfrågningar',
			lead: 'De mest brådskande först: vräkningsskedet och närmaste förfallodag (när kunden har delat sin situation), sedan de äldsta förfrågningarna.',
			empty: 'Inga obesvarade förfrågningar.',
			refresh: 'Uppdatera',
			tenant: 'Kund',
			requestedAgo: (hours: number) =>
				hours < 1
					? 'Begärd för mindre än en timme sedan'
					: `Begärd för ${Math.floor(hours)} h sedan`,
			holdUntil: (when: string) => `Svara senast ${when}`,
			urgencyUnknown: 'Brådskan okänd (situationen inte delad)',
			stage: (name: string) => `Skede: ${name}`,
			deadline: (date: string, days: number) =>
				days === 0
					? `Förfallodag i dag (${date})`
					: days === 1
						? `Förfallodag i morgon (${date})`
						: `${days} dagar till förfallodagen (${date})`,
			shared: 'Kunden delade sin situation',
			confirm: 'Bekräfta',
			decline: 'Avslå',
			propose: 'Avslå och föreslå andra tider',
			proposeTitle: 'Föreslå andra tider',
			proposeHint: (max: number) => `Välj högst ${max} tider.`,
			reason: 'Meddelande till kunden (valfritt)',
			sendDecline: 'Avslå och skicka förslagen',
			closePropose: 'Stäng',
			confirmed: (who: string, time: string) => `Bekräftad: ${who}, ${time}.`,
			declined: (who: string) => `Förfrågan avslogs: ${who}.`,
			notPending: 'Förfrågan har redan besvarats eller förfallit. Listan har uppdaterats.',
			alreadyConfirmedBy: (advisor: string) =>
				`${advisor} hann redan bekräfta förfrågan. Listan har uppdaterats.`,
			clash:
				'Ett annat möte är redan bekräftat vid den här tiden. Avslå förfrågan eller föreslå en annan tid.',
			noAvailability: 'Ställ först in dina lediga tider, så kan du bekräfta förfrågningar.'
		},
		agenda: {
			title: 'Kalender',
			day: 'Dag',
			week: 'Vecka',
			view: 'Vy',
			previousDay: 'Föregående dag',
			nextDay: 'Nästa dag',
			previousWeek: 'Föregående vecka',
			nextWeek: 'Nästa vecka',
			today: 'I dag',
			range: (from: string, to: string) => `${from} – ${to}`,
			empty: 'Inga möten.',
			cancel: 'Avboka mötet',
			cancelTitle: 'Avboka mötet?',
			cancelText: (who: string, time: string) =>
				`Mötet (${who}, ${time}) avbokas och kunden får ett meddelande.`,
			cancelReason: 'Orsak till kunden (valfritt)',
			cancelConfirm: 'Ja, avboka',
			keep: 'Nej, behåll',
			cancelled: 'Mötet har avbokats.',
			notLive: 'Mötet kan inte längre avbokas. Kalendern har uppdaterats.'
		},
		availability: {
			title: 'Mina lediga tider',
			lead: 'Veckomallen och undantagen är i finsk tid. Sparandet ersätter tidigare inställningar; gjorda bokningar behålls.',
			notConfigured:
				'Du har inte ställt in lediga tider ännu. Kunderna ser dig inte förrän du sparar.',
			general: 'Grunduppgifter',
			displayName: 'Namn som visas för kunder',
			active: 'Jag tar emot bokningar',
			mailLang: 'E-postens språk',
			meetingMinutes: 'Mötets längd (min)',
			bufferMinutes: 'Paus mellan möten (min)',
			minNoticeMinutes: 'Boka senast (min före början)',
			horizonDays: 'Bokningsbart högst (dagar framåt)',
			channels: 'Sätt att träffas',
			officeAddress: 'Kontorets adress',
			officeHint: 'Obligatorisk om besök på kontoret erbjuds.',
			weekly: 'Veckomall',
			weeklyEmpty: 'Inga öppettider.',
			weekday: 'Veckodag',
			weekdays: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
			start: 'Börjar',
			end: 'Slutar',
			addWeekly: 'Lägg till öppettid',
			removeRow: (what: string) => `Ta bort ${what}`,
			exceptions: 'Undantagsdagar',
			exceptionsEmpty: 'Inga undantag.',
			date: 'Dag',
			dayOff: 'Ledig dag (inga tider)',
			ranges: 'Öppettider den här dagen',
			addRange: 'Lägg till tid',
			note: 'Anteckning (syns bara för dig)',
			addException: 'Lägg till undantagsdag',
			exceptionLabel: (n: number) => `Undantag ${n}`,
			weeklyLabel: (n: number) => `Öppettid ${n}`,
			rangeLabel: (n: number) => `tid ${n}`,
			errors: {
				endAfterStart: 'Sluttiden måste vara efter starttiden.',
				officeAddress: 'Skriv kontorets adress när besök på kontoret erbjuds.',
				overlap: 'Tiderna samma dag överlappar.',
				duplicateDate: 'Samma dag finns två gånger.',
				channels: 'Välj minst ett sätt att träffas.',
				check: 'Kontrollera den här punkten.'
			},
			save: 'Spara',
			saving: 'Sparar…',
			saved: 'Sparat.',
			invalid: 'Rätta de markerade punkterna.',
			failed: 'Det gick inte att spara. Försök igen.'
		},
		offline: 'Ingen nätverksanslutning. Boenderådgivarens vyer behöver en anslutning.',
		failed: 'Åtgärden misslyckades. Försök igen.',
		via: 'Begärd av tjänsten'
	}
};
