import { readyDb } from '$lib/server/db';
import { handleAddNote } from '$lib/server/cases/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) => handleAddNote(event, { db: readyDb });
