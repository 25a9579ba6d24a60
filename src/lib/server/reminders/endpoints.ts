/**
 * The reminder endpoints: a signed-in user's settings and their devices' push subscriptions.
 * Every call touches only the caller's own rows (the user id comes from the session, the device
 * id names one of their devices).
 */
import type { Kysely } from 'kysely';
import {
	deviceQuerySchema,
	pushSubscriptionBodySchema,
	reminderSettingsSchema
} from '$lib/schemas/reminders';
import type { Database } from '../db/schema';
import { endpointFor, type EndpointContext } from '../http/endpoint';
import {
	countSubscriptions,
	hasSubscription,
	readSettings,
	refreshReminders,
	removeSubscription,
	saveSubscription,
	writeSettings
} from './store';
import type { VapidKeys } from './vapid';

export interface ReminderEndpointContext extends EndpointContext {
	db: () => Promise<Kysely<Database>>;
	vapid: () => VapidKeys;
	now?: () => Date;
}

const reminderEndpoint = endpointFor<ReminderEndpointContext>();

async function stateOf(
	ctx: ReminderEndpointContext,
	db: Kysely<Database>,
	userId: string,
	device: string
) {
	const [settings, subscribed, devices] = await Promise.all([
		readSettings(db, userId),
		hasSubscription(db, userId, device),
		countSubscriptions(db, userId)
	]);
	return {
		settings,
		vapidPublicKey: ctx.vapid().publicKey,
		subscribed,
		devices
	};
}

/** GET /api/reminders?device= */
export const handleReminderState = reminderEndpoint(
	{ roles: 'signed-in', limit: 'read', query: deviceQuerySchema },
	async ({ ctx, user, query }) => stateOf(ctx, await ctx.db(), user.id, query.device)
);

/** PUT /api/reminders/settings: the reminders are computed again with the new settings. */
export const handleSaveReminderSettings = reminderEndpoint(
	{ roles: 'signed-in', limit: 'write', body: reminderSettingsSchema, maxBytes: 4096 },
	async ({ ctx, user, body }) => {
		const db = await ctx.db();
		const now = ctx.now?.() ?? new Date();
		await writeSettings(db, user.id, body, now);
		await refreshReminders(db, user.id, now);
		return { settings: await readSettings(db, user.id) };
	}
);

/** PUT /api/reminders/devices/[device]: this device's push subscription (opt-in). */
export const handleSubscribe = reminderEndpoint(
	{
		roles: 'signed-in',
		limit: 'write',
		body: pushSubscriptionBodySchema,
		maxBytes: 8192,
		params: ['device']
	},
	async ({ ctx, user, body, params }) => {
		const db = await ctx.db();
		await saveSubscription(
			db,
			user.id,
			{
				deviceId: params.device,
				endpoint: body.endpoint,
				p256dh: body.keys.p256dh,
				auth: body.keys.auth,
				lang: body.lang
			},
			ctx.now?.() ?? new Date()
		);
		return stateOf(ctx, db, user.id, params.device);
	}
);

/**
 * DELETE /api/reminders/devices/[device]: opt-out, sign-out and "forget this device". Answers
 * the same whether or not there was a subscription (a retry after a lost answer is fine).
 */
export const handleUnsubscribe = reminderEndpoint(
	{ roles: 'signed-in', limit: 'write', params: ['device'] },
	async ({ ctx, user, params }) => {
		const db = await ctx.db();
		await removeSubscription(db, user.id, params.device);
		return stateOf(ctx, db, user.id, params.device);
	}
);
