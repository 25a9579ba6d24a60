import { readyDb } from '$lib/server/db';
import { handleViewCase } from '$lib/server/consent/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleViewCase(event, { db: readyDb });
