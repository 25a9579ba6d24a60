/**
 * Reminders in the browser, in one flow on the built server:
 * - the account page's reminders section is not asked on the visit (permission stays "default"),
 *   is axe-clean in Finnish and English and fits 320 px;
 * - opt-in in headless Chromium: the browser has no push service, so subscribing fails and the
 *   page says so plainly (email is the fallback); the subscription storage is checked through the
 *   API with the page's own session;
 * - quiet hours saved by keyboard;
 * - the service worker shows a push message delivered through the DevTools protocol, with the
 *   text and page it came with, and a tap on it (a notificationclick in the worker) opens that
 *   page in the open window;
 * - signing out removes this device's subscription on the server.
 */
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { en } from '../../src/lib/i18n/en/index';
import { marker } from './factories';
import { expectNoAxeViolations, horizontalOverflow } from './support/a11y';
import { startServer, type RunningServer } from './support/server';
import { expect, sessionsFor, test, type Sessions } from './support/session';

let server: RunningServer;
let sessions: Sessions;

test.beforeAll(async () => {
	server = await startServer({ buildDir: process.env.REMINDERS_E2E_BUILD_DIR ?? 'build' });
	sessions = sessionsFor(server);
});

test.afterAll(async () => {
	await sessions?.close();
	await server?.stop({ removeData: true });
});

function subscriptionsOf(userId: string): string[] {
	const db = new SqliteDatabase(path.join(server.dataDir, 'app.sqlite'), { readonly: true });
	try {
		return (
			db.prepare('select device_id from push_subscriptions where user_id = ?').all(userId) as {
				device_id: string;
			}[]
		).map((r) => r.device_id);
	} finally {
		db.close();
	}
}

test('reminders: opt-in explained, quiet hours, a pushed notification, sign-out removes the subscription', async ({
	device,
	m
}) => {
	test.setTimeout(90_000);
	const tenant = await device(server, 'tenant');
	const { page, context } = tenant;
	const { userId } = await sessions.signIn(context, `${marker('muistutus')}@example.test`);
	const r = m.account.reminders;

	// Counts every permission request the page makes. (Notification.permission itself cannot tell:
	// the headless shell answers "denied" before anyone is asked.)
	await context.addInitScript(() => {
		const w = window as unknown as { permissionAsks: number };
		w.permissionAsks = 0;
		const ask = Notification.requestPermission.bind(Notification);
		Notification.requestPermission = (...args: Parameters<typeof ask>) => {
			w.permissionAsks += 1;
			return ask(...args);
		};
	});
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto('/account');
	const section = page.getByTestId('reminders');
	await expect(section.getByRole('heading', { name: r.title })).toBeVisible();
	await expect(page.getByTestId('reminders-device')).toHaveText(r.deviceOff);
	// Never asked on a visit: only the button asks.
	expect(
		await page.evaluate(() => (window as unknown as { permissionAsks: number }).permissionAsks)
	).toBe(0);
	await expectNoAxeViolations(page, 'account page with reminders (fi)');
	expect(await horizontalOverflow(page)).toBe(0);

	// Opt-in: headless Chromium has no push service, so subscribe() fails; the page says what to do.
	await context.grantPermissions(['notifications'], { origin: server.url });
	await section.getByRole('button', { name: r.optIn }).click();
	// The press waits for the service worker (registered once the first load is idle) and for the
	// push service, each for a bounded time (src/lib/pwa/push.ts): the answer may take that long.
	await expect(page.getByTestId('reminders-notice')).toHaveText(
		new RegExp(`${r.notices.failed}|${r.notices.subscribed}`),
		{ timeout: 40_000 }
	);
	// The button is what asks (so the count above could have caught an ask on the visit).
	expect(
		await page.evaluate(() => (window as unknown as { permissionAsks: number }).permissionAsks)
	).toBe(1);
	const subscribedInBrowser =
		(await page.getByTestId('reminders-notice').textContent()) === r.notices.subscribed;

	// Quiet hours, saved by keyboard: Enter in the form.
	await section.getByLabel(r.quietStart, { exact: true }).fill('22:30');
	const end = section.getByLabel(r.quietEnd, { exact: true });
	await end.fill('07:15');
	await end.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('reminders-notice')).toHaveText(r.notices.saved);
	const state = await page.evaluate(async () => {
		const res = await fetch('/api/reminders?device=probe');
		return (await res.json()) as { settings: { quietStart: string; quietEnd: string } };
	});
	expect(state.settings).toMatchObject({ quietStart: '22:30', quietEnd: '07:15' });

	// The subscription storage through the API, as the page stores it (a push service address).
	const deviceId = await page.evaluate(
		() =>
			new Promise<string>((done, fail) => {
				const open = indexedDB.open('vuokra-apu');
				open.onerror = () => fail(new Error('no database'));
				open.onsuccess = () => {
					const get = open.result.transaction('meta').objectStore('meta').get('clientId');
					get.onsuccess = () => done((get.result as { value: string }).value);
					get.onerror = () => fail(new Error('no client id'));
				};
			})
	);
	if (!subscribedInBrowser) {
		const status = await page.evaluate(async (id) => {
			const res = await fetch(`/api/reminders/devices/${id}`, {
				method: 'PUT',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({
					endpoint: 'https://fcm.googleapis.com/fcm/send/e2e-test',
					keys: { p256dh: 'B'.repeat(87), auth: 'A'.repeat(22) },
					lang: 'fi'
				})
			});
			return res.status;
		}, deviceId);
		expect(status).toBe(200);
	}
	await page.reload();
	await expect(page.getByTestId('reminders-device')).toHaveText(r.deviceOn);
	expect(subscriptionsOf(userId)).toEqual([deviceId]);

	// A push message delivered to the service worker is shown as it came, with its page.
	const cdp = await context.newCDPSession(page);
	const registrationId = await new Promise<string>((done) => {
		cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
			const ours = registrations.find(
				(reg) => reg.scopeURL.startsWith(server.url) && !reg.isDeleted
			);
			if (ours) done(ours.registrationId);
		});
		void cdp.send('ServiceWorker.enable');
	});
	await page.evaluate(() => navigator.serviceWorker.ready);
	await cdp.send('ServiceWorker.deliverPushMessage', {
		origin: server.url,
		registrationId,
		data: JSON.stringify({
			title: 'Vuokra-apu',
			body: 'Sinulla on muistutus',
			url: '/plan',
			tag: 'reminder-1'
		})
	});
	await expect
		.poll(() =>
			page.evaluate(async () => {
				const reg = await navigator.serviceWorker.ready;
				return (await reg.getNotifications()).map((n) => ({
					title: n.title,
					body: n.body,
					tag: n.tag,
					url: (n.data as { url: string }).url
				}));
			})
		)
		.toEqual([
			{ title: 'Vuokra-apu', body: 'Sinulla on muistutus', tag: 'reminder-1', url: '/plan' }
		]);

	// Tapping it opens its page in the open window. The DevTools protocol cannot tap a
	// notification, so the service worker gets a notificationclick for the one it shows (an
	// untrusted event: its waitUntil refuses, but the handler's work has started by then).
	// The window must be one the worker controls for it to be moved (a page loaded before the
	// worker took over is not): reload it under the worker first.
	if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
		await page.reload();
	}
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
	const worker =
		context.serviceWorkers().find((w) => w.url().startsWith(server.url)) ??
		(await context.waitForEvent('serviceworker'));
	await worker.evaluate(async () => {
		// The worker's own globals (this file is typed for pages, not workers).
		const scope = self as unknown as EventTarget & {
			registration: ServiceWorkerRegistration;
			NotificationEvent: new (type: string, init: { notification: Notification }) => Event;
		};
		const [shown] = await scope.registration.getNotifications({ tag: 'reminder-1' });
		if (!shown) throw new Error('no notification to tap');
		scope.addEventListener('error', (e: Event) => e.preventDefault());
		try {
			scope.dispatchEvent(
				new scope.NotificationEvent('notificationclick', { notification: shown })
			);
		} catch {
			// waitUntil on an untrusted event throws after the handler started its work.
		}
	});
	await expect(page).toHaveURL(`${server.url}/plan`);
	await expect
		.poll(() =>
			page.evaluate(
				async () => (await (await navigator.serviceWorker.ready).getNotifications()).length
			)
		)
		.toBe(0);
	await page.goto('/account');

	// English: the same section, axe-clean.
	await page.evaluate(() => localStorage.setItem('lang', 'en'));
	await page.reload();
	await expect(
		page.getByTestId('reminders').getByRole('heading', { name: en.account.reminders.title })
	).toBeVisible();
	await expect(page.getByTestId('reminders-device')).toHaveText(en.account.reminders.deviceOn);
	await expectNoAxeViolations(page, 'account page with reminders (en)');
	expect(await horizontalOverflow(page)).toBe(0);

	// Signing out takes this device's subscription with it.
	await page.getByRole('button', { name: en.account.page.signOut, exact: true }).click();
	await expect(page).toHaveURL(`${server.url}/`);
	expect(subscriptionsOf(userId)).toEqual([]);
});
