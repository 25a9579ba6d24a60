import { adminContext } from '$lib/server/admin/runtime';
import { handleRemoveLandlordStaff } from '$lib/server/admin/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const DELETE: RequestHandler = (event) => handleRemoveLandlordStaff(event, adminContext());
