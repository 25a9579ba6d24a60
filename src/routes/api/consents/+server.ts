import { readyDb } from '$lib/server/db';
import { withJsonErrors } from '$lib/server/http/guards';
import { handleGiveConsent, handleListConsents } from '$lib/server/consent/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = withJsonErrors((event) =>
	handleListConsents(event, { db: readyDb })
);
export const POST: RequestHandler = withJsonErrors((event) =>
	handleGiveConsent(event, { db: readyDb })
);
