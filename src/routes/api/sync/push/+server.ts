import { readyDb } from '$lib/server/db';
import { withJsonErrors } from '$lib/server/http/guards';
import { handlePush } from '$lib/server/sync/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = withJsonErrors((event) => handlePush(event, { db: readyDb }));
