/**
 * Official figures that change every year (or every half year), in ONE dated table. The yearly
 * update is a new row (`effectiveFrom`) plus a test, never a code change: the rules read the row in
 * force on a date through `figuresOn`.
 *
 * Each row is complete (every figure), so a row can be read alone; a figure that did not change is
 * copied from the row before. Amounts are integer cents; rates are basis points (1 % = 100).
 * Every figure names its source and the date it was checked.
 */

/** Kela's basic amount of basic social assistance (perusosa), cents a month per person. */
export interface SocialAssistanceBasic {
	/** Lives alone, no children (yksin asuva). */
	readonly livingAlone: number;
	/** A single parent (yksinhuoltaja). */
	readonly singleParent: number;
	/** Any other adult of the household (yhteistaloudessa asuva yli 18-vuotias). */
	readonly otherAdult: number;
	/** Children aged 10-17: the 1st, the 2nd, and the 3rd and each after (sisarussarja). */
	readonly child10to17: readonly [number, number, number];
	/** Children under 10, same order. */
	readonly childUnder10: readonly [number, number, number];
}

/** Consumer reference budget hints per adult and per child, cents a month (never limits). */
export interface ReferenceBudgetRow {
	readonly adult: number;
	readonly child: number;
}

export interface YearlyFigures {
	/** `YYYY-MM-DD`: the first day this row is in force. */
	readonly effectiveFrom: string;
	readonly socialAssistanceBasic: SocialAssistanceBasic;
	/** Wage garnishment protected amount (suojaosuus), cents a day. */
	readonly garnishmentProtectedPerDay: { readonly debtor: number; readonly dependant: number };
	/** The reference rate of the Interest Act 12 § (viitekorko), basis points. */
	readonly referenceRateBp: number;
	/** Consumer collection cost caps (Act on the Collection of Debts 10 e §), cents. */
	readonly collectionCaps: {
		readonly reminder: number;
		/** Payment demand by the claim's capital: up to 100 €, up to 1 000 €, above. */
		readonly demand: readonly [number, number, number];
		readonly paymentPlan: readonly [number, number, number];
	};
	readonly referenceBudget: Readonly<
		Record<
			| 'food'
			| 'clothing'
			| 'health'
			| 'hygiene'
			| 'transport'
			| 'phoneInternet'
			| 'hobbies'
			| 'children',
			ReferenceBudgetRow
		>
	>;
}

/**
 * Consumer reference budgets (viitebudjetit), loosely based on the 2025 budgets (about
 * 1,251-1,761 EUR a month for one person, housing included), rounded to per-adult and per-child
 * hints (domain notes checked 2026-11-30). Moved here unchanged from reference-budget.ts.
 */
const REFERENCE_BUDGET_2025 = {
	food: { adult: 330_00, child: 230_00 },
	clothing: { adult: 60_00, child: 60_00 },
	health: { adult: 45_00, child: 20_00 },
	hygiene: { adult: 35_00, child: 25_00 },
	transport: { adult: 65_00, child: 30_00 },
	phoneInternet: { adult: 40_00, child: 20_00 },
	hobbies: { adult: 80_00, child: 60_00 },
	// Child-specific costs (school, day care fees, toys); adults have none.
	children: { adult: 0, child: 120_00 }
} as const;

/**
 * Consumer collection cost caps, Laki saatavien perinnästä (513/1999) 10 e §: a written reminder
 * 5 €; a payment demand 14 € / 24 € / 50 € by capital (up to 100 €, up to 1 000 €, above); a
 * written payment plan for the whole claim 20 € / 30 € / 50 €. Checked 2026-11-30 (Finlex,
 * kkv.fi "Hyvä perintätapa kuluttajaperinnässä" 10/2023).
 */
const COLLECTION_CAPS = {
	reminder: 5_00,
	demand: [14_00, 24_00, 50_00],
	paymentPlan: [20_00, 30_00, 50_00]
} as const;

/**
 * Wage garnishment protected amount, Ulosottokaari 4:48 §, revised yearly by the national pension
 * index (kansaneläkeindeksi). Verified: 2024 32,56 € a day for the debtor and 9,52 € for each
 * dependant (oikeusministeriö 14.12.2023). 2026 NOT verified against the ministry's decree: the
 * 2024 figures times the index change 1911 -> 1939 (Kela 9.10.2025), rounded to the cent.
 * Checked 2026-11-30.
 */
const GARNISHMENT_2026 = { debtor: 33_04, dependant: 9_66 } as const;

export const YEARLY_FIGURES: readonly YearlyFigures[] = [
	{
		effectiveFrom: '2026-01-01',
		// Kela press release 16.2.2026 "Toimeentulotuen perusosaa leikataan kaikilta yli
		// 18-vuotiailta maaliskuusta alkaen", column "before 1.3."; checked 2026-11-30.
		socialAssistanceBasic: {
			livingAlone: 596_32,
			singleParent: 679_80,
			otherAdult: 506_87,
			child10to17: [417_42, 387_61, 357_79],
			childUnder10: [375_68, 345_87, 316_05]
		},
		garnishmentProtectedPerDay: GARNISHMENT_2026,
		// Suomen Pankki: Interest Act 12 § reference rate 1.1.-30.6.2026 is 2,5 %; checked 2026-11-30.
		referenceRateBp: 250,
		collectionCaps: COLLECTION_CAPS,
		referenceBudget: REFERENCE_BUDGET_2025
	},
	{
		effectiveFrom: '2026-03-01',
		// Same Kela press release, column "after 1.3." (adults cut 2-3 %); checked 2026-11-30.
		socialAssistanceBasic: {
			livingAlone: 578_43,
			singleParent: 665_19,
			otherAdult: 497_45,
			child10to17: [417_63, 388_70, 359_78],
			childUnder10: [375_98, 347_06, 318_14]
		},
		garnishmentProtectedPerDay: GARNISHMENT_2026,
		// 1.7.-31.12.2026: the ECB main refinancing rate (2,15 % since June 2025) rounded up to the
		// next half point is still 2,5 %; NOT verified against Suomen Pankki's notice. 2026-11-30.
		referenceRateBp: 250,
		collectionCaps: COLLECTION_CAPS,
		referenceBudget: REFERENCE_BUDGET_2025
	}
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The row in force on `date` (`YYYY-MM-DD`, or `YYYY-MM` meaning its first day): the latest row
 * that started on or before it. A date before the first row gets the first row: an older figure is
 * not in the table, and the earliest known one is the best estimate.
 */
export function figuresOn(
	date: string,
	table: readonly YearlyFigures[] = YEARLY_FIGURES
): YearlyFigures {
	const day = date.length === 7 ? `${date}-01` : date;
	if (!DATE.test(day)) throw new RangeError(`Not a date: ${date}`);
	const first = table[0];
	if (!first) throw new RangeError('The figures table is empty');
	let found = first;
	for (const row of table)
		if (row.effectiveFrom <= day && row.effectiveFrom >= found.effectiveFrom) found = row;
	return found;
}

/** The newest row: for rules with no date of their own (the spending hints). */
export function latestFigures(table: readonly YearlyFigures[] = YEARLY_FIGURES): YearlyFigures {
	return figuresOn('9999-12-31', table);
}

/**
 * The instant-loan interest cap since 1 October 2023: the reference rate + 15 percentage points,
 * at most 20 % (Kuluttajansuojalaki 7:17 a §, in force 1.10.2023; domain notes checked
 * 2026-11-30). Basis points.
 */
export function consumerCreditInterestCapBp(figures: YearlyFigures): number {
	return Math.min(figures.referenceRateBp + 15_00, 20_00);
}

/**
 * Statutory late-payment interest (viivästyskorko) on a consumer debt: the reference rate + 7
 * points (Korkolaki 633/1982 4 §; checked 2026-11-30). Basis points.
 */
export function latePaymentInterestBp(figures: YearlyFigures): number {
	return figures.referenceRateBp + 7_00;
}

/**
 * The garnishment protected amount for a month: the daily amounts times 30 (the ulosotto rule for
 * a monthly pay period), for the debtor and each dependant.
 */
export function protectedAmountMonthly(figures: YearlyFigures, dependants: number): number {
	const p = figures.garnishmentProtectedPerDay;
	return 30 * (p.debtor + Math.max(0, Math.trunc(dependants)) * p.dependant);
}

/** Household composition for the social assistance minimum. */
export interface HouseholdComposition {
	adults: number;
	children10to17: number;
	childrenUnder10: number;
}

/**
 * The basic amount of basic social assistance for a household, cents a month (Laki
 * toimeentulotuesta 1412/1997 9 §; amounts from the table). One adult alone is `livingAlone`, one
 * adult with children `singleParent`, every adult in a household of two or more adults
 * `otherAdult`. Children are counted oldest first: the 10-17 band takes the sibling places 1, 2,
 * 3+ before the under-10 band continues the count. No adult counts as one (the tenant).
 */
export function socialAssistanceBasicAmount(
	figures: YearlyFigures,
	household: HouseholdComposition
): number {
	const b = figures.socialAssistanceBasic;
	const adults = Math.max(1, Math.trunc(household.adults));
	const older = Math.max(0, Math.trunc(household.children10to17));
	const younger = Math.max(0, Math.trunc(household.childrenUnder10));
	const children = older + younger;
	let total =
		adults === 1 ? (children > 0 ? b.singleParent : b.livingAlone) : adults * b.otherAdult;
	for (let i = 0; i < children; i += 1) {
		const place = Math.min(i, 2);
		total += i < older ? (b.child10to17[place] ?? 0) : (b.childUnder10[place] ?? 0);
	}
	return total;
}
