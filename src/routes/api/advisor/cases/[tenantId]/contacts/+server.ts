import { readyDb } from '$lib/server/db';
import { withJsonErrors } from '$lib/server/http/guards';
import { handleRecordContact } from '$lib/server/consent/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = withJsonErrors((event) =>
	handleRecordContact(event, { db: readyDb })
);
