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
		intro: 'Keitä kotitalouteesi kuuluu? Sen avulla arvioidaan, paljonko elämiseen kuluu rahaa.',
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
		landlordRetired:
			'Aiemmin valitsemaasi vuokranantajaa ei ole enää olemassa. Valitse vuokranantaja uudelleen.',
		rent: 'Kuukausivuokra',
		dueDay: 'Vuokran eräpäivä (päivä kuussa)',
		arrears: 'Maksamatonta vuokraa yhteensä',
		arrearsMonths: 'Kuinka monen kuukauden vuokra on maksamatta',
		eventsTitle: 'Mitä on jo tapahtunut?',
		eventsHelp: 'Merkitse kaikki, mitä on tapahtunut. Lisää päivämäärä, jos tiedät sen.',
		eventDate: 'Päivämäärä',
		events: {
			reminder: 'Olen saanut maksumuistutuksen',
			collectionLetter: 'Olen saanut perintäkirjeen',
			termination: 'Vuokrasopimus on irtisanottu tai purettu',
			evictionApplication: 'Olen saanut käräjäoikeudesta haasteen (häätöasia)',
			judgment: 'Käräjäoikeus on antanut tuomion',
			evictionDate: 'Olen saanut ulosotosta muuttokehotuksen, jossa on muuttopäivä'
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
		oneOffNote: 'Kertasumma. Sitä ei lasketa mukaan kuukauden summiin.'
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
			'Mitä tuloja kotitaloudellasi on? Kirjoita summat, jotka tulevat tilillesi verojen ja mahdollisen ulosoton jälkeen.',
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
		intro: 'Oletko hakenut kaikki tuet? Moni jättää tuen hakematta, vaikka voisi saada sitä.',
		statusLabel: 'Tilanne',
		link: 'Lue lisää ja laske (viranomaisen sivu)',
		alsoLinks: { pensionProvider: 'Työeläkkeet (tyoelake.fi)' },
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
			housingAllowance:
				'Kelan tuki pienituloisen kotitalouden asumismenoihin, myös vuokraan. Jos saat eläkettä, hae eläkkeensaajan asumistukea. Useimmat opiskelijat saavat opintotuen asumislisää.',
			basicSocialAssistance:
				'Tuki välttämättömiin menoihin, kun tulot ja varat eivät riitä. Haetaan Kelasta.',
			supplementarySocialAssistance:
				'Tuki erityisiin menoihin, joita perustoimeentulotuki ei kata. Hae Kelasta ja pyydä Kelaa siirtämään hakemus hyvinvointialueelle.',
			preventiveSocialAssistance:
				'Tuki, jolla voidaan maksaa esimerkiksi vuokrarästi, jotta häätö vältetään. Hae Kelasta ja pyydä Kelaa siirtämään hakemus hyvinvointialueelle. Jos häätö on lähellä, ota yhteyttä suoraan hyvinvointialueen sosiaalipalveluihin.',
			unemploymentBenefit:
				'Peruspäiväraha tai työmarkkinatuki Kelasta tai ansiopäiväraha työttömyyskassasta.',
			sicknessAllowance: 'Korvaa menetettyä palkkaa, kun et voi sairauden takia tehdä työtä.',
			pension:
				'Kansaneläke ja takuueläke tulevat Kelasta. Työeläke tulee työeläkeyhtiöstä tai muusta eläkelaitoksesta, ei Kelasta.',
			studentAid: 'Opintoraha, opintotuen asumislisä ja opintolainan valtiontakaus opiskelijalle.',
			childBenefit: 'Kelan tuki jokaisesta alle 17-vuotiaasta lapsesta.',
			maintenanceSupport: 'Kelan tuki lapselle, jos elatusapu jää saamatta tai on pieni.'
		},
		/** Housing allowance as it applies to a pensioner or a student (the general one is above). */
		housingAllowanceKinds: {
			pensioners: {
				name: 'Eläkkeensaajan asumistuki (Kela)',
				description:
					'Kelan tuki eläkkeensaajan asumismenoihin, myös vuokraan. Eläkkeensaaja hakee tätä tukea, ei yleistä asumistukea.'
			},
			studentSupplement: {
				name: 'Opintotuen asumislisä (Kela)',
				description:
					'Useimmat opiskelijat saavat 1.8.2025 alkaen asumiseen opintotuen asumislisää, eivät yleistä asumistukea. Jos asut oman tai puolisosi lapsen kanssa, hae yleistä asumistukea.'
			}
		},
		/** Social assistance where it is not Kela first, then the wellbeing services county. */
		socialAssistanceRoutes: {
			kelaThenHelsinki: {
				supplementarySocialAssistance: {
					name: 'Täydentävä toimeentulotuki (Helsingin kaupunki)',
					description:
						'Tuki erityisiin menoihin, joita perustoimeentulotuki ei kata. Hae Kelasta ja pyydä Kelaa siirtämään hakemus Helsingin kaupungille.'
				},
				preventiveSocialAssistance: {
					name: 'Ehkäisevä toimeentulotuki (Helsingin kaupunki)',
					description:
						'Tuki, jolla voidaan maksaa esimerkiksi vuokrarästi, jotta häätö vältetään. Hae Kelasta ja pyydä Kelaa siirtämään hakemus Helsingin kaupungille. Jos häätö on lähellä, ota yhteyttä suoraan kaupungin sosiaalipalveluihin.'
				}
			},
			aland: {
				basicSocialAssistance: {
					name: 'Toimeentulotuki (kotikunta)',
					description:
						'Tuki välttämättömiin menoihin, kun tulot ja varat eivät riitä. Ahvenanmaalla sitä haetaan kotikunnan sosiaalipalveluista, ei Kelasta.'
				},
				supplementarySocialAssistance: {
					name: 'Täydentävä toimeentulotuki (kotikunta)',
					description:
						'Tuki erityisiin menoihin. Ahvenanmaalla sitä haetaan kotikunnan sosiaalipalveluista.'
				},
				preventiveSocialAssistance: {
					name: 'Ehkäisevä toimeentulotuki (kotikunta)',
					description:
						'Tuki, jolla voidaan maksaa esimerkiksi vuokrarästi, jotta häätö vältetään. Ahvenanmaalla sitä haetaan kotikunnan sosiaalipalveluista.'
				}
			}
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
			socialServices: 'Hyvinvointialueen tai kunnan sosiaalipalvelut',
			court: 'Käräjäoikeus',
			enforcement: 'Ulosotto',
			landlord: 'Vuokranantaja',
			other: 'Muu viranomainen'
		}
	}
};
