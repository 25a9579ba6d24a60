import { bookingContext } from '$lib/server/bookings/runtime';
import { handleCreateBooking, handleListBookings } from '$lib/server/bookings/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleListBookings(event, bookingContext());
export const POST: RequestHandler = (event) => handleCreateBooking(event, bookingContext());
