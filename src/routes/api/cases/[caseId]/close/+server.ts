import { readyDb } from '$lib/server/db';
import { handleCloseCase } from '$lib/server/cases/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) => handleCloseCase(event, { db: readyDb });
