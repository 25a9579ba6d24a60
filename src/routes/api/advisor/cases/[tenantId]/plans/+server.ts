import { readyDb } from '$lib/server/db';
import { handleAdvisorPlanChange } from '$lib/server/plans/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) => handleAdvisorPlanChange(event, { db: readyDb });
