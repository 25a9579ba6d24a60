import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsToInstant } from './dates';
import {
	CONSENT_CATEGORIES,
	consentState,
	coveredCategories,
	foldConsents,
	isValidityMonths,
	normaliseCategories,
	recipientNeedsName,
	validUntilFor,
	type ConsentLedgerEvent,
	type ConsentTerms
} from './consent';

const given = (
	consentId: string,
	at: string,
	terms: Partial<ConsentTerms> = {}
): ConsentLedgerEvent => ({
	type: 'given',
	consentId,
	at,
	terms: {
		recipientKind: 'advisorService',
		categories: ['rentArrears'],
		validFrom: at,
		validUntil: validUntilFor(new Date(at), 6).toISOString(),
		...terms
	}
});

describe('validity', () => {
	it('is 1-24 whole months, never open-ended', () => {
		expect([1, 6, 24].every(isValidityMonths)).toBe(true);
		expect([0, 25, 6.5, -1, Infinity, NaN].some(isValidityMonths)).toBe(false);
		expect(() => validUntilFor(new Date(), 0)).toThrow(RangeError);
		expect(() => validUntilFor(new Date(), 25)).toThrow(RangeError);
	});

	it('adds calendar months and clamps to the end of a shorter month', () => {
		expect(addMonthsToInstant(new Date('2026-08-31T09:00:00Z'), 6).toISOString()).toBe(
			'2027-02-28T09:00:00.000Z'
		);
		expect(addMonthsToInstant(new Date('2027-08-31T09:00:00Z'), 6).toISOString()).toBe(
			'2028-02-29T09:00:00.000Z'
		);
		expect(addMonthsToInstant(new Date('2026-01-15T00:00:00Z'), 24).toISOString()).toBe(
			'2028-01-15T00:00:00.000Z'
		);
	});

	it('always ends after it starts and at most 24 months (+ days) later', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
				fc.integer({ min: 1, max: 24 }),
				(from, months) => {
					const until = validUntilFor(from, months).getTime();
					return until > from.getTime() && until - from.getTime() <= 731 * 86_400_000;
				}
			)
		);
	});
});

describe('state', () => {
	const t0 = '2026-11-27T10:00:00.000Z';
	const base = foldConsents([given('c1', t0)], new Date(t0))[0];
	if (!base) throw new Error('fold');

	it('is active from the moment given until the instant it ends', () => {
		expect(base.state).toBe('active');
		const end = Date.parse(base.terms.validUntil);
		expect(consentState(base, new Date(end - 1))).toBe('active');
		expect(consentState(base, new Date(end))).toBe('expired');
		expect(consentState(base, new Date(Date.parse(t0) - 1))).toBe('expired');
	});

	it('is withdrawn from the withdrawal on; withdrawal wins over a later expiry', () => {
		const events: ConsentLedgerEvent[] = [
			given('c1', t0),
			{ type: 'withdrawn', consentId: 'c1', at: '2026-12-01T00:00:00.000Z' }
		];
		expect(foldConsents(events, new Date('2026-11-30T00:00:00.000Z'))[0]?.state).toBe('active');
		const after = foldConsents(events, new Date('2026-12-01T00:00:00.000Z'))[0];
		expect(after).toMatchObject({ state: 'withdrawn', withdrawnBy: 'tenant' });
		expect(foldConsents(events, new Date('2030-01-01T00:00:00.000Z'))[0]?.state).toBe('withdrawn');
	});

	it('counts only the first end event; ignores events of unknown consents', () => {
		const events: ConsentLedgerEvent[] = [
			{ type: 'withdrawn', consentId: 'ghost', at: t0 },
			given('c1', t0),
			{ type: 'erased', consentId: 'c1', at: '2026-12-01T00:00:00.000Z' },
			{ type: 'withdrawn', consentId: 'c1', at: '2026-12-02T00:00:00.000Z' }
		];
		const out = foldConsents(events, new Date('2027-01-01T00:00:00.000Z'));
		expect(out).toHaveLength(1);
		expect(out[0]).toMatchObject({
			withdrawnAt: '2026-12-01T00:00:00.000Z',
			withdrawnBy: 'erasure'
		});
	});
});

describe('covered categories', () => {
	const t0 = '2026-11-27T10:00:00.000Z';
	it('unites the active consents to one recipient, in canonical order', () => {
		const events: ConsentLedgerEvent[] = [
			given('a', t0, { categories: ['paymentPlan', 'debts'] }),
			given('b', t0, { categories: ['contactDetails'] }),
			given('c', t0, { categories: ['incomeExpenses'], recipientKind: 'landlord' }),
			given('d', t0, { categories: ['benefitDecisions'] }),
			{ type: 'withdrawn', consentId: 'd', at: t0 }
		];
		const statuses = foldConsents(events, new Date(t0));
		expect(coveredCategories(statuses)).toEqual(['contactDetails', 'debts', 'paymentPlan']);
		expect(coveredCategories(statuses, 'landlord')).toEqual(['incomeExpenses']);
		expect(coveredCategories(statuses, 'socialOffice')).toEqual([]);
	});

	it('never grants a category no active consent names', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						cats: fc.subarray([...CONSENT_CATEGORIES], { minLength: 1 }),
						withdrawn: fc.boolean(),
						months: fc.integer({ min: 1, max: 24 })
					}),
					{ maxLength: 8 }
				),
				fc.integer({ min: 0, max: 800 }),
				(consents, days) => {
					const events: ConsentLedgerEvent[] = [];
					consents.forEach((c, i) => {
						events.push(
							given(`c${i}`, t0, {
								categories: c.cats,
								validUntil: validUntilFor(new Date(t0), c.months).toISOString()
							})
						);
						if (c.withdrawn) events.push({ type: 'withdrawn', consentId: `c${i}`, at: t0 });
					});
					const now = new Date(Date.parse(t0) + days * 86_400_000);
					const covered = coveredCategories(foldConsents(events, now));
					return covered.every((cat) =>
						consents.some(
							(c) =>
								!c.withdrawn &&
								c.cats.includes(cat) &&
								now.getTime() < validUntilFor(new Date(t0), c.months).getTime()
						)
					);
				}
			)
		);
	});
});

describe('recipients and categories', () => {
	it('needs names for landlord, collection agency and other parties', () => {
		expect(recipientNeedsName('landlord')).toBe(true);
		expect(recipientNeedsName('collectionAgency')).toBe(true);
		expect(recipientNeedsName('other')).toBe(true);
		expect(recipientNeedsName('socialOffice')).toBe(false);
		expect(recipientNeedsName('advisorService')).toBe(false);
	});

	it('names rent arrears `rentArrears` (the bookings module ranks by it)', () => {
		expect(CONSENT_CATEGORIES).toContain('rentArrears');
		expect(normaliseCategories(['debts', 'rentArrears', 'debts'])).toEqual([
			'rentArrears',
			'debts'
		]);
	});
});
