import { readyDb } from '$lib/server/db';
import { handleReport } from '$lib/server/cases/endpoints';
import { organisationNames } from '$lib/server/landlords';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) =>
	handleReport(event, { db: readyDb, partnerNames: organisationNames });
