import { describe, expect, it } from 'vitest';
import {
	addMonthsToDate,
	arrearsEuroBand,
	arrearsMonthBand,
	canClose,
	canMoveTo,
	caseUrgency,
	clientRef,
	followUpsFor,
	quarterOf
} from './cases';
import { homeForRole } from './role-home';

describe('case statuses', () => {
	it('moves forward from new only to active, never out of closed', () => {
		expect(canMoveTo('new', 'active')).toBe(true);
		expect(canMoveTo('new', 'planAgreed')).toBe(false);
		expect(canMoveTo('active', 'planAgreed')).toBe(true);
		expect(canMoveTo('planAgreed', 'following')).toBe(true);
		expect(canMoveTo('closed', 'active')).toBe(false);
		expect(canMoveTo('active', 'closed')).toBe(false); // closing needs an outcome
		expect(canClose('following')).toBe(true);
		expect(canClose('closed')).toBe(false);
	});
});

describe('follow-ups', () => {
	it('adds months to a date, the 31st becoming the last day of a shorter month', () => {
		expect(addMonthsToDate('2026-11-30', 3)).toBe('2027-02-28');
		expect(addMonthsToDate('2027-11-30', 3)).toBe('2028-02-29');
		expect(addMonthsToDate('2026-01-15', 12)).toBe('2027-01-15');
		expect(addMonthsToDate('2026-10-31', 2)).toBe('2026-12-31');
	});

	it('creates the plan checks at 3, 6 and 12 months and the recurrence check at closing', () => {
		// 23:30 UTC on 30 Nov is 1 Dec in Helsinki.
		expect(followUpsFor('planAgreed', new Date('2026-11-30T23:30:00Z'))).toEqual([
			{ kind: 'planKept3', dueDate: '2027-03-01' },
			{ kind: 'planKept6', dueDate: '2027-06-01' },
			{ kind: 'planKept12', dueDate: '2027-12-01' }
		]);
		expect(followUpsFor('closed', new Date('2026-06-15T09:00:00Z'))).toEqual([
			{ kind: 'recurrence', dueDate: '2027-06-15' }
		]);
	});
});

describe('report periods and bands', () => {
	it('puts a case in the Helsinki quarter it opened in', () => {
		expect(quarterOf(new Date('2026-03-31T21:30:00Z'))).toBe('2026-Q2'); // 1 Apr 00:30 Helsinki
		expect(quarterOf(new Date('2026-03-31T20:30:00Z'))).toBe('2026-Q1');
		expect(quarterOf(new Date('2026-12-31T12:00:00Z'))).toBe('2026-Q4');
	});

	it('bands arrears in months and euros, unknown kept apart from zero', () => {
		expect([null, 0, 0.5, 1, 1.9, 2, 2.5, 3, 12].map(arrearsMonthBand)).toEqual([
			'mUnknown',
			'm0',
			'm0',
			'm1',
			'm1',
			'm2',
			'm2',
			'm3plus',
			'm3plus'
		]);
		expect(
			[null, 0, 1, 99_999, 100_000, 299_999, 300_000, 599_999, 600_000].map(arrearsEuroBand)
		).toEqual([
			'eUnknown',
			'e0',
			'eUnder1000',
			'eUnder1000',
			'e1000',
			'e1000',
			'e3000',
			'e3000',
			'e6000plus'
		]);
	});
});

describe('urgency, identifiers and homes', () => {
	it('is urgent from termination on, then overdue, then normal', () => {
		expect(caseUrgency('terminated', 0)).toBe('urgent');
		expect(caseUrgency('collection', 1)).toBe('overdue');
		expect(caseUrgency(null, 0)).toBe('normal');
		expect(caseUrgency('arrears', 0)).toBe('normal');
	});

	it('names a tenant by the first 8 characters of the receipt subject id', () => {
		expect(clientRef('93d45ed3-1111-2222-3333-444455556666')).toBe('93d45ed3');
	});

	it('sends each role to its own home after sign-in', () => {
		expect(homeForRole('advisor')).toBe('/advisor');
		expect(homeForRole('landlord')).toBe('/landlord');
		expect(homeForRole('admin')).toBe('/admin');
		expect(homeForRole('funder')).toBe('/report');
		expect(homeForRole('tenant')).toBe('/account');
		expect(homeForRole(undefined)).toBe('/account');
		expect(homeForRole('toString')).toBe('/account');
	});
});
