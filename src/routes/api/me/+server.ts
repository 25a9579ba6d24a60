import { readyDb } from '$lib/server/db';
import { handleMe } from '$lib/server/auth/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleMe(event, { db: readyDb });
