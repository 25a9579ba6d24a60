import { readyDb } from '$lib/server/db';
import { handleAccessLog } from '$lib/server/consent/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleAccessLog(event, { db: readyDb });
