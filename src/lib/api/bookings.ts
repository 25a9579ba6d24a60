/**
 * The booking endpoints (src/lib/server/bookings/README.md), typed and parsed with the shared
 * shapes. The tenant's commands (request, move, cancel) are not sent from here but queued
 * (`$lib/state/booking.svelte`), so an offline tap is kept; their URLs live here.
 */
import { z } from 'zod/mini';
import {
	advisorBookingViewSchema,
	advisorPublicSchema,
	availabilitySchema,
	bookingViewSchema,
	slotSchema,
	slotsResponseSchema,
	type Slot
} from '$lib/schemas/booking';
import { field, getJson, readProblem, sendJson, type ApiProblem } from './client';

export const advisorsResponse = z.object({ advisors: z.array(advisorPublicSchema) });
export type AdvisorsResponse = z.infer<typeof advisorsResponse>;
export const myBookingsResponse = z.object({
	bookings: z.array(bookingViewSchema),
	serverTime: z.string()
});
export type MyBookings = z.infer<typeof myBookingsResponse>;
export const bookingResponse = z.object({ booking: bookingViewSchema });
export const advisorListResponse = z.object({
	view: z.string(),
	from: z.optional(z.string()),
	to: z.optional(z.string()),
	bookings: z.array(advisorBookingViewSchema),
	serverTime: z.string()
});
export type AdvisorList = z.infer<typeof advisorListResponse>;
export const availabilityResponse = z.object({
	advisorId: z.string(),
	configured: z.boolean(),
	availability: availabilitySchema
});

/** A booking refusal: the problem, and with `slot_taken`/`not_offered` the nearest free times. */
export type BookingProblem = ApiProblem & { nearest: Slot[] };
const nearestSchema = z.array(slotSchema);

export function bookingProblem(status: number, body: unknown): BookingProblem {
	const nearest = nearestSchema.safeParse(field(body, 'nearest'));
	return { ...readProblem(status, body), nearest: nearest.success ? nearest.data : [] };
}

// --- the tenant -------------------------------------------------------------------------------

export const ADVISORS_URL = '/api/advisors';
export const MY_BOOKINGS_URL = '/api/bookings';
/** POST: a booking request (sent through the pending queue). */
export const REQUEST_URL = '/api/bookings';

export const slotsUrl = (advisor: string) =>
	`/api/booking-slots?advisor=${encodeURIComponent(advisor)}&days=14`;

export const bookingUrl = (id: string, action: 'cancel' | 'move' | 'ics') =>
	`/api/bookings/${encodeURIComponent(id)}/${action}`;

export const fetchAdvisors = () => getJson(ADVISORS_URL, advisorsResponse);
export const fetchSlots = (advisor: string) => getJson(slotsUrl(advisor), slotsResponseSchema);
export const fetchMyBookings = () => getJson(MY_BOOKINGS_URL, myBookingsResponse);

// --- the advisor ------------------------------------------------------------------------------

export function fetchAdvisorBookings(view: string, date?: string) {
	return getJson(
		`/api/advisor/bookings?view=${view}${date ? `&date=${date}` : ''}`,
		advisorListResponse
	);
}

/** Confirm, decline (optionally proposing times) or cancel a booking. */
export function answerBooking(
	id: string,
	action: 'confirm' | 'decline' | 'cancel',
	body: object = {}
) {
	return sendJson(
		`/api/advisor/bookings/${encodeURIComponent(id)}/${action}`,
		body,
		bookingResponse
	);
}

/** Admins name another advisor (`advisor` = their id); advisors edit their own. */
const availabilityUrl = (advisor?: string | null) =>
	`/api/advisor/availability${advisor ? `?advisor=${encodeURIComponent(advisor)}` : ''}`;

export const fetchAvailability = (advisor?: string | null) =>
	getJson(availabilityUrl(advisor), availabilityResponse);

/** PUT the advisor's weekly times, exceptions and channels (validated by the server). */
export function saveAvailability(availability: object, advisor?: string | null) {
	return sendJson(availabilityUrl(advisor), availability, availabilityResponse, {
		method: 'PUT'
	});
}
