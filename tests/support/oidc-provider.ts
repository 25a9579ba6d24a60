/**
 * A real OpenID Connect provider (panva/oidc-provider 9) on 127.0.0.1 with one confidential
 * client and accounts that carry an email claim. Sign-in goes through oidc-provider's built-in
 * development login and consent pages (any login name, any password), which a browser test fills in.
 *
 * `conformIdTokenClaims: false` puts `email` into the ID token: Auth.js's `type: 'oidc'` reads
 * the profile from the ID token, and by default oidc-provider only serves `email` from userinfo.
 */
import Provider from 'oidc-provider';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestIdp {
	issuer: string;
	clientId: string;
	clientSecret: string;
	/** Login name typed on the IdP page -> the email claim it gets. */
	emailFor(login: string): string;
	close(): Promise<void>;
}

export async function startOidcProvider({
	redirectUri,
	emailDomain = 'idp.example'
}: {
	/** e.g. http://127.0.0.1:4173/auth/callback/oidc */
	redirectUri: string;
	emailDomain?: string;
}): Promise<TestIdp> {
	const server = http.createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const clientId = 'vuokra-apu-test';
	const clientSecret = 'vuokra-apu-test-secret-0123456789abcdef';
	const emailFor = (login: string) => `${login.toLowerCase()}@${emailDomain}`;

	const provider = new Provider(issuer, {
		clients: [
			{
				client_id: clientId,
				client_secret: clientSecret,
				redirect_uris: [redirectUri],
				grant_types: ['authorization_code'],
				response_types: ['code'],
				token_endpoint_auth_method: 'client_secret_basic'
			}
		],
		claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
		conformIdTokenClaims: false,
		// Explicit lifetimes (seconds) keep oidc-provider from warning about its defaults.
		ttl: {
			AccessToken: 600,
			AuthorizationCode: 60,
			Grant: 3600,
			IdToken: 600,
			Interaction: 600,
			Session: 3600
		},
		cookies: { keys: ['test-cookie-key-0123456789abcdef'] },
		pkce: { required: () => false },
		async findAccount(_ctx, sub) {
			return {
				accountId: sub,
				async claims() {
					return { sub, email: emailFor(sub), email_verified: true, name: `Test ${sub}` };
				}
			};
		}
	});
	// Quiet: the dev-interactions warning is expected in tests.
	provider.on('server_error', (_ctx, err) => console.error('[test-idp]', err));
	server.on('request', provider.callback());

	return {
		issuer,
		clientId,
		clientSecret,
		emailFor,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
