/** The one role check every endpoint declares (`roles` of the endpoint wrapper). */
import { describe, expect, it } from 'vitest';
import type { Role } from '$lib/server/db/schema';
import { authorize } from '$lib/server/http/endpoint';
import { HttpProblem } from '$lib/server/http/guards';

const requireUser = (e: ReturnType<typeof event>) => authorize(e.locals.user, 'signed-in');
const requireRole = (e: ReturnType<typeof event>, ...roles: [Role, ...Role[]]) =>
	authorize(e.locals.user, roles);

function event(role: Role | null) {
	return {
		locals: { user: role ? { id: `u-${role}`, email: `${role}@example.test`, role } : null }
	};
}

function statusOf(fn: () => unknown): number | 'ok' {
	try {
		fn();
		return 'ok';
	} catch (err) {
		if (err instanceof HttpProblem) return err.status;
		throw err;
	}
}

describe('requireUser', () => {
	it('answers 401 when signed out and returns the user otherwise', () => {
		expect(statusOf(() => requireUser(event(null)))).toBe(401);
		expect(requireUser(event('tenant'))).toEqual({
			id: 'u-tenant',
			email: 'tenant@example.test',
			role: 'tenant'
		});
	});
});

describe('requireRole', () => {
	const cases: [Role | null, Role[], number | 'ok'][] = [
		[null, ['tenant'], 401],
		[null, ['advisor'], 401],
		['tenant', ['tenant'], 'ok'],
		['tenant', ['advisor'], 403],
		['tenant', ['admin'], 403],
		['tenant', ['advisor', 'admin'], 403],
		['advisor', ['advisor'], 'ok'],
		['advisor', ['admin'], 403],
		['advisor', ['advisor', 'admin'], 'ok'],
		// Roles do not nest: an admin is let into advisor endpoints only where they say so.
		['admin', ['advisor'], 403],
		['admin', ['advisor', 'admin'], 'ok'],
		['admin', ['admin'], 'ok']
	];
	it.each(cases)('%s asking for %j -> %s', (role, roles, expected) => {
		const [first, ...rest] = roles as [Role, ...Role[]];
		expect(statusOf(() => requireRole(event(role), first, ...rest))).toBe(expected);
	});

	it('returns the signed-in user', () => {
		expect(requireRole(event('advisor'), 'advisor').id).toBe('u-advisor');
	});
});
