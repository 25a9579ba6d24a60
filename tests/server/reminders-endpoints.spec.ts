/**
 * The reminder endpoints with real Requests on SQLite and PostgreSQL: who may call, that each
 * call touches only the caller's rows, and field-level refusals.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EndpointEvent } from '$lib/server/http/endpoint';
import { withJsonErrors, type SessionUser } from '$lib/server/http/guards';
import {
	handleReminderState,
	handleSaveReminderSettings,
	handleSubscribe,
	handleUnsubscribe,
	type ReminderEndpointContext
} from '$lib/server/reminders/endpoints';
import { DEFAULT_SETTINGS } from '$lib/server/reminders/store';
import { vapidKeysFromEnv } from '$lib/server/reminders/vapid';
import { BACKENDS, useBackend } from './backends';

const ORIGIN = 'https://vuokra.example';
const dataDir = mkdtempSync(join(tmpdir(), 'vuokra-reminder-ep-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const P256DH = 'B'.repeat(87);
const AUTH = 'A'.repeat(22);
const subscription = (endpoint = 'https://fcm.googleapis.com/fcm/send/abc') => ({
	endpoint,
	keys: { p256dh: P256DH, auth: AUTH },
	lang: 'fi'
});

function event(
	path: string,
	user: SessionUser | null,
	init: { method?: string; body?: unknown; origin?: string; params?: Record<string, string> } = {}
): EndpointEvent {
	const url = new URL(`${ORIGIN}${path}`);
	const request = new Request(url, {
		method: init.method ?? 'GET',
		body: init.body === undefined ? null : JSON.stringify(init.body),
		headers: {
			origin: init.origin ?? ORIGIN,
			...(init.body === undefined ? {} : { 'content-type': 'application/json' })
		}
	});
	return { request, url, locals: { user }, params: init.params };
}

describe.each(BACKENDS)('reminder endpoints on %s', (kind) => {
	const b = useBackend(kind);
	const ctx: ReminderEndpointContext = {
		db: () => Promise.resolve(b.db),
		vapid: () => vapidKeysFromEnv({ DATA_DIR: dataDir }),
		limits: { read: [1e9, 1000], write: [1e9, 1000] }
	};
	const state = withJsonErrors((e: EndpointEvent) => handleReminderState(e, ctx));
	const save = withJsonErrors((e: EndpointEvent) => handleSaveReminderSettings(e, ctx));
	const sub = withJsonErrors((e: EndpointEvent) => handleSubscribe(e, ctx));
	const unsub = withJsonErrors((e: EndpointEvent) => handleUnsubscribe(e, ctx));

	async function user(role: SessionUser['role'] = 'tenant'): Promise<SessionUser> {
		const id = await b.newUser();
		return { id, email: `${id}@example.test`, role };
	}

	const devicePath = (d: string) => `/api/reminders/devices/${d}`;

	it('refuses the signed-out (401) and other origins (403)', async () => {
		expect((await state(event('/api/reminders?device=d1', null))).status).toBe(401);
		const u = await user();
		const cross = await sub(
			event(devicePath('d1'), u, {
				method: 'PUT',
				body: subscription(),
				origin: 'https://evil.example',
				params: { device: 'd1' }
			})
		);
		expect(cross.status).toBe(403);
		const rows = await b.db
			.selectFrom('push_subscriptions')
			.select('id')
			.where('user_id', '=', u.id)
			.execute();
		expect(rows).toEqual([]);
	});

	it("stores this device's subscription, and one user cannot remove another's", async () => {
		const alice = await user();
		const mallory = await user();
		const res = await sub(
			event(devicePath('phone-1'), alice, {
				method: 'PUT',
				body: subscription(),
				params: { device: 'phone-1' }
			})
		);
		expect(res.status).toBe(200);
		const body = (await res.json()) as {
			subscribed: boolean;
			devices: number;
			vapidPublicKey: string;
		};
		expect(body).toMatchObject({ subscribed: true, devices: 1 });
		expect(body.vapidPublicKey).toMatch(/^[A-Za-z0-9_-]{80,}$/);

		// Mallory names Alice's device id: only Mallory's own rows are touched.
		const del = await unsub(
			event(devicePath('phone-1'), mallory, { method: 'DELETE', params: { device: 'phone-1' } })
		);
		expect(del.status).toBe(200);
		const still = await state(event('/api/reminders?device=phone-1', alice));
		expect(await still.json()).toMatchObject({ subscribed: true });

		// Alice signs out: her device's subscription goes.
		const out = await unsub(
			event(devicePath('phone-1'), alice, { method: 'DELETE', params: { device: 'phone-1' } })
		);
		expect(await out.json()).toMatchObject({ subscribed: false, devices: 0 });
	});

	it('refuses an endpoint that is not a public https push service, naming the field', async () => {
		const u = await user();
		for (const endpoint of [
			'http://fcm.googleapis.com/x',
			'https://127.0.0.1/push',
			'https://localhost/push',
			'https://[::1]/push',
			'https://user:pw@push.example.com/x'
		]) {
			const res = await sub(
				event(devicePath('d2'), u, {
					method: 'PUT',
					body: subscription(endpoint),
					params: { device: 'd2' }
				})
			);
			expect(res.status, endpoint).toBe(400);
			const problem = (await res.json()) as { issues: { path: string }[] };
			expect(problem.issues.map((i) => i.path)).toEqual(['endpoint']);
		}
		const bad = await sub(
			event(devicePath('d2'), u, {
				method: 'PUT',
				body: { ...subscription(), keys: { p256dh: 'short', auth: AUTH } },
				params: { device: 'd2' }
			})
		);
		expect(((await bad.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe(
			'keys.p256dh'
		);
	});

	it('saves the settings (quiet hours, switches, detail) and refuses a bad time by name', async () => {
		const u = await user();
		const fresh = await state(event('/api/reminders?device=d3', u));
		expect(await fresh.json()).toMatchObject({ settings: DEFAULT_SETTINGS, subscribed: false });
		const settings = {
			...DEFAULT_SETTINGS,
			quietStart: '22:00',
			quietEnd: '07:30',
			detailed: true,
			kinds: { ...DEFAULT_SETTINGS.kinds, checkin: false }
		};
		const res = await save(event('/api/reminders/settings', u, { method: 'PUT', body: settings }));
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ settings });
		const bad = await save(
			event('/api/reminders/settings', u, {
				method: 'PUT',
				body: { ...settings, quietEnd: '25:00' }
			})
		);
		expect(bad.status).toBe(400);
		expect(((await bad.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe('quietEnd');
		const after = await state(event('/api/reminders?device=d3', u));
		expect(((await after.json()) as { settings: unknown }).settings).toEqual(settings);
	});
});
