import { describe, expect, it } from 'vitest';
import {
	consumerCreditInterestCapBp,
	figuresOn,
	latePaymentInterestBp,
	latestFigures,
	protectedAmountMonthly,
	socialAssistanceBasicAmount,
	YEARLY_FIGURES,
	type YearlyFigures
} from './yearly-figures';

describe('the dated table', () => {
	it('is in effectiveFrom order with valid dates and whole-cent figures', () => {
		const dates = YEARLY_FIGURES.map((r) => r.effectiveFrom);
		expect([...dates].sort()).toEqual(dates);
		expect(new Set(dates).size).toBe(dates.length);
		for (const row of YEARLY_FIGURES) {
			expect(row.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			const b = row.socialAssistanceBasic;
			for (const cents of [
				b.livingAlone,
				b.singleParent,
				b.otherAdult,
				...b.child10to17,
				...b.childUnder10
			]) {
				expect(Number.isSafeInteger(cents) && cents > 0).toBe(true);
			}
		}
	});

	it('picks the row in force on a date', () => {
		expect(figuresOn('2026-02-28').socialAssistanceBasic.livingAlone).toBe(596_32);
		expect(figuresOn('2026-03-01').socialAssistanceBasic.livingAlone).toBe(578_43);
		expect(figuresOn('2026-12').socialAssistanceBasic.livingAlone).toBe(578_43);
		// Before the first row: the earliest known figures.
		expect(figuresOn('2020-01-01').effectiveFrom).toBe('2026-01-01');
		expect(latestFigures().effectiveFrom).toBe(YEARLY_FIGURES.at(-1)?.effectiveFrom);
		expect(() => figuresOn('1.3.2026')).toThrow(RangeError);
	});

	it('makes the yearly update a data change: a new row is used from its date on', () => {
		const base = YEARLY_FIGURES.at(-1) as YearlyFigures;
		const next: YearlyFigures = {
			...base,
			effectiveFrom: '2027-01-01',
			socialAssistanceBasic: { ...base.socialAssistanceBasic, livingAlone: 600_00 }
		};
		const table = [...YEARLY_FIGURES, next];
		expect(figuresOn('2026-12-31', table).socialAssistanceBasic.livingAlone).toBe(578_43);
		expect(figuresOn('2027-01-01', table).socialAssistanceBasic.livingAlone).toBe(600_00);
	});
});

describe('social assistance basic amount', () => {
	const f = figuresOn('2026-03-01');
	it('counts one adult alone, a single parent, and two adults', () => {
		expect(
			socialAssistanceBasicAmount(f, { adults: 1, children10to17: 0, childrenUnder10: 0 })
		).toBe(578_43);
		expect(
			socialAssistanceBasicAmount(f, { adults: 0, children10to17: 0, childrenUnder10: 0 })
		).toBe(578_43);
		expect(
			socialAssistanceBasicAmount(f, { adults: 2, children10to17: 0, childrenUnder10: 0 })
		).toBe(2 * 497_45);
		expect(
			socialAssistanceBasicAmount(f, { adults: 1, children10to17: 0, childrenUnder10: 1 })
		).toBe(665_19 + 375_98);
	});

	it('gives children their sibling place, oldest band first', () => {
		expect(
			socialAssistanceBasicAmount(f, { adults: 2, children10to17: 1, childrenUnder10: 3 })
		).toBe(2 * 497_45 + 417_63 + 347_06 + 318_14 + 318_14);
	});
});

describe('rates and the protected amount', () => {
	const f = figuresOn('2026-06-01');
	it('caps instant-loan interest at reference + 15 points, at most 20 %', () => {
		expect(consumerCreditInterestCapBp(f)).toBe(17_50);
		expect(consumerCreditInterestCapBp({ ...f, referenceRateBp: 6_00 })).toBe(20_00);
		expect(latePaymentInterestBp(f)).toBe(9_50);
	});

	it('counts the protected amount for 30 days, dependants included', () => {
		const p = f.garnishmentProtectedPerDay;
		expect(protectedAmountMonthly(f, 0)).toBe(30 * p.debtor);
		expect(protectedAmountMonthly(f, 2)).toBe(30 * (p.debtor + 2 * p.dependant));
	});
});
