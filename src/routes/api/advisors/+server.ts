import { bookingContext } from '$lib/server/bookings/runtime';
import { handleAdvisors } from '$lib/server/bookings/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleAdvisors(event, bookingContext());
