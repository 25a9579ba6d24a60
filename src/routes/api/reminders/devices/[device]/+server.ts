import { handleSubscribe, handleUnsubscribe, reminderContext } from '$lib/server/reminders';
import type { RequestHandler } from './$types';

export const prerender = false;

export const PUT: RequestHandler = (event) => handleSubscribe(event, reminderContext());
export const DELETE: RequestHandler = (event) => handleUnsubscribe(event, reminderContext());
