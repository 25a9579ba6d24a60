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
		roles: { tenant: 'vuokralainen', advisor: 'asumisneuvoja', admin: 'ylläpitäjä' },
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
	}
};
