import { readyDb } from '$lib/server/db';
import { withJsonErrors } from '$lib/server/http/guards';
import { handleWithdrawConsent } from '$lib/server/consent/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = withJsonErrors((event) =>
	handleWithdrawConsent(event, { db: readyDb })
);
