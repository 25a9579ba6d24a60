import { readyDb } from '$lib/server/db';
import { handleRevokeCode } from '$lib/server/landlords/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) => handleRevokeCode(event, { db: readyDb });
