import { handleSlots } from '$lib/server/bookings';
import { bookingContext } from '$lib/server/bookings/runtime';
import { withJsonErrors } from '$lib/server/http/guards';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = withJsonErrors((event) => handleSlots(event, bookingContext()));
