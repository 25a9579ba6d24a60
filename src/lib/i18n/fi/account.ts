/** Sign-in, account page and the sign-in email (also read by the server to write the email). */
export const account = {
	signIn: {
		title: 'Kirjaudu sisään',
		optional:
			'Kirjautuminen on vapaaehtoista. Sovellus toimii ilman tiliä, ja tiedot pysyvät silloin vain tässä laitteessa.',
		benefitsTitle: 'Mitä kirjautuminen antaa',
		benefits: [
			'Tietosi tallentuvat myös palvelimelle. Voit jatkaa toisella laitteella.',
			'Voit varata ajan asumisneuvojalle. Asumisneuvoja näkee tietosi vain, jos annat siihen luvan.'
		],
		emailLabel: 'Sähköpostiosoite',
		emailHint: 'Lähetämme osoitteeseen kirjautumislinkin. Salasanaa ei tarvita.',
		emailInvalid: 'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.',
		send: 'Lähetä kirjautumislinkki',
		sending: 'Lähetetään…',
		sentTitle: 'Katso sähköpostisi',
		sent: (email: string) =>
			`Lähetimme kirjautumislinkin osoitteeseen ${email}. Avaa linkki tällä laitteella. Jos viestiä ei näy, katso myös roskapostikansio.`,
		sendAgain: 'Lähetä uusi linkki',
		or: 'tai',
		withProvider: (name: string) => `Kirjaudu palvelulla ${name}`,
		offline:
			'Kirjautuminen vaatii verkkoyhteyden. Voit jatkaa sovelluksen käyttöä ilman kirjautumista ja kirjautua myöhemmin.',
		tooMany: 'Liian monta yritystä. Odota hetki ja yritä sitten uudelleen.',
		failed: 'Kirjautuminen ei onnistunut. Yritä uudelleen.',
		linkExpired: 'Kirjautumislinkki on vanhentunut tai jo käytetty. Pyydä uusi linkki alta.',
		accountNotLinked:
			'Tällä sähköpostiosoitteella on jo tili. Kirjaudu samalla tavalla kuin aiemmin, esimerkiksi sähköpostilinkillä.',
		alreadySignedIn: (email: string) => `Olet jo kirjautunut: ${email}.`,
		switchTitle: (email: string) => `Kirjaudutaanko ulos tililtä ${email}?`,
		switchText: (email: string) =>
			`Tässä laitteessa on kirjautuneena ${email}. Toisella tilillä kirjautuminen kirjaa tilin ${email} ulos ja poistaa sen tiedot tästä laitteesta. Palvelimelle tallennetut tiedot säilyvät.`,
		switchConfirm: 'Kirjaudu ulos ja jatka',
		goToAccount: 'Siirry tiliin'
	},
	confirm: {
		title: (email: string) => `Kirjaudutaanko tilille ${email}?`,
		checking: 'Tarkistetaan…',
		intro:
			'Avasit kirjautumislinkin. Jatka vain, jos osoite on sinun ja pyysit linkin itse. Pelkkä linkin avaaminen ei kirjaa ketään sisään.',
		attachQuestion: (email: string) =>
			`Siirretäänkö tähän puhelimeen kirjoittamasi tiedot tilille ${email}?`,
		attachExplain:
			'Jos et halua siirtää niitä, peruuta. Tiedot pysyvät silloin vain tässä laitteessa, eikä kirjautumista tehdä.',
		signIn: 'Kirjaudu',
		signInAndMove: 'Kirjaudu ja siirrä tiedot',
		cancel: 'Peruuta',
		cancelled: 'Kirjautumista ei tehty. Mitään ei muutettu.',
		signedInElsewhere: (current: string) =>
			`Tässä laitteessa on kirjautuneena ${current}. Jos jatkat, ${current} kirjataan ulos ja sen tiedot poistetaan tästä laitteesta. Palvelimelle tallennetut tiedot säilyvät tilillä ${current}.`,
		otherData: (owner: string) =>
			`Tässä laitteessa on tilin ${owner} tietoja. Jos jatkat, ne poistetaan tästä laitteesta. Palvelimelle tallennetut tiedot säilyvät tilillä ${owner}.`,
		unsynced: (n: number) =>
			n === 1
				? '1 muutos ei ole vielä ehtinyt palvelimelle. Se katoaa, jos jatkat.'
				: `${n} muutosta ei ole vielä ehtinyt palvelimelle. Ne katoavat, jos jatkat.`,
		switchTo: (email: string) => `Vaihda tilille ${email}`,
		alreadySignedIn: (email: string) => `Olet jo kirjautunut tilille ${email}.`,
		goToAccount: 'Siirry tiliin',
		offline: 'Kirjautuminen vaatii verkkoyhteyden. Avaa linkki uudelleen, kun laite on verkossa.',
		badLink: 'Linkistä puuttuu tietoja. Pyydä uusi kirjautumislinkki.',
		newLink: 'Pyydä uusi linkki',
		working: 'Kirjaudutaan…',
		chooseTitle: 'Mitä tämän laitteen tiedoille tehdään?',
		attachAfter: (email: string) =>
			`Olet kirjautunut tilille ${email}. Siirretäänkö tähän puhelimeen kirjoittamasi tiedot tilille ${email}?`,
		move: 'Siirrä tiedot tilille',
		dontMove: 'Älä siirrä – kirjaudu ulos',
		dontMoveExplain:
			'Jos et siirrä tietoja, sinut kirjataan ulos ja tiedot pysyvät vain tässä laitteessa.',
		switchAfter: (owner: string, email: string) =>
			`Olet kirjautunut tilille ${email}, mutta tässä laitteessa on tilin ${owner} tietoja. Ne eivät siirry tilille ${email}.`,
		removeOther: (owner: string) => `Poista tilin ${owner} tiedot tästä laitteesta`,
		keepOther: 'Kirjaudu ulos ja pidä tiedot',
		notSignedIn: 'Et ole kirjautunut sisään.',
		failed: 'Toiminto ei onnistunut. Tarkista verkkoyhteys ja yritä uudelleen.'
	},
	page: {
		title: 'Tili',
		loading: 'Haetaan tilin tietoja…',
		notSignedIn: 'Et ole kirjautunut sisään.',
		signInLink: 'Kirjaudu sisään',
		offline: 'Tilin tietoja ei voi hakea ilman verkkoyhteyttä.',
		loadFailed: 'Tilin tietoja ei saatu haettua. Yritä hetken päästä uudelleen.',
		signedInAs: 'Kirjautuneena',
		roles: {
			tenant: 'vuokralainen',
			advisor: 'asumisneuvoja',
			admin: 'ylläpitäjä',
			landlord: 'vuokranantajan työntekijä',
			funder: 'rahoittaja (raportit)'
		},
		roleLabel: 'Rooli',
		signOutTitle: 'Kirjaudu ulos',
		signOutExplain:
			'Uloskirjautuminen poistaa kaikki tiedot tästä laitteesta. Palvelimelle tallennetut tiedot säilyvät, ja saat ne takaisin kirjautumalla uudelleen.',
		signOut: 'Kirjaudu ulos',
		signingOut: 'Kirjaudutaan ulos…',
		unsyncedTitle: 'Kaikki muutokset eivät ole vielä palvelimella',
		unsynced: (n: number) =>
			n === 1
				? '1 muutos ei ole vielä ehtinyt palvelimelle. Jos kirjaudut nyt ulos, se katoaa. Kannattaa ensin odottaa, että laite on verkossa ja muutokset on lähetetty.'
				: `${n} muutosta ei ole vielä ehtinyt palvelimelle. Jos kirjaudut nyt ulos, ne katoavat. Kannattaa ensin odottaa, että laite on verkossa ja muutokset on lähetetty.`,
		signOutAnyway: 'Kirjaudu silti ulos',
		exportTitle: 'Lataa tietoni',
		exportExplain:
			'Saat tiedoston (JSON), jossa on kaikki palvelimelle tallennetut tietosi: tilisi, kirjautumistapasi, istuntojesi voimassaolot ja synkronoidut tiedot.',
		export: 'Lataa tietoni',
		exporting: 'Valmistellaan…',
		deleteTitle: 'Poista tilini',
		deleteExplain:
			'Poistaa tilisi ja kaikki palvelimelle tallennetut tietosi sekä kirjaa sinut ulos kaikilta laitteilta. Myös tämän laitteen tiedot poistetaan. Tätä ei voi perua.',
		delete: 'Poista tilini',
		deleteConfirmTitle: 'Poistetaanko tili pysyvästi?',
		deleteConfirm:
			'Kaikki palvelimella olevat tietosi ja tämän laitteen tiedot poistetaan. Tätä ei voi perua.',
		deleteConfirmAction: 'Kyllä, poista tili',
		deleting: 'Poistetaan…',
		failed: 'Toiminto ei onnistunut. Tarkista verkkoyhteys ja yritä uudelleen.'
	},
	email: {
		subject: 'Kirjautumislinkki – Vuokra-apu',
		greeting: 'Hei,',
		intro: 'Kirjaudu Vuokra-apuun alla olevalla linkillä:',
		button: 'Kirjaudu sisään',
		expires: (minutes: number) =>
			`Linkki on voimassa ${minutes} minuuttia, ja sen voi käyttää kerran.`,
		ignore:
			'Jos et pyytänyt linkkiä, voit jättää tämän viestin huomiotta. Kukaan ei pääse tilillesi ilman linkkiä.'
	},
	reminders: {
		title: 'Muistutukset',
		explain:
			'Vuokra-apu voi muistuttaa sinua vuokran eräpäivästä, maksusuunnitelman eristä, tapaamisista ja lyhyistä seurantakysymyksistä. Muistutus tulee tähän laitteeseen ilmoituksena. Ilmoituksessa lukee vain "Sinulla on muistutus", ellet valitse toisin. Tarkemmat tiedot näet sovelluksessa.',
		loading: 'Ladataan muistutusten asetuksia…',
		loadFailed:
			'Muistutusten asetuksia ei saatu ladattua. Tarkista verkkoyhteys ja yritä uudelleen.',
		deviceOn: 'Muistutukset tulevat tähän laitteeseen.',
		deviceOff: 'Tähän laitteeseen ei tule muistutuksia.',
		optIn: 'Ota muistutukset käyttöön tässä laitteessa',
		optOut: 'Lopeta muistutukset tässä laitteessa',
		kindsLegend: 'Mistä haluat muistutuksen',
		kinds: {
			rent: 'Vuokran eräpäivä',
			instalment: 'Maksusuunnitelman erät',
			missed: 'Maksamatta jäänyt erä',
			meeting: 'Tapaaminen asumisneuvojan kanssa',
			checkin: 'Seurantakysymykset',
			booking: 'Ajanvarauksen muutokset'
		},
		quietLegend: 'Hiljainen aika',
		quietExplain:
			'Hiljaisena aikana ei tule ilmoituksia. Muistutus tulee, kun hiljainen aika päättyy.',
		quietStart: 'Alkaa',
		quietEnd: 'Päättyy',
		detailed: 'Näytä ilmoituksessa, mistä muistutus on (summia ei näytetä koskaan)',
		emailFallback:
			'Lähetä muistutus sähköpostiin, jos missään laitteessa ei ole muistutuksia käytössä',
		digest: 'Päivittäinen yhteenveto seurattavista asiakkaista sähköpostiin',
		save: 'Tallenna asetukset',
		saving: 'Tallennetaan…',
		badTime: 'Kirjoita aika muodossa tt:mm, esimerkiksi 21:00.',
		notices: {
			saved: 'Asetukset tallennettiin.',
			subscribed: 'Muistutukset tulevat nyt tähän laitteeseen.',
			unsubscribed: 'Muistutukset eivät enää tule tähän laitteeseen.',
			unsupported:
				'Tämä selain ei tue ilmoituksia. Saat muistutukset sähköpostiin, jos se on valittu alla.',
			denied:
				'Selain ei antanut lupaa ilmoituksiin. Voit sallia ne selaimen asetuksista ja yrittää uudelleen.',
			noWorker:
				'Ilmoitukset eivät ole vielä valmiina. Lataa sivu uudelleen ja yritä sitten uudelleen.',
			failed:
				'Ilmoitusten käyttöönotto ei onnistunut tässä selaimessa. Saat muistutukset sähköpostiin, jos se on valittu alla.',
			offline: 'Laite ei ole verkossa. Yritä uudelleen, kun yhteys toimii.',
			serverError: 'Tallennus ei onnistunut. Yritä hetken päästä uudelleen.'
		},
		inApp: {
			title: 'Muistutukset',
			text: {
				rent: (date: string) => `Vuokran eräpäivä on ${date}.`,
				instalment: (date: string) => `Maksusuunnitelman erä erääntyy ${date}.`,
				missed: (date: string) =>
					`Maksusuunnitelman erä (${date}) näyttää olevan maksamatta. Katso suunnitelmasta, mitä voit tehdä.`,
				meeting: (date: string) => `Sinulla on tapaaminen ${date}.`,
				checkin: (date: string) =>
					`Miten maksaminen on sujunut (${date})? Vastaa lyhyeen kysymykseen.`,
				booking: (date: string) => `Ajanvarauksesi on muuttunut (${date}).`
			},
			open: 'Avaa',
			dismiss: 'Kuittaa'
		}
	},
	caseRecords: {
		title: 'Palvelun kirjaukset sinusta',
		intro:
			'Asumisneuvonta kirjaa asiakkuudestasi muistiinpanoja ja tehtäviä. Sinulla on oikeus nähdä ne.',
		ref: (ref: string) => `Asiakastunnus ${ref}`,
		advisor: 'Neuvoja',
		notes: 'Muistiinpanot',
		tasks: 'Tehtävät',
		none: 'Ei kirjauksia.',
		loadFailed: 'Kirjauksia ei saatu haettua.'
	},
	/** The settings page and its "forget this device" section: not in every page's `common`. */
	forget: {
		title: 'Unohda tämä laite',
		explain:
			'Kirjaa sinut ulos, jos olet kirjautunut, ja poistaa sitten kaikki tähän laitteeseen tallennetut tiedot: tilanteesi, kielivalinnan ja sovelluksen välimuistin. Palvelimelle tallennetut tiedot säilyvät tililläsi. Tätä ei voi perua.',
		offlineNote:
			'Laite on nyt ilman verkkoyhteyttä. Tiedot poistetaan tästä laitteesta heti, mutta kirjautuminen päättyy palvelimella vasta, kun avaat sovelluksen seuraavan kerran verkossa.',
		doneOffline:
			'Tiedot on poistettu tästä laitteesta. Kirjautuminen päättyy palvelimella, kun avaat sovelluksen seuraavan kerran verkossa.',
		action: 'Unohda tämä laite',
		confirmTitle: 'Poistetaanko kaikki tiedot tästä laitteesta?',
		confirm: 'Kyllä, poista kaikki',
		done: 'Tiedot on poistettu tästä laitteesta.',
		working: 'Poistetaan tietoja…',
		failed:
			'Kaikkia tietoja ei saatu poistettua. Sulje sovellus muista välilehdistä ja yritä uudelleen.'
	},
	settings: {
		title: 'Asetukset',
		languageHelp: 'Valinta muistetaan tässä laitteessa.',
		privacyTitle: 'Tietosi',
		privacy:
			'Tiedot tallentuvat tähän laitteeseen, selaimen tietokantaan. Kun kirjaudut sisään, tietosi tallentuvat myös palvelimelle. Asumisneuvoja näkee ne vain, jos annat siihen luvan.'
	}
};
