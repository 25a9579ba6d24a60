import { bookingContext } from '$lib/server/bookings/runtime';
import { handleAdvisorAction } from '$lib/server/bookings/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) => handleAdvisorAction.decline(event, bookingContext());
