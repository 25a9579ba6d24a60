export const situation = {
	title: 'Tilanteeni',
	stepOf: (n: number, total: number) => `Vaihe ${n}/${total}`,
	stepsLabel: 'Kartoituksen vaiheet',
	toSummary: 'Yhteenvetoon',
	steps: {
		household: 'Kotitalous',
		home: 'Asunto ja vuokra',
		income: 'Tulot',
		expenses: 'Menot',
		debts: 'Velat',
		benefits: 'Etuudet',
		decisions: 'Viranomaispäätökset'
	},
	household: {
		intro: 'Keitä kotitalouteesi kuuluu? Tieto auttaa arvioimaan elinkustannuksia.',
		adults: 'Aikuisia',
		children: 'Lapsia (alle 18 v.)',
		municipality: 'Kotikunta'
	},
	home: {
		intro: 'Kuka on vuokranantajasi, paljonko vuokra on ja onko vuokraa maksamatta?',
		landlord: 'Vuokranantaja',
		landlordChoose: 'Valitse vuokranantaja',
		landlordOtherOption: 'Joku muu',
		landlordOther: 'Vuokranantajan nimi',
		rent: 'Kuukausivuokra',
		dueDay: 'Vuokran eräpäivä (päivä kuussa)',
		arrears: 'Maksamatonta vuokraa yhteensä',
		arrearsMonths: 'Kuinka monen kuukauden vuokra on maksamatta',
		eventsTitle: 'Mitä on jo tapahtunut?',
		eventsHelp: 'Merkitse kaikki, mitä on tapahtunut, ja päivämäärä jos tiedät sen.',
		eventDate: 'Päivämäärä',
		events: {
			reminder: 'Olen saanut maksumuistutuksen',
			collectionLetter: 'Olen saanut perintäkirjeen',
			termination: 'Vuokrasopimus on irtisanottu tai purettu',
			evictionApplication: 'Häätöhakemus on jätetty käräjäoikeuteen',
			judgment: 'Käräjäoikeus on antanut tuomion',
			evictionDate: 'Ulosotto on määrännyt häätöpäivän'
		}
	},
	list: {
		titled: (item: string, name: string) => `${item}: ${name}`,
		removeConfirm: (name: string) => `Poistetaanko ${name}?`,
		removeYes: 'Kyllä, poista',
		removed: (name: string) => `${name} poistettu.`
	},
	money: {
		amount: 'Summa',
		frequency: 'Kuinka usein',
		monthlyEquivalent: (amount: string) => `Kuukaudessa noin ${amount}`,
		oneOffNote: 'Kertaluonteinen summa – ei mukana kuukausilaskelmassa.'
	},
	frequencies: {
		weekly: 'viikoittain',
		biweekly: 'joka toinen viikko',
		fourWeekly: 'joka neljäs viikko',
		monthly: 'kuukausittain',
		quarterly: 'neljännesvuosittain',
		yearly: 'kerran vuodessa',
		oneOff: 'kertasumma'
	},
	income: {
		intro:
			'Mitä tuloja kotitaloudellasi on? Kirjoita summat, jotka tulevat tilillesi verojen ja ulosoton jälkeen.',
		sources: {
			salary: 'Palkka (netto)',
			unemployment: 'Työttömyysetuus',
			housingAllowance: 'Asumistuki',
			socialAssistance: 'Toimeentulotuki',
			pension: 'Eläke',
			studentAid: 'Opintotuki',
			sicknessAllowance: 'Sairauspäiväraha',
			childBenefit: 'Lapsilisä',
			maintenanceSupport: 'Elatusapu tai elatustuki',
			other: 'Muut tulot'
		}
	},
	expenses: {
		intro:
			'Mihin rahaa kuluu? Arvio riittää. Vuokra ja velkojen lyhennykset tulevat muista vaiheista.',
		derivedFrom: (step: string) => `Tulee vaiheesta ”${step}”`,
		notFilled: 'Ei vielä täytetty',
		categories: {
			rent: 'Vuokra',
			electricity: 'Sähkö',
			water: 'Vesi',
			homeInsurance: 'Kotivakuutus',
			food: 'Ruoka',
			clothing: 'Vaatteet',
			health: 'Terveys ja lääkkeet',
			hygiene: 'Hygienia',
			transport: 'Paikallisliikenne',
			phoneInternet: 'Puhelin ja internet',
			children: 'Lasten menot',
			hobbies: 'Harrastukset',
			debtRepayments: 'Velkojen lyhennykset',
			other: 'Muut menot'
		}
	},
	debts: {
		intro:
			'Mitä muita velkoja sinulla on? Nykyisen vuokranantajan vuokrarästi on jo mukana vaiheesta ”Asunto ja vuokra”.',
		empty: 'Ei lisättyjä velkoja.',
		add: 'Lisää velka',
		item: (n: number) => `Velka ${n}`,
		creditor: 'Velkoja',
		type: 'Velan laji',
		balance: 'Velkaa jäljellä',
		monthlyPayment: 'Lyhennys kuukaudessa',
		status: 'Tilanne',
		currentArrears: 'Vuokrarästi nykyiselle vuokranantajalle',
		types: {
			rentArrears: 'Vuokrarästi (esim. aiempi asunto)',
			consumerLoan: 'Kulutusluotto',
			instantLoan: 'Pikavippi',
			creditCard: 'Luottokortti',
			collection: 'Perinnässä oleva velka',
			enforcement: 'Ulosotossa oleva velka',
			tax: 'Verovelka',
			fines: 'Sakot',
			other: 'Muu velka'
		},
		statuses: {
			current: 'Maksan ajallaan',
			late: 'Myöhässä',
			collection: 'Perinnässä',
			enforcement: 'Ulosotossa',
			agreed: 'Maksusuunnitelma sovittu'
		}
	},
	benefits: {
		intro: 'Onko kaikki tuet haettu? Moni jättää tuen hakematta, vaikka olisi siihen oikeutettu.',
		statusLabel: 'Tilanne',
		link: 'Lue lisää ja laske (avautuu viranomaisen sivulle)',
		linkNeedsNetwork: 'Linkki vaatii verkkoyhteyden.',
		linkContext: (link: string, name: string) => `${link}: ${name}, avautuu uuteen välilehteen`,
		statuses: {
			notApplied: 'En ole hakenut',
			waiting: 'Haettu, odotan päätöstä',
			granted: 'Myönnetty',
			refused: 'Hylätty'
		},
		names: {
			housingAllowance: 'Yleinen asumistuki (Kela)',
			basicSocialAssistance: 'Perustoimeentulotuki (Kela)',
			supplementarySocialAssistance: 'Täydentävä toimeentulotuki (hyvinvointialue)',
			preventiveSocialAssistance: 'Ehkäisevä toimeentulotuki (hyvinvointialue)',
			unemploymentBenefit: 'Työttömyysetuus',
			sicknessAllowance: 'Sairauspäiväraha',
			pension: 'Eläke',
			studentAid: 'Opintotuki',
			childBenefit: 'Lapsilisä',
			maintenanceSupport: 'Elatustuki'
		},
		descriptions: {
			housingAllowance: 'Kelan tuki pienituloisen kotitalouden asumismenoihin, myös vuokraan.',
			basicSocialAssistance:
				'Viimesijainen tuki välttämättömiin menoihin, kun tulot ja varat eivät riitä. Haetaan Kelasta.',
			supplementarySocialAssistance:
				'Hyvinvointialueen tuki erityisiin menoihin, joita perustoimeentulotuki ei kata.',
			preventiveSocialAssistance:
				'Hyvinvointialueen tuki, jolla voidaan maksaa esimerkiksi vuokrarästejä häädön estämiseksi.',
			unemploymentBenefit:
				'Peruspäiväraha tai työmarkkinatuki Kelasta tai ansiosidonnainen kassasta.',
			sicknessAllowance: 'Korvaa tulonmenetystä, kun et voi sairauden vuoksi tehdä työtä.',
			pension: 'Kansaneläke, takuueläke tai työeläke, jos olet oikeutettu.',
			studentAid: 'Opintoraha ja opintolainan valtiontakaus opiskelijalle.',
			childBenefit: 'Kelan tuki jokaisesta alle 17-vuotiaasta lapsesta.',
			maintenanceSupport: 'Kelan tuki lapselle, jos elatusapu jää saamatta tai on pieni.'
		}
	},
	decisions: {
		intro:
			'Onko sinulla viranomaisten päätöksiä, esimerkiksi Kelalta, käräjäoikeudelta tai ulosotosta?',
		empty: 'Ei lisättyjä päätöksiä.',
		add: 'Lisää päätös',
		item: (n: number) => `Päätös ${n}`,
		type: 'Kuka päätti',
		date: 'Päätöksen päivämäärä',
		note: 'Lyhyt kuvaus',
		types: {
			kela: 'Kela',
			socialServices: 'Sosiaalitoimi / hyvinvointialue',
			court: 'Käräjäoikeus',
			enforcement: 'Ulosotto',
			landlord: 'Vuokranantaja',
			other: 'Muu viranomainen'
		}
	}
};
