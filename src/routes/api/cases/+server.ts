import { readyDb } from '$lib/server/db';
import { handleCaseList } from '$lib/server/cases/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleCaseList(event, { db: readyDb });
