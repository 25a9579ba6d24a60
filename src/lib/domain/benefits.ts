/**
 * Where each benefit is applied for and where to read about it. The UI text per benefit is
 * translated elsewhere; this module only knows facts that do not depend on the language.
 */
import { BENEFITS, type Benefit } from '$lib/schemas/constants';
import type { BenefitRow } from '$lib/schemas/situation';

/**
 * Kela pays most benefits; supplementary and preventive social assistance are decided by the
 * wellbeing services county (hyvinvointialue), after Kela's decision on basic assistance.
 */
export type BenefitProvider = 'kela' | 'wellbeingCounty';

export interface BenefitInfo {
	readonly key: Benefit;
	readonly provider: BenefitProvider;
	/** Official page about the benefit (Finnish; the site offers sv/en versions). */
	readonly url: string;
	/** Kela's calculators need no login and store nothing, so they are safe to suggest. */
	readonly calculatorUrl?: string;
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
	pension: { key: 'pension', provider: 'kela', url: 'https://www.kela.fi/elakkeet' },
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
