/**
 * Consent text version 2026-2 in Finnish, Swedish (as used in Finland) and English: the same
 * consent as 2026-1 in plainer words (shorter Finnish sentences, one Swedish term for the service
 * and the advisor, social services named as the wellbeing services county's, the city's in
 * Helsinki or the municipality's on Åland). 2026-1 stays as it was for the consents given under it.
 *
 * NEVER edit a shipped version: consents given under it point at these exact words (the spec
 * pins a digest of each). Change the wording by adding a new version file and making it current
 * in index.ts.
 */
import type { ConsentLanguage, ConsentText } from './types';

export const VERSION = '2026-2';

export const TEXTS: Record<ConsentLanguage, ConsentText> = {
	fi: {
		version: VERSION,
		language: 'fi',
		title: 'Suostumus tietojesi käyttöön asumisneuvonnassa',
		intro:
			'Voit antaa asumisneuvonnalle luvan nähdä tietoja, jotka valitset. Voit myös antaa luvan puhua niistä muiden kanssa, esimerkiksi vuokranantajasi kanssa. Sinä päätät, kuka saa luvan ja mitä tietoja lupa koskee.',
		purpose:
			'Tietoja käytetään vain siihen, että vuokrarästi saadaan hoidettua ja häätö vältetään. Asumisneuvoja käyttää tietoja, kun hän selvittää tilannettasi, tekee kanssasi maksusuunnitelman ja on puolestasi yhteydessä tahoihin, jotka olet valinnut.',
		voluntary:
			'Suostumus on vapaaehtoinen. Saat asumisneuvontaa ja voit käyttää sovellusta myös ilman suostumusta.',
		recipients: {
			advisorService: {
				label: 'Asumisneuvonta',
				description:
					'Asumisneuvojat näkevät valitsemasi tiedot, kun he auttavat sinua. Jokainen katselukerta kirjataan. Näet kirjaukset itse.'
			},
			landlord: {
				label: 'Vuokranantajasi',
				description:
					'Asumisneuvoja voi puhua vuokranantajasi kanssa valitsemistasi tiedoista, esimerkiksi maksusuunnitelmasta.'
			},
			socialOffice: {
				label: 'Sosiaalipalvelut',
				description:
					'Asumisneuvoja voi olla yhteydessä hyvinvointialueen sosiaalipalveluihin, esimerkiksi ehkäisevästä toimeentulotuesta. Helsingissä sosiaalipalvelut ovat kaupungin, Ahvenanmaalla kunnan.'
			},
			collectionAgency: {
				label: 'Perintätoimisto',
				description:
					'Asumisneuvoja voi neuvotella nimeämäsi perintätoimiston kanssa velasta, jota se perii sinulta.'
			},
			other: {
				label: 'Muu nimeämäsi taho',
				description: 'Asumisneuvoja voi olla yhteydessä nimeämääsi henkilöön tai organisaatioon.'
			}
		},
		categories: {
			contactDetails: {
				label: 'Yhteystiedot',
				description: 'Nimesi, sähköpostiosoitteesi ja asuinkuntasi.'
			},
			rentArrears: {
				label: 'Vuokra ja vuokrarästit',
				description:
					'Vuokranantaja, vuokra ja sen eräpäivä sekä vuokrarästit. Myös saamasi muistutukset, irtisanominen tai purku, haaste ja muut häätöön liittyvät vaiheet sekä käräjäoikeuden, ulosoton ja vuokranantajan päätökset.'
			},
			incomeExpenses: {
				label: 'Tulot ja menot',
				description:
					'Kotitaloutesi koko, tulot ja säännölliset menot, myös vuokra ja velkojen lyhennykset. Lisäksi se, paljonko rahaa jää yli tai puuttuu.'
			},
			debts: {
				label: 'Velat',
				description:
					'Muut velkasi: kenelle olet velkaa, velan laji, paljonko velkaa on, kuukausierä ja velan tilanne.'
			},
			benefitDecisions: {
				label: 'Etuudet ja päätökset',
				description:
					'Mitä tukia olet hakenut tai saat, esimerkiksi asumistuki ja toimeentulotuki. Myös Kelan ja sosiaalipalvelujen päätökset.'
			},
			paymentPlan: {
				label: 'Maksusuunnitelma',
				description: 'Maksusuunnitelmasi versiot ja maksut, jotka olet merkinnyt maksetuiksi.'
			}
		},
		validity:
			'Suostumus on voimassa niin kauan kuin valitset: oletuksena 6 kuukautta, enintään 24 kuukautta. Se päättyy itsestään. Se ei ole koskaan voimassa toistaiseksi.',
		termination: 'Päättyy {date} tai aiemmin, jos perut suostumuksen.',
		withdrawal:
			'Voit perua suostumuksen milloin tahansa yhdellä napautuksella. Peruminen tulee voimaan heti. Sen jälkeen asumisneuvoja ei näe tietojasi eikä ole puolestasi yhteydessä kyseiseen tahoon. Peruminen ei poista kirjauksia, jotka on jo tehty. Se ei myöskään muuta sitä, että tietoja on käytetty ennen perumista.',
		accessLog:
			'Näet sovelluksessa, kuka on katsonut tietojasi ja milloin. Näet myös yhteydenotot, jotka asumisneuvoja on kirjannut.',
		confirm: 'Annan suostumuksen'
	},
	sv: {
		version: VERSION,
		language: 'sv',
		title: 'Samtycke till att dina uppgifter används i boenderådgivningen',
		intro:
			'Du kan ge boenderådgivningen lov att se de uppgifter du väljer och att diskutera dem med de parter du väljer. Du bestämmer själv vem som får lov och vilka uppgifter det gäller.',
		purpose:
			'Uppgifterna används endast för att reda ut hyresskulder och förebygga vräkning: för att kartlägga din situation, göra upp och komma överens om en betalningsplan och för att boenderådgivaren ska kunna kontakta de parter du valt för din räkning.',
		voluntary:
			'Samtycket är frivilligt. Du får boenderådgivning och kan använda appen också utan samtycke.',
		recipients: {
			advisorService: {
				label: 'Boenderådgivningen',
				description:
					'Boenderådgivarna ser de uppgifter du valt när de hjälper dig. Varje gång någon tittar på dem registreras det, och du kan själv se registreringarna.'
			},
			landlord: {
				label: 'Din hyresvärd',
				description:
					'Boenderådgivaren kan diskutera de uppgifter du valt med din hyresvärd, till exempel betalningsplanen.'
			},
			socialOffice: {
				label: 'Socialtjänsten',
				description:
					'Boenderådgivaren kan kontakta välfärdsområdets socialtjänst, till exempel om förebyggande utkomststöd. I Helsingfors är det stadens socialtjänst, på Åland kommunens.'
			},
			collectionAgency: {
				label: 'Indrivningsbyrå',
				description:
					'Boenderådgivaren kan förhandla med den indrivningsbyrå du namnger om din skuld som byrån driver in.'
			},
			other: {
				label: 'Annan part som du namnger',
				description: 'Boenderådgivaren kan kontakta den person eller organisation du namngett.'
			}
		},
		categories: {
			contactDetails: {
				label: 'Kontaktuppgifter',
				description: 'Ditt namn, din e-postadress och din hemkommun.'
			},
			rentArrears: {
				label: 'Hyra och hyresskulder',
				description:
					'Hyresvärd, hyrans belopp och förfallodag, hyresskulder, påminnelser du fått, uppsägning och andra steg mot vräkning samt beslut av domstol, utsökning och hyresvärd.'
			},
			incomeExpenses: {
				label: 'Inkomster och utgifter',
				description:
					'Hushållets storlek, inkomster och regelbundna utgifter (även hyra och amorteringar som budgetrader) samt det överskott eller underskott som räknas ut av dem.'
			},
			debts: {
				label: 'Skulder',
				description:
					'Dina övriga skulder: borgenär, typ av skuld, belopp, månadsrat och skuldens läge.'
			},
			benefitDecisions: {
				label: 'Förmåner och beslut',
				description:
					'Vilka förmåner du har sökt eller får (till exempel bostadsbidrag och utkomststöd) samt FPA:s och socialtjänstens beslut.'
			},
			paymentPlan: {
				label: 'Betalningsplan',
				description:
					'Versionerna av din betalningsplan och de betalningar du har markerat som gjorda.'
			}
		},
		validity:
			'Samtycket gäller den tid du väljer: 6 månader om du inte väljer annat, högst 24 månader. Det upphör av sig självt och gäller aldrig tills vidare.',
		termination: 'Upphör {date} eller tidigare om du återkallar samtycket.',
		withdrawal:
			'Du kan återkalla samtycket när som helst med ett tryck. Återkallelsen gäller genast: boenderådgivaren ser inte längre dina uppgifter och kontaktar inte den parten för din räkning. Återkallelsen raderar inte det som redan registrerats och ändrar inte att uppgifterna har behandlats före återkallelsen.',
		accessLog:
			'I appen ser du vem som har tittat på dina uppgifter och när, och vilka kontakter boenderådgivaren har registrerat.',
		confirm: 'Jag ger mitt samtycke'
	},
	en: {
		version: VERSION,
		language: 'en',
		title: 'Consent to use your information in housing advice',
		intro:
			'You can allow the housing-advice service to see the information you choose and to discuss it with the parties you choose. You decide who gets permission and which information it covers.',
		purpose:
			'Your information is used only to resolve rent arrears and prevent eviction: to map your situation, to draw up and agree a payment plan, and so that the housing advisor can contact the parties you have chosen on your behalf.',
		voluntary: 'Consent is voluntary. You get housing advice and can use the app without it.',
		recipients: {
			advisorService: {
				label: 'Housing-advice service',
				description:
					'Housing advisors see the information you choose while they help you. Every time someone looks at it, this is logged, and you can see the log.'
			},
			landlord: {
				label: 'Your landlord',
				description:
					'The housing advisor may discuss the information you choose with your landlord, for example the payment plan.'
			},
			socialOffice: {
				label: 'Social services',
				description:
					"The housing advisor may contact the wellbeing services county's social services, for example about preventive social assistance. In Helsinki these are the city's social services, on Åland the municipality's."
			},
			collectionAgency: {
				label: 'Collection agency',
				description:
					'The housing advisor may negotiate with the collection agency you name about a debt it is collecting.'
			},
			other: {
				label: 'Another party you name',
				description: 'The housing advisor may contact the person or organisation you name.'
			}
		},
		categories: {
			contactDetails: {
				label: 'Contact details',
				description: 'Your name, email address and home municipality.'
			},
			rentArrears: {
				label: 'Rent and arrears',
				description:
					'Your landlord, the rent and its due day, rent arrears, reminders you have received, termination and the other steps towards eviction, and decisions by the court, enforcement and your landlord.'
			},
			incomeExpenses: {
				label: 'Income and expenses',
				description:
					'The size of your household, your income and regular expenses (rent and loan repayments included as budget lines) and the surplus or shortfall worked out from them.'
			},
			debts: {
				label: 'Debts',
				description:
					'Your other debts: the creditor, type of debt, amount, monthly payment and where the debt stands.'
			},
			benefitDecisions: {
				label: 'Benefits and decisions',
				description:
					'Which benefits you have applied for or receive (for example housing allowance and social assistance) and decisions by Kela and social services.'
			},
			paymentPlan: {
				label: 'Payment plan',
				description: 'The versions of your payment plan and the payments you have marked as made.'
			}
		},
		validity:
			'Consent lasts for the time you choose: 6 months unless you choose otherwise, at most 24 months. It ends by itself and is never open-ended.',
		termination: 'Ends on {date}, or earlier if you withdraw it.',
		withdrawal:
			'You can withdraw consent at any time with one tap. Withdrawal takes effect at once: the housing advisor no longer sees your information and no longer contacts that party on your behalf. Withdrawal does not erase what has already been logged and does not undo use of your information before you withdrew.',
		accessLog:
			'In the app you can see who has looked at your information and when, and the contacts the housing advisor has recorded.',
		confirm: 'I give my consent'
	}
};
