import type { Messages } from '../fi/index';

export const situation: Messages['situation'] = {
	title: 'Min situation',
	stepOf: (n: number, total: number) => `Steg ${n} av ${total}`,
	stepsLabel: 'Kartläggningens steg',
	toSummary: 'Till sammanfattningen',
	steps: {
		household: 'Hushåll',
		home: 'Bostad och hyra',
		income: 'Inkomster',
		expenses: 'Utgifter',
		debts: 'Skulder',
		benefits: 'Förmåner',
		decisions: 'Myndighetsbeslut'
	},
	household: {
		intro: 'Vilka hör till ditt hushåll? Uppgiften hjälper till att bedöma levnadskostnaderna.',
		adults: 'Vuxna',
		children: 'Barn (under 18 år)',
		municipality: 'Hemkommun'
	},
	home: {
		intro: 'Vem är din hyresvärd, hur stor är hyran och finns det obetald hyra?',
		landlord: 'Hyresvärd',
		landlordChoose: 'Välj hyresvärd',
		landlordOtherOption: 'Någon annan',
		landlordOther: 'Hyresvärdens namn',
		landlordRetired: 'Hyresvärden som du valde tidigare finns inte längre. Välj hyresvärd på nytt.',
		rent: 'Månadshyra',
		dueDay: 'Hyrans förfallodag (dag i månaden)',
		arrears: 'Obetald hyra sammanlagt',
		arrearsMonths: 'Hur många månaders hyra är obetald',
		eventsTitle: 'Vad har redan hänt?',
		eventsHelp: 'Markera allt som har hänt, och datumet om du vet det.',
		eventDate: 'Datum',
		events: {
			reminder: 'Jag har fått en betalningspåminnelse',
			collectionLetter: 'Jag har fått ett indrivningsbrev',
			termination: 'Hyresavtalet har sagts upp eller hävts',
			evictionApplication: 'Jag har fått en stämning från tingsrätten (vräkning)',
			judgment: 'Tingsrätten har meddelat dom',
			evictionDate: 'Jag har fått en flyttningsuppmaning med flyttningsdag från utsökningen'
		}
	},
	list: {
		titled: (item: string, name: string) => `${item}: ${name}`,
		removeConfirm: (name: string) => `Vill du ta bort ${name}?`,
		removeYes: 'Ja, ta bort',
		removed: (name: string) => `${name} har tagits bort.`
	},
	money: {
		amount: 'Belopp',
		frequency: 'Hur ofta',
		monthlyEquivalent: (amount: string) => `Cirka ${amount} i månaden`,
		oneOffNote: 'Ett engångsbelopp – räknas inte med i månadskalkylen.'
	},
	frequencies: {
		weekly: 'varje vecka',
		biweekly: 'varannan vecka',
		fourWeekly: 'var fjärde vecka',
		monthly: 'varje månad',
		quarterly: 'varje kvartal',
		yearly: 'en gång om året',
		oneOff: 'engångsbelopp'
	},
	income: {
		intro:
			'Vilka inkomster har ditt hushåll? Skriv beloppen som kommer in på ditt konto, alltså efter skatt och eventuell utmätning.',
		sources: {
			salary: 'Lön (netto)',
			unemployment: 'Arbetslöshetsförmån',
			housingAllowance: 'Bostadsbidrag',
			socialAssistance: 'Utkomststöd',
			pension: 'Pension',
			studentAid: 'Studiestöd',
			sicknessAllowance: 'Sjukdagpenning',
			childBenefit: 'Barnbidrag',
			maintenanceSupport: 'Underhållsbidrag eller underhållsstöd',
			other: 'Övriga inkomster'
		}
	},
	expenses: {
		intro:
			'Vad går pengarna till? Det räcker med en uppskattning. Hyran och raterna på skulder kommer från andra steg.',
		derivedFrom: (step: string) => `Kommer från steget ”${step}”`,
		notFilled: 'Inte ifyllt ännu',
		categories: {
			rent: 'Hyra',
			electricity: 'El',
			water: 'Vatten',
			homeInsurance: 'Hemförsäkring',
			food: 'Mat',
			clothing: 'Kläder',
			health: 'Hälsa och läkemedel',
			hygiene: 'Hygien',
			transport: 'Lokaltrafik',
			phoneInternet: 'Telefon och internet',
			children: 'Utgifter för barn',
			hobbies: 'Fritidsintressen',
			debtRepayments: 'Rater på skulder',
			other: 'Övriga utgifter'
		}
	},
	debts: {
		intro:
			'Vilka andra skulder har du? Hyresskulden till din nuvarande hyresvärd finns redan med från steget ”Bostad och hyra”.',
		empty: 'Inga skulder tillagda.',
		add: 'Lägg till skuld',
		item: (n: number) => `Skuld ${n}`,
		creditor: 'Borgenär',
		type: 'Typ av skuld',
		balance: 'Kvar att betala',
		monthlyPayment: 'Månadsrat',
		status: 'Läge',
		currentArrears: 'Hyresskuld till nuvarande hyresvärd',
		types: {
			rentArrears: 'Hyresskuld (t.ex. från en tidigare bostad)',
			consumerLoan: 'Konsumtionskredit',
			instantLoan: 'Snabblån',
			creditCard: 'Kreditkort',
			collection: 'Skuld som är på indrivning',
			enforcement: 'Skuld som är i utsökning',
			tax: 'Skatteskuld',
			fines: 'Böter',
			other: 'Annan skuld'
		},
		statuses: {
			current: 'Jag betalar i tid',
			late: 'Försenad',
			collection: 'På indrivning',
			enforcement: 'I utsökning',
			agreed: 'Betalningsplan överenskommen'
		}
	},
	benefits: {
		intro: 'Har du sökt alla stöd? Många låter bli att söka stöd som de skulle ha rätt till.',
		statusLabel: 'Läge',
		link: 'Läs mer och räkna (myndighetens webbplats)',
		alsoLinks: { pensionProvider: 'Arbetspensioner (tyoelake.fi)' },
		linkNeedsNetwork: 'Länken kräver nätverksanslutning.',
		linkContext: (link: string, name: string) => `${link}: ${name}, öppnas i en ny flik`,
		statuses: {
			notApplied: 'Jag har inte sökt',
			waiting: 'Sökt, väntar på beslut',
			granted: 'Beviljat',
			refused: 'Avslaget'
		},
		names: {
			housingAllowance: 'Allmänt bostadsbidrag (FPA)',
			basicSocialAssistance: 'Grundläggande utkomststöd (FPA)',
			supplementarySocialAssistance: 'Kompletterande utkomststöd (välfärdsområdet)',
			preventiveSocialAssistance: 'Förebyggande utkomststöd (välfärdsområdet)',
			unemploymentBenefit: 'Arbetslöshetsförmån',
			sicknessAllowance: 'Sjukdagpenning',
			pension: 'Pension',
			studentAid: 'Studiestöd',
			childBenefit: 'Barnbidrag',
			maintenanceSupport: 'Underhållsstöd'
		},
		descriptions: {
			housingAllowance:
				'FPA:s stöd för boendeutgifterna i hushåll med små inkomster, också för hyran. Om du får pension, sök bostadsbidrag för pensionstagare. De flesta studerande får bostadstillägg till studiestödet.',
			basicSocialAssistance:
				'Ett stöd för nödvändiga utgifter, när inkomsterna och tillgångarna inte räcker. Söks hos FPA.',
			supplementarySocialAssistance:
				'Ett stöd för särskilda utgifter som det grundläggande utkomststödet inte täcker. Sök hos FPA och be FPA skicka ansökan vidare till välfärdsområdet.',
			preventiveSocialAssistance:
				'Ett stöd som till exempel kan betala en hyresskuld så att en vräkning undviks. Sök hos FPA och be FPA skicka ansökan vidare till välfärdsområdet. Om vräkningen är nära, kontakta välfärdsområdets socialtjänst direkt.',
			unemploymentBenefit:
				'Grunddagpenning eller arbetsmarknadsstöd från FPA, eller inkomstrelaterad dagpenning från en arbetslöshetskassa.',
			sicknessAllowance: 'Ersätter inkomstbortfall när du inte kan arbeta på grund av sjukdom.',
			pension:
				'Folkpension och garantipension kommer från FPA. Arbetspension kommer från ett arbetspensionsbolag eller en annan pensionsanstalt, inte från FPA.',
			studentAid: 'Studiepenning, bostadstillägg och statsborgen för studielån för studerande.',
			childBenefit: 'FPA:s stöd för varje barn under 17 år.',
			maintenanceSupport: 'FPA:s stöd till barnet om underhållsbidraget uteblir eller är litet.'
		},
		housingAllowanceKinds: {
			pensioners: {
				name: 'Bostadsbidrag för pensionstagare (FPA)',
				description:
					'FPA:s stöd för pensionstagares boendeutgifter, också för hyran. Pensionstagare söker det här stödet, inte allmänt bostadsbidrag.'
			},
			studentSupplement: {
				name: 'Bostadstillägg till studiestödet (FPA)',
				description:
					'Från 1.8.2025 får de flesta studerande bostadstillägg till studiestödet, inte allmänt bostadsbidrag. Om du bor med ditt eget eller din makes barn, sök allmänt bostadsbidrag.'
			}
		},
		socialAssistanceRoutes: {
			kelaThenHelsinki: {
				supplementarySocialAssistance: {
					name: 'Kompletterande utkomststöd (Helsingfors stad)',
					description:
						'Ett stöd för särskilda utgifter som det grundläggande utkomststödet inte täcker. Sök hos FPA och be FPA skicka ansökan vidare till Helsingfors stad.'
				},
				preventiveSocialAssistance: {
					name: 'Förebyggande utkomststöd (Helsingfors stad)',
					description:
						'Ett stöd som till exempel kan betala en hyresskuld så att en vräkning undviks. Sök hos FPA och be FPA skicka ansökan vidare till Helsingfors stad. Om vräkningen är nära, kontakta stadens socialtjänst direkt.'
				}
			},
			aland: {
				basicSocialAssistance: {
					name: 'Utkomststöd (hemkommunen)',
					description:
						'Ett stöd för nödvändiga utgifter, när inkomsterna och tillgångarna inte räcker. På Åland söks det hos hemkommunens socialtjänst, inte hos FPA.'
				},
				supplementarySocialAssistance: {
					name: 'Kompletterande utkomststöd (hemkommunen)',
					description:
						'Ett stöd för särskilda utgifter. På Åland söks det hos hemkommunens socialtjänst.'
				},
				preventiveSocialAssistance: {
					name: 'Förebyggande utkomststöd (hemkommunen)',
					description:
						'Ett stöd som till exempel kan betala en hyresskuld så att en vräkning undviks. På Åland söks det hos hemkommunens socialtjänst.'
				}
			}
		}
	},
	decisions: {
		intro:
			'Har du fått beslut från myndigheter, till exempel från FPA, tingsrätten eller utsökningen?',
		empty: 'Inga beslut tillagda.',
		add: 'Lägg till beslut',
		item: (n: number) => `Beslut ${n}`,
		type: 'Vem fattade beslutet',
		date: 'Beslutets datum',
		note: 'Kort beskrivning',
		types: {
			kela: 'FPA (Kela)',
			socialServices: 'Välfärdsområdets eller kommunens socialtjänst',
			court: 'Tingsrätten',
			enforcement: 'Utsökningen',
			landlord: 'Hyresvärden',
			other: 'Annan myndighet'
		}
	}
};
