import { describe, expect, it } from 'vitest';
import { authSessionSchema } from './session';

describe('authSessionSchema (Auth.js session, read without zod)', () => {
	it('reads a visitor as null and a signed-in user with email and role', () => {
		expect(authSessionSchema.safeParse(null)).toEqual({ success: true, data: null });
		expect(
			authSessionSchema.safeParse({
				user: { email: 'a@example.test', role: 'advisor', name: 'ignored' },
				expires: '2026-12-31T00:00:00.000Z'
			})
		).toEqual({ success: true, data: { user: { email: 'a@example.test', role: 'advisor' } } });
	});

	it('accepts what Auth.js may leave out: no user, no role, a null email', () => {
		expect(authSessionSchema.safeParse({})).toEqual({ success: true, data: {} });
		expect(authSessionSchema.safeParse({ user: {} })).toEqual({
			success: true,
			data: { user: {} }
		});
		expect(authSessionSchema.safeParse({ user: { email: null } })).toEqual({
			success: true,
			data: { user: { email: null } }
		});
	});

	it('refuses anything else instead of casting it', () => {
		for (const value of [
			undefined,
			'signed-in',
			42,
			[],
			{ user: 'a@example.test' },
			{ user: [] },
			{ user: { email: 42 } },
			{ user: { email: 'a@example.test', role: ['admin'] } }
		]) {
			expect(authSessionSchema.safeParse(value), JSON.stringify(value)).toEqual({ success: false });
		}
	});
});
