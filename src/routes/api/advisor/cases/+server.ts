import { readyDb } from '$lib/server/db';
import { handleListCases } from '$lib/server/consent/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleListCases(event, { db: readyDb });
