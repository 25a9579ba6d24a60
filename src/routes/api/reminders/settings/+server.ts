import { handleSaveReminderSettings, reminderContext } from '$lib/server/reminders';
import type { RequestHandler } from './$types';

export const prerender = false;

export const PUT: RequestHandler = (event) => handleSaveReminderSettings(event, reminderContext());
