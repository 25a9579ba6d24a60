import { adminContext } from '$lib/server/admin/runtime';
import { handleSetRole } from '$lib/server/admin/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) => handleSetRole(event, adminContext());
