/**
 * Rate limits for the Auth.js endpoints that send email or start a sign-in: POST /auth/signin/*
 * and POST /auth/callback/*. Per client IP, and for email sign-in also per address, so nobody
 * can flood one person's inbox from many IPs. Both go through the app's one limiter
 * (`rateLimit`), so they hold across server instances on one database.
 *
 * The address is read from the body the way Auth.js reads it (JSON or form; for a repeated form
 * field the last value wins) and counted in the normal form Auth.js sends to
 * (`normalizeEmailAddress`), so no spelling of one mailbox gets a fresh allowance.
 *
 * AUTH_RATE_LIMIT (sign-in POSTs per IP per 10 minutes, default 30) can be raised for a service
 * whose users share one public IP (a social office behind NAT).
 */
import type { RequestEvent } from '@sveltejs/kit';
import { rateLimit } from '$lib/server/http/guards';
import { normalizeEmailAddress } from './email-address';

const WINDOW_MS = 10 * 60_000;
const PER_EMAIL = 5;

export function isSignInPost(method: string, pathname: string): boolean {
	return (
		method === 'POST' &&
		(pathname.startsWith('/auth/signin/') || pathname.startsWith('/auth/callback/'))
	);
}

/** The body's `email` field as Auth.js's request parser sees it (undefined when there is none). */
async function bodyEmail(request: Request): Promise<unknown> {
	const type = request.headers.get('content-type') ?? '';
	try {
		if (type.includes('application/json')) {
			const body: unknown = await request.clone().json();
			return typeof body === 'object' && body !== null && 'email' in body ? body.email : undefined;
		}
		if (type.includes('application/x-www-form-urlencoded')) {
			return Object.fromEntries(new URLSearchParams(await request.clone().text())).email;
		}
	} catch {
		// Unparseable: Auth.js cannot read an address from it either.
	}
	return undefined;
}

/** Throws HttpProblem(429) (lib/server/http/guards) when over a limit. Reads a clone of the body, never the original. */
export async function limitSignIn(
	event: Pick<RequestEvent, 'request' | 'url' | 'getClientAddress'>,
	perIp: number
): Promise<void> {
	await rateLimit(`auth:ip:${event.getClientAddress()}`, perIp, WINDOW_MS);
	if (!event.url.pathname.startsWith('/auth/signin/')) return;
	const raw = await bodyEmail(event.request);
	if (raw === undefined) return;
	// Anything that is not one address is refused by Auth.js's normalizeIdentifier and sends
	// nothing; it still counts against the IP above.
	const email = normalizeEmailAddress(raw);
	if (email) await rateLimit(`auth:email:${email}`, PER_EMAIL, WINDOW_MS);
}

export function perIpLimitFromEnv(env: Record<string, string | undefined>): number {
	const n = Number(env.AUTH_RATE_LIMIT);
	return Number.isInteger(n) && n > 0 ? n : 30;
}
