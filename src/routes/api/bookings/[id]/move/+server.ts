import { bookingContext } from '$lib/server/bookings/runtime';
import { handleMove } from '$lib/server/bookings/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) => handleMove(event, bookingContext());
