/**
 * Reminder settings and this device's push subscription (src/lib/server/reminders/README.md).
 */
import {
	reminderSettingsSchema,
	reminderStateSchema,
	type PushSubscriptionBody,
	type ReminderSettingsBody
} from '$lib/schemas/reminders';
import { z } from 'zod/mini';
import { getJson, request, sendJson } from './client';

export const REMINDERS_URL = '/api/reminders';
const deviceUrl = (device: string) => `/api/reminders/devices/${encodeURIComponent(device)}`;

export const fetchReminderState = (device: string) =>
	getJson(`${REMINDERS_URL}?device=${encodeURIComponent(device)}`, reminderStateSchema);

export const saveReminderSettings = (settings: ReminderSettingsBody) =>
	sendJson(`${REMINDERS_URL}/settings`, settings, z.object({ settings: reminderSettingsSchema }), {
		method: 'PUT'
	});

export const saveSubscription = (device: string, body: PushSubscriptionBody) =>
	sendJson(deviceUrl(device), body, reminderStateSchema, { method: 'PUT' });

export const removeSubscription = (device: string) =>
	request(deviceUrl(device), reminderStateSchema, { method: 'DELETE' });
