import { readyDb } from '$lib/server/db';
import { withJsonErrors } from '$lib/server/http/guards';
import { handleAdvisorPlanChange } from '$lib/server/plans/advisor-plan';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = withJsonErrors((event) =>
	handleAdvisorPlanChange(event, { db: readyDb })
);
