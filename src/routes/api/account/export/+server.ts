import { readyDb } from '$lib/server/db';
import { handleExportAccount } from '$lib/server/auth/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleExportAccount(event, { db: readyDb });
