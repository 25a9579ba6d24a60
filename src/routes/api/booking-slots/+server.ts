import { bookingContext } from '$lib/server/bookings/runtime';
import { handleSlots } from '$lib/server/bookings/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleSlots(event, bookingContext());
