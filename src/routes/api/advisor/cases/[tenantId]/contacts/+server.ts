import { readyDb } from '$lib/server/db';
import { handleRecordContact } from '$lib/server/consent/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) => handleRecordContact(event, { db: readyDb });
