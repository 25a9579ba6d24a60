import { adminContext } from '$lib/server/admin/runtime';
import { handleListLandlordOrgs } from '$lib/server/admin/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleListLandlordOrgs(event, adminContext());
