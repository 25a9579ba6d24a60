import { readyDb } from '$lib/server/db';
import { handleWithdrawConsent } from '$lib/server/consent/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) => handleWithdrawConsent(event, { db: readyDb });
