/**
 * Auth.js for SvelteKit: email magic links (Nodemailer) and an optional OpenID Connect provider,
 * database sessions through @auth/kysely-adapter (revocable: sign-out and account deletion
 * remove the rows). Routes live under /auth/* (signin, callback, signout, session, csrf, providers).
 */
import { SvelteKitAuth, type SvelteKitAuthConfig } from '@auth/sveltekit';
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { getDb } from '$lib/server/db';
import { buildAuthConfig } from './config';

let config: SvelteKitAuthConfig | undefined;

/** Built on the first request: `vite build` (prerendering) never reaches this. */
function authConfig(): SvelteKitAuthConfig {
	config ??= buildAuthConfig({ env, db: getDb(), devMode: dev || !!env.VITEST });
	return config;
}

export const { handle: authHandle, signIn, signOut } = SvelteKitAuth(async () => authConfig());

export { requireRole, requireUser } from './guards';
