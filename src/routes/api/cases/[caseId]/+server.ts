import { readyDb } from '$lib/server/db';
import { handleGetCase, handleUpdateCase } from '$lib/server/cases/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleGetCase(event, { db: readyDb });
export const POST: RequestHandler = (event) => handleUpdateCase(event, { db: readyDb });
