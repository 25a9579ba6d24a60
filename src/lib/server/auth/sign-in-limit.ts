/**
 * Rate limits for the Auth.js endpoints that send email or start a sign-in: POST /auth/signin/*
 * and POST /auth/callback/*. Per client IP, and for email sign-in also per address, so nobody
 * can flood one person's inbox from many IPs. Uses the shared in-memory token buckets.
 *
 * AUTH_RATE_LIMIT (sign-in POSTs per IP per 10 minutes, default 30) can be raised for a service
 * whose users share one public IP (a social office behind NAT).
 */
import type { RequestEvent } from '@sveltejs/kit';
import { rateLimit } from '$lib/server/http/guards';

const WINDOW_MS = 10 * 60_000;
const PER_EMAIL = 5;

export function isSignInPost(method: string, pathname: string): boolean {
	return (
		method === 'POST' &&
		(pathname.startsWith('/auth/signin/') || pathname.startsWith('/auth/callback/'))
	);
}

/** Throws HttpProblem(429) (lib/server/http/guards) when over a limit. Reads a clone of the body, never the original. */
export async function limitSignIn(
	event: Pick<RequestEvent, 'request' | 'url' | 'getClientAddress'>,
	perIp: number
): Promise<void> {
	rateLimit(`auth:ip:${event.getClientAddress()}`, perIp, WINDOW_MS);
	if (!event.url.pathname.startsWith('/auth/signin/nodemailer')) return;
	const type = event.request.headers.get('content-type') ?? '';
	if (!type.startsWith('application/x-www-form-urlencoded')) return;
	const form = new URLSearchParams(await event.request.clone().text());
	const email = form.get('email')?.trim().toLowerCase();
	if (email) rateLimit(`auth:email:${email}`, PER_EMAIL, WINDOW_MS);
}

export function perIpLimitFromEnv(env: Record<string, string | undefined>): number {
	const n = Number(env.AUTH_RATE_LIMIT);
	return Number.isInteger(n) && n > 0 ? n : 30;
}
