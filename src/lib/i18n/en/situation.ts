import type { Messages } from '../fi/index';

export const situation: Messages['situation'] = {
	title: 'My situation',
	stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
	stepsLabel: 'Steps',
	toSummary: 'Go to the summary',
	steps: {
		household: 'Household',
		home: 'Home and rent',
		income: 'Income',
		expenses: 'Expenses',
		debts: 'Debts',
		benefits: 'Benefits',
		decisions: 'Official decisions'
	},
	household: {
		intro: 'Who is in your household? This helps estimate your living costs.',
		adults: 'Adults',
		children: 'Children (under 18)',
		municipality: 'Home municipality'
	},
	home: {
		intro: 'Who is your landlord, how much is the rent, and is any rent unpaid?',
		landlord: 'Landlord',
		landlordChoose: 'Choose your landlord',
		landlordOtherOption: 'Someone else',
		landlordOther: 'Landlord’s name',
		landlordRetired:
			'The landlord you chose earlier no longer exists. Please choose your landlord again.',
		rent: 'Monthly rent',
		dueDay: 'Rent due date (day of the month)',
		arrears: 'Total unpaid rent',
		arrearsMonths: 'How many months of rent are unpaid',
		eventsTitle: 'What has already happened?',
		eventsHelp: 'Tick everything that has happened, and the date if you know it.',
		eventDate: 'Date',
		events: {
			reminder: 'I have received a payment reminder',
			collectionLetter: 'I have received a letter from debt collection',
			termination: 'My tenancy agreement has been terminated or cancelled',
			evictionApplication: 'I have received a summons from the district court (eviction)',
			judgment: 'The district court has given its judgment',
			evictionDate: 'I have received an order to move, with a moving day, from enforcement'
		}
	},
	list: {
		titled: (item: string, name: string) => `${item}: ${name}`,
		removeConfirm: (name: string) => `Remove ${name}?`,
		removeYes: 'Yes, remove',
		removed: (name: string) => `${name} removed.`
	},
	money: {
		amount: 'Amount',
		frequency: 'How often',
		monthlyEquivalent: (amount: string) => `About ${amount} a month`,
		oneOffNote: 'A one-off amount – not included in the monthly figures.'
	},
	frequencies: {
		weekly: 'every week',
		biweekly: 'every two weeks',
		fourWeekly: 'every four weeks',
		monthly: 'every month',
		quarterly: 'every three months',
		yearly: 'once a year',
		oneOff: 'one-off payment'
	},
	income: {
		intro:
			'What income does your household have? Enter the amounts that reach your account, after tax and any garnishment by enforcement.',
		sources: {
			salary: 'Wages (after tax)',
			unemployment: 'Unemployment benefit',
			housingAllowance: 'Housing allowance',
			socialAssistance: 'Social assistance',
			pension: 'Pension',
			studentAid: 'Student financial aid',
			sicknessAllowance: 'Sickness allowance',
			childBenefit: 'Child benefit',
			maintenanceSupport: 'Child maintenance or maintenance support',
			other: 'Other income'
		}
	},
	expenses: {
		intro:
			'What does your money go on? An estimate is fine. Rent and debt repayments come from other steps.',
		derivedFrom: (step: string) => `From the step “${step}”`,
		notFilled: 'Not filled in yet',
		categories: {
			rent: 'Rent',
			electricity: 'Electricity',
			water: 'Water',
			homeInsurance: 'Home insurance',
			food: 'Food',
			clothing: 'Clothes',
			health: 'Health and medicines',
			hygiene: 'Toiletries and hygiene',
			transport: 'Local transport',
			phoneInternet: 'Phone and internet',
			children: 'Children’s costs',
			hobbies: 'Hobbies',
			debtRepayments: 'Debt repayments',
			other: 'Other expenses'
		}
	},
	debts: {
		intro:
			'What other debts do you have? Rent arrears to your current landlord are already included from the step “Home and rent”.',
		empty: 'No debts added.',
		add: 'Add a debt',
		item: (n: number) => `Debt ${n}`,
		creditor: 'Who you owe (creditor)',
		type: 'Type of debt',
		balance: 'Amount still owed',
		monthlyPayment: 'Monthly repayment',
		status: 'Status',
		currentArrears: 'Rent arrears to your current landlord',
		types: {
			rentArrears: 'Rent arrears (e.g. a previous home)',
			consumerLoan: 'Consumer loan',
			instantLoan: 'Payday loan',
			creditCard: 'Credit card',
			collection: 'Debt with a collection agency',
			enforcement: 'Debt with the enforcement authority',
			tax: 'Tax debt',
			fines: 'Fines',
			other: 'Other debt'
		},
		statuses: {
			current: 'I pay on time',
			late: 'Behind with payments',
			collection: 'With a collection agency',
			enforcement: 'With the enforcement authority',
			agreed: 'Payment plan agreed'
		}
	},
	benefits: {
		intro:
			'Have you applied for every benefit you can get? Many people miss out on support they are entitled to.',
		statusLabel: 'Status',
		link: 'Read more and calculate (official website)',
		alsoLinks: { pensionProvider: 'Earnings-related pensions (tyoelake.fi)' },
		linkNeedsNetwork: 'The link needs an internet connection.',
		linkContext: (link: string, name: string) => `${link}: ${name}, opens in a new tab`,
		statuses: {
			notApplied: 'I haven’t applied',
			waiting: 'Applied, waiting for a decision',
			granted: 'Granted',
			refused: 'Refused'
		},
		names: {
			housingAllowance: 'General housing allowance (Kela)',
			basicSocialAssistance: 'Basic social assistance (Kela)',
			supplementarySocialAssistance: 'Supplementary social assistance (wellbeing services county)',
			preventiveSocialAssistance: 'Preventive social assistance (wellbeing services county)',
			unemploymentBenefit: 'Unemployment benefit',
			sicknessAllowance: 'Sickness allowance',
			pension: 'Pension',
			studentAid: 'Student financial aid',
			childBenefit: 'Child benefit',
			maintenanceSupport: 'Maintenance support'
		},
		descriptions: {
			housingAllowance:
				'Support from Kela for the housing costs of low-income households, including rent. If you get a pension, apply for pensioners’ housing allowance. Most students get the housing supplement of student aid.',
			basicSocialAssistance:
				'Support for essential costs when your income and savings are not enough. You apply to Kela.',
			supplementarySocialAssistance:
				'Support for special costs that basic social assistance doesn’t cover. Apply to Kela and ask Kela to forward the application to the wellbeing services county.',
			preventiveSocialAssistance:
				'Support that can, for example, pay rent arrears so that an eviction is avoided. Apply to Kela and ask Kela to forward the application to the wellbeing services county. If the eviction is close, contact the county’s social services directly.',
			unemploymentBenefit:
				'Basic unemployment allowance or labour market subsidy from Kela, or earnings-related allowance from an unemployment fund.',
			sicknessAllowance: 'Replaces lost income when you can’t work because of illness.',
			pension:
				'National pension and guarantee pension come from Kela. Earnings-related pensions come from a pension company or another pension provider, not from Kela.',
			studentAid:
				'Study grant, the housing supplement and a government guarantee for a student loan.',
			childBenefit: 'Support from Kela for each child under 17.',
			maintenanceSupport:
				'Support from Kela for a child if child maintenance isn’t paid or is small.'
		},
		housingAllowanceKinds: {
			pensioners: {
				name: 'Pensioners’ housing allowance (Kela)',
				description:
					'Support from Kela for a pensioner’s housing costs, including rent. Pensioners apply for this, not for general housing allowance.'
			},
			studentSupplement: {
				name: 'Housing supplement of student aid (Kela)',
				description:
					'Since 1 August 2025 most students get the housing supplement of student aid, not general housing allowance. If you live with your own or your spouse’s child, apply for general housing allowance.'
			}
		},
		socialAssistanceRoutes: {
			kelaThenHelsinki: {
				supplementarySocialAssistance: {
					name: 'Supplementary social assistance (City of Helsinki)',
					description:
						'Support for special costs that basic social assistance doesn’t cover. Apply to Kela and ask Kela to forward the application to the City of Helsinki.'
				},
				preventiveSocialAssistance: {
					name: 'Preventive social assistance (City of Helsinki)',
					description:
						'Support that can, for example, pay rent arrears so that an eviction is avoided. Apply to Kela and ask Kela to forward the application to the City of Helsinki. If the eviction is close, contact the city’s social services directly.'
				}
			},
			aland: {
				basicSocialAssistance: {
					name: 'Social assistance (your municipality)',
					description:
						'Support for essential costs when your income and savings are not enough. On Åland you apply to your municipality’s social services, not to Kela.'
				},
				supplementarySocialAssistance: {
					name: 'Supplementary social assistance (your municipality)',
					description:
						'Support for special costs. On Åland you apply to your municipality’s social services.'
				},
				preventiveSocialAssistance: {
					name: 'Preventive social assistance (your municipality)',
					description:
						'Support that can, for example, pay rent arrears so that an eviction is avoided. On Åland you apply to your municipality’s social services.'
				}
			}
		}
	},
	decisions: {
		intro:
			'Have you had any decisions from the authorities, for example from Kela, the district court or the enforcement authority?',
		empty: 'No decisions added.',
		add: 'Add a decision',
		item: (n: number) => `Decision ${n}`,
		type: 'Who made the decision',
		date: 'Date of the decision',
		note: 'Short description',
		types: {
			kela: 'Kela',
			socialServices: 'Social services / wellbeing services county',
			court: 'District court',
			enforcement: 'Enforcement authority',
			landlord: 'Landlord',
			other: 'Other authority'
		}
	}
};
