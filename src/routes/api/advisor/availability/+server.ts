import { bookingContext } from '$lib/server/bookings/runtime';
import { handleGetAvailability, handlePutAvailability } from '$lib/server/bookings/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleGetAvailability(event, bookingContext());
export const PUT: RequestHandler = (event) => handlePutAvailability(event, bookingContext());
