/**
 * Consent text version 2026-3: 2026-2 word for word, plus the three consents towards a landlord
 * organisation that uses the service (docs/landlord-share.md). Consents to the service and to
 * other parties keep being given under 2026-2; consents towards a landlord organisation under
 * this version (CURRENT_LANDLORD_CONSENT_TEXT_VERSION).
 *
 * NEVER edit a shipped version (the spec pins a digest of each): add a new version file.
 */
import { TEXTS as V2026_2 } from './2026-2';
import type { ConsentLanguage, ConsentText } from './types';

export const VERSION = '2026-3';

export const TEXTS: Record<ConsentLanguage, ConsentText> = {
	fi: {
		...V2026_2.fi,
		version: VERSION,
		landlordKinds: {
			shareRentAccount: {
				label: 'Vuokranantaja saa antaa vuokratilini tiedot asumisneuvojalle',
				description:
					'{landlord} saa kertoa asumisneuvojalle vuokratilisi tiedot: vuokran ja eräpäivän, maksamatta olevat vuokrat kuukausittain, viivästyskorot, perintäkulut sekä lähetetyt muistutukset ja ilmoitukset päivämäärineen. Jotta {landlord} löytää tilisi, se näkee nimesi ja sähköpostiosoitteesi. Näet itse samat tiedot.'
			},
			tellGettingHelp: {
				label: 'Vuokranantaja saa tietää, että saan apua',
				description:
					'{landlord} näkee nimesi ja sen, että saat apua asumisneuvonnasta, sekä päivän, jolloin annoit luvan. Muuta se ei näe. Moni vuokranantaja keskeyttää perinnän, kun vuokralainen saa apua.'
			},
			sendPlan: {
				label: 'Saan lähettää maksusuunnitelmani vuokranantajalle',
				description:
					'Kun lähetät hyväksymäsi maksusuunnitelman, {landlord} näkee sen sekä nimesi ja sähköpostiosoitteesi. Se voi hyväksyä suunnitelman, hylätä sen ja kertoa syyn tai ehdottaa toista erää. Se voi myös merkitä, että vuokra ja erä tulivat perille.'
			}
		}
	},
	sv: {
		...V2026_2.sv,
		version: VERSION,
		landlordKinds: {
			shareRentAccount: {
				label: 'Hyresvärden får ge boenderådgivaren uppgifterna på mitt hyreskonto',
				description:
					'{landlord} får ge boenderådgivaren uppgifterna på ditt hyreskonto: hyran och förfallodagen, obetald hyra per månad, dröjsmålsränta, indrivningskostnader samt skickade påminnelser och meddelanden med datum. För att hitta ditt konto ser {landlord} ditt namn och din e-postadress. Du ser själv samma uppgifter.'
			},
			tellGettingHelp: {
				label: 'Hyresvärden får veta att jag får hjälp',
				description:
					'{landlord} ser ditt namn och att du får hjälp av boenderådgivningen samt dagen då du gav lov. Inget annat. Många hyresvärdar avbryter indrivningen när hyresgästen får hjälp.'
			},
			sendPlan: {
				label: 'Jag får skicka min betalningsplan till hyresvärden',
				description:
					'När du skickar en betalningsplan som du har godkänt ser {landlord} den samt ditt namn och din e-postadress. Hyresvärden kan godkänna planen, avslå den med en motivering eller föreslå en annan rat. Den kan också markera att hyran och raten har kommit fram.'
			}
		}
	},
	en: {
		...V2026_2.en,
		version: VERSION,
		landlordKinds: {
			shareRentAccount: {
				label: 'My landlord may share my rent account with the advisor',
				description:
					'{landlord} may give the housing advisor your rent account: the rent and its due day, unpaid rent by month, late-payment interest, collection costs, and the reminders and notices sent, with their dates. To find your account, {landlord} sees your name and email address. You see the same figures.'
			},
			tellGettingHelp: {
				label: 'My landlord may know that I am getting help',
				description:
					'{landlord} sees your name, that you are getting help from the housing-advice service, and the day you allowed it. Nothing else. Many landlords pause collection while a tenant gets help.'
			},
			sendPlan: {
				label: 'I may send my payment plan to my landlord',
				description:
					'When you send a payment plan you have agreed, {landlord} sees it with your name and email address. The landlord can accept it, decline it with a reason, or propose another instalment. It can also mark that the rent and the instalment arrived.'
			}
		}
	}
};
