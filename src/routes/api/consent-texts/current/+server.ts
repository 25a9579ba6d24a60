import { readyDb } from '$lib/server/db';
import { handleCurrentConsentTexts } from '$lib/server/consent/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleCurrentConsentTexts(event, { db: readyDb });
