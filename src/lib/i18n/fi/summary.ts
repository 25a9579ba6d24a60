import { formatNumber } from '../locales';

export const summary = {
	title: 'Yhteenveto',
	intro:
		'Tässä on tilanteesi sen perusteella, mitä olet kertonut. Voit muuttaa tietoja milloin tahansa.',
	empty: 'Et ole vielä kertonut tilanteestasi. Aloita kartoitus, niin yhteenveto täyttyy.',
	monthTitle: 'Kuukausi',
	income: 'Tulot kuukaudessa',
	expenses: 'Menot kuukaudessa',
	surplus: 'Rahaa jää yli',
	deficit: 'Rahaa puuttuu',
	surplusExplain: 'Tämän verran rahaa jää kuukaudessa, kun menot on maksettu.',
	deficitExplain: 'Menot ovat suuremmat kuin tulot. Hae tähän apua pian.',
	garnished: (amount: string) =>
		`Ulosotto perii palkastasi ${amount} kuukaudessa. Summa on jo vähennetty tuloista, jotka kirjoitit. Siksi sitä ei vähennetä uudelleen.`,
	oneOffIncome: 'Kertaluonteiset tulot (eivät mukana kuukausisummissa)',
	oneOffExpenses: 'Kertaluonteiset menot (eivät mukana kuukausisummissa)',
	stageNext: 'Mitä kannattaa tehdä nyt',
	editTitle: 'Muokkaa tietoja',
	incomeLines: 'Tulot eriteltyinä',
	expenseLines: 'Menot eriteltyinä',
	debtTitle: 'Velat',
	totalDebt: 'Velat yhteensä',
	rentArrears: 'Vuokrarästit',
	arrearsMonths: (months: number) => `${formatNumber(months, 'fi')} kk:n vuokra maksamatta`,
	groundsWarning:
		'Vuokraa on maksamatta kahdelta kuukaudelta tai vähintään kahden kuukauden vuokran verran. Silloin vuokranantaja voi purkaa vuokrasopimuksen ja hakea häätöä käräjäoikeudesta. Vuokranantaja voi myös viedä asian käräjäoikeuteen purkamatta sopimusta ensin. Ota heti yhteyttä vuokranantajaan ja asumisneuvojaan.',
	stageTitle: 'Missä vaiheessa olet',
	/*
	 * The documents a tenant receives and what to do with them: a summons (haaste) from the
	 * district court, answered within its deadline (usually 14 days) or a default judgment follows
	 * (Oikeudenkäymiskaari 4/1734, 5 luku 11 § ja 13 §); an order to move (muuttokehotus) with a
	 * moving day (muuttopäivä) from enforcement, which the enforcement officer may postpone
	 * (Ulosottokaari 705/2007, 7 luku 5-6 §, https://oikeus.fi/ulosotto/fi/index/ulosotto/haato.html).
	 * Checked 2026-11-30.
	 */
	stages: {
		none: {
			name: 'Ei vuokrarästejä',
			meaning: 'Et ole merkinnyt maksamatonta vuokraa.',
			next: 'Jos vuokran maksaminen alkaa tuntua vaikealta, ota yhteyttä vuokranantajaan jo ennen eräpäivää.'
		},
		arrears: {
			name: 'Vuokraa on maksamatta',
			meaning: 'Et ole merkinnyt, että olisit saanut maksumuistutusta tai muita kirjeitä.',
			next: 'Ota yhteyttä vuokranantajaan ja kerro tilanteestasi. Nyt on helpointa sopia maksuaikataulusta.'
		},
		reminder: {
			name: 'Maksumuistutus saatu',
			meaning: 'Vuokranantaja on huomannut, että vuokraa on maksamatta.',
			next: 'Ota yhteyttä vuokranantajaan ja ehdota maksusuunnitelmaa. Tarkista, oletko hakenut kaikki tuet.'
		},
		collection: {
			name: 'Vuokra on perinnässä',
			meaning: 'Rästi on siirretty perintään. Siihen tulee lisäkuluja.',
			next: 'Sovi maksusuunnitelmasta perintätoimiston tai vuokranantajan kanssa. Asumisneuvoja voi auttaa.'
		},
		terminated: {
			name: 'Vuokrasopimus on irtisanottu tai purettu',
			meaning: 'Vuokranantaja voi nyt hakea häätöä käräjäoikeudesta.',
			next: 'Ota heti yhteyttä asumisneuvojaan. Maksusuunnitelmasta voi vielä sopia, ennen kuin asia menee käräjäoikeuteen.'
		},
		courtApplication: {
			name: 'Olet saanut haasteen käräjäoikeudesta',
			meaning:
				'Vuokranantaja hakee häätöä. Vastaa haasteeseen sen määräajassa, yleensä 14 päivässä. Jos et vastaa, käräjäoikeus voi antaa tuomion kuulematta sinua.',
			next: 'Ota heti yhteyttä asumisneuvojaan. Vastaa haasteeseen ajoissa. Vuokranantaja ei välttämättä enää hyväksy maksusuunnitelmaa.'
		},
		judgment: {
			name: 'Käräjäoikeus on antanut tuomion',
			meaning: 'Vuokranantaja voi nyt pyytää ulosottoa toteuttamaan häädön.',
			next: 'Ota heti yhteyttä asumisneuvojaan. Asunnon voi vielä joskus säilyttää, jos rästi maksetaan ja vuokranantaja suostuu.'
		},
		evictionScheduled: {
			name: 'Olet saanut muuttokehotuksen',
			meaning:
				'Ulosotto on lähettänyt muuttokehotuksen. Siinä on muuttopäivä, johon mennessä sinun pitää muuttaa pois.',
			next: 'Ota heti yhteyttä asumisneuvojaan. Voit pyytää ulosottomieheltä, että muuttopäivää siirretään. Kysy sosiaalipalveluista, missä voit asua muuttopäivän jälkeen.'
		}
	},
	stageUnknown: {
		name: 'Vaihe ei ole vielä tiedossa',
		meaning: 'Et ole vielä kertonut asunnostasi ja vuokrastasi.',
		next: 'Täytä vaihe ”Asunto ja vuokra”, niin näet, missä vaiheessa olet.'
	},
	socialHelpTitle: 'Toimeentulotuki vuokrarästiin',
	socialHelp: {
		kelaThenCounty:
			'Hae ensin perustoimeentulotukea Kelasta. Kirjoita hakemukseen, että tarvitset apua vuokrarästiin, ja pyydä Kelaa siirtämään hakemus hyvinvointialueelle. Hyvinvointialue päättää täydentävästä ja ehkäisevästä toimeentulotuesta. Jos häätö on lähellä, ota yhteyttä suoraan hyvinvointialueen sosiaalipalveluihin.',
		kelaThenHelsinki:
			'Hae ensin perustoimeentulotukea Kelasta. Kirjoita hakemukseen, että tarvitset apua vuokrarästiin, ja pyydä Kelaa siirtämään hakemus Helsingin kaupungille. Kaupunki päättää täydentävästä ja ehkäisevästä toimeentulotuesta. Jos häätö on lähellä, ota yhteyttä suoraan kaupungin sosiaalipalveluihin.',
		aland:
			'Ahvenanmaalla toimeentulotukea ei haeta Kelasta. Hae sitä kotikuntasi sosiaalipalveluista ja kerro, että tarvitset apua vuokrarästiin.'
	},
	urgentTitle: 'Ota yhteyttä asumisneuvojaan nyt',
	urgentText:
		'Tilanteesi on edennyt niin pitkälle, että tarvitset apua heti. Asumisneuvoja auttaa maksutta ja luottamuksellisesti.',
	urgentAction: 'Näin saat yhteyden asumisneuvojaan',
	benefitsTitle: 'Hakemattomat tuet',
	benefitsNone: 'Olet hakenut kaikki listan tuet tai kertonut, mikä niiden tilanne on.',
	benefitsIntro: 'Näitä tukia et ole vielä hakenut. Tarkista, voisitko saada niitä:',
	hintsTitle: 'Vinkkejä',
	hintsIntro:
		'Vertailu perustuu kuluttajien viitebudjetteihin. Ne ovat vain suuntaa antavia, eivät rajoja. Jokainen elämä on erilainen.',
	hintHigh: (category: string, reference: string) =>
		`${category}: menosi ovat selvästi suuremmat kuin samanlaisissa kotitalouksissa tavallisesti (noin ${reference} kuukaudessa). Asumisneuvojan kanssa voitte katsoa, löytyykö tästä joustovaraa.`,
	hintLow: (category: string, reference: string) =>
		`${category}: arviosi on selvästi pienempi kuin tavallisesti (noin ${reference} kuukaudessa). Varmista, että rahaa jää riittävästi ruokaan.`,
	editStep: (step: string) => `Muokkaa: ${step}`,
	debtHelp: {
		title: 'Apua muihin velkoihin',
		text: 'Jos et pysty maksamaan kaikkia velkojasi maksusuunnitelman aikana, hae maksutonta talous- ja velkaneuvontaa. Sitä antavat valtion oikeusaputoimistot.',
		debtAdvice: 'Talous- ja velkaneuvonta (oikeus.fi)',
		foundation:
			'Takuusäätiö neuvoo velkaantuneita maksutta ja voi taata pankkilainan, jolla velat maksetaan.',
		foundationLink: 'Takuusäätiö (takuusaatio.fi)',
		socialCredit: {
			kelaThenCounty:
				'Kysy myös hyvinvointialueelta, voitko saada sosiaalista luottoa. Kaikki hyvinvointialueet eivät myönnä sitä.',
			kelaThenHelsinki: 'Kysy myös Helsingin kaupungilta, voitko saada sosiaalista luottoa.',
			aland:
				'Kysy myös kotikuntasi sosiaalipalveluista, voitko saada sosiaalista luottoa. Kaikki kunnat eivät myönnä sitä.'
		},
		linkContext: (link: string) => `${link}, avautuu uuteen välilehteen`
	}
};
