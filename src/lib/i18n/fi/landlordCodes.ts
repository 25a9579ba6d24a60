/** Landlord pages (codes for payment reminders) and the tenant's side of a code. */
export const landlordCodes = {
	area: 'Vuokranantajan sivut',
	checking: 'Tarkistetaan käyttöoikeutta…',
	signInNeeded: 'Kirjaudu sisään vuokranantajan tunnuksella.',
	signIn: 'Kirjaudu sisään',
	notAllowed:
		'Tunnuksellasi ei ole vuokranantajan sivuja. Jos työskentelet vuokranantajalla, pyydä palvelun ylläpitoa lisäämään sinut organisaatioosi.',
	offline: 'Ei verkkoyhteyttä. Vuokranantajan sivut tarvitsevat yhteyden.',
	loadFailed: 'Tietoja ei saatu haettua. Yritä hetken päästä uudelleen.',
	retry: 'Yritä uudelleen',
	home: {
		title: (org: string) => `Koodit: ${org}`,
		lead: 'Tee koodi maksumuistutukseen. Vuokralainen voi koodilla hakea maksutonta ja luottamuksellista asumisneuvontaa. Et saa tietää, kuka koodin avasi: näet vain lukumäärät, kun postituksessa on vähintään 20 koodia.'
	},
	create: {
		title: 'Tee koodeja',
		count: 'Kuinka monta koodia',
		countHint: 'Yksi kirjettä kohden, enintään 10 000 kerralla.',
		refs: 'Omat viitteet (vapaaehtoinen)',
		refsHint:
			'Esimerkiksi sopimusnumero, yksi riville samassa järjestyksessä kuin kirjeet. Vain organisaatiosi näkee ne. Rivien määrän pitää olla sama kuin koodien määrän.',
		days: 'Voimassa päivää',
		daysHint: 'Oletus 90 päivää, enintään 365.',
		submit: 'Tee koodit',
		submitting: 'Tehdään…',
		made: (n: number) => (n === 1 ? 'Koodi tehty.' : `${n} koodia tehty.`),
		shownOnce:
			'Tallenna tai tulosta koodit nyt. Palvelu ei säilytä koodeja luettavassa muodossa, joten niitä ei voi näyttää uudelleen.',
		print: 'Tulostettava arkki',
		csv: 'Lataa CSV',
		textsTitle: 'Tekstit omiin viesteihinne',
		textsLanguage: 'Tekstien kieli',
		sms: 'Tekstiviesti',
		emailSubjectLabel: 'Sähköpostin otsikko',
		emailBodyLabel: 'Sähköpostin teksti',
		firstCode: 'Tekstit on kirjoitettu ensimmäisellä koodilla. Vaihda koodi jokaiseen viestiin.'
	},
	errors: {
		count: 'Kirjoita luku 1–10 000.',
		refs: (lines: number, count: number) =>
			`Viitteitä on ${lines} riviä, koodeja ${count}. Määrien pitää olla samat, tai jätä kenttä tyhjäksi.`,
		refTooLong: 'Viite saa olla enintään 64 merkkiä.',
		days: 'Kirjoita luku 1–365.',
		rateLimited: 'Liian monta pyyntöä. Odota hetki ja yritä uudelleen.',
		failed: 'Koodien tekeminen ei onnistunut. Mitään ei tallennettu. Yritä uudelleen.'
	},
	list: {
		title: 'Koodit',
		filter: 'Näytä',
		all: 'Kaikki',
		status: { active: 'Voimassa', expired: 'Vanhentunut', revoked: 'Peruttu' },
		ref: 'Oma viite',
		created: 'Tehty',
		expires: 'Voimassa asti',
		state: 'Tila',
		action: 'Toiminto',
		noRef: '–',
		revoke: 'Peru',
		revokeLabel: (ref: string, created: string) => `Peru koodi ${ref}, tehty ${created}`,
		revokeConfirm: 'Perutaanko koodi? Perua ei voi perua.',
		revoked: 'Koodi peruttu.',
		none: 'Ei koodeja.',
		page: (page: number, pages: number) => `Sivu ${page}/${pages}`,
		previous: 'Edellinen sivu',
		next: 'Seuraava sivu',
		total: (n: number) => (n === 1 ? '1 koodi' : `${n} koodia`)
	},
	report: {
		title: 'Postitukset',
		intro:
			'Luvut näkyvät vain, kun postituksessa on vähintään 20 koodia. Et näe, kuka koodin avasi tai käytti.',
		created: 'Tehty',
		size: 'Koodeja',
		opened: 'Avattu',
		used: 'Otettu käyttöön',
		consented: 'Suostumus annettu',
		hidden: 'Alle 20 koodia'
	},
	print: {
		title: 'Tulostettava arkki',
		lead: 'Yksi liuska koodia kohden, A4-arkille. Leikkaa liuskat ja laita ne maksumuistutusten mukaan.',
		language: 'Liuskan kieli',
		printButton: 'Tulosta',
		none: 'Tulostettavia koodeja ei ole. Koodit näytetään vain kerran, kun ne tehdään: tee uudet koodit.',
		back: 'Takaisin koodeihin',
		qrLabel: (code: string) => `QR-koodi, joka avaa koodin ${code}`
	},
	insert: {
		heading: 'Maksutonta apua vuokrarästeihin',
		gave: (org: string) => `Vuokranantajasi ${org} antoi sinulle tämän koodin.`,
		free: 'Asumisneuvonta on maksutonta ja luottamuksellista.',
		nothing: 'Vuokranantajasi ei saa tietää mitään, ellet itse anna lupaa.',
		how: 'Avaa linkki tai lue QR-koodi puhelimella, tai kirjoita koodi Vuokra-avun etusivulla.',
		code: 'Koodi',
		link: 'Linkki'
	},
	sms: (org: string, code: string, link: string) =>
		`${org} antoi sinulle koodin maksuttomaan ja luottamukselliseen asumisneuvontaan: ${code}. Avaa ${link} – vuokranantajasi ei saa tietää mitään, ellet itse anna lupaa.`,
	emailSubject: 'Maksutonta apua vuokranmaksuun',
	emailBody: (org: string, code: string, link: string) =>
		`Hei,\n\nvuokranantajasi ${org} antoi sinulle tämän koodin: ${code}\n\nKoodilla saat maksutonta ja luottamuksellista asumisneuvontaa. Avaa linkki: ${link}\n\nVuokranantajasi ei saa tietää mitään, ellet itse anna lupaa.`,
	landing: {
		title: 'Koodi vuokranantajaltasi',
		checking: 'Tarkistetaan koodia…',
		gave: (org: string) => `Vuokranantajasi ${org} antoi sinulle tämän koodin.`,
		free: 'Asumisneuvonta on maksutonta ja luottamuksellista.',
		nothing:
			'Vuokranantajasi ei saa tietää mitään – ei edes sitä, että avasit koodin – ellet itse anna lupaa.',
		kept: 'Koodi on tallessa tässä laitteessa. Kun kirjaudut sisään, se liitetään tiliisi.',
		choose: 'Mitä haluat tehdä?',
		start: 'Aloita tilanteen kartoitus',
		book: 'Varaa aika asumisneuvojalle',
		leave: 'En nyt, kiitos',
		left: 'Selvä. Koodi poistettiin tästä laitteesta. Voit palata milloin tahansa.',
		offline:
			'Ei verkkoyhteyttä, joten koodia ei voitu tarkistaa. Tarkista koodi, kun yhteys on taas päällä. Voit silti aloittaa kartoituksen.',
		unknown:
			'Tällaista koodia ei löytynyt. Tarkista, että kirjoitit sen oikein. Voit silti käyttää palvelua ilman koodia.',
		expired: (org: string) =>
			`Tämä koodi (${org}) ei ole enää voimassa. Voit silti käyttää palvelua ilman koodia tai pyytää vuokranantajaltasi uuden.`,
		revoked: (org: string) =>
			`Tämä koodi (${org}) on peruttu. Voit silti käyttää palvelua ilman koodia.`,
		rateLimited: 'Koodeja on kokeiltu liian monta kertaa. Odota hetki ja yritä uudelleen.',
		tryAgain: 'Yritä uudelleen',
		withoutCode: 'Käytä palvelua ilman koodia'
	},
	entry: {
		label: 'Koodi',
		hint: 'Esimerkiksi ABCD-EFGH-JKMN. Isoilla ja pienillä kirjaimilla ei ole väliä.',
		submit: 'Jatka',
		errors: {
			empty: 'Kirjoita koodi.',
			length: 'Koodissa on 12 merkkiä. Tarkista koodi.',
			symbol: 'Koodissa on merkki, jota koodeissa ei käytetä. Tarkista koodi.',
			check: 'Koodissa on kirjoitusvirhe. Tarkista koodi.'
		}
	}
};
