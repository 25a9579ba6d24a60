/**
 * Authorisation checks for the top of every endpoint, form action and server load. Hooks only
 * identify the user (event.locals.user); a layout guard does not protect actions or +server
 * endpoints, so each one calls these itself for the object it touches.
 *
 * They throw SvelteKit's `error()` (401 / 403), which works in endpoints, actions and loads alike.
 */
import { error } from '@sveltejs/kit';
import type { Role } from '$lib/server/db/schema';

export type SignedInUser = NonNullable<App.Locals['user']>;

/** Only `locals.user` is read, so tests and helpers can pass a minimal event. */
export interface EventWithUser {
	locals: Pick<App.Locals, 'user'>;
}

/** The signed-in user, or a 401. */
export function requireUser(event: EventWithUser): SignedInUser {
	const user = event.locals.user;
	if (!user) error(401, 'Sign in first');
	return user;
}

/**
 * The signed-in user when their role is one of `roles` (401 when signed out, 403 otherwise).
 * Roles do not nest: an endpoint open to admins too says so, e.g. requireRole(event, 'advisor', 'admin').
 */
export function requireRole(event: EventWithUser, ...roles: [Role, ...Role[]]): SignedInUser {
	const user = requireUser(event);
	if (!roles.includes(user.role)) error(403, 'Not allowed for your role');
	return user;
}
