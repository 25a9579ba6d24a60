/** The payment plan (/plan) and the printable landlord proposal (/plan/print). */

import { formatLocalDate, formatMonth } from '../locales';

export const plan = {
	title: 'Maksusuunnitelma',
	intro:
		'Suunnitelma näyttää, miten saat rästit maksettua niin, että rahaa jää myös ruokaan ja muihin välttämättömiin menoihin. Ensin maksetaan kuun vuokra. Sitten maksetaan vuokrarästi nykyiselle vuokranantajalle. Seuraavaksi maksetaan velat, joiden maksamatta jättäminen uhkaa kotia tai perustarpeita, kuten sähkö ja sakot. Sen jälkeen maksetaan verot. Muut velat saavat osuuden velan koon mukaan. Jo sovitut erät pysyvät ennallaan, eikä ulosotossa oleviin velkoihin käytetä suunnitelman rahaa.',
	empty:
		'Suunnitelma tehdään tilanteesi perusteella. Kerro ensin tuloistasi, menoistasi ja veloistasi.',
	startSituation: 'Kerro tilanteestasi',
	noDebts:
		'Sinulla ei ole merkittynä velkoja tai vuokrarästejä, joten maksusuunnitelmaa ei tarvita.',
	/** `YYYY-MM-DD` as 5.3.2026. */
	date: (iso: string) => formatLocalDate(iso, 'fi'),
	/** `YYYY-MM` as "maaliskuu 2026". */
	month: (month: string) => formatMonth(month, 'fi'),

	money: {
		title: 'Rahaa kuukaudessa',
		income: 'Tilille tulevat tulot kuukaudessa (verojen ja ulosoton jälkeen)',
		floor: 'Välttämättömät elinkustannukset kuukaudessa',
		floorHint:
			'Esitäytetty omista menoistasi ilman vuokraa ja velkojen lyhennyksiä. Voit suurentaa summaa. Sen verran jää joka kuukausi elämiseen.',
		floorReference: (amount: string) =>
			`Vertailuksi: kuluttajien viitebudjettien mukaan ruokaan, vaatteisiin, terveyteen, hygieniaan, liikkumiseen, puhelimeen ja harrastuksiin kuluu kaltaisessasi kotitaloudessa noin ${amount} kuukaudessa. Luku on suuntaa-antava, ei raja.`,
		floorMinimum: (amount: string) =>
			`Vähintään ${amount}. Se on toimeentulotuen perusosa kaltaisellesi kotitaloudelle (Kela). Pienemmästä summasta voi sopia vain asumisneuvojan kanssa.`,
		floorBelowMinimum: (amount: string) =>
			`Summa on pienempi kuin vähimmäismäärä ${amount}. Vain asumisneuvoja voi pienentää sitä.`,
		floorLowered: (reason: string) => `Asumisneuvoja on pienentänyt summaa. Syy: ${reason}`,
		reserve: 'Varalla kuukaudessa',
		reserveHint:
			'Pieni summa yllättäviin menoihin. Sitä ei käytetä velkoihin. Ehdotus on 5 % elinkustannuksista, kuitenkin vähintään 30 €.',
		reserveMissing: 'Kirjoita summa. Voit kirjoittaa myös 0.',
		stepsTitle: 'Mistä summa tulee',
		steps: {
			summaryLeft: 'Yhteenvedossa jää käteen',
			repayments: 'Lisätään velkojen lyhennykset, jotka yhteenveto jo vähensi',
			floorChange: 'Elinkustannusten muutos',
			reserve: 'Varalle jätetään',
			available: 'Velkoihin kuukaudessa',
			existing: 'Jo sovitut erät, jotka pysyvät ennallaan',
			planMoney: 'Muiden velkojen maksuun'
		},
		garnished: 'Ulosmitataan palkasta ennen tilille maksua',
		planMoney: 'Jää muiden velkojen maksuun kuukaudessa',
		length: 'Kuinka pitkän suunnitelman vuokranantaja hyväksyy (kuukautta)',
		lengthHint:
			'Vuokranantajat hyväksyvät yleensä noin vuoden mittaisen suunnitelman. Kysy omalta vuokranantajaltasi, jos et ole varma.',
		lengthInvalid: 'Kirjoita kuukausien määrä numeroina, 1–120.',
		rent: 'Kuun vuokra (maksetaan ensin)',
		available: 'Jää velkojen maksuun kuukaudessa',
		shortfall: 'Vuokraan puuttuu kuukaudessa'
	},

	warnings: {
		courtTitle: 'Ota yhteyttä asumisneuvojaan nyt',
		courtText:
			'Häätöasia on jo käräjäoikeudessa tai pidemmällä. Vuokranantaja ei välttämättä enää hyväksy maksusuunnitelmaa. Asumisneuvoja voi vielä auttaa – ota yhteyttä heti, älä odota.',
		noMoneyTitle: 'Velkojen maksuun ei jää rahaa',
		noMoneyText:
			'Kun välttämättömät menot ja kuun vuokra on maksettu, tuloistasi ei jää mitään velkojen maksuun. Siksi maksusuunnitelma ei yksin riitä. Apua kuitenkin saa.',
		noMoneyPreventive:
			'Hae ehkäisevää toimeentulotukea hyvinvointialueeltasi. Se voi kattaa vuokrarästit, jotta häätö vältetään.',
		noMoneyBenefits: 'Näitä tukia et ole vielä hakenut:',
		rentNotCoveredTitle: 'Tulot eivät riitä edes kuun vuokraan',
		rentNotCoveredText: (amount: string) =>
			`Kun välttämättömät elinkustannukset ja varasumma on vähennetty tuloista, vuokrasta jää maksamatta ${amount} kuukaudessa. Silloin vuokrarästiä kertyy joka kuukausi lisää. Tarkista elinkustannukset ja tuet, joita et ole vielä hakenut. Ota yhteyttä asumisneuvojaan.`,
		tooLongTitle: 'Velat eivät ehdi maksetuiksi kymmenessä vuodessa',
		tooLongText:
			'Tällä summalla kaikki velat eivät tule maksetuiksi kymmenessä vuodessa. Hae maksutonta talous- ja velkaneuvontaa valtion oikeusaputoimistosta. Siellä voidaan miettiä muita keinoja, esimerkiksi velkajärjestelyä.',
		socialAssistanceTitle: 'Toimeentulotuen perusosaa ei käytetä velkoihin',
		socialAssistanceText:
			'Tuloissasi on toimeentulotukea. Perusosa on tarkoitettu ruokaan ja muihin välttämättömiin menoihin, ei velkojen maksuun. Vuokrarästiin voit hakea ehkäisevää tai täydentävää toimeentulotukea hyvinvointialueeltasi. Pyydä Kelaa siirtämään hakemuksesi sinne.',
		overLengthTitle: (months: number) => `Suunnitelma on pidempi kuin ${months} kuukautta`,
		overLengthText: 'Vuokranantaja ei ehkä hyväksy näin pitkää suunnitelmaa. Voit tehdä näin:',
		overLengthAssistance:
			'Hae ehkäisevää toimeentulotukea hyvinvointialueeltasi. Sillä voi maksaa vuokrarästin.',
		overLengthAdvisor: 'Varaa aika asumisneuvojalle.',
		overLengthLandlord: 'Kysy vuokranantajalta, hyväksyykö hän pidemmän suunnitelman.',
		paymentBreakTitle: 'Pyydä muilta velkojilta maksutaukoa',
		paymentBreakText:
			'Jo sovitut erät vievät niin paljon rahaa, että vuokrarästi ei tule ajoissa maksetuksi. Vuokrarästi uhkaa kotiasi, muut velat eivät. Pyydä näiltä velkojilta muutaman kuukauden maksutaukoa:',
		paymentBreakLink: 'Tulostettava maksutaukopyyntö',
		garnishmentTitle: 'Ulosotossa olevat velat',
		garnishmentText:
			'Ulosotto perii nämä velat jo. Siksi suunnitelma ei käytä niihin rahaa. Kirjoita tuloiksi summa, joka tulee tilillesi ulosoton jälkeen.',
		garnishmentProtected: (amount: string, dependants: number) =>
			dependants > 0
				? `Palkasta jää aina suojaosuus. Vuonna 2026 se on ${amount} kuukaudessa, kun elätettäviä on ${dependants}.`
				: `Palkasta jää aina suojaosuus. Vuonna 2026 se on ${amount} kuukaudessa.`,
		instantLoanTitle: 'Tarkista pikavipin korko',
		instantLoanText: (cap: string) =>
			`Kulutusluoton korko saa olla enintään ${cap} % (viitekorko + 15 prosenttiyksikköä, kuitenkin enintään 20 %). Jos korko on suurempi, velkoja menettää oikeuden korkoon ja kuluihin. Kysy neuvoa maksuttomasta talous- ja velkaneuvonnasta.`,
		book: 'Varaa aika asumisneuvojalle'
	},

	debts: {
		title: 'Maksuerät velkojittain',
		creditor: 'Velkoja',
		balance: 'Velkaa',
		instalment: 'Ensimmäinen erä',
		firstDue: 'Ensimmäinen eräpäivä',
		cleared: 'Maksettu loppuun',
		notCleared: 'Ei suunnitelman aikana',
		noInstalment: 'Ei eriä',
		priorities: {
			rentArrears: 'Vuokrarästi',
			priority: 'Etusijalla oleva velka',
			other: 'Muu velka',
			essential: 'Välttämätön, esimerkiksi sähkö tai sakot',
			enforcement: 'Ulosotossa'
		},
		existingAgreed: (amount: string) => `Sovittu erä ${amount}, pysyy ennallaan`,
		existingGarnished: (amount: string) => `Ulosmitataan palkasta ${amount} kuukaudessa`,
		essentialLabel: (creditor: string) =>
			`${creditor}: maksamatta jättäminen katkaisee sähkön tai lämmön`,
		currentLandlord: 'Nykyinen vuokranantaja',
		fixed: 'oma summa',
		tableCaption: 'Maksuerät velkojittain',
		totalDebt: 'Velat yhteensä',
		endMonth: 'Kaikki velat maksettu',
		dueDayNote: (day: number) =>
			`Erät maksetaan samana päivänä kuin vuokra, kuun ${day}. päivänä. Jos kuussa ei ole niin montaa päivää, eräpäivä on kuun viimeinen päivä.`,
		schedule: 'Maksuaikataulu kuukausittain',
		dueDate: 'Eräpäivä',
		total: 'Yhteensä'
	},

	edit: {
		title: 'Muuta maksueriä',
		intro:
			'Voit sopia velkojan kanssa eri summasta. Kirjoita kuukausierä. Jos jätät kentän tyhjäksi, sovellus laskee erän. Muutokset tallentuvat heti tähän laitteeseen luonnoksena. Niistä tulee uusi versio, kun tallennat.',
		instalment: (creditor: string) => `Kuukausierä: ${creditor}`,
		automatic: (amount: string) => `Laskettu erä nyt: ${amount}`,
		unsaved: 'Sinulla on tallentamattomia muutoksia.',
		basedOn: (revision: number) => `Muutokset perustuvat versioon ${revision}.`,
		saveNew: 'Tallenna uutena versiona',
		saveFirst: 'Tallenna suunnitelma',
		discard: 'Hylkää muutokset',
		saved: (revision: number) => `Versio ${revision} tallennettu.`,
		discarded: 'Muutokset hylätty.',
		fixFirst: 'Korjaa merkityt kohdat ensin. Mitään ei tallennettu.',
		floorMissing: 'Kirjoita summa. Ilman sitä suunnitelmaa ei voi laskea.',
		problems: {
			exceedsBalance: (amount: string) => `Erä on ${amount} suurempi kuin koko velka.`,
			overpaid: (amount: string) => `Velkaa maksettaisiin ${amount} liikaa.`,
			invalidAmount: 'Summa ei kelpaa.',
			unknownDebt: 'Velkaa ei ole enää suunnitelmassa.',
			invalidMonth: 'Kuukausi ei kelpaa.',
			duplicateAdjustment: 'Velalle on annettu kaksi erää.',
			overAvailable: (month: string, amount: string) =>
				`Kohdassa ${month} erät ovat yhteensä ${amount} enemmän kuin velkojen maksuun jää. Pienennä jotakin erää.`,
			monthOrder: 'Kuukaudet ovat väärässä järjestyksessä.'
		}
	},

	changed: {
		title: 'Tilanteesi on muuttunut',
		text: 'Tulot, vuokra tai velat ovat muuttuneet sen jälkeen, kun tämä versio tehtiin.',
		action: 'Tee uusi ehdotus nykyisestä tilanteesta'
	},

	versions: {
		title: 'Versiot',
		intro:
			'Jokainen tallennettu muutos on oma versionsa. Vanhoja versioita ei muuteta. Merkitse sovituksi se versio, jonka vuokranantaja tai velkoja on hyväksynyt. Sovittu versio voi olla vain yksi. Kun merkitset uuden, aiempi jää historiaan, ja siinä näkyy, milloin se oli sovittu.',
		none: 'Et ole vielä tallentanut suunnitelmaa.',
		version: (revision: number) => `Versio ${revision}`,
		created: (date: string) => `Tallennettu ${date}`,
		agreed: (date: string) => `Sovittu ${date}`,
		formerlyAgreed: (date: string) => `Oli sovittu ${date}, korvattu uudemmalla`,
		basedOn: (revision: number) => `Pohjana versio ${revision}`,
		monthly: (amount: string) => `Ensimmäisen kuun erät yhteensä ${amount}`,
		agree: 'Merkitse sovituksi',
		agreeLabel: (revision: number) => `Merkitse versio ${revision} sovituksi`,
		agreedDone: (revision: number) => `Versio ${revision} merkitty sovituksi.`,
		print: 'Tulostettava ehdotus',
		printLabel: (revision: number) => `Tulostettava ehdotus, versio ${revision}`
	},

	checkin: {
		title: 'Kuukauden kysymys',
		since: (months: number) =>
			months === 1
				? 'Suunnitelma on ollut voimassa kuukauden.'
				: `Suunnitelma on ollut voimassa ${months} kuukautta.`,
		ask: 'Maksoitko tämän kuun vuokran kokonaan?',
		answers: { yes: 'Kyllä', partly: 'Osittain', no: 'En' },
		thanks: {
			yes: 'Hienoa! Kun vuokra maksetaan ensin, koti on turvassa. Jatka samaan tapaan.',
			partly: 'Kiitos, että kerroit. Maksamatta jäänyt vuokra kasvattaa rästiä nopeasti.',
			no: 'Kiitos, että kerroit. Maksamatta jäänyt vuokra kasvattaa rästiä nopeasti.'
		},
		nextStep:
			'Ota yhteys vuokranantajaan jo ennen seuraavaa eräpäivää ja kerro, milloin pystyt maksamaan. Asumisneuvoja auttaa maksutta, jos rahat eivät riitä.',
		book: 'Varaa aika asumisneuvojalle',
		history: 'Aiemmat vastauksesi',
		historyItem: (months: number, answer: string) => `${months} kk: ${answer}`
	},
	chart: {
		title: 'Velka kuukausittain',
		caption:
			'Viiva näyttää, paljonko velkaa on jäljellä kunkin kuukauden lopussa: katkoviiva suunnitelman mukaan, yhtenäinen viiva tekemiesi maksujen mukaan. Samat luvut ovat taulukossa.',
		planned: 'Suunniteltu',
		actual: 'Toteutunut',
		table: 'Näytä luvut taulukkona',
		month: 'Kuukausi',
		plannedBalance: 'Velkaa jäljellä, suunnitelma',
		actualBalance: 'Velkaa jäljellä, maksut',
		rent: 'Kuukauden vuokra',
		notYet: '–',
		rentStatuses: {
			paid: 'Maksettu',
			partly: 'Osittain maksettu',
			unpaid: 'Maksamatta',
			upcoming: 'Ei vielä erääntynyt'
		},
		rentTitle: 'Vuokrat',
		rentIntro:
			'Merkitse myös kuukauden vuokra maksetuksi. Maksamaton vuokra on ensimmäinen merkki siitä, että rästit ovat palaamassa.'
	},
	follow: {
		rentOption: 'Kuukauden vuokra (ei velka)',
		rentName: 'Vuokra',
		title: 'Suunnitelman seuranta',
		intro: (revision: number, date: string) =>
			`Seuraat versiota ${revision}, joka sovittiin ${date}. Merkitse jokainen maksu, jonka olet tehnyt.`,
		statuses: {
			onTrack: 'Aikataulussa',
			late: 'Myöhässä',
			missed: 'Erä jäi maksamatta',
			cleared: 'Maksettu'
		},
		paid: 'Maksettu',
		remaining: 'Jäljellä',
		next: (date: string, amount: string) => `Seuraava erä ${date}: ${amount}`,
		overdue: (date: string, amount: string) => `Maksamatta ${date} alkaen: ${amount}`,
		lateTitle: 'Maksuerä on myöhässä',
		missedTitle: 'Maksuerä jäi maksamatta',
		lateText:
			'Ota yhteyttä vuokranantajaan tai velkojaan heti, ennen seuraavaa eräpäivää. Kerro, milloin pystyt maksamaan. Jos et ota yhteyttä, uutta suunnitelmaa ei ehkä hyväksytä.',
		missedText:
			'Ota yhteyttä vuokranantajaan tai velkojaan heti ja kerro tilanteestasi. Jos et pysty maksamaan, ota yhteyttä asumisneuvojaan. Hän voi auttaa sopimaan uudesta aikataulusta. Voit myös tehdä uuden suunnitelman sen mukaan, paljonko velkaa on nyt jäljellä.',
		alertDebt: (creditor: string, status: string) => `${creditor}: ${status}`,
		payments: 'Tehdyt maksut',
		noPayments: 'Et ole vielä merkinnyt maksuja.',
		add: 'Merkitse maksu',
		addTitle: 'Merkitse tehty maksu',
		date: 'Maksupäivä',
		amount: 'Summa',
		debt: 'Mihin velkaan',
		added: 'Maksu merkitty.',
		removed: 'Maksu poistettu.',
		removeLabel: (creditor: string, date: string, amount: string) =>
			`Poista maksu: ${creditor}, ${date}, ${amount}`,
		dateError: 'Kirjoita päivämäärä.',
		amountMissing: 'Kirjoita summa.',
		unknownDebt: 'Velka ei kuulu sovittuun suunnitelmaan',
		replanTitle: 'Tilanne muuttui?',
		replanText:
			'Jos maksut eivät mene suunnitelman mukaan tai velat ovat kasvaneet, tee uusi suunnitelma nykyisistä veloista. Se tallentuu uutena versiona. Sovittu versio on voimassa, kunnes merkitset uuden sovituksi.',
		replan: 'Tee uusi suunnitelma nykyisistä veloista'
	},

	paymentBreak: {
		title: 'Maksutaukopyyntö',
		pageTitle: 'Tulostettava maksutaukopyyntö',
		none: 'Sinulla ei ole sovittuja eriä, joihin voisi pyytää maksutaukoa.',
		help: 'Lähetä pyyntö jokaiselle velkojalle erikseen. Tulostusikkunassa voit tallentaa sen PDF-tiedostoksi.',
		months: 'Kuinka monta kuukautta taukoa pyydät',
		to: 'Velkojalle',
		from: 'Velalliselta',
		subject: (creditor: string) => `Maksutaukopyyntö: ${creditor}`,
		body: (amount: string, months: string) =>
			`Pyydän maksutaukoa ${months} kuukaudeksi. Maksan nyt ${amount} kuukaudessa. Minulla on vuokrarästiä, joka uhkaa kotiani. Tarvitsen rahat rästin maksuun. Tauon jälkeen jatkan maksuja sovitusti.`,
		reference: 'Viite tai sopimusnumero',
		signature: 'Allekirjoitus ja nimenselvennys'
	},

	print: {
		title: 'Maksusuunnitelmaehdotus',
		pageTitle: 'Tulostettava maksusuunnitelmaehdotus',
		back: 'Takaisin maksusuunnitelmaan',
		print: 'Tulosta / tallenna PDF:nä',
		printHelp:
			'Tulostusikkunassa voit valita tulostimeksi ”Tallenna PDF-tiedostona”. Sovelluksen valikot ja painikkeet eivät tulostu.',
		notFound: 'Suunnitelmaa ei löytynyt. Tallenna suunnitelma ensin.',
		draftNote:
			'Tätä versiota ei ole merkitty sovituksi. Se on ehdotus, jonka voit lähettää vuokranantajalle.',
		includeOthers: 'Näytä ehdotuksessa myös muut velkani',
		includeOthersHelp:
			'Muiden velkojen näyttäminen kertoo vuokranantajalle, että suunnitelma on realistinen. Ne ovat kuitenkin omia tietojasi: päätä itse.',
		from: 'Vuokralaiselta',
		to: 'Vuokranantajalle',
		name: 'Nimi',
		address: 'Vuokra-asunnon osoite',
		phone: 'Puhelin',
		landlordUnknown: 'Vuokranantaja',
		version: (revision: number, date: string) => `Versio ${revision}, tehty ${date}`,
		lead: 'Ehdotan, että maksan vuokrarästini alla olevan aikataulun mukaisesti. Maksan lisäksi jokaisen kuun vuokran täysimääräisenä eräpäivään mennessä.',
		leadNeutral:
			'Ehdotan, että maksan velkani alla olevan aikataulun mukaisesti. Maksan lisäksi jokaisen kuun vuokran täysimääräisenä eräpäivään mennessä.',
		arrearsTitle: 'Velka',
		arrears: 'Vuokrarästi yhteensä',
		rent: 'Kuukausivuokra',
		scheduleTitle: 'Ehdotettu maksuaikataulu',
		dueDate: 'Eräpäivä',
		total: 'Yhteensä',
		costs: 'Viivästyskorko ja perintäkulut vuokranantajan ilmoituksen mukaan',
		costsHint:
			'Kysy summa vuokranantajalta ja kirjoita se tähän. Ehdotuksessa se näkyy omalla rivillään.',
		costsTotal: 'Velka kuluineen yhteensä',
		capsTitle: 'Lain enimmäismäärät',
		caps: (reminder: string, demands: string, late: string) =>
			`Kuluttajalta saa periä maksumuistutuksesta enintään ${reminder}. Maksuvaatimuksesta saa periä enintään ${demands}, velan suuruuden mukaan. Viivästyskorko on enintään ${late} % vuodessa.`,
		grandTotal: 'Maksetaan yhteensä',
		lastInstalment: (date: string) => `Viimeinen erä ${date}.`,
		signatures: 'Allekirjoitukset',
		tenantSign: 'Vuokralaisen allekirjoitus ja nimenselvennys',
		landlordSign: 'Vuokranantaja hyväksyy suunnitelman: allekirjoitus ja nimenselvennys',
		placeDate: 'Paikka ja päivämäärä',
		footer: 'Laadittu Vuokra-apu-sovelluksella.'
	}
};
