import { readyDb } from '$lib/server/db';
import { withJsonErrors } from '$lib/server/http/guards';
import { handleViewCase } from '$lib/server/consent/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = withJsonErrors((event) =>
	handleViewCase(event, { db: readyDb })
);
