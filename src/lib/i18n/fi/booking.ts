/** Booking an advisor: the tenant's /book page and the advisor's queue, agenda and hours. */
export const booking = {
	title: 'Varaa aika asumisneuvojalle',
	lead: 'Asumisneuvoja auttaa maksutta ja luottamuksellisesti. Valitse sopiva aika, niin neuvoja vahvistaa sen.',
	signedOut: {
		title: 'Ajanvaraus vaatii tilin',
		text: 'Kirjaudu ensin sisään sähköpostillasi. Silloin neuvoja voi vahvistaa ajan ja lähettää sinulle viestin. Kun kirjaudut sisään, tietosi tallentuvat myös palvelimelle. Asumisneuvoja näkee ne vain, jos annat siihen luvan.',
		action: 'Kirjaudu sisään'
	},
	offlineNoData:
		'Ei verkkoyhteyttä, eikä tässä laitteessa ole tallessa vapaita aikoja. Yritä uudelleen, kun yhteys palaa.',
	loadFailed: 'Tietoja ei saatu haettua. Yritä hetken päästä uudelleen.',
	retry: 'Yritä uudelleen',
	asOf: (when: string) => `Ajat tilanteessa ${when}. Tiedot voivat olla muuttuneet.`,
	listAsOf: (when: string) => `Varaukset tilanteessa ${when}.`,
	form: {
		title: 'Uusi ajanvaraus',
		who: 'Kenelle varaat ajan?',
		service: 'Kuka tahansa vapaa neuvoja (nopein)',
		channel: 'Miten haluat tavata?',
		channels: { office: 'Käynti toimistolla', phone: 'Puhelu', video: 'Videopuhelu' },
		officeAt: (address: string) => `Osoite: ${address}`,
		times: 'Vapaat ajat',
		timesHint: 'Ajat ovat Suomen aikaa.',
		moreDays: 'Näytä lisää päiviä',
		noTimes:
			'Vapaita aikoja ei ole seuraavien kahden viikon aikana. Kokeile toista tapaa tai neuvojaa.',
		noAdvisors: 'Neuvojilla ei ole juuri nyt varattavia aikoja. Yritä myöhemmin uudelleen.',
		note: 'Mistä haluat puhua? (lyhyesti)',
		noteHint:
			'Esimerkiksi: vuokraa on maksamatta kaksi kuukautta, vuokranantaja on lähettänyt kirjeen.',
		share: 'Jaa tilanteeni yhteenveto neuvojalle',
		shareHint:
			'Neuvoja näkee yhteenvedon vain, jos olet antanut asumisneuvonnalle suostumuksen. Voit perua suostumuksen milloin tahansa.',
		consentActive: 'Olet antanut asumisneuvonnalle suostumuksen. Neuvoja näkee yhteenvedon.',
		consentMissing:
			'Et ole vielä antanut asumisneuvonnalle suostumusta, joten neuvoja ei näe yhteenvetoa.',
		consentLink: 'Anna suostumus',
		consentUnknown: 'Suostumuksen tilaa ei saatu tarkistettua.',
		send: 'Lähetä ajanvarauspyyntö',
		sending: 'Lähetetään…',
		pickTime: 'Valitse ensin aika.',
		sent: 'Pyyntö on lähetetty. Neuvoja vahvistaa ajan, ja saat siitä viestin sähköpostiisi.',
		queued:
			'Ei verkkoyhteyttä. Pyyntö on tallessa tässä laitteessa ja lähtee automaattisesti, kun yhteys palaa.',
		tooMany:
			'Sinulla on jo kolme tulevaa varausta. Peru jokin niistä, jos haluat varata uuden ajan.',
		refused: 'Pyyntöä ei voitu lähettää. Tarkista tiedot ja yritä uudelleen.'
	},
	taken: {
		title: 'Valitsemasi aika ehdittiin varata',
		text: (time: string) =>
			`Joku muu varasi ajan ${time} ennen kuin pyyntösi ehti perille. Tässä lähimmät vapaat ajat:`,
		notOffered: (time: string) =>
			`Aika ${time} ei ole enää varattavissa. Tässä lähimmät vapaat ajat:`,
		none: 'Lähellä ei ole muita vapaita aikoja. Valitse uusi aika alla olevasta listasta.',
		pick: (time: string) => `Varaa ${time}`,
		dismiss: 'Valitsen itse toisen ajan'
	},
	mine: {
		title: 'Omat varaukset',
		empty: 'Sinulla ei ole vielä varauksia.',
		past: 'Menneet ja päättyneet',
		waiting: 'Odottaa lähettämistä',
		waitingText: 'Tallessa tässä laitteessa. Lähtee, kun verkkoyhteys palaa.',
		waitingCancel: 'Peruutus odottaa lähettämistä',
		waitingMove: 'Siirtopyyntö odottaa lähettämistä',
		status: {
			requested: 'Odottaa vahvistusta',
			confirmed: 'Vahvistettu',
			declined: 'Neuvoja ei voinut ottaa tätä aikaa',
			expired: 'Vanhentunut: neuvoja ei ehtinyt vastata',
			cancelled: 'Peruttu'
		},
		cancelledBy: { tenant: 'Perutit tämän ajan.', advisor: 'Neuvoja perui tämän ajan.' },
		moved: 'Siirretty uuteen aikaan.',
		holdUntil: (when: string) =>
			`Aika on varattu sinulle, kunnes neuvoja vastaa (viimeistään ${when}).`,
		advisor: (name: string) => `Neuvoja: ${name}`,
		anyAdvisor: 'Neuvoja: ensimmäinen vapaa',
		note: 'Asia',
		message: 'Neuvojan viesti',
		proposed: 'Neuvoja ehdottaa näitä aikoja:',
		bookProposed: (time: string) => `Varaa ${time}`,
		calendar: 'Lisää kalenteriin',
		cancel: 'Peru aika',
		cancelTitle: 'Perutaanko aika?',
		cancelText: (time: string) => `Aika ${time} perutaan, ja neuvoja saa siitä tiedon.`,
		cancelConfirm: 'Kyllä, peru aika',
		keep: 'Ei, pidä aika',
		cancelled: 'Aika on peruttu.',
		cancelQueued: 'Peruutus lähtee, kun verkkoyhteys palaa.',
		move: 'Pyydä uutta aikaa',
		moveTitle: (time: string) => `Uusi aika ajan ${time} tilalle`,
		moveSend: 'Lähetä siirtopyyntö',
		moveClose: 'Sulje',
		moved2: 'Siirtopyyntö on lähetetty. Neuvoja vahvistaa uuden ajan.',
		notLive: 'Tätä aikaa ei voi enää muuttaa. Lista on päivitetty.'
	},
	when: (date: string, start: string, end: string) => `${date} klo ${start}–${end}`,
	at: (date: string, start: string) => `${date} klo ${start}`,
	advisorArea: {
		queue: {
			title: 'Ajanvarauspyynnöt',
			lead: 'Kiireellisimmät ensin: häätöuhan vaihe ja lähin määräpäivä (kun asiakas on jakanut tilanteensa), sitten vanhimmat pyynnöt.',
			empty: 'Ei vastaamattomia pyyntöjä.',
			refresh: 'Päivitä',
			tenant: 'Asiakas',
			requestedAgo: (hours: number) =>
				hours < 1 ? 'Pyydetty alle tunti sitten' : `Pyydetty ${Math.floor(hours)} t sitten`,
			holdUntil: (when: string) => `Vastaa viimeistään ${when}`,
			urgencyUnknown: 'Kiireellisyys ei tiedossa (tilannetta ei jaettu)',
			stage: (name: string) => `Vaihe: ${name}`,
			deadline: (date: string, days: number) =>
				days === 0
					? `Määräpäivä tänään (${date})`
					: days === 1
						? `Määräpäivä huomenna (${date})`
						: `Määräpäivään ${days} päivää (${date})`,
			shared: 'Asiakas jakoi tilanteensa',
			confirm: 'Vahvista',
			decline: 'Hylkää',
			propose: 'Hylkää ja ehdota muita aikoja',
			proposeTitle: 'Ehdota muita aikoja',
			proposeHint: (max: number) => `Valitse enintään ${max} aikaa.`,
			reason: 'Viesti asiakkaalle (valinnainen)',
			sendDecline: 'Hylkää ja lähetä ehdotukset',
			closePropose: 'Sulje',
			confirmed: (who: string, time: string) => `Vahvistettu: ${who}, ${time}.`,
			declined: (who: string) => `Pyyntö hylätty: ${who}.`,
			notPending: 'Pyyntöön on jo vastattu tai se on vanhentunut. Lista on päivitetty.',
			alreadyConfirmedBy: (advisor: string) =>
				`${advisor} ehti jo vahvistaa tämän pyynnön. Lista on päivitetty.`,
			clash: 'Ajalle on jo vahvistettu toinen tapaaminen. Hylkää pyyntö tai ehdota muuta aikaa.',
			noAvailability: 'Aseta ensin omat vapaat aikasi, niin voit vahvistaa pyyntöjä.'
		},
		agenda: {
			title: 'Kalenteri',
			day: 'Päivä',
			week: 'Viikko',
			view: 'Näkymä',
			previousDay: 'Edellinen päivä',
			nextDay: 'Seuraava päivä',
			previousWeek: 'Edellinen viikko',
			nextWeek: 'Seuraava viikko',
			today: 'Tänään',
			range: (from: string, to: string) => `${from} – ${to}`,
			empty: 'Ei tapaamisia.',
			cancel: 'Peru tapaaminen',
			cancelTitle: 'Perutaanko tapaaminen?',
			cancelText: (who: string, time: string) =>
				`Tapaaminen (${who}, ${time}) perutaan, ja asiakas saa siitä viestin.`,
			cancelReason: 'Syy asiakkaalle (valinnainen)',
			cancelConfirm: 'Kyllä, peru',
			keep: 'Ei, pidä',
			cancelled: 'Tapaaminen on peruttu.',
			notLive: 'Tapaamista ei voi enää perua. Kalenteri on päivitetty.'
		},
		availability: {
			title: 'Vapaat aikani',
			lead: 'Viikkopohja ja poikkeukset ovat Suomen aikaa. Tallennus korvaa aiemmat asetukset; tehdyt varaukset säilyvät.',
			notConfigured:
				'Et ole vielä asettanut vapaita aikoja. Asiakkaat eivät näe sinua ennen tallennusta.',
			general: 'Perustiedot',
			displayName: 'Nimi asiakkaille',
			active: 'Otan vastaan varauksia',
			mailLang: 'Sähköpostien kieli',
			meetingMinutes: 'Tapaamisen pituus (min)',
			bufferMinutes: 'Tauko tapaamisten välissä (min)',
			minNoticeMinutes: 'Varaus viimeistään (min ennen alkua)',
			horizonDays: 'Varattavissa enintään (päivää eteenpäin)',
			channels: 'Tapaamistavat',
			officeAddress: 'Toimiston osoite',
			officeHint: 'Pakollinen, jos käynti toimistolla on valittu.',
			weekly: 'Viikkopohja',
			weeklyEmpty: 'Ei aukioloaikoja.',
			weekday: 'Viikonpäivä',
			weekdays: [
				'maanantai',
				'tiistai',
				'keskiviikko',
				'torstai',
				'perjantai',
				'lauantai',
				'sunnuntai'
			],
			start: 'Alkaa',
			end: 'Päättyy',
			addWeekly: 'Lisää aukioloaika',
			removeRow: (what: string) => `Poista ${what}`,
			exceptions: 'Poikkeuspäivät',
			exceptionsEmpty: 'Ei poikkeuksia.',
			date: 'Päivä',
			dayOff: 'Vapaapäivä (ei aikoja)',
			ranges: 'Aukioloajat tänä päivänä',
			addRange: 'Lisää aika',
			note: 'Huomautus (näkyy vain sinulle)',
			addException: 'Lisää poikkeuspäivä',
			exceptionLabel: (n: number) => `Poikkeus ${n}`,
			weeklyLabel: (n: number) => `Aukioloaika ${n}`,
			rangeLabel: (n: number) => `aika ${n}`,
			errors: {
				endAfterStart: 'Päättymisajan pitää olla alkamisajan jälkeen.',
				officeAddress: 'Kirjoita toimiston osoite, kun käynti toimistolla on valittu.',
				overlap: 'Saman päivän ajat menevät päällekkäin.',
				duplicateDate: 'Sama päivä on kahdesti.',
				channels: 'Valitse ainakin yksi tapaamistapa.',
				check: 'Tarkista tämä kohta.'
			},
			save: 'Tallenna',
			saving: 'Tallennetaan…',
			saved: 'Tallennettu.',
			invalid: 'Korjaa merkityt kohdat.',
			failed: 'Tallennus epäonnistui. Yritä uudelleen.'
		},
		offline: 'Ei verkkoyhteyttä. Neuvojan näkymät tarvitsevat yhteyden.',
		failed: 'Toiminto epäonnistui. Yritä uudelleen.',
		via: 'Pyydetty palvelulta'
	}
};
