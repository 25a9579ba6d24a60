import { handleAdvisorAction } from '$lib/server/bookings';
import { bookingContext } from '$lib/server/bookings/runtime';
import { withJsonErrors } from '$lib/server/http/guards';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = withJsonErrors((event) =>
	handleAdvisorAction(event, bookingContext(), event.params.id, 'confirm')
);
