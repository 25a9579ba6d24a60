/** Administration pages (/admin) and the invitation email (also read by the server). */
export const admin = {
	title: 'Ylläpito',
	checking: 'Tarkistetaan oikeuksia…',
	signInNeeded: 'Ylläpito vaatii kirjautumisen.',
	signIn: 'Kirjaudu sisään',
	notAllowed: 'Tämä sivu on vain ylläpitäjille.',
	offline: 'Ylläpito vaatii verkkoyhteyden.',
	loadFailed: 'Tietoja ei saatu haettua. Yritä hetken päästä uudelleen.',
	saveFailed: 'Tallennus ei onnistunut. Tarkista tiedot ja yritä uudelleen.',
	nav: {
		label: 'Ylläpidon valikko',
		users: 'Käyttäjät',
		settings: 'Asetukset',
		audit: 'Tapahtumaloki',
		landlords: 'Vuokranantajat'
	},
	users: {
		title: 'Käyttäjät ja roolit',
		inviteTitle: 'Kutsu käyttäjä',
		inviteIntro:
			'Kutsuttu saa sähköpostiin kirjautumislinkin. Rooli on voimassa heti, kun hän kirjautuu.',
		email: 'Sähköpostiosoite',
		emailInvalid: 'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.',
		role: 'Rooli',
		lang: 'Kutsun kieli',
		langs: { fi: 'suomi', sv: 'ruotsi', en: 'englanti' },
		invite: 'Lähetä kutsu',
		sending: 'Lähetetään…',
		invited: (email: string) => `Kutsu lähetettiin osoitteeseen ${email}.`,
		listTitle: 'Henkilökunta',
		listEmpty: 'Kenelläkään ei ole vielä roolia.',
		colEmail: 'Sähköposti',
		colRole: 'Rooli',
		colStatus: 'Tila',
		signedIn: 'Kirjautunut',
		pending: 'Kutsu odottaa',
		changeRole: (email: string) => `Käyttäjän ${email} rooli`,
		save: 'Tallenna rooli',
		removeRole: 'Poista rooli',
		availability: (email: string) => `Ajanvarausasetukset: ${email}`,
		roleSaved: (email: string) => `Käyttäjän ${email} rooli tallennettiin.`,
		lastAdmin:
			'Viimeistä ylläpitäjää ei voi poistaa. Anna ensin ylläpitäjän rooli jollekulle toiselle.'
	},
	settings: {
		title: 'Asetukset',
		intro:
			'Nämä asetukset tulevat voimaan heti. Tyhjä kenttä tai oletusarvo palauttaa palvelimen oletuksen.',
		serviceName: 'Palvelun nimi',
		servicePhone: 'Palvelun puhelinnumero',
		servicePhoneHint: 'Näytetään vuokralaisille, jotka eivät voi varata aikaa verkossa.',
		phoneInvalid: 'Kirjoita puhelinnumero, esimerkiksi +358 9 123 4567.',
		bookingHoldHours: 'Varauspyynnön voimassaolo (tuntia)',
		closedCaseMonths: 'Suljetun asian henkilötiedot poistetaan (kuukautta sulkemisesta)',
		unusedAccountMonths: 'Käyttämätön tili poistetaan (kuukautta viimeisestä käytöstä)',
		accountWarningDays: 'Varoitus ennen tilin poistoa (päivää)',
		numberInvalid: (min: number, max: number) => `Kirjoita kokonaisluku väliltä ${min}–${max}.`,
		nameInvalid: 'Kirjoita palvelun nimi (enintään 80 merkkiä).',
		defaultValue: (value: string) => `Oletus: ${value}`,
		save: 'Tallenna asetukset',
		saved: 'Asetukset tallennettiin.'
	},
	audit: {
		title: 'Tapahtumaloki',
		intro: 'Kaikki ylläpidon toimet kirjataan tähän. Lokia ei voi muokata eikä poistaa.',
		empty: 'Ei tapahtumia.',
		colAt: 'Aika',
		colActor: 'Tekijä',
		colAction: 'Toimi',
		colTarget: 'Kohde',
		colDetails: 'Tiedot',
		more: 'Näytä vanhemmat',
		actions: {
			'user.invite': 'Kutsu',
			'user.role': 'Roolin muutos',
			'settings.update': 'Asetusten muutos',
			'advisor.availability': 'Ajanvarausasetukset muutettu',
			'landlord.save': 'Vuokranantajalista muutettu',
			'retention.case-erased': 'Suljetun asian tiedot poistettu',
			'retention.account-warned': 'Varoitus käyttämättömästä tilistä',
			'retention.account-erased': 'Käyttämätön tili poistettu'
		} as Record<string, string>
	},
	inviteEmail: {
		subject: (service: string) => `Kutsu: ${service} – Vuokra-apu`,
		greeting: 'Hei,',
		intro: (service: string, role: string) =>
			`Sinut on kutsuttu palveluun ${service} Vuokra-apuun roolissa ${role}. Kirjaudu alla olevalla linkillä:`,
		button: 'Kirjaudu sisään',
		expires: (days: number) => `Linkki on voimassa ${days} päivää, ja sen voi käyttää kerran.`,
		ignore: 'Jos et odottanut tätä kutsua, voit jättää viestin huomiotta.'
	},
	unusedEmail: {
		subject: 'Käyttämätön tilisi poistetaan – Vuokra-apu',
		greeting: 'Hei,',
		text: (months: number, date: string) =>
			`Et ole käyttänyt Vuokra-apun tiliäsi ${months} kuukauteen. Tili ja sen tiedot poistetaan ${date}.`,
		keep: 'Jos haluat säilyttää tilin, kirjaudu sisään ennen sitä:',
		ignore: 'Jos et enää tarvitse tiliä, sinun ei tarvitse tehdä mitään.'
	},
	landlords: {
		title: 'Vuokranantajat',
		intro:
			'Vuokralainen valitsee vuokranantajansa tästä listasta. Tunnusta ei voi muuttaa, koska se tallentuu vuokralaisten tietoihin. Lopettaneen vuokranantajan voi poistaa listalta kirjoittamalla syyn.',
		formTitle: 'Lisää tai muuta vuokranantaja',
		id: 'Tunnus',
		idHint: 'Pienet kirjaimet ja väliviivat, esimerkiksi kaupungin-asunnot.',
		idInvalid: 'Kirjoita tunnus pienillä kirjaimilla ja väliviivoilla.',
		name: 'Nimi',
		nameInvalid: 'Kirjoita nimi (2–120 merkkiä).',
		months: 'Hyväksytty maksuaika vuokrarästeille (kuukautta)',
		monthsHint: 'Jätä tyhjäksi, jos ei tiedossa (oletus 12).',
		monthsInvalid: 'Kirjoita kokonaisluku väliltä 1–60 tai jätä tyhjäksi.',
		retiredReason: 'Lopettamisen syy',
		retiredHint: 'Täytä vain, jos vuokranantajaa ei enää ole. Sitä ei voi palauttaa listalle.',
		retiredInvalid: 'Kirjoita syy (3–300 merkkiä). Lopettanutta ei voi palauttaa.',
		save: 'Tallenna vuokranantaja',
		saved: (name: string) => `${name} tallennettiin.`,
		edit: (name: string) => `Muokkaa: ${name}`,
		listTitle: 'Listalla',
		retiredTitle: 'Lopettaneet'
	}
};
