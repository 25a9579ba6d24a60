import { readyDb } from '$lib/server/db';
import { handleCompleteTask } from '$lib/server/cases/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) => handleCompleteTask(event, { db: readyDb });
