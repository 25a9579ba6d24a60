import type { Messages } from '../fi/index';
import { formatNumber } from '../locales';

export const summary: Messages['summary'] = {
	title: 'Summary',
	intro:
		'Here is your situation, based on what you have told us. You can change the details at any time.',
	empty:
		'You haven’t described your situation yet. Start with the first step, and the summary will fill in.',
	monthTitle: 'Month',
	income: 'Income per month',
	expenses: 'Expenses per month',
	surplus: 'Money left over',
	deficit: 'Money short',
	surplusExplain: 'This is how much of your income is left each month after your expenses.',
	deficitExplain:
		'Your expenses are higher than your income. It’s a good idea to get help with this soon.',
	garnished: (amount: string) =>
		`Enforcement takes ${amount} a month from your pay. It is already deducted from the income you entered, so it is not subtracted again.`,
	oneOffIncome: 'One-off income (not included in the monthly amounts)',
	oneOffExpenses: 'One-off expenses (not included in the monthly amounts)',
	stageNext: 'What to do now',
	editTitle: 'Edit your details',
	incomeLines: 'Income in detail',
	expenseLines: 'Expenses in detail',
	debtTitle: 'Debts',
	totalDebt: 'Total debts',
	rentArrears: 'Rent arrears',
	arrearsMonths: (months: number) =>
		months === 1
			? `${formatNumber(months, 'en')} month’s rent unpaid`
			: `${formatNumber(months, 'en')} months’ rent unpaid`,
	groundsWarning:
		'Rent is unpaid for two months, or the unpaid rent is at least two months’ rent. Then your landlord can cancel (rescind) your tenancy agreement and apply to the district court for an eviction. Your landlord can also go to court without cancelling the agreement first. Contact your landlord and a housing advisor straight away.',
	stageTitle: 'Where you are now',
	stages: {
		none: {
			name: 'No rent arrears',
			meaning: 'You have not marked any unpaid rent.',
			next: 'If paying the rent starts to feel hard, contact your landlord before the due date.'
		},
		arrears: {
			name: 'Some rent is unpaid',
			meaning: 'You have not marked that you have received a reminder or any other letter.',
			next: 'Contact your landlord and explain your situation. Now is the easiest time to agree on a payment schedule.'
		},
		reminder: {
			name: 'Payment reminder received',
			meaning: 'Your landlord has noticed the unpaid rent.',
			next: 'Contact your landlord and suggest a payment plan. Check that you have applied for all the benefits you can get.'
		},
		collection: {
			name: 'The rent has gone to debt collection',
			meaning: 'The arrears have been passed to debt collection, which adds extra costs.',
			next: 'Agree on a payment plan with the collection agency or your landlord. A housing advisor can help.'
		},
		terminated: {
			name: 'Your tenancy agreement has been terminated or cancelled',
			meaning: 'Your landlord can now apply to the district court for an eviction.',
			next: 'Contact a housing advisor straight away. A payment plan can still be agreed before the case goes to court.'
		},
		courtApplication: {
			name: 'You have received a summons from the district court',
			meaning:
				'Your landlord is applying for an eviction. Answer the summons within its deadline, usually 14 days. If you do not answer, the court can give a default judgment.',
			next: 'Contact a housing advisor straight away. Answer the summons in time. Your landlord may no longer accept a payment plan.'
		},
		judgment: {
			name: 'The district court has given its judgment',
			meaning: 'Your landlord can now ask the enforcement authority to carry out the eviction.',
			next: 'Contact a housing advisor straight away. Sometimes you can still keep your home, if the arrears are paid and your landlord agrees.'
		},
		evictionScheduled: {
			name: 'You have received an order to move',
			meaning:
				'The enforcement authority has sent an order to move. It gives the moving day, by which you must have moved out.',
			next: 'Contact a housing advisor straight away. You can ask the enforcement officer to postpone the moving day. Ask social services where you can live after the moving day.'
		}
	},
	stageUnknown: {
		name: 'Stage not known yet',
		meaning: 'You have not told us about your home and rent yet.',
		next: 'Fill in the step “Home and rent” to see where you are.'
	},
	socialHelpTitle: 'Social assistance for rent arrears',
	socialHelp: {
		kelaThenCounty:
			'First apply for basic social assistance from Kela. Write in the application that you need help with rent arrears, and ask Kela to forward it to the wellbeing services county. The county decides on supplementary and preventive social assistance. If the eviction is close, contact the county’s social services directly.',
		kelaThenHelsinki:
			'First apply for basic social assistance from Kela. Write in the application that you need help with rent arrears, and ask Kela to forward it to the City of Helsinki. The city decides on supplementary and preventive social assistance. If the eviction is close, contact the city’s social services directly.',
		aland:
			'On Åland, social assistance is not applied for from Kela. Apply to your municipality’s social services and tell them you need help with rent arrears.'
	},
	urgentTitle: 'Contact a housing advisor now',
	urgentText:
		'Your situation has reached a stage where you need help straight away. A housing advisor helps free of charge and in confidence.',
	urgentAction: 'How to reach a housing advisor',
	benefitsTitle: 'Benefits you haven’t applied for',
	benefitsNone:
		'You have applied for all the benefits on the list, or told us where things stand with them.',
	benefitsIntro: 'You haven’t applied for these yet. Check whether you could get them:',
	hintsTitle: 'Tips',
	hintsIntro:
		'The comparison is based on consumer reference budgets. They are a rough guide, not limits – everyone’s life is different.',
	hintHigh: (category: string, reference: string) =>
		`${category}: your costs are clearly higher than is usual for similar households (about ${reference} a month). You and a housing advisor can look together at whether there is room to save here.`,
	hintLow: (category: string, reference: string) =>
		`${category}: your estimate is clearly lower than usual (about ${reference} a month). Make sure you have enough money left for food.`,
	editStep: (step: string) => `Edit: ${step}`,
	debtHelp: {
		title: 'Help with other debts',
		text: 'If you cannot pay all your debts within the payment plan, get free financial and debt advice. The state legal aid offices give it.',
		debtAdvice: 'Financial and debt advice (oikeus.fi)',
		foundation:
			'The Guarantee Foundation gives free advice to people in debt and can guarantee a bank loan that pays off the debts.',
		foundationLink: 'Guarantee Foundation (takuusaatio.fi)',
		socialCredit: {
			kelaThenCounty:
				'Also ask the wellbeing services county whether you can get social credit. Not every county offers it.',
			kelaThenHelsinki: 'Also ask the City of Helsinki whether you can get social credit.',
			aland:
				'Also ask your municipality’s social services whether you can get social credit. Not every municipality offers it.'
		},
		linkContext: (link: string) => `${link}, opens in a new tab`
	}
};
