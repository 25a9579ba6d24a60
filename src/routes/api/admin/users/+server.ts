import { adminContext } from '$lib/server/admin/runtime';
import { handleInviteUser, handleListUsers } from '$lib/server/admin/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleListUsers(event, adminContext());
export const POST: RequestHandler = (event) => handleInviteUser(event, adminContext());
