/** Account and session shapes shared by the browser and the server. */
import { z } from 'zod/mini';

export const ROLES = ['tenant', 'advisor', 'admin', 'landlord', 'funder'] as const;

/** GET /api/me. */
export const meSchema = z.object({
	id: z.string(),
	email: z.string(),
	role: z.enum(ROLES)
});
export type Me = z.infer<typeof meSchema>;

/** GET /auth/providers (Auth.js): providers by id. */
export const authProvidersSchema = z.record(
	z.string(),
	z.object({ id: z.string(), name: z.string(), type: z.string() })
);
export type ProviderInfo = z.infer<typeof authProvidersSchema>[string];

/** Auth.js's JSON answer to a sign-in POST sent with `X-Auth-Return-Redirect: 1`. */
export const authRedirectSchema = z.object({ url: z.string() });

/** DELETE /api/account: the explicit word, so no stray request can erase an account. */
export const deleteAccountSchema = z.object({ confirm: z.literal('delete') });
export type DeleteAccount = z.infer<typeof deleteAccountSchema>;
