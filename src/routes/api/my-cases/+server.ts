import { readyDb } from '$lib/server/db';
import { handleMyCases } from '$lib/server/cases/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleMyCases(event, { db: readyDb });
