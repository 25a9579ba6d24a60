import { bookingContext } from '$lib/server/bookings/runtime';
import { handleIcs } from '$lib/server/bookings/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleIcs(event, bookingContext());
