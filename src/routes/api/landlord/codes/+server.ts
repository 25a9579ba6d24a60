import { readyDb } from '$lib/server/db';
import { handleCreateCodes, handleListCodes } from '$lib/server/landlords/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleListCodes(event, { db: readyDb });
export const POST: RequestHandler = (event) => handleCreateCodes(event, { db: readyDb });
