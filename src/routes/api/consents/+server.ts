import { readyDb } from '$lib/server/db';
import { handleGiveConsent, handleListConsents } from '$lib/server/consent/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleListConsents(event, { db: readyDb });
export const POST: RequestHandler = (event) => handleGiveConsent(event, { db: readyDb });
