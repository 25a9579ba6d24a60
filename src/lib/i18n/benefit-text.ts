/**
 * The name and description of a benefit as they apply to this household: a pensioner reads about
 * pensioners' housing allowance, a tenant on Åland reads that social assistance comes from the
 * municipality. Which case applies is decided in `$lib/domain/benefits`; this only picks words.
 */
import type { BenefitContext } from '$lib/domain/benefits';
import type { Benefit } from '$lib/schemas/constants';
import type { Messages } from './fi/index';

type BenefitMessages = Messages['situation']['benefits'];

export interface BenefitText {
	name: string;
	description: string;
}

export function benefitText(
	m: BenefitMessages,
	benefit: Benefit,
	context: BenefitContext
): BenefitText {
	const base = { name: m.names[benefit], description: m.descriptions[benefit] };
	if (benefit === 'housingAllowance') {
		const kind = context.housingAllowance;
		return kind === 'general' ? base : m.housingAllowanceKinds[kind];
	}
	const route = context.socialAssistance;
	if (route === 'kelaThenCounty') return base;
	const texts: Partial<Record<Benefit, BenefitText>> = m.socialAssistanceRoutes[route];
	return texts[benefit] ?? base;
}
