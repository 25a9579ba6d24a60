import { readyDb } from '$lib/server/db';
import { handleContacts } from '$lib/server/consent/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleContacts(event, { db: readyDb });
