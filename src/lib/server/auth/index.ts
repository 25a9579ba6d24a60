/**
 * Auth.js for SvelteKit: email magic links (Nodemailer) and an optional OpenID Connect provider,
 * database sessions through @auth/kysely-adapter (revocable: sign-out and account deletion
 * remove the rows; tokens stored hashed, adapter.ts). Routes live under /auth/* (signin,
 * callback, signout, session, csrf, providers).
 */
import { SvelteKitAuth, type SvelteKitAuthConfig } from '@auth/sveltekit';
import type { LoggerInstance } from '@auth/core/types';
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { getDb } from '$lib/server/db';
import { safeErrorSummary } from '$lib/server/log/safe-error';
import { buildAuthConfig } from './config';

/**
 * Auth.js's default logger prints error messages, causes and their details (request bodies,
 * provider answers, addresses). Only the error's type and its cause's class and code go to the
 * log; warnings are codes anyway; debug output is never produced.
 */
export const authLogger: Partial<LoggerInstance> = {
	error(error) {
		const type = (error as { type?: unknown }).type;
		const cause = (error.cause as { err?: unknown } | undefined)?.err ?? error.cause;
		console.error(
			`[auth][error] ${typeof type === 'string' ? type : error.name}` +
				(cause ? `; cause: ${safeErrorSummary(cause).split('\n')[0]}` : '')
		);
	},
	warn(code) {
		console.warn(`[auth][warn] ${code}`);
	},
	debug() {}
};

let config: SvelteKitAuthConfig | undefined;

/** Built on the first request: `vite build` (prerendering) never reaches this. */
function authConfig(): SvelteKitAuthConfig {
	config ??= {
		...buildAuthConfig({ env, db: getDb(), devMode: dev || !!env.VITEST }),
		logger: authLogger
	};
	return config;
}

export const { handle: authHandle, signIn, signOut } = SvelteKitAuth(async () => authConfig());
