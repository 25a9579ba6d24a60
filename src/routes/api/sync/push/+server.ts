import { readyDb } from '$lib/server/db';
import { handlePush } from '$lib/server/sync/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) => handlePush(event, { db: readyDb });
