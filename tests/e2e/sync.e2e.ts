// Two devices of one tenant, in real Chromium against the real built server (scripts/serve.mjs) and
// its real database: a SQLite file in a temp DATA_DIR, and once against PostgreSQL (a throwaway
// cluster from tests/support/postgres.ts). Each device is its own browser context on the phone
// viewport, so each has its own IndexedDB, cookies and network switch (`context.setOffline`).
//
// Sign-in: the first test signs in through the real magic link (SMTP sink); all others create the
// Auth.js session rows directly (tests/e2e/support/session.ts) to keep the runs short.
//
// How a device learns of the other's changes is part of what is tested: pushes happen on their own
// after typing (debounced) and on reconnect; pulls on start (a reload), on reconnect and every 30 s
// while open (one test waits for that timer instead of reloading).
//
// SYNC_E2E_BUILD_DIR serves a build other than build/ (e.g. while build/ is being rebuilt).
import SqliteDatabase from 'better-sqlite3';
import path from 'node:path';
import { euroFi, marker } from './factories';
import { SituationPage } from './pages/situation-page';
import { freePort, startServer, type RunningServer } from './support/server';
import {
	expect,
	expectOfflineWaiting,
	expectUpToDate,
	nextPush,
	sessionsFor,
	status,
	test,
	type Device,
	type OpenDevice,
	type Sessions
} from './support/session';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { startTestPostgres, type TestPostgres } from '../support/postgres';
import type { Messages } from '../../src/lib/i18n/fi/index';
import { PERIOD_MS } from '../../src/lib/sync/sync-schedule';

const BUILD_DIR = process.env.SYNC_E2E_BUILD_DIR ?? 'build';

/** A money amount as a regular expression, whatever spaces Intl puts in: `650,00 €`. */
function moneyText(cents: number): RegExp {
	const text = euroFi(cents)
		.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
		.replace(/ /g, '[\\s\\u00A0\\u202F]');
	return new RegExp(text);
}

let emails = 0;
function newEmail(): string {
	return `${marker('laite')}-${++emails}@example.test`;
}

/** Opens `step` on a signed-in device and waits until its first sync is done. */
async function openSignedIn(
	device: Device,
	m: Messages,
	step: Parameters<SituationPage['goto']>[0]
): Promise<SituationPage> {
	const situation = new SituationPage(device.page, m);
	await situation.goto(step);
	await expectUpToDate(device.page, m);
	return situation;
}

interface Backend {
	server: RunningServer;
	sessions: Sessions;
	/** Rows of the server's sync table for a user (SQLite file or PostgreSQL). */
	rows(
		userId: string,
		entity: string
	): Promise<{ row_id: string; deleted: number; data: string }[]>;
}

function sqliteRows(server: RunningServer): Backend['rows'] {
	return async (userId, entity) => {
		const db = new SqliteDatabase(path.join(server.dataDir, 'app.sqlite'), { readonly: true });
		try {
			return db
				.prepare(
					'select row_id, deleted, data from sync_rows where user_id = ? and entity = ? order by version'
				)
				.all(userId, entity) as { row_id: string; deleted: number; data: string }[];
		} finally {
			db.close();
		}
	};
}

// --- scenarios (run on SQLite, and the first also on PostgreSQL) -----------------------------------

/**
 * Both devices edit different fields of one row offline, then reconnect one after the other:
 * both values are kept on both devices. `pullBy` is how the device that reconnected first learns
 * of the other's change: a reload (sync on start) or the 30 s timer with the page left open.
 */
async function differentFieldsOffline(
	backend: Backend,
	device: OpenDevice,
	m: Messages,
	{ firstName, pullBy }: { firstName: 'A' | 'B'; pullBy: 'reload' | 'timer' }
): Promise<void> {
	const email = newEmail();
	const a = await device(backend.server, 'A');
	const b = await device(backend.server, 'B');
	const { userId } = await backend.sessions.signIn(a.context, email);
	await backend.sessions.signIn(b.context, email);
	const [first, second] = firstName === 'A' ? [a, b] : [b, a];
	// The page's own timers, on a clock that runs as the real one until the test moves it on: the
	// periodic pull then comes when the test says, not half a minute of the run later.
	if (pullBy === 'timer') await first.page.clock.install();

	const onA = await openSignedIn(a, m, 'household');
	const pushed = nextPush(a.page);
	await onA.fillText(m.situation.household.adults, '1');
	await onA.fillText(m.situation.household.municipality, 'Tampere');
	await pushed;
	await expectUpToDate(a.page, m);

	const onB = await openSignedIn(b, m, 'household');
	await expect(b.page.getByLabel(m.situation.household.adults, { exact: true })).toHaveValue('1');
	await expect(b.page.getByLabel(m.situation.household.municipality, { exact: true })).toHaveValue(
		'Tampere'
	);

	await a.context.setOffline(true);
	await b.context.setOffline(true);
	await onA.fillText(m.situation.household.adults, '2');
	await onB.fillText(m.situation.household.municipality, 'Jyväskylä');
	await a.page.keyboard.press('Tab');
	await b.page.keyboard.press('Tab');
	await expectOfflineWaiting(a.page, m, 1);
	await expectOfflineWaiting(b.page, m, 1);

	await first.context.setOffline(false);
	await expectUpToDate(first.page, m);
	await second.context.setOffline(false);
	await expectUpToDate(second.page, m);

	// The second pulled the first's change when it reconnected.
	for (const d of [second, first]) {
		if (d === first) {
			if (pullBy === 'reload') await d.page.reload();
			// The page stays open: its half-minute timer pulls.
			else await d.page.clock.fastForward(PERIOD_MS);
		}
		await expect(d.page.getByLabel(m.situation.household.adults, { exact: true })).toHaveValue('2');
		await expect(
			d.page.getByLabel(m.situation.household.municipality, { exact: true })
		).toHaveValue('Jyväskylä');
		await expectUpToDate(d.page, m);
	}

	const [row] = await backend.rows(userId, 'household');
	expect(JSON.parse(row!.data)).toMatchObject({ adults: 2, municipality: 'Jyväskylä' });
}

// --- SQLite -------------------------------------------------------------------------------------

test.describe('two devices on SQLite', () => {
	let server: RunningServer;
	let sink: SmtpSink;
	let backend: Backend;

	test.beforeAll(async () => {
		sink = await startSmtpSink();
		server = await startServer({
			buildDir: BUILD_DIR,
			port: await freePort(),
			env: { SMTP_URL: sink.url, MAIL_FROM: 'Vuokra-apu <no-reply@vuokra.test>' }
		});
		backend = { server, sessions: sessionsFor(server), rows: sqliteRows(server) };
	});

	test.afterAll(async () => {
		await backend?.sessions.close();
		await server?.stop({ removeData: true });
		await sink?.close();
	});

	test('work done before signing in follows the tenant to a second device (magic link)', async ({
		device,
		m
	}) => {
		test.setTimeout(120_000);
		const email = newEmail();
		const magic = sessionsFor(server, { sink, m });
		const a = await device(server, 'A');
		const requests: string[] = [];
		a.page.on('request', (r) => requests.push(new URL(r.url()).pathname));

		// Anonymous: no account, no sync indicator, nothing sent anywhere.
		const onA = new SituationPage(a.page, m);
		await onA.goto('household');
		await onA.fillText(m.situation.household.adults, '2');
		await onA.fillText(m.situation.household.municipality, 'Kuopio');
		await onA.next('home');
		await onA.fillMoney(m.situation.home.rent, '725,50');
		await a.page.keyboard.press('Tab');
		await expect(status(a.page)).toHaveCount(0);
		expect(requests.filter((p) => p.startsWith('/api/sync/'))).toEqual([]);

		// Signing in pushes what was typed before.
		const pushed = nextPush(a.page);
		const { userId } = await magic.signIn(a.context, email);
		await pushed;
		await expectUpToDate(a.page, m);
		const [household] = await backend.rows(userId, 'household');
		expect(JSON.parse(household!.data)).toMatchObject({ adults: 2, municipality: 'Kuopio' });
		const [home] = await backend.rows(userId, 'home');
		expect(JSON.parse(home!.data)).toMatchObject({ rentCents: 72_550 });

		// A second device signs in with the same address and gets it all.
		const b = await device(server, 'B');
		await magic.signIn(b.context, email);
		const onB = await openSignedIn(b, m, 'household');
		await expect(b.page.getByLabel(m.situation.household.adults, { exact: true })).toHaveValue('2');
		await expect(
			b.page.getByLabel(m.situation.household.municipality, { exact: true })
		).toHaveValue('Kuopio');
		await onB.next('home');
		await expect(b.page.getByLabel(m.situation.home.rent, { exact: true })).toHaveValue('725,50');
		await magic.close();
	});

	test('different fields edited offline: both kept, A reconnects first (reload pulls)', async ({
		device,
		m
	}) => {
		test.setTimeout(120_000);
		await differentFieldsOffline(backend, device, m, { firstName: 'A', pullBy: 'reload' });
	});

	test('different fields edited offline: both kept, B reconnects first (30 s timer pulls)', async ({
		device,
		m
	}) => {
		test.setTimeout(120_000);
		await differentFieldsOffline(backend, device, m, { firstName: 'B', pullBy: 'timer' });
	});

	test('the same money field edited on both: both devices ask in plain words, the choice converges', async ({
		device,
		m
	}) => {
		test.setTimeout(150_000);
		const email = newEmail();
		const a = await device(server, 'A');
		const b = await device(server, 'B');
		const { userId } = await backend.sessions.signIn(a.context, email);
		await backend.sessions.signIn(b.context, email);
		const rent = m.situation.home.rent;

		const onA = await openSignedIn(a, m, 'home');
		const pushed = nextPush(a.page);
		await onA.fillMoney(rent, '600');
		await pushed;
		await expectUpToDate(a.page, m);
		const onB = await openSignedIn(b, m, 'home');
		await expect(b.page.getByLabel(rent, { exact: true })).toHaveValue('600,00');

		await a.context.setOffline(true);
		await b.context.setOffline(true);
		await onA.fillMoney(rent, '650');
		await onB.fillMoney(rent, '700');
		await a.page.keyboard.press('Tab');
		await b.page.keyboard.press('Tab');
		await expectOfflineWaiting(a.page, m, 1);
		await expectOfflineWaiting(b.page, m, 1);

		await a.context.setOffline(false);
		await expectUpToDate(a.page, m);
		await b.context.setOffline(false);
		await expectUpToDate(b.page, m);
		await a.page.reload();

		// Nothing was thrown away: each device names the value and offers both amounts.
		for (const d of [a, b]) {
			const conflicts = d.page.getByTestId('conflicts');
			await expect(conflicts).toBeVisible();
			await expect(
				conflicts.getByRole('heading', { name: m.sync.conflictsTitle, level: 2 })
			).toBeVisible();
			await expect(conflicts.getByText(m.sync.conflictsIntro)).toBeVisible();
			await expect(conflicts.getByRole('listitem')).toHaveCount(1);
			await expect(
				conflicts.getByText(m.sync.conflictField(m.sync.fieldNames.rentCents!))
			).toBeVisible();
			await expect(conflicts.getByRole('button')).toHaveText([
				new RegExp(`^Pidä ${moneyText(65_000).source}$`),
				new RegExp(`^Pidä ${moneyText(70_000).source}$`)
			]);
		}

		// The tenant picks B's amount on A.
		const choose = a.page
			.getByTestId('conflicts')
			.getByRole('button', { name: new RegExp(moneyText(70_000).source) });
		const resolved = nextPush(a.page);
		await choose.tap();
		await resolved;
		await expect(a.page.getByTestId('conflicts')).toHaveCount(0);
		await expectUpToDate(a.page, m);
		await expect(a.page.getByLabel(rent, { exact: true })).toHaveValue('700,00');

		await b.page.reload();
		await expect(b.page.getByTestId('conflicts')).toHaveCount(0);
		await expect(b.page.getByLabel(rent, { exact: true })).toHaveValue('700,00');
		await expectUpToDate(b.page, m);

		const [home] = await backend.rows(userId, 'home');
		expect(JSON.parse(home!.data)).toMatchObject({ rentCents: 70_000 });
		const conflicts = await backend.rows(userId, 'conflicts');
		expect(conflicts.length).toBeGreaterThan(0);
		expect(conflicts.every((c) => c.deleted === 1)).toBe(true);
	});

	for (const firstName of ['A', 'B'] as const) {
		test(`a delete against an edit: the debt is gone on both (${firstName} reconnects first)`, async ({
			device,
			m
		}) => {
			test.setTimeout(120_000);
			const email = newEmail();
			const a = await device(server, 'A');
			const b = await device(server, 'B');
			const { userId } = await backend.sessions.signIn(a.context, email);
			await backend.sessions.signIn(b.context, email);
			const d = m.situation.debts;

			const onA = await openSignedIn(a, m, 'debts');
			const pushed = nextPush(a.page);
			await onA.addDebt({
				creditor: 'Luotto Oy',
				type: 'consumerLoan',
				balance: { text: '1 200', cents: 120_000 },
				monthly: { text: '50', cents: 5_000 },
				status: 'late'
			});
			await a.page.keyboard.press('Tab');
			await pushed;
			await expectUpToDate(a.page, m);
			const onB = await openSignedIn(b, m, 'debts');
			await expect(onB.debtCards()).toHaveCount(1);
			await expect(onB.debtCards().getByLabel(d.creditor, { exact: true })).toHaveValue(
				'Luotto Oy'
			);

			await a.context.setOffline(true);
			await b.context.setOffline(true);
			// A removes the debt; B, not knowing, corrects the creditor's name.
			const card = onA.debtCards().first();
			await card
				.getByRole('button', {
					name: m.common.removeItem(m.situation.list.titled(d.item(1), 'Luotto Oy'))
				})
				.tap();
			await card.getByRole('button', { name: m.situation.list.removeYes }).tap();
			await expect(onA.debtCards()).toHaveCount(0);
			await onB.fillText(d.creditor, 'Luotto Oyj', onB.debtCards().first());
			await b.page.keyboard.press('Tab');
			await expectOfflineWaiting(a.page, m, 1);
			await expectOfflineWaiting(b.page, m, 1);

			const [first, second] = firstName === 'A' ? [a, b] : [b, a];
			await first.context.setOffline(false);
			await expectUpToDate(first.page, m);
			await second.context.setOffline(false);
			await expectUpToDate(second.page, m);
			await first.page.reload();
			for (const dev of [a, b]) {
				await expect(new SituationPage(dev.page, m).debtCards()).toHaveCount(0);
				await expect(dev.page.getByText(d.empty)).toBeVisible();
				await expectUpToDate(dev.page, m);
			}
			const rows = await backend.rows(userId, 'debts');
			expect(rows.map((r) => r.deleted)).toEqual([1]);
		});
	}
});

// --- PostgreSQL -------------------------------------------------------------------------------------

test.describe('two devices on PostgreSQL', () => {
	let pg: TestPostgres | null;
	let server: RunningServer;
	let backend: Backend;

	test.beforeAll(async () => {
		test.setTimeout(90_000);
		pg = await startTestPostgres();
		// Without TEST_DATABASE_URL or local binaries this fails loudly rather than skipping.
		expect(pg, 'PostgreSQL: set TEST_DATABASE_URL or install the server binaries').not.toBeNull();
		server = await startServer({
			buildDir: BUILD_DIR,
			port: await freePort(),
			env: { DATABASE_URL: pg!.url }
		});
		const sessions = sessionsFor(server, { databaseUrl: pg!.url });
		const { default: postgres } = await import('pg');
		backend = {
			server,
			sessions,
			async rows(userId, entity) {
				const client = new postgres.Client({ connectionString: pg!.url });
				await client.connect();
				try {
					const { rows } = await client.query<{ row_id: string; deleted: number; data: string }>(
						'select row_id, deleted, data from sync_rows where user_id = $1 and entity = $2 order by version',
						[userId, entity]
					);
					return rows.map((r) => ({
						...r,
						deleted: Number(r.deleted),
						data: typeof r.data === 'string' ? r.data : JSON.stringify(r.data)
					}));
				} finally {
					await client.end();
				}
			}
		};
	});

	test.afterAll(async () => {
		await backend?.sessions.close();
		await server?.stop({ removeData: true });
		await pg?.stop();
	});

	test('different fields edited offline on two devices converge', async ({ device, m }) => {
		test.setTimeout(120_000);
		await differentFieldsOffline(backend, device, m, { firstName: 'A', pullBy: 'reload' });
	});
});
