import { readyDb } from '$lib/server/db';
import { handleConsentTextVersion } from '$lib/server/consent/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleConsentTextVersion(event, { db: readyDb });
