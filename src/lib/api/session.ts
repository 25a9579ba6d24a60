/**
 * Who is signed in, as Auth.js's session endpoint says. Apart from auth.ts so the layout can ask
 * on every page without loading zod and the account schemas (schemas/session.ts).
 */
import { authSessionSchema, type AuthSession } from '$lib/schemas/session';
import { getJson, type ApiResult } from './client';

/** Auth.js's session: `null` for a visitor (answered 200, so a visitor causes no error). */
export function fetchSession(): Promise<ApiResult<AuthSession | null>> {
	return getJson('/auth/session', authSessionSchema);
}
