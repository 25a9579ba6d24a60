// Two devices of one tenant create the same fixed-id rows before either has pulled, and edit the
// same plain field: in real Chromium against the real built server (scripts/serve.mjs) and its
// SQLite file. Each device is its own browser context (own IndexedDB, cookies, network switch).
//
// SYNC_E2E_BUILD_DIR serves a build other than build/.
import SqliteDatabase from 'better-sqlite3';
import path from 'node:path';
import { axeFor } from './support/a11y';
import { SituationPage } from './pages/situation-page';
import { freePort, startServer, type RunningServer } from './support/server';
import {
	expect,
	expectOfflineWaiting,
	expectUpToDate,
	nextPush,
	sessionsFor,
	test,
	type Device,
	type Sessions
} from './support/session';
import type { Messages } from '../../src/lib/i18n/fi/index';

const BUILD_DIR = process.env.SYNC_E2E_BUILD_DIR ?? 'build';

let emails = 0;
const newEmail = () => `race-${Date.now().toString(36)}-${++emails}@example.test`;

function serverRow(server: RunningServer, userId: string, entity: string): unknown {
	const db = new SqliteDatabase(path.join(server.dataDir, 'app.sqlite'), { readonly: true });
	try {
		const row = db
			.prepare('select data from sync_rows where user_id = ? and entity = ?')
			.get(userId, entity) as { data: string } | undefined;
		return row ? JSON.parse(row.data) : undefined;
	} finally {
		db.close();
	}
}

async function openSignedIn(
	device: Device,
	m: Messages,
	step: 'household' | 'home'
): Promise<SituationPage> {
	const situation = new SituationPage(device.page, m);
	await situation.goto(step);
	await expectUpToDate(device.page, m);
	return situation;
}

async function blur(device: Device): Promise<void> {
	await device.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Reconnects `first`, then `second`, each until it is up to date; then `first` reloads (pulls). */
async function reconnect(first: Device, second: Device, m: Messages): Promise<void> {
	await first.context.setOffline(false);
	await expectUpToDate(first.page, m);
	await second.context.setOffline(false);
	await expectUpToDate(second.page, m);
	await first.page.reload();
	await expectUpToDate(first.page, m);
}

test.describe('two devices racing on one row (SQLite)', () => {
	let server: RunningServer;
	let sessions: Sessions;

	test.beforeAll(async () => {
		server = await startServer({ buildDir: BUILD_DIR, port: await freePort() });
		sessions = sessionsFor(server);
	});

	test.afterAll(async () => {
		await sessions?.close();
		await server?.stop({ removeData: true });
	});

	for (const firstName of ['A', 'B'] as const) {
		test(`the home created on both devices keeps every field either set (${firstName} reconnects first)`, async ({
			device,
			m
		}) => {
			test.setTimeout(120_000);
			const h = m.situation.home;
			const email = newEmail();
			const a = await device(server, 'A');
			const b = await device(server, 'B');
			const { userId } = await sessions.signIn(a.context, email);
			await sessions.signIn(b.context, email);
			const onA = await openSignedIn(a, m, 'home');
			const onB = await openSignedIn(b, m, 'home');

			// Nothing exists yet: each device creates the home row on its own, offline.
			await a.context.setOffline(true);
			await b.context.setOffline(true);
			await onA.fillText(h.dueDay, '5');
			await onA.event('termination').tap();
			await expect(onA.event('termination')).toBeChecked();
			await onA.eventDate('termination').fill('2026-10-01');
			await onA.fillMoney(h.arrears, '1440');
			await onB.fillText(h.arrearsMonths, '2');
			// Leave no field focused: a field being typed in keeps its text over pulled values.
			await blur(a);
			await blur(b);
			await expectOfflineWaiting(a.page, m, 1);
			await expectOfflineWaiting(b.page, m, 1);

			const [first, second] = firstName === 'A' ? [a, b] : [b, a];
			await reconnect(first, second, m);

			for (const d of [a, b]) {
				const page = d.page;
				await expect(page.getByLabel(h.dueDay, { exact: true })).toHaveValue('5');
				await expect(new SituationPage(page, m).event('termination')).toBeChecked();
				await expect(new SituationPage(page, m).eventDate('termination')).toHaveValue('2026-10-01');
				await expect(page.getByLabel(h.arrears, { exact: true })).toHaveValue(/^1\s?440,00$/);
				await expect(page.getByLabel(h.arrearsMonths, { exact: true })).toHaveValue('2');
				// B never touched the arrears amount: there is nothing to choose between.
				await expect(page.getByTestId('conflicts')).toHaveCount(0);
			}
			expect(serverRow(server, userId, 'home')).toMatchObject({
				dueDay: 5,
				termination: { happened: true, date: '2026-10-01' },
				arrearsCents: 144_000,
				arrearsMonths: 2
			});
		});
	}

	test('a plain field changed on both: the device whose value won is told what it replaced and can restore it', async ({
		device,
		m
	}) => {
		test.setTimeout(120_000);
		const hh = m.situation.household;
		const email = newEmail();
		const a = await device(server, 'A');
		const b = await device(server, 'B');
		const { userId } = await sessions.signIn(a.context, email);
		await sessions.signIn(b.context, email);

		const onA = await openSignedIn(a, m, 'household');
		const pushed = nextPush(a.page);
		await onA.fillText(hh.adults, '1');
		await pushed;
		await expectUpToDate(a.page, m);
		const onB = await openSignedIn(b, m, 'household');
		await expect(b.page.getByLabel(hh.adults, { exact: true })).toHaveValue('1');

		await a.context.setOffline(true);
		await b.context.setOffline(true);
		await onA.fillText(hh.municipality, 'Tampere');
		await onB.fillText(hh.municipality, 'Turku');
		await blur(a);
		await blur(b);
		await expectOfflineWaiting(a.page, m, 1);
		await expectOfflineWaiting(b.page, m, 1);
		await reconnect(a, b, m);

		// B arrived last: 'Turku' stays, and B is told that 'Tampere' was replaced.
		const notices = b.page.getByTestId('sync-notices');
		await expect(
			notices.getByRole('heading', { name: m.sync.noticesTitle, level: 2 })
		).toBeVisible();
		await expect(
			notices.getByText(
				m.sync.noticeReplaced(`${m.sync.entityNames.household} – ${hh.municipality}`)
			)
		).toBeVisible();
		await expect(notices.getByRole('listitem').filter({ hasText: 'Tampere' })).toHaveCount(2);
		await expect(a.page.getByTestId('sync-notices')).toHaveCount(0);
		const { violations } = await axeFor(b.page).analyze();
		expect(violations.map((v) => v.id)).toEqual([]);

		const restored = nextPush(b.page);
		await notices.getByRole('button', { name: m.sync.restore }).tap();
		await restored;
		await expect(b.page.getByTestId('sync-notices')).toHaveCount(0);
		await expect(b.page.getByLabel(hh.municipality, { exact: true })).toHaveValue('Tampere');
		await expectUpToDate(b.page, m);
		await a.page.reload();
		await expect(a.page.getByLabel(hh.municipality, { exact: true })).toHaveValue('Tampere');
		expect(serverRow(server, userId, 'household')).toMatchObject({
			adults: 1,
			municipality: 'Tampere'
		});
	});
});
