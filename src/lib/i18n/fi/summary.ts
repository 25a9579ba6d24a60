export const summary = {
	title: 'Yhteenveto',
	intro:
		'Tässä on tilanteesi sen perusteella, mitä olet kertonut. Voit muuttaa tietoja milloin tahansa.',
	empty: 'Et ole vielä kertonut tilanteestasi. Aloita kartoitus, niin yhteenveto täyttyy.',
	monthTitle: 'Kuukausi',
	income: 'Tulot kuukaudessa',
	expenses: 'Menot kuukaudessa',
	surplus: 'Jää käteen',
	deficit: 'Puuttuu',
	surplusExplain: 'Tuloista jää menojen jälkeen tämän verran kuukaudessa.',
	deficitExplain: 'Menot ovat suuremmat kuin tulot. Tähän kannattaa hakea apua pian.',
	oneOffIncome: 'Kertaluonteiset tulot (eivät mukana kuukausisummissa)',
	oneOffExpenses: 'Kertaluonteiset menot (eivät mukana kuukausisummissa)',
	stageNext: 'Mitä kannattaa tehdä nyt',
	editTitle: 'Muokkaa tietoja',
	incomeLines: 'Tulot eriteltyinä',
	expenseLines: 'Menot eriteltyinä',
	debtTitle: 'Velat',
	totalDebt: 'Velat yhteensä',
	rentArrears: 'Vuokrarästit',
	arrearsMonths: (months: number) => `${months.toLocaleString('fi')} kk:n vuokra maksamatta`,
	groundsWarning:
		'Kahden kuukauden maksamaton vuokra on yleensä peruste häätöhakemukselle. Ota yhteyttä vuokranantajaan ja asumisneuvojaan nyt.',
	stageTitle: 'Missä vaiheessa olet',
	stages: {
		none: {
			name: 'Ei vuokrarästejä',
			meaning: 'Vuokrat on maksettu. Hyvä!',
			next: 'Jos maksaminen alkaa tuntua vaikealta, ota yhteyttä jo ennen kuin eräpäivä menee ohi.'
		},
		arrears: {
			name: 'Vuokraa on maksamatta',
			meaning: 'Vuokranantaja ei ole vielä lähettänyt muistutusta tai perintäkirjettä.',
			next: 'Ota yhteyttä vuokranantajaan ja kerro tilanteesta. Nyt on helpointa sopia maksuaikataulusta.'
		},
		reminder: {
			name: 'Maksumuistutus saatu',
			meaning: 'Vuokranantaja on huomannut maksamattoman vuokran.',
			next: 'Ota yhteyttä vuokranantajaan ja ehdota maksusuunnitelmaa. Tarkista, oletko hakenut kaikki tuet.'
		},
		collection: {
			name: 'Vuokra on perinnässä',
			meaning: 'Rästi on siirretty perintään, ja siihen tulee lisäkuluja.',
			next: 'Sovi maksusuunnitelmasta perintätoimiston tai vuokranantajan kanssa. Asumisneuvoja voi auttaa.'
		},
		terminated: {
			name: 'Vuokrasopimus on irtisanottu tai purettu',
			meaning: 'Vuokranantaja voi pian hakea häätöä käräjäoikeudesta.',
			next: 'Ota yhteyttä asumisneuvojaan heti. Maksusuunnitelmasta voi vielä sopia ennen oikeuskäsittelyä.'
		},
		courtApplication: {
			name: 'Häätöasia on käräjäoikeudessa',
			meaning: 'Vuokranantaja ei välttämättä enää hyväksy maksusuunnitelmaa.',
			next: 'Ota yhteyttä asumisneuvojaan ja sosiaalitoimeen heti. Hae ehkäisevää toimeentulotukea.'
		},
		judgment: {
			name: 'Käräjäoikeus on antanut tuomion',
			meaning: 'Häätö voidaan panna täytäntöön ulosoton kautta.',
			next: 'Ota yhteyttä asumisneuvojaan ja sosiaalitoimeen heti. Asunnon säilyttäminen voi vielä olla mahdollista.'
		},
		evictionScheduled: {
			name: 'Häätöpäivä on määrätty',
			meaning: 'Ulosotto on asettanut päivän, jolloin asunto on luovutettava.',
			next: 'Ota yhteyttä asumisneuvojaan ja sosiaalitoimeen heti, jotta sinulla on asunto myös häätöpäivän jälkeen.'
		}
	},
	urgentTitle: 'Ota yhteyttä asumisneuvojaan nyt',
	urgentText:
		'Tilanteesi on edennyt vaiheeseen, jossa apua tarvitaan heti. Asumisneuvoja auttaa maksutta ja luottamuksellisesti.',
	urgentAction: 'Näin saat yhteyden asumisneuvojaan',
	contactAdvisorText:
		'Ota yhteyttä oman kuntasi tai vuokranantajasi asumisneuvontaan. Ajanvaraus sovelluksessa tulee pian.',
	benefitsTitle: 'Hakemattomat tuet',
	benefitsNone: 'Olet hakenut kaikki listan tuet tai kertonut niiden tilanteen.',
	benefitsIntro: 'Näitä tukia et ole vielä hakenut. Tarkista, voisitko saada niitä:',
	hintsTitle: 'Vinkkejä',
	hintsIntro:
		'Vertailu perustuu kuluttajien viitebudjetteihin. Ne ovat suuntaa-antavia, eivät rajoja – jokainen elämä on erilainen.',
	hintHigh: (category: string, reference: string) =>
		`${category}: menosi ovat selvästi suuremmat kuin samanlaisissa kotitalouksissa tavallisesti (noin ${reference} kuukaudessa). Asumisneuvojan kanssa voitte katsoa, löytyykö tästä joustovaraa.`,
	hintLow: (category: string, reference: string) =>
		`${category}: arviosi on selvästi pienempi kuin tavallisesti (noin ${reference} kuukaudessa). Varmista, että rahaa jää riittävästi ruokaan.`,
	editStep: (step: string) => `Muokkaa: ${step}`
};
