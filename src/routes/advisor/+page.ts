import { redirect } from '@sveltejs/kit';

// The request queue is where an advisor's day starts.
export function load() {
	redirect(307, '/advisor/bookings');
}
