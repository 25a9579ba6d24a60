import { adminContext } from '$lib/server/admin/runtime';
import { handleSaveLandlordOrg } from '$lib/server/admin/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const PUT: RequestHandler = (event) => handleSaveLandlordOrg(event, adminContext());
