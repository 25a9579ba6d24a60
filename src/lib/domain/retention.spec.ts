import { describe, expect, it } from 'vitest';
import { accountStep, caseErasableAt, isCaseErasable } from './retention';

const periods = { unusedAccountMonths: 24, accountWarningDays: 30 };
const at = (iso: string) => new Date(iso);

describe('closed case retention', () => {
	it('is erasable exactly the given months after closing, not a moment before', () => {
		const closed = at('2026-01-31T12:00:00Z');
		expect(caseErasableAt(closed, 12).toISOString()).toBe('2027-01-31T12:00:00.000Z');
		expect(isCaseErasable(closed, at('2027-01-31T11:59:59Z'), 12)).toBe(false);
		expect(isCaseErasable(closed, at('2027-01-31T12:00:00Z'), 12)).toBe(true);
	});

	it('keeps a record under a legal hold until the hold ends, never shorter than the normal period', () => {
		const closed = at('2026-03-01T00:00:00Z');
		const hold = { until: at('2032-12-31T00:00:00Z'), reason: 'Kirjanpitolaki 2:10' };
		expect(isCaseErasable(closed, at('2028-01-01T00:00:00Z'), 12, hold)).toBe(false);
		expect(isCaseErasable(closed, at('2032-12-31T00:00:00Z'), 12, hold)).toBe(true);
		const shortHold = { until: at('2026-04-01T00:00:00Z'), reason: 'x' };
		expect(caseErasableAt(closed, 12, shortHold).toISOString()).toBe('2027-03-01T00:00:00.000Z');
	});
});

describe('unused accounts', () => {
	const seen = at('2024-05-10T08:00:00Z');

	it('keeps an account in use, warns once idle, erases only the warning period after the warning', () => {
		expect(accountStep(seen, null, at('2026-05-10T07:59:59Z'), periods)).toBe('keep');
		expect(accountStep(seen, null, at('2026-05-10T08:00:00Z'), periods)).toBe('warn');
		const warned = at('2026-05-11T00:00:00Z');
		expect(accountStep(seen, warned, at('2026-06-09T23:59:59Z'), periods)).toBe('keep');
		expect(accountStep(seen, warned, at('2026-06-10T00:00:00Z'), periods)).toBe('erase');
	});

	it('counts the warning period from the warning even when the job ran late', () => {
		const warned = at('2030-01-01T00:00:00Z');
		expect(accountStep(seen, warned, at('2030-01-15T00:00:00Z'), periods)).toBe('keep');
	});

	it('forgets a warning older than the last use', () => {
		const warned = at('2026-05-11T00:00:00Z');
		const usedAgain = at('2026-05-20T00:00:00Z');
		expect(accountStep(usedAgain, warned, at('2026-07-01T00:00:00Z'), periods)).toBe('keep');
		expect(accountStep(usedAgain, warned, at('2028-05-20T00:00:00Z'), periods)).toBe('warn');
	});
});
