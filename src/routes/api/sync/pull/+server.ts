import { readyDb } from '$lib/server/db';
import { withJsonErrors } from '$lib/server/http/guards';
import { handlePull } from '$lib/server/sync/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = withJsonErrors((event) => handlePull(event, { db: readyDb }));
