/**
 * The browser's side of Web Push: asking permission and subscribing this browser with the
 * server's VAPID key, and unsubscribing. Every failure is a reason the page can explain; nothing
 * here throws.
 */

export type PushFailure = 'unsupported' | 'denied' | 'noWorker' | 'failed';
export type PushSubscribeResult =
	{ ok: true; endpoint: string; p256dh: string; auth: string } | { ok: false; reason: PushFailure };

export function pushSupported(): boolean {
	return (
		typeof window !== 'undefined' &&
		'serviceWorker' in navigator &&
		'PushManager' in window &&
		'Notification' in window
	);
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
	const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
	const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
	const bytes = new Uint8Array(new ArrayBuffer(raw.length));
	for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
	return bytes;
}

function base64url(buffer: ArrayBuffer | null): string {
	if (!buffer) return '';
	let text = '';
	for (const byte of new Uint8Array(buffer)) text += String.fromCharCode(byte);
	return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** How long a press waits for the service worker, which registers once the first load is idle. */
const WORKER_WAIT_MS = 15_000;
/**
 * How long subscribing may take: the browser asks its push service, which on a phone without a
 * connection (or a browser without one) may never answer.
 */
const SUBSCRIBE_WAIT_MS = 20_000;

/** `promise`'s value, or `undefined` once `ms` has passed without one. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<undefined>((done) => (timer = setTimeout(() => done(undefined), ms)));
	return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * The active worker's registration. Waits for it: the page registers its worker only once the
 * first load is idle, so a press soon after the first visit would otherwise find none.
 */
async function registration(): Promise<ServiceWorkerRegistration | undefined> {
	return within(navigator.serviceWorker.ready, WORKER_WAIT_MS).catch(() => undefined);
}

/** Asks permission (only when the user pressed the button) and subscribes this browser. */
export async function subscribeThisBrowser(vapidPublicKey: string): Promise<PushSubscribeResult> {
	if (!pushSupported()) return { ok: false, reason: 'unsupported' };
	const permission = await Notification.requestPermission().catch(() => 'denied' as const);
	if (permission !== 'granted') return { ok: false, reason: 'denied' };
	const reg = await registration();
	if (!reg) return { ok: false, reason: 'noWorker' };
	try {
		const sub = await within(
			reg.pushManager.subscribe({
				userVisibleOnly: true,
				applicationServerKey: keyBytes(vapidPublicKey)
			}),
			SUBSCRIBE_WAIT_MS
		);
		if (!sub) return { ok: false, reason: 'failed' };
		return {
			ok: true,
			endpoint: sub.endpoint,
			p256dh: base64url(sub.getKey('p256dh')),
			auth: base64url(sub.getKey('auth'))
		};
	} catch {
		// No push service reachable (some browsers, headless ones), or the key was refused.
		return { ok: false, reason: 'failed' };
	}
}

/** Removes this browser's subscription, if any (sign-out, opt-out). */
export async function unsubscribeThisBrowser(): Promise<void> {
	if (!pushSupported()) return;
	// Only a registered worker can hold a subscription; do not wait for one that is not there.
	const reg = await navigator.serviceWorker.getRegistration().catch(() => undefined);
	const sub = await reg?.pushManager.getSubscription().catch(() => null);
	await sub?.unsubscribe().catch(() => false);
}
