import { readyDb } from '$lib/server/db';
import { handleFollowUp } from '$lib/server/consent/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleFollowUp(event, { db: readyDb });
