import { adminContext } from '$lib/server/admin/runtime';
import { handleGetSettings, handlePutSettings } from '$lib/server/admin/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleGetSettings(event, adminContext());
export const PUT: RequestHandler = (event) => handlePutSettings(event, adminContext());
