import type { Messages } from '../fi/index';
import { formatLocalDate, formatMonth } from '../locales';

export const plan: Messages['plan'] = {
	title: 'Payment plan',
	intro:
		'The plan shows how you can pay off your arrears and still have money for food and other essential costs. This month’s rent is paid first. Then the rent arrears to your current landlord. Next come debts whose non-payment threatens your home or basic needs, such as electricity and fines. Then taxes. The other debts each get a share in proportion to their size. Instalments you have already agreed stay as they are, and the plan puts no money towards debts in enforcement.',
	empty:
		'The plan is made from your situation. First tell us about your income, expenses and debts.',
	startSituation: 'Describe your situation',
	noDebts: 'You haven’t entered any debts or rent arrears, so you don’t need a payment plan.',
	date: (iso: string) => formatLocalDate(iso, 'en'),
	month: (month: string) => formatMonth(month, 'en'),

	money: {
		title: 'Money each month',
		income: 'Income into your account per month (after taxes and enforcement)',
		floor: 'Essential living costs per month',
		floorHint:
			'Filled in from your own expenses, without rent and debt repayments. You can raise the amount. This much stays for living each month.',
		floorReference: (amount: string) =>
			`For comparison: according to the consumer reference budgets, a household like yours spends about ${amount} a month on food, clothing, health, hygiene, transport, phone and hobbies. This is a rough guide, not a limit.`,
		floorMinimum: (amount: string) =>
			`At least ${amount}. This is the basic amount of social assistance for a household like yours (Kela). A lower amount can only be agreed with a housing advisor.`,
		floorBelowMinimum: (amount: string) =>
			`The amount is below the minimum of ${amount}. Only a housing advisor can lower it.`,
		floorLowered: (reason: string) => `A housing advisor has lowered the amount. Reason: ${reason}`,
		reserve: 'Reserve per month',
		reserveHint:
			'A small amount for unexpected costs. It is not used for debts. The suggestion is 5 % of your living costs, at least 30 €.',
		reserveMissing: 'Enter an amount. You can also enter 0.',
		stepsTitle: 'Where this amount comes from',
		steps: {
			summaryLeft: 'Left over in the summary',
			repayments: 'Debt repayments the summary already took off, added back',
			floorChange: 'Change in living costs',
			reserve: 'Kept in reserve',
			available: 'For debts per month',
			existing: 'Instalments already agreed, which stay as they are',
			planMoney: 'For the other debts'
		},
		garnished: 'Garnished from your pay before it reaches your account',
		planMoney: 'Left for the other debts per month',
		length: 'How long a plan your landlord accepts (months)',
		lengthHint:
			'Landlords usually accept a plan of about a year. Ask your landlord if you are not sure.',
		lengthInvalid: 'Enter the number of months in digits, 1–120.',
		rent: 'The month’s rent (paid first)',
		available: 'Left for debts each month',
		shortfall: 'Short of the rent each month'
	},

	warnings: {
		courtTitle: 'Contact a housing advisor now',
		courtText:
			'The eviction case is already in court or further along. Your landlord may no longer accept a payment plan. A housing advisor can still help – get in touch straight away, don’t wait.',
		noMoneyTitle: 'There is no money left for your debts',
		noMoneyText:
			'Once essential costs and the month’s rent are paid, nothing of your income is left for your debts. A payment plan alone is therefore not enough – but help is available.',
		noMoneyPreventive:
			'Apply for preventive social assistance from your wellbeing services county. It can cover rent arrears to prevent an eviction.',
		noMoneyBenefits: 'You haven’t applied for these benefits yet:',
		rentNotCoveredTitle: 'Your income doesn’t even cover the month’s rent',
		rentNotCoveredText: (amount: string) =>
			`After essential living costs and the reserve, ${amount} of the rent is left unpaid each month, so new arrears build up every month. Check your living costs and the benefits you haven’t applied for, and contact a housing advisor.`,
		tooLongTitle: 'The debts won’t be paid off within ten years',
		tooLongText:
			'With this amount, not all debts will be paid off within ten years. Ask for free financial and debt advice at the state legal aid office. They can look at other options with you, such as debt restructuring.',
		socialAssistanceTitle: 'The basic amount of social assistance is not for debts',
		socialAssistanceText:
			'Your income includes social assistance. Its basic amount is for food and other essentials, not for paying debts. For rent arrears, apply for preventive or supplementary social assistance from your wellbeing services county. Ask Kela to forward your application there.',
		overLengthTitle: (months: number) => `The plan is longer than ${months} months`,
		overLengthText: 'Your landlord may not accept a plan this long. You can:',
		overLengthAssistance:
			'Apply for preventive social assistance from your wellbeing services county. It can pay the rent arrears.',
		overLengthAdvisor: 'Book a time with a housing advisor.',
		overLengthLandlord: 'Ask your landlord whether they would accept a longer plan.',
		paymentBreakTitle: 'Ask your other creditors for a payment break',
		paymentBreakText:
			'The instalments you have already agreed take so much money that the rent arrears will not be paid in time. The rent arrears threaten your home; the other debts do not. Ask these creditors for a payment break of a few months:',
		paymentBreakLink: 'Printable payment break request',
		garnishmentTitle: 'Debts in enforcement',
		garnishmentText:
			'Enforcement is already collecting these debts, so the plan puts no money towards them. Enter as income the amount that reaches your account after enforcement.',
		garnishmentProtected: (amount: string, dependants: number) =>
			dependants > 0
				? `A protected amount of your pay is always left to you. In 2026 it is ${amount} a month with ${dependants} dependants.`
				: `A protected amount of your pay is always left to you. In 2026 it is ${amount} a month.`,
		instantLoanTitle: 'Check the interest on your instant loan',
		instantLoanText: (cap: string) =>
			`Interest on consumer credit may be at most ${cap} % (the reference rate + 15 percentage points, never more than 20 %). If it is higher, the creditor loses the right to interest and costs. Ask the free financial and debt advice service for help.`,
		book: 'Book an appointment with a housing advisor'
	},

	debts: {
		title: 'Instalments by creditor',
		creditor: 'Creditor',
		balance: 'Owed',
		instalment: 'First instalment',
		firstDue: 'First due date',
		cleared: 'Paid off',
		notCleared: 'Not within the plan',
		noInstalment: 'No instalments',
		priorities: {
			rentArrears: 'Rent arrears',
			priority: 'Priority debt',
			other: 'Other debt',
			essential: 'Essential, such as electricity or fines',
			enforcement: 'In enforcement'
		},
		existingAgreed: (amount: string) => `Agreed instalment ${amount}, stays as it is`,
		existingGarnished: (amount: string) => `Garnished from pay, ${amount} a month`,
		essentialLabel: (creditor: string) =>
			`${creditor}: not paying it cuts off electricity or heating`,
		currentLandlord: 'Current landlord',
		fixed: 'your own amount',
		tableCaption: 'Instalments by creditor',
		totalDebt: 'Total debts',
		endMonth: 'All debts paid off',
		dueDayNote: (day: number) =>
			`Instalments are due on your rent due day, day ${day} of the month (or the last day of a month that has fewer days).`,
		schedule: 'Monthly payment schedule',
		dueDate: 'Due date',
		total: 'Total'
	},

	edit: {
		title: 'Change the instalments',
		intro:
			'You can agree on a different amount with a creditor. Type the monthly instalment; an empty field means the app works it out. Changes are kept on this device as a draft straight away, and become a new version when you save.',
		instalment: (creditor: string) => `Monthly instalment: ${creditor}`,
		automatic: (amount: string) => `Worked out now: ${amount}`,
		unsaved: 'You have unsaved changes.',
		basedOn: (revision: number) => `The changes are based on version ${revision}.`,
		saveNew: 'Save as a new version',
		saveFirst: 'Save the plan',
		discard: 'Discard changes',
		saved: (revision: number) => `Version ${revision} saved.`,
		discarded: 'Changes discarded.',
		fixFirst: 'Fix the marked fields first. Nothing was saved.',
		floorMissing: 'Enter an amount. The plan can’t be worked out without it.',
		problems: {
			exceedsBalance: (amount: string) => `The instalment is ${amount} more than the whole debt.`,
			overpaid: (amount: string) => `The debt would be overpaid by ${amount}.`,
			invalidAmount: 'The amount isn’t valid.',
			unknownDebt: 'This debt is no longer in the plan.',
			invalidMonth: 'The month isn’t valid.',
			duplicateAdjustment: 'Two instalments were given for this debt.',
			overAvailable: (month: string, amount: string) =>
				`In ${month} the instalments add up to ${amount} more than is left for debts. Lower one of them.`,
			monthOrder: 'The months are in the wrong order.'
		}
	},

	changed: {
		title: 'Your situation has changed',
		text: 'Your income, rent or debts have changed since this version was made.',
		action: 'Make a new proposal from my current situation'
	},

	versions: {
		title: 'Versions',
		intro:
			'Every saved change is a version of its own, and old ones are never changed. Mark as agreed the version your landlord or creditor has accepted. Only one version is agreed at a time: when you mark a new one, the earlier one stays in the history with the date it was agreed.',
		none: 'You haven’t saved a plan yet.',
		version: (revision: number) => `Version ${revision}`,
		created: (date: string) => `Saved ${date}`,
		agreed: (date: string) => `Agreed ${date}`,
		formerlyAgreed: (date: string) => `Was agreed ${date}, replaced by a newer one`,
		basedOn: (revision: number) => `Based on version ${revision}`,
		monthly: (amount: string) => `First month’s instalments in total ${amount}`,
		agree: 'Mark as agreed',
		agreeLabel: (revision: number) => `Mark version ${revision} as agreed`,
		agreedDone: (revision: number) => `Version ${revision} marked as agreed.`,
		print: 'Printable proposal',
		printLabel: (revision: number) => `Printable proposal, version ${revision}`
	},

	checkin: {
		title: "This month's question",
		since: (months: number) =>
			months === 1
				? 'The plan has been in force for a month.'
				: `The plan has been in force for ${months} months.`,
		ask: "Was this month's rent paid in full?",
		answers: { yes: 'Yes', partly: 'Partly', no: 'No' },
		thanks: {
			yes: 'Well done! With the rent paid first, your home is safe. Keep going the same way.',
			partly: 'Thank you for telling. Unpaid rent makes the arrears grow quickly.',
			no: 'Thank you for telling. Unpaid rent makes the arrears grow quickly.'
		},
		nextStep:
			'Contact your landlord before the next due date and say when you can pay. A housing advisor helps for free if the money is not enough.',
		book: 'Book a time with a housing advisor',
		history: 'Your earlier answers',
		historyItem: (months: number, answer: string) => `${months} mo: ${answer}`
	},
	chart: {
		title: 'Your debt month by month',
		caption:
			'The line shows how much is still owed at the end of each month: dashed as planned, solid as your payments leave it. The table has the same figures.',
		planned: 'Planned',
		actual: 'Paid so far',
		table: 'Show the figures as a table',
		month: 'Month',
		plannedBalance: 'Owed, as planned',
		actualBalance: 'Owed, after your payments',
		rent: "The month's rent",
		notYet: '–',
		rentStatuses: {
			paid: 'Paid',
			partly: 'Partly paid',
			unpaid: 'Not paid',
			upcoming: 'Not due yet'
		},
		rentTitle: 'Rent',
		rentIntro:
			"Mark the month's rent as paid too. Unpaid rent is the first sign that arrears are coming back."
	},
	follow: {
		rentOption: "The month's rent (not a debt)",
		rentName: 'Rent',
		title: 'Following the plan',
		intro: (revision: number, date: string) =>
			`You are following version ${revision}, agreed on ${date}. Record every payment you make.`,
		statuses: {
			onTrack: 'On track',
			late: 'Late',
			missed: 'Instalment missed',
			cleared: 'Paid off'
		},
		paid: 'Paid',
		remaining: 'Remaining',
		next: (date: string, amount: string) => `Next instalment ${date}: ${amount}`,
		overdue: (date: string, amount: string) => `Unpaid since ${date}: ${amount}`,
		lateTitle: 'An instalment is late',
		missedTitle: 'An instalment was missed',
		lateText:
			'Contact your landlord or creditor straight away, before the next due date. Tell them when you can pay. Breaking the agreement without getting in touch can mean that a new plan isn’t accepted.',
		missedText:
			'Contact your landlord or creditor straight away and explain your situation. If you can’t pay, contact a housing advisor – they can help you agree on a new schedule. You can also make a new plan from the real balances.',
		alertDebt: (creditor: string, status: string) => `${creditor}: ${status}`,
		payments: 'Payments made',
		noPayments: 'You haven’t recorded any payments yet.',
		add: 'Record payment',
		addTitle: 'Record a payment you made',
		date: 'Payment date',
		amount: 'Amount',
		debt: 'Which debt',
		added: 'Payment recorded.',
		removed: 'Payment removed.',
		removeLabel: (creditor: string, date: string, amount: string) =>
			`Remove payment: ${creditor}, ${date}, ${amount}`,
		dateError: 'Enter a date.',
		amountMissing: 'Enter an amount.',
		unknownDebt: 'A debt that isn’t in the agreed plan',
		replanTitle: 'Has something changed?',
		replanText:
			'If the payments aren’t going to plan or the debts have grown, make a new plan from the real balances. It is saved as a new version; the agreed version stays in force until you mark the new one as agreed.',
		replan: 'Make a new plan from the real balances'
	},

	paymentBreak: {
		title: 'Request for a payment break',
		pageTitle: 'Printable payment break request',
		none: 'You have no agreed instalments to ask a payment break for.',
		help: 'Send a separate request to each creditor. In the print dialog you can save it as a PDF.',
		months: 'How many months of break you ask for',
		to: 'To the creditor',
		from: 'From the debtor',
		subject: (creditor: string) => `Request for a payment break: ${creditor}`,
		body: (amount: string, months: string) =>
			`I ask for a payment break of ${months} months. I now pay ${amount} a month. I have rent arrears that threaten my home, and I need the money to pay them. After the break I will continue the payments as agreed.`,
		reference: 'Reference or agreement number',
		signature: 'Signature and name in block letters'
	},

	print: {
		title: 'Payment plan proposal',
		pageTitle: 'Printable payment plan proposal',
		back: 'Back to the payment plan',
		print: 'Print / save as PDF',
		printHelp:
			'In the print window you can choose “Save as PDF” as the printer. The app’s menus and buttons are not printed.',
		notFound: 'The plan was not found. Save the plan first.',
		draftNote:
			'This version has not been marked as agreed. It is a proposal you can send to your landlord.',
		includeOthers: 'Show my other debts in the proposal too',
		includeOthersHelp:
			'Showing your other debts tells your landlord that the plan is realistic. They are still your own information: you decide.',
		from: 'From the tenant',
		to: 'To the landlord',
		name: 'Name',
		address: 'Address of the rented home',
		phone: 'Phone',
		landlordUnknown: 'Landlord',
		version: (revision: number, date: string) => `Version ${revision}, made on ${date}`,
		lead: 'I propose to pay my rent arrears according to the schedule below. In addition, I will pay each month’s rent in full by its due date.',
		leadNeutral:
			'I propose to pay my debts according to the schedule below. In addition, I will pay each month’s rent in full by its due date.',
		arrearsTitle: 'Debt',
		arrears: 'Rent arrears in total',
		rent: 'Monthly rent',
		scheduleTitle: 'Proposed payment schedule',
		dueDate: 'Due date',
		total: 'Total',
		costs: 'Late-payment interest and collection costs as stated by the landlord',
		costsHint:
			'Ask your landlord for the amount and enter it here. It shows on its own line in the proposal.',
		costsTotal: 'Total owed with costs',
		capsTitle: 'Legal maximums',
		caps: (reminder: string, demands: string, late: string) =>
			`A consumer may be charged at most ${reminder} for a payment reminder and at most ${demands} for a payment demand, depending on the size of the debt. Late-payment interest is at most ${late} % a year.`,
		grandTotal: 'To be paid in total',
		lastInstalment: (date: string) => `Last instalment ${date}.`,
		signatures: 'Signatures',
		tenantSign: 'Tenant’s signature and name in block letters',
		landlordSign: 'The landlord accepts the plan: signature and name in block letters',
		placeDate: 'Place and date',
		footer: 'Prepared with the Vuokra-apu app.'
	}
};
