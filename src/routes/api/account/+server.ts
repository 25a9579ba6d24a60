import { readyDb } from '$lib/server/db';
import { handleDeleteAccount } from '$lib/server/auth/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const DELETE: RequestHandler = (event) =>
	handleDeleteAccount(event, { db: readyDb, cookies: event.cookies });
