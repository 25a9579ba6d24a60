/**
 * Where each benefit is applied for and where to read about it. The UI text per benefit is
 * translated elsewhere; this module only knows facts that do not depend on the language.
 */
import { BENEFITS, type Benefit } from '$lib/schemas/constants';
import type { BenefitRow, Situation } from '$lib/schemas/situation';

/**
 * Kela pays most benefits; supplementary and preventive social assistance are decided by the
 * wellbeing services county (hyvinvointialue), after Kela's decision on basic assistance;
 * earnings-related pensions are paid by the pension providers, not Kela.
 */
export type BenefitProvider = 'kela' | 'wellbeingCounty' | 'pensionProvider';

export interface BenefitInfo {
	readonly key: Benefit;
	readonly provider: BenefitProvider;
	/** Official page about the benefit (Finnish; the site offers sv/en versions). */
	readonly url: string;
	/** Kela's calculators need no login and store nothing, so they are safe to suggest. */
	readonly calculatorUrl?: string;
	/** A second provider of the same kind of benefit, with its own page. */
	readonly also?: { readonly provider: 'pensionProvider'; readonly url: string };
}

const KELA_CALCULATORS = 'https://www.kela.fi/laskurit';

/**
 * Kela's page on social assistance also explains supplementary and preventive assistance and how
 * Kela forwards an application to the county; each county has its own page, which depends on the
 * municipality, so the shared Kela page is the stable link.
 */
export const BENEFIT_INFO = {
	housingAllowance: {
		key: 'housingAllowance',
		provider: 'kela',
		url: 'https://www.kela.fi/asumistuki',
		calculatorUrl: KELA_CALCULATORS
	},
	basicSocialAssistance: {
		key: 'basicSocialAssistance',
		provider: 'kela',
		url: 'https://www.kela.fi/toimeentulotuki',
		calculatorUrl: KELA_CALCULATORS
	},
	supplementarySocialAssistance: {
		key: 'supplementarySocialAssistance',
		provider: 'wellbeingCounty',
		url: 'https://www.kela.fi/toimeentulotuki'
	},
	preventiveSocialAssistance: {
		key: 'preventiveSocialAssistance',
		provider: 'wellbeingCounty',
		url: 'https://www.kela.fi/toimeentulotuki'
	},
	unemploymentBenefit: {
		key: 'unemploymentBenefit',
		provider: 'kela',
		url: 'https://www.kela.fi/tyottomat'
	},
	sicknessAllowance: {
		key: 'sicknessAllowance',
		provider: 'kela',
		url: 'https://www.kela.fi/sairauspaivaraha'
	},
	/**
	 * National and guarantee pension come from Kela; earnings-related pensions from the pension
	 * providers (työeläkeyhtiöt, Keva and others), whose shared service is tyoelake.fi.
	 * Source: https://www.tyoelake.fi (checked 2026-11-30).
	 */
	pension: {
		key: 'pension',
		provider: 'kela',
		url: 'https://www.kela.fi/elakkeet',
		also: { provider: 'pensionProvider', url: 'https://www.tyoelake.fi' }
	},
	studentAid: { key: 'studentAid', provider: 'kela', url: 'https://www.kela.fi/opintotuki' },
	childBenefit: { key: 'childBenefit', provider: 'kela', url: 'https://www.kela.fi/lapsilisa' },
	maintenanceSupport: {
		key: 'maintenanceSupport',
		provider: 'kela',
		url: 'https://www.kela.fi/elatustuki'
	}
} as const satisfies { [K in Benefit]: BenefitInfo & { key: K } };

/**
 * Benefits still worth checking: answered 'notApplied', or not answered at all. The rule is
 * deliberately not filtered by household facts (no children -> no child benefit): the tenant and
 * the advisor judge what applies, and a wrong guess here would hide a benefit from someone who
 * needs it. If a benefit somehow has several rows, the most recently updated answer counts.
 * Returned in BENEFITS order so the list is stable between renders.
 */
export function benefitsNotApplied(rows: readonly BenefitRow[]): Benefit[] {
	const latest = new Map<Benefit, BenefitRow>();
	for (const row of rows) {
		const seen = latest.get(row.benefit);
		// Parsed, not compared as text: "…00Z" and "…00.500Z" do not sort lexically by time.
		if (!seen || Date.parse(row.updatedAt) > Date.parse(seen.updatedAt))
			latest.set(row.benefit, row);
	}
	return BENEFITS.filter((benefit) => {
		const row = latest.get(benefit);
		return !row || row.status === 'notApplied';
	});
}

/**
 * Which housing allowance the household should look at. Pensioners get pensioners' housing
 * allowance (eläkkeensaajan asumistuki), not general housing allowance. Since 1 August 2025 most
 * students get the housing supplement of student aid (opintotuen asumislisä) instead; students
 * who live with their own or their spouse's child stay on general housing allowance.
 *
 * Sources: https://www.kela.fi/elakkeensaajan-asumistuki, https://www.kela.fi/asumislisa and
 * Kela's release of 29 Oct 2025 on the students' move to the housing supplement (checked
 * 2026-11-30).
 */
export const HOUSING_ALLOWANCE_KINDS = ['general', 'pensioners', 'studentSupplement'] as const;
export type HousingAllowanceKind = (typeof HOUSING_ALLOWANCE_KINDS)[number];

export const HOUSING_ALLOWANCE_URLS = {
	general: 'https://www.kela.fi/asumistuki',
	pensioners: 'https://www.kela.fi/elakkeensaajan-asumistuki',
	studentSupplement: 'https://www.kela.fi/asumislisa'
} as const satisfies Record<HousingAllowanceKind, string>;

type BenefitFacts = Pick<Situation, 'household' | 'incomes' | 'benefits'>;

/**
 * Receives it: a regular income line with an amount (a one-off back payment is not a pension or a
 * study grant now), or the benefit marked as granted.
 */
function receives(s: BenefitFacts, benefit: 'pension' | 'studentAid'): boolean {
	const income = s.incomes.some(
		(i) => i.source === benefit && i.frequency !== 'oneOff' && (i.amountCents ?? 0) > 0
	);
	return income || s.benefits.some((b) => b.benefit === benefit && b.status === 'granted');
}

/**
 * A pension decides first: a pensioner who also studies is still a pensioner for Kela. Without
 * either signal the general allowance is shown, which names the others in its description.
 */
export function housingAllowanceKind(s: BenefitFacts): HousingAllowanceKind {
	if (receives(s, 'pension')) return 'pensioners';
	if (receives(s, 'studentAid') && (s.household?.children ?? 0) === 0) return 'studentSupplement';
	return 'general';
}

/**
 * Where social assistance is applied for, which depends on the municipality:
 * - mainland Finland: basic assistance from Kela; supplementary and preventive assistance are
 *   decided by the wellbeing services county, normally after Kela's decision on basic assistance,
 *   so the tenant applies to Kela and asks Kela to forward the application (urgent cases can go
 *   straight to the county). Laki toimeentulotuesta 1412/1997, 14 a §,
 *   https://www.finlex.fi/fi/laki/ajantasa/1997/19971412, and https://www.kela.fi/toimeentulotuki
 *   (checked 2026-11-30).
 * - Helsinki is not part of a wellbeing services county: the city decides instead. Laki sosiaali-
 *   ja terveydenhuollon järjestämisestä Uudellamaalla 615/2021 (checked 2026-11-30).
 * - Åland: Kela does not handle social assistance; the municipalities do (through their joint
 *   social services, KST, since 2021). Landskapslag (1998:66),
 *   https://www.regeringen.ax/halsa-omsorg/vuxna-familjer/socialt-stod-hjalp (checked 2026-11-30).
 */
export const SOCIAL_ASSISTANCE_ROUTES = ['kelaThenCounty', 'kelaThenHelsinki', 'aland'] as const;
export type SocialAssistanceRoute = (typeof SOCIAL_ASSISTANCE_ROUTES)[number];

/** Åland's 16 municipalities in Finnish and Swedish (most have one name), and the region itself. */
const ALAND_NAMES = new Set(
	[
		'Ahvenanmaa',
		'Åland',
		'Brändö',
		'Eckerö',
		'Finström',
		'Föglö',
		'Geta',
		'Hammarland',
		'Jomala',
		'Kumlinge',
		'Kökar',
		'Lemland',
		'Lumparland',
		'Maarianhamina',
		'Mariehamn',
		'Saltvik',
		'Sottunga',
		'Sund',
		'Vårdö'
	].map((name) => normaliseMunicipality(name))
);
const HELSINKI_NAMES = new Set(['helsinki', 'helsingfors']);

/** Case, surrounding spaces and Unicode composition do not matter in a typed municipality. */
function normaliseMunicipality(name: string): string {
	return name.normalize('NFC').trim().toLocaleLowerCase('fi');
}

export function socialAssistanceRoute(municipality: string | undefined): SocialAssistanceRoute {
	const name = normaliseMunicipality(municipality ?? '');
	if (ALAND_NAMES.has(name)) return 'aland';
	if (HELSINKI_NAMES.has(name)) return 'kelaThenHelsinki';
	return 'kelaThenCounty';
}

const SOCIAL_ASSISTANCE: readonly Benefit[] = [
	'basicSocialAssistance',
	'supplementarySocialAssistance',
	'preventiveSocialAssistance'
];

/** Åland's government page on social support, which names the municipality as the place to ask. */
export const ALAND_SOCIAL_ASSISTANCE_URL =
	'https://www.regeringen.ax/halsa-omsorg/vuxna-familjer/socialt-stod-hjalp';

/** What depends on the household when a benefit is explained. */
export interface BenefitContext {
	housingAllowance: HousingAllowanceKind;
	socialAssistance: SocialAssistanceRoute;
}

export function benefitContext(s: BenefitFacts): BenefitContext {
	return {
		housingAllowance: housingAllowanceKind(s),
		socialAssistance: socialAssistanceRoute(s.household?.municipality)
	};
}

/** The second provider's page, if the benefit has one (earnings-related pensions). */
export function benefitAlso(benefit: Benefit): BenefitInfo['also'] {
	const info: BenefitInfo = BENEFIT_INFO[benefit];
	return info.also;
}

/** The page to open for a benefit in this household's case. */
export function benefitUrl(benefit: Benefit, context: BenefitContext): string {
	if (benefit === 'housingAllowance') return HOUSING_ALLOWANCE_URLS[context.housingAllowance];
	if (context.socialAssistance === 'aland' && SOCIAL_ASSISTANCE.includes(benefit)) {
		return ALAND_SOCIAL_ASSISTANCE_URL;
	}
	return BENEFIT_INFO[benefit].url;
}

/**
 * Free help with debts that a payment plan cannot clear: debt advice (talous- ja velkaneuvonta)
 * at the state legal aid offices, the Guarantee Foundation, and social credit where the county or
 * city offers it. Sources: https://oikeus.fi/oikeusapu/talous-ja-velkaneuvonta,
 * https://www.takuusaatio.fi, Laki sosiaalisesta luototuksesta 1133/2002
 * (checked 2026-11-30).
 */
export const DEBT_HELP_URLS = {
	debtAdvice: 'https://oikeus.fi/oikeusapu/talous-ja-velkaneuvonta',
	guaranteeFoundation: 'https://www.takuusaatio.fi'
} as const;
