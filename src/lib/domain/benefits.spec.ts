import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	BENEFITS,
	BENEFIT_STATUSES,
	type Benefit,
	type BenefitRow,
	type BenefitStatus
} from '$lib/schemas/situation';
import { BENEFIT_INFO, benefitsNotApplied } from './benefits';

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
