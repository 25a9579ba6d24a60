/**
 * Sends one Web Push message (RFC 8030). `web-push` encrypts the payload (RFC 8291, aes128gcm)
 * and signs the VAPID header (RFC 8292); the request itself goes through fetch, so a timeout and
 * keep-alive come from the platform and a loopback push service in tests can be plain HTTP.
 */
import { createHash } from 'node:crypto';
import webpush from 'web-push';
import type { VapidKeys } from './vapid';

export interface PushTarget {
	endpoint: string;
	p256dh: string;
	auth: string;
}

export interface PushResult {
	/** The push service's HTTP status; 0 when it could not be reached. */
	status: number;
}

export interface PushSender {
	send(target: PushTarget, payload: string, topic: string): Promise<PushResult>;
}

export interface WebPushOptions {
	timeoutMs?: number;
	/** How long the push service keeps an undelivered message (seconds). */
	ttlSeconds?: number;
}

/** A Topic header (at most 32 base64url characters) for a reminder id. */
export function topicFor(id: string): string {
	return createHash('sha256').update(id).digest('base64url').slice(0, 32);
}

/** How long a signed VAPID header is reused for one push service (its JWT is valid for 12 h). */
const VAPID_REUSE_MS = 60 * 60_000;
const VAPID_VALID_S = 12 * 60 * 60;

export function webPushSender(keys: VapidKeys, options: WebPushOptions = {}): PushSender {
	const timeoutMs = options.timeoutMs ?? 10_000;
	const ttl = String(options.ttlSeconds ?? 24 * 60 * 60);
	// Signing the VAPID JWT (ES256, with the key converted from its raw form on every call) cost
	// twice the payload's encryption; one header per push service origin and hour is enough.
	const vapidCache = new Map<string, { header: string; until: number }>();
	const vapidHeader = (endpoint: string): string => {
		const audience = new URL(endpoint).origin;
		const now = Date.now();
		const cached = vapidCache.get(audience);
		if (cached && cached.until > now) return cached.header;
		const { Authorization } = webpush.getVapidHeaders(
			audience,
			keys.subject,
			keys.publicKey,
			keys.privateKey,
			'aes128gcm',
			Math.floor(now / 1000) + VAPID_VALID_S
		);
		if (vapidCache.size > 100) vapidCache.clear();
		vapidCache.set(audience, { header: Authorization, until: now + VAPID_REUSE_MS });
		return Authorization;
	};
	return {
		async send(target, payload, topic) {
			try {
				const { cipherText } = webpush.encrypt(target.p256dh, target.auth, payload, 'aes128gcm');
				const response = await fetch(target.endpoint, {
					method: 'POST',
					headers: {
						TTL: ttl,
						'Content-Encoding': 'aes128gcm',
						'Content-Type': 'application/octet-stream',
						Urgency: 'normal',
						// A message sent again after a crash replaces the first one if it is still queued.
						Topic: topic,
						Authorization: vapidHeader(target.endpoint)
					},
					body: new Uint8Array(cipherText),
					redirect: 'error',
					signal: AbortSignal.timeout(timeoutMs)
				});
				await response.arrayBuffer().catch(() => undefined);
				return { status: response.status };
			} catch {
				return { status: 0 };
			}
		}
	};
}
