import { readyDb } from '$lib/server/db';
import { handleReceipt } from '$lib/server/consent/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleReceipt(event, { db: readyDb });
