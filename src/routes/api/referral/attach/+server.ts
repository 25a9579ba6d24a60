import { readyDb } from '$lib/server/db';
import { lookupLimitFromEnv } from '$lib/server/landlords/runtime';
import { handleAttachCode } from '$lib/server/landlords/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) =>
	handleAttachCode(event, {
		db: readyDb,
		clientAddress: event.getClientAddress(),
		lookupLimit: lookupLimitFromEnv()
	});
