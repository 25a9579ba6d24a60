import { readyDb } from '$lib/server/db';
import { handleDisplayName, handleGetDisplayName } from '$lib/server/cases/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) => handleDisplayName(event, { db: readyDb });
export const GET: RequestHandler = (event) => handleGetDisplayName(event, { db: readyDb });
