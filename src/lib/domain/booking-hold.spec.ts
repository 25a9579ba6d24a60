// A file of its own so that other rules appended to booking.ts can grow booking.spec.ts freely.
import { describe, expect, it } from 'vitest';
import { effectiveStatus, holdExpired } from './booking';

const NOW = Date.UTC(2026, 11, 1, 8, 0);

describe('holdExpired', () => {
	it('lets a request hold its slot until the hold ends, not a moment longer', () => {
		const held = { status: 'requested' as const, holdExpiresAt: NOW };
		expect(holdExpired(held, NOW - 1)).toBe(false);
		expect(holdExpired(held, NOW)).toBe(true);
		expect(holdExpired(held, NOW + 1)).toBe(true);
	});

	it('treats a request without a hold as lapsed', () => {
		expect(holdExpired({ status: 'requested', holdExpiresAt: null }, NOW)).toBe(true);
	});

	it('never expires anything but a request', () => {
		for (const status of ['confirmed', 'cancelled', 'declined', 'expired'] as const) {
			expect(holdExpired({ status, holdExpiresAt: NOW - 1 }, NOW)).toBe(false);
			expect(effectiveStatus({ status, holdExpiresAt: NOW - 1 }, NOW)).toBe(status);
		}
	});

	it('is the rule effectiveStatus applies', () => {
		for (const at of [NOW - 1, NOW, NOW + 1]) {
			const b = { status: 'requested' as const, holdExpiresAt: NOW };
			expect(effectiveStatus(b, at) === 'expired').toBe(holdExpired(b, at));
		}
	});
});
