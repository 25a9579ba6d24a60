import { readyDb } from '$lib/server/db';
import { handleAddTask } from '$lib/server/cases/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) => handleAddTask(event, { db: readyDb });
