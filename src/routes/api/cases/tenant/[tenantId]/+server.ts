import { readyDb } from '$lib/server/db';
import { handleCaseOfTenant } from '$lib/server/cases/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleCaseOfTenant(event, { db: readyDb });
