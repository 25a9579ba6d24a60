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
		landlords: 'Vuokranantajat',
		orgs: 'Organisaatiot',
		consentTexts: 'Suostumustekstit'
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
			'Viimeistä ylläpitäjää ei voi poistaa. Anna ensin ylläpitäjän rooli jollekulle toiselle.',
		org: 'Organisaatio',
		orgNone: 'Lisää ensin vuokranantajaorganisaatio.',
		orgAdd: 'Organisaatiot',
		orgInvalid: 'Valitse organisaatio, jonka henkilökuntaan kutsuttu kuuluu.',
		landlordNeedsOrg: 'Vuokranantajan henkilökunta kutsutaan organisaatioon Organisaatiot-sivulla.'
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
			'retention.account-erased': 'Käyttämätön tili poistettu',
			'org.create': 'Organisaatio lisätty',
			'org.update': 'Organisaatio muutettu',
			'org.staff.remove': 'Henkilö poistettu organisaatiosta',
			'consent-text.publish': 'Suostumustekstin versio julkaistu'
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
	},
	orgs: {
		title: 'Vuokranantajaorganisaatiot',
		intro:
			'Organisaation henkilökunta näkee vain omat koodinsa sekä pyynnöt ja ehdotukset, jotka vuokralainen on antanut luvan lähettää sille.',
		formTitle: 'Lisää tai muuta organisaatio',
		name: 'Nimi',
		nameInvalid: 'Kirjoita nimi (2–200 merkkiä).',
		nameTaken: 'Toisella organisaatiolla on jo tämä nimi.',
		landlordKey: 'Vuokranantaja vuokralaisten listalla',
		landlordKeyHint:
			'Kun vuokralainen valitsee tämän vuokranantajan, suostumukset ja pyynnöt menevät tälle organisaatiolle.',
		landlordKeyNone: 'Ei kytketty',
		landlordKeyInvalid: 'Valitse listalla oleva vuokranantaja, jota ei ole kytketty muualle.',
		save: 'Tallenna organisaatio',
		saved: (name: string) => `${name} tallennettiin.`,
		cancelEdit: 'Peru muokkaus',
		edit: (name: string) => `Muokkaa: ${name}`,
		inviteTitle: 'Kutsu henkilökuntaan',
		inviteIntro:
			'Kutsuttu saa sähköpostiin kirjautumislinkin ja pääsee organisaation sivuille heti kirjauduttuaan.',
		inviteOrg: 'Organisaatio',
		listTitle: 'Organisaatiot',
		listEmpty: 'Organisaatioita ei ole vielä.',
		linkedTo: (name: string) => `Kytketty: ${name}`,
		notLinked: 'Ei kytketty vuokranantajalistaan',
		staffTitle: (name: string) => `Henkilökunta: ${name}`,
		staffEmpty: 'Ei henkilökuntaa.',
		remove: (email: string) => `Poista ${email} organisaatiosta`,
		removed: (email: string) => `${email} poistettiin organisaatiosta.`
	},
	consentTexts: {
		title: 'Suostumustekstit',
		intro:
			'Vuokralainen lukee tämän tekstin ennen kuin antaa suostumuksen. Uusin julkaistu versio koskee heti kaikkia uusia suostumuksia. Julkaistua versiota ei voi muuttaa eikä poistaa: jokainen suostumus näyttää aina ne sanat, joihin vuokralainen suostui.',
		listTitle: 'Versiot',
		builtIn: 'Sovelluksen mukana',
		published: (date: string, by: string) => `Julkaistu ${date}, julkaisija ${by}`,
		current: 'Voimassa',
		currentLandlord: 'Voimassa vuokranantajan suostumuksissa',
		view: (version: string) => `Näytä versio ${version}`,
		viewTitle: (version: string) => `Versio ${version}`,
		closeView: 'Sulje',
		viewLanguage: 'Kieli',
		newVersion: 'Uusi versio',
		starting: 'Avataan…',
		formTitle: (version: string) => `Uusi versio (pohjana ${version})`,
		formIntro:
			'Kirjoita jokainen kenttä suomeksi, ruotsiksi ja englanniksi. Luonnos säilyy tässä välilehdessä, vaikka sivu ladattaisiin uudelleen.',
		groups: {
			general: 'Yleinen teksti',
			recipients: 'Vastaanottajat',
			categories: 'Tietoryhmät',
			landlordKinds: 'Vuokranantajaorganisaation suostumukset'
		},
		fields: {
			title: 'Otsikko',
			intro: 'Johdanto',
			purpose: 'Käyttötarkoitus',
			voluntary: 'Vapaaehtoisuus',
			validity: 'Voimassaolo',
			termination: 'Päättyminen (kuitissa)',
			withdrawal: 'Peruminen',
			accessLog: 'Katselujen kirjaus',
			confirm: 'Vahvistuspainike'
		} as Record<string, string>,
		label: 'nimi',
		description: 'kuvaus',
		item: (name: string, part: string) => `${name}: ${part}`,
		langs: { fi: 'suomi', sv: 'ruotsi', en: 'englanti' },
		inLang: (field: string, lang: string) => `${field} (${lang})`,
		mustKeep: (placeholders: string) => `Pidä tekstissä: ${placeholders}`,
		errors: {
			empty: 'Kirjoita teksti.',
			tooLong: (max: number) => `Enintään ${max} merkkiä.`,
			control: 'Poista tekstistä ohjausmerkit.',
			placeholders: (placeholders: string) =>
				placeholders
					? `Tekstissä pitää olla ${placeholders} eikä muita aaltosulkeissa olevia merkintöjä.`
					: 'Poista aaltosulkeissa oleva merkintä: tähän kenttään ei sijoiteta mitään.',
			invalid: 'Palvelin ei hyväksynyt tätä kenttää. Tarkista teksti.'
		},
		review: 'Tarkista ja julkaise',
		discard: 'Hylkää luonnos',
		confirmTitle: 'Julkaistaanko uusi versio?',
		confirmText:
			'Uusi teksti koskee heti kaikkia uusia suostumuksia kaikilla kolmella kielellä. Julkaistua versiota ei voi muuttaa eikä poistaa.',
		confirmPublish: 'Julkaise',
		keep: 'Palaa muokkaamaan',
		publishing: 'Julkaistaan…',
		outcomes: {
			published: (version: string) =>
				`Versio ${version} julkaistiin. Se koskee nyt uusia suostumuksia.`,
			invalid: 'Korjaa merkityt kentät. Mitään ei julkaistu.',
			offline: 'Ei verkkoyhteyttä. Mitään ei julkaistu; luonnos on tallessa.',
			failed: 'Julkaisu ei onnistunut. Luonnos on tallessa; yritä uudelleen.',
			changed:
				'Toinen ylläpitäjä julkaisi juuri uuden version. Hylkää luonnos ja aloita uusimmasta versiosta.'
		}
	}
};
