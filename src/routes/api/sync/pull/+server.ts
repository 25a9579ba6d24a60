import { readyDb } from '$lib/server/db';
import { handlePull } from '$lib/server/sync/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handlePull(event, { db: readyDb });
