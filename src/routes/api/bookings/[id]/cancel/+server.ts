import { bookingContext } from '$lib/server/bookings/runtime';
import { handleTenantCancel } from '$lib/server/bookings/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) => handleTenantCancel(event, bookingContext());
