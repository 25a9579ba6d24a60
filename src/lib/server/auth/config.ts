/**
 * Auth.js configuration, built from the environment on first use (never at import time, so a
 * `vite build` opens no database and needs no secrets).
 *
 * Environment:
 *   AUTH_SECRET            required in production (scripts/serve.mjs generates and keeps one)
 *   SMTP_URL               smtp(s)://user:pass@host:port for sign-in emails; unset: written to
 *                          $DATA_DIR/mail/*.eml (mail/transport.ts)
 *   MAIL_FROM              sender, default "Vuokra-apu <no-reply@localhost>"
 *   OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME
 *                          optional OpenID Connect provider (all three of the first must be set)
 */
import type { SvelteKitAuthConfig } from '@auth/sveltekit';
import Nodemailer from '@auth/sveltekit/providers/nodemailer';
import type { OIDCConfig } from '@auth/core/providers';
import type { Kysely } from 'kysely';
import type { Database, Role } from '$lib/server/db/schema';
import { langFromCookieHeader, renderSignInEmail } from '$lib/server/mail/sign-in-email';
import { mailSettingsFromEnv, sendMail } from '$lib/server/mail/transport';
import { appAdapter } from './adapter';
import { normalizeSignInEmail } from './email-address';
import { SESSION_MAX_AGE_S, SESSION_UPDATE_AGE_S } from './session-user';
import { CONFIRM_PATH } from './sign-in-callback';

type Env = Record<string, string | undefined>;

/** Sign-in links are short-lived and single-use (Auth.js deletes the token when it is used). */
export const MAGIC_LINK_MINUTES = 60;

/** Only for `vite dev` and unit tests, where nobody can be signed in to anything that matters. */
const DEV_ONLY_SECRET = 'vuokra-apu-dev-only-secret-do-not-use-in-production-0000';

/**
 * The emailed link opens our confirmation page, not Auth.js's callback: opening a link (which any
 * other site can make a browser do) must never sign anyone in. The page shows the address and
 * completes the sign-in with a same-origin POST to the callback (lib/server/auth/sign-in-callback).
 */
export function confirmPageUrl(callbackUrl: string): string {
	const link = new URL(callbackUrl);
	link.pathname = CONFIRM_PATH;
	return link.href;
}

export interface OidcSettings {
	issuer: string;
	clientId: string;
	clientSecret: string;
	name: string;
}

export function oidcSettingsFromEnv(env: Env): OidcSettings | null {
	const issuer = env.OIDC_ISSUER?.trim();
	const clientId = env.OIDC_CLIENT_ID?.trim();
	const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
	if (!issuer || !clientId || !clientSecret) return null;
	return { issuer, clientId, clientSecret, name: env.OIDC_NAME?.trim() || 'OpenID Connect' };
}

export function authSecretFromEnv(env: Env, devMode: boolean): string | undefined {
	if (env.AUTH_SECRET) return env.AUTH_SECRET;
	if (!devMode) return undefined; // Auth.js refuses to start with a clear MissingSecret error.
	console.warn(
		'[auth] AUTH_SECRET is not set: using a fixed development secret. Never run production like this.'
	);
	return DEV_ONLY_SECRET;
}

interface OidcProfile extends Record<string, unknown> {
	sub: string;
	email?: string;
	name?: string;
	preferred_username?: string;
}

function oidcProvider(settings: OidcSettings): OIDCConfig<OidcProfile> {
	return {
		id: 'oidc',
		name: settings.name,
		type: 'oidc',
		issuer: settings.issuer,
		clientId: settings.clientId,
		clientSecret: settings.clientSecret,
		// Only these fields reach the "User" row; in particular no claim can set a role.
		profile(profile) {
			return {
				id: profile.sub,
				email: profile.email ?? null,
				name: profile.name ?? profile.preferred_username ?? null
			};
		}
	};
}

export function buildAuthConfig({
	env,
	db,
	devMode
}: {
	env: Env;
	db: Kysely<Database>;
	devMode: boolean;
}): SvelteKitAuthConfig {
	// Sign-in links go to the log only under `vite dev` (mail/transport.ts).
	const mail = mailSettingsFromEnv(env, { printLinks: devMode });
	const oidc = oidcSettingsFromEnv(env);
	if (!mail.smtpUrl) {
		console.warn(
			`[auth] SMTP_URL is not set: emails are written to files in ${mail.outboxDir}, not sent.`
		);
	}

	return {
		// Shared with the per-request session lookup; stores session tokens hashed (adapter.ts).
		adapter: appAdapter(db),
		secret: authSecretFromEnv(env, devMode),
		trustHost: true,
		session: {
			strategy: 'database',
			maxAge: SESSION_MAX_AGE_S,
			updateAge: SESSION_UPDATE_AGE_S
		},
		pages: {
			signIn: '/signin',
			verifyRequest: '/signin?sent=1',
			error: '/signin'
		},
		providers: [
			Nodemailer({
				// Nodemailer() insists on a server even when sendVerificationRequest below never uses it.
				server: mail.smtpUrl ?? { jsonTransport: true },
				from: mail.from,
				maxAge: MAGIC_LINK_MINUTES * 60,
				// The same normal form the per-address rate limit counts (email-address.ts).
				normalizeIdentifier: normalizeSignInEmail,
				async sendVerificationRequest({ identifier, url, request }) {
					const lang = langFromCookieHeader(request.headers.get('cookie'));
					const rendered = renderSignInEmail({
						url: confirmPageUrl(url),
						lang,
						validMinutes: MAGIC_LINK_MINUTES
					});
					await sendMail(mail, identifier, rendered);
				}
			}),
			...(oidc ? [oidcProvider(oidc)] : [])
		],
		callbacks: {
			// What GET /auth/session answers, readable by any script in the page: only what the UI
			// needs. Auth.js hands in the stored session, token and user id included; none of that
			// may be copied through.
			session({ session, user }) {
				const role: Role = user.role ?? 'tenant';
				return { user: { email: user.email, role }, expires: session.expires };
			}
		}
	};
}
