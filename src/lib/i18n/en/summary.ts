import type { Messages } from '../fi/index';

export const summary: Messages['summary'] = {
	title: 'Summary',
	intro:
		'Here is your situation, based on what you have told us. You can change the details at any time.',
	empty:
		'You haven’t described your situation yet. Start with the first step, and the summary will fill in.',
	monthTitle: 'Month',
	income: 'Income per month',
	expenses: 'Expenses per month',
	surplus: 'Left over',
	deficit: 'Shortfall',
	surplusExplain: 'This is how much of your income is left each month after your expenses.',
	deficitExplain:
		'Your expenses are higher than your income. It’s a good idea to get help with this soon.',
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
			? `${months.toLocaleString('en')} month’s rent unpaid`
			: `${months.toLocaleString('en')} months’ rent unpaid`,
	groundsWarning:
		'Two months of unpaid rent is usually grounds for an eviction application. Contact your landlord and a housing advisor now.',
	stageTitle: 'Where you are now',
	stages: {
		none: {
			name: 'No rent arrears',
			meaning: 'Your rent is paid. Well done!',
			next: 'If paying starts to feel hard, get in touch before the due date passes.'
		},
		arrears: {
			name: 'Some rent is unpaid',
			meaning: 'Your landlord hasn’t sent a reminder or a debt collection letter yet.',
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
			meaning: 'Your landlord may soon apply to the district court for an eviction.',
			next: 'Contact a housing advisor straight away. A payment plan can still be agreed before the case goes to court.'
		},
		courtApplication: {
			name: 'The eviction case is in the district court',
			meaning: 'Your landlord may no longer accept a payment plan.',
			next: 'Contact a housing advisor and social services straight away. Apply for preventive social assistance.'
		},
		judgment: {
			name: 'The district court has given its judgment',
			meaning: 'The eviction can now be carried out by the enforcement authority.',
			next: 'Contact a housing advisor and social services straight away. It may still be possible to keep your home.'
		},
		evictionScheduled: {
			name: 'An eviction date has been set',
			meaning: 'The enforcement authority has set the date when you must leave your home.',
			next: 'Contact a housing advisor and social services straight away, so that you have somewhere to live after the eviction date too.'
		}
	},
	urgentTitle: 'Contact a housing advisor now',
	urgentText:
		'Your situation has reached a stage where you need help straight away. A housing advisor helps free of charge and in confidence.',
	urgentAction: 'How to reach a housing advisor',
	contactAdvisorText:
		'Contact the housing advice service in your municipality or at your landlord. Soon you’ll also be able to book an appointment in the app.',
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
	editStep: (step: string) => `Edit: ${step}`
};
