/**
 * GET /auth/session (Auth.js): `null` for a visitor, otherwise the session's user. Fields are
 * optional because Auth.js sends only what the session callback put there.
 *
 * Read by hand rather than with zod: the layout asks for the session on every page, the start page
 * included, and zod would be about a quarter of that page's script. The reader has zod's
 * `safeParse` shape, so the API client takes it like any shared schema.
 */
export interface AuthSession {
	user?: { email?: string | null; role?: string };
}

type Read<T> = { success: true; data: T } | { success: false };

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function readUser(value: unknown): Read<AuthSession['user']> {
	if (value === undefined) return { success: true, data: undefined };
	if (!isObject(value)) return { success: false };
	const { email, role } = value;
	const emailOk = email === undefined || email === null || typeof email === 'string';
	const roleOk = role === undefined || typeof role === 'string';
	if (!emailOk || !roleOk) return { success: false };
	const user: NonNullable<AuthSession['user']> = {};
	if (email !== undefined) user.email = email;
	if (role !== undefined) user.role = role;
	return { success: true, data: user };
}

export const authSessionSchema = {
	safeParse(value: unknown): Read<AuthSession | null> {
		if (value === null) return { success: true, data: null };
		if (!isObject(value)) return { success: false };
		const user = readUser(value.user);
		if (!user.success) return { success: false };
		return { success: true, data: user.data === undefined ? {} : { user: user.data } };
	}
};
