/**
 * Reminder settings and Web Push subscriptions, shared by the account page and the server
 * (src/lib/server/reminders/README.md). zod/mini, like the other shared shapes.
 */
import { z } from 'zod/mini';
import { REMINDER_KINDS, type ReminderKind } from '$lib/domain/reminders';

export const REMINDER_LANGS = ['fi', 'sv', 'en'] as const;

const time = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM'));
const base64url = (min: number, max: number) =>
	z.string().check(z.minLength(min), z.maxLength(max), z.regex(/^[A-Za-z0-9_-]+={0,2}$/));

/**
 * A push service address: https, a host name (browsers' push services are public hosts), never
 * an IP address or localhost, so a stored subscription cannot make the server call into its own
 * network.
 */
export function isPushEndpoint(value: string): boolean {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return false;
	}
	const host = url.hostname.toLowerCase();
	return (
		url.protocol === 'https:' &&
		url.username === '' &&
		url.password === '' &&
		host.includes('.') &&
		!/^[\d.]+$/.test(host) &&
		!host.startsWith('[') &&
		host !== 'localhost' &&
		!host.endsWith('.localhost') &&
		!host.endsWith('.local') &&
		!host.endsWith('.internal')
	);
}

export const pushSubscriptionBodySchema = z.object({
	endpoint: z
		.string()
		.check(
			z.maxLength(2048),
			z.refine(isPushEndpoint, 'must be an https address of a push service')
		),
	keys: z.object({ p256dh: base64url(80, 100), auth: base64url(16, 32) }),
	lang: z.enum(REMINDER_LANGS)
});
export type PushSubscriptionBody = z.infer<typeof pushSubscriptionBodySchema>;

export const reminderKindsSchema = z.object(
	Object.fromEntries(REMINDER_KINDS.map((k) => [k, z.boolean()])) as Record<
		ReminderKind,
		z.ZodMiniBoolean
	>
);

export const reminderSettingsSchema = z.object({
	kinds: reminderKindsSchema,
	quietStart: time,
	quietEnd: time,
	detailed: z.boolean(),
	emailFallback: z.boolean(),
	digest: z.boolean(),
	lang: z.enum(REMINDER_LANGS)
});
export type ReminderSettingsBody = z.infer<typeof reminderSettingsSchema>;

/** GET /api/reminders?device=: the settings, the server's VAPID key, this device's state. */
export const reminderStateSchema = z.object({
	settings: reminderSettingsSchema,
	vapidPublicKey: z.string(),
	/** This device has a push subscription on the server. */
	subscribed: z.boolean(),
	/** Devices of this account with a subscription. */
	devices: z.int().check(z.minimum(0))
});
export type ReminderState = z.infer<typeof reminderStateSchema>;

export const deviceQuerySchema = z.object({
	device: z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9-]+$/))
});

export const okSchema = z.object({ ok: z.boolean() });
