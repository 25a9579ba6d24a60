import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	BENEFITS,
	BENEFIT_STATUSES,
	type Benefit,
	type BenefitRow,
	type BenefitStatus
} from '$lib/schemas/situation';
import {
	ALAND_SOCIAL_ASSISTANCE_URL,
	BENEFIT_INFO,
	HOUSING_ALLOWANCE_URLS,
	benefitContext,
	benefitUrl,
	benefitsNotApplied,
	housingAllowanceKind,
	socialAssistanceRoute
} from './benefits';
import type { Household, Income, IncomeSource } from '$lib/schemas/situation';

function row(
	benefit: Benefit,
	status: BenefitStatus,
	updatedAt = '2025-01-01T00:00:00Z'
): BenefitRow {
	return { id: benefit, createdAt: updatedAt, updatedAt, version: 0, benefit, status };
}

describe('BENEFIT_INFO', () => {
	it('describes every benefit under its own key with an official https URL', () => {
		for (const benefit of BENEFITS) {
			const info = BENEFIT_INFO[benefit];
			expect(info.key).toBe(benefit);
			expect(info.url).toMatch(/^https:\/\/www\.(kela|suomi)\.fi\//);
		}
	});

	it('sends supplementary and preventive assistance to the wellbeing county', () => {
		const county = BENEFITS.filter((b) => BENEFIT_INFO[b].provider === 'wellbeingCounty');
		expect(county).toEqual(['supplementarySocialAssistance', 'preventiveSocialAssistance']);
	});
});

const stamp = { createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', version: 0 };

function income(source: IncomeSource, amountCents: number | null): Income {
	return { id: source, ...stamp, source, amountCents, frequency: 'monthly' };
}

function household(municipality: string, children: number | null = null): Household {
	return { id: 'household', ...stamp, adults: 1, children, municipality };
}

describe('housingAllowanceKind', () => {
	const facts = (
		incomes: Income[],
		benefits: BenefitRow[] = [],
		h: Household | undefined = undefined
	) => ({ incomes, benefits, household: h });

	it('sends a pensioner to pensioners’ housing allowance, not general housing allowance', () => {
		expect(housingAllowanceKind(facts([income('pension', 1200_00)]))).toBe('pensioners');
		expect(housingAllowanceKind(facts([], [row('pension', 'granted')]))).toBe('pensioners');
		expect(HOUSING_ALLOWANCE_URLS.pensioners).not.toBe(HOUSING_ALLOWANCE_URLS.general);
	});

	it('sends a student to the housing supplement of student aid (since 1 Aug 2025)', () => {
		expect(housingAllowanceKind(facts([income('studentAid', 280_00)]))).toBe('studentSupplement');
		expect(housingAllowanceKind(facts([], [row('studentAid', 'granted')]))).toBe(
			'studentSupplement'
		);
	});

	it('keeps a student who lives with a child on general housing allowance', () => {
		const withChild = facts([income('studentAid', 280_00)], [], household('Tampere', 1));
		expect(housingAllowanceKind(withChild)).toBe('general');
	});

	it('lets a pension decide over studies, and needs a real amount or a granted benefit', () => {
		expect(
			housingAllowanceKind(facts([income('studentAid', 280_00), income('pension', 900_00)]))
		).toBe('pensioners');
		expect(housingAllowanceKind(facts([income('pension', null)]))).toBe('general');
		expect(housingAllowanceKind(facts([], [row('pension', 'waiting')]))).toBe('general');
		expect(housingAllowanceKind(facts([income('salary', 2000_00)]))).toBe('general');
		const backPayment = { ...income('studentAid', 300_00), frequency: 'oneOff' as const };
		expect(housingAllowanceKind(facts([backPayment]))).toBe('general');
	});
});

describe('socialAssistanceRoute', () => {
	it('is Kela first, then the wellbeing services county, on the mainland', () => {
		expect(socialAssistanceRoute('Jyväskylä')).toBe('kelaThenCounty');
		expect(socialAssistanceRoute('')).toBe('kelaThenCounty');
		expect(socialAssistanceRoute(undefined)).toBe('kelaThenCounty');
	});

	it('is Kela first, then the city, in Helsinki', () => {
		expect(socialAssistanceRoute(' helsinki ')).toBe('kelaThenHelsinki');
		expect(socialAssistanceRoute('Helsingfors')).toBe('kelaThenHelsinki');
	});

	it('is the municipality on Åland, in either language and any case', () => {
		for (const name of ['Maarianhamina', 'MARIEHAMN', 'jomala', 'Vårdö', 'Ahvenanmaa', 'Åland'])
			expect(socialAssistanceRoute(name), name).toBe('aland');
		// Decomposed "å" (as some keyboards type it) is the same name.
		expect(socialAssistanceRoute('Va\u030Ardö')).toBe('aland');
	});

	it('links social assistance on Åland to Åland’s page, elsewhere to Kela', () => {
		const aland = benefitContext({ incomes: [], benefits: [], household: household('Jomala') });
		expect(benefitUrl('basicSocialAssistance', aland)).toBe(ALAND_SOCIAL_ASSISTANCE_URL);
		expect(benefitUrl('preventiveSocialAssistance', aland)).toBe(ALAND_SOCIAL_ASSISTANCE_URL);
		expect(benefitUrl('childBenefit', aland)).toBe(BENEFIT_INFO.childBenefit.url);
		const oulu = benefitContext({ incomes: [], benefits: [], household: household('Oulu') });
		expect(benefitUrl('basicSocialAssistance', oulu)).toBe('https://www.kela.fi/toimeentulotuki');
	});
});

describe('pension providers', () => {
	it('points earnings-related pensions to the pension providers, not only Kela', () => {
		expect(BENEFIT_INFO.pension.also).toEqual({
			provider: 'pensionProvider',
			url: 'https://www.tyoelake.fi'
		});
	});
});

describe('benefitsNotApplied', () => {
	it('lists every benefit when nothing is answered', () => {
		expect(benefitsNotApplied([])).toEqual([...BENEFITS]);
	});

	it('keeps notApplied and drops waiting, granted and refused', () => {
		const rows = [
			row('housingAllowance', 'granted'),
			row('basicSocialAssistance', 'waiting'),
			row('preventiveSocialAssistance', 'refused'),
			row('childBenefit', 'notApplied')
		];
		const result = benefitsNotApplied(rows);
		expect(result).not.toContain('housingAllowance');
		expect(result).not.toContain('basicSocialAssistance');
		expect(result).not.toContain('preventiveSocialAssistance');
		expect(result).toContain('childBenefit');
		expect(result).toContain('pension'); // unanswered
	});

	it('uses the most recent answer when a benefit has several rows', () => {
		const rows = [
			row('housingAllowance', 'waiting', '2025-01-01T10:00:00.500Z'),
			row('housingAllowance', 'notApplied', '2025-01-01T10:00:00Z')
		];
		expect(benefitsNotApplied(rows)).not.toContain('housingAllowance');
	});

	it('returns exactly the unanswered or notApplied benefits, in BENEFITS order (property)', () => {
		const answers = fc.dictionary(
			fc.constantFrom(...BENEFITS),
			fc.constantFrom(...BENEFIT_STATUSES)
		);
		fc.assert(
			fc.property(answers, (answered) => {
				const entries = Object.entries(answered) as [Benefit, BenefitStatus][];
				const result = benefitsNotApplied(entries.map(([b, s]) => row(b, s)));
				const expected = BENEFITS.filter(
					(b) => answered[b] === undefined || answered[b] === 'notApplied'
				);
				expect(result).toEqual(expected);
			})
		);
	});
});
