// Sync under faults, in real Chromium against the real built server and its SQLite file (a temp
// DATA_DIR, so the tests can count what the server stored and restart it on the same data):
//
// - the page closed between a local write and its push (before the debounce; while offline);
// - the server killed (SIGKILL) after it committed a push but before the reply left;
// - the same push body sent twice, in parallel and in sequence, over HTTP with a session cookie;
// - device clocks skewed by days;
// - tenant B's crafted requests against tenant A's rows, and anonymous requests.
//
// Sessions are created directly in the database (tests/e2e/support/session.ts): signing in itself
// is tested in auth.e2e.ts and sync.e2e.ts. SYNC_E2E_BUILD_DIR serves a build other than build/.
import SqliteDatabase from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Page, Request } from '@playwright/test';
import { marker } from './factories';
import { SituationPage } from './pages/situation-page';
import { AppShell } from './pages/app-shell';
import { freePort, startServer, type RunningServer } from './support/server';
import {
	expect,
	expectOfflineWaiting,
	expectUpToDate,
	nextPush,
	sessionsFor,
	test,
	type Device,
	type Sessions,
	type SignedIn
} from './support/session';
import type { Messages } from '../../src/lib/i18n/fi/index';

const BUILD_DIR = process.env.SYNC_E2E_BUILD_DIR ?? 'build';

test.describe.configure({ mode: 'serial' });

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

// --- helpers ---------------------------------------------------------------------------------------

let emails = 0;
function newEmail(): string {
	return `${marker('vika')}-${++emails}@example.test`;
}

/** Runs `fn` on a read-only connection to the server's SQLite file. */
function withDb<T>(fn: (db: SqliteDatabase.Database) => T): T {
	const db = new SqliteDatabase(path.join(server.dataDir, 'app.sqlite'), { readonly: true });
	try {
		return fn(db);
	} finally {
		db.close();
	}
}

interface Counts {
	/** Rows in sync_rows (tombstones and conflicts included). */
	rows: number;
	/** Idempotency records (one per mutation the server answered). */
	mutations: number;
	/** The user's version counter: one step per stored change. */
	clock: number;
}

function counts(userId: string): Counts {
	return withDb((db) => ({
		rows: (
			db.prepare('select count(*) as n from sync_rows where user_id = ?').get(userId) as {
				n: number;
			}
		).n,
		mutations: (
			db.prepare('select count(*) as n from sync_mutations where user_id = ?').get(userId) as {
				n: number;
			}
		).n,
		clock:
			(
				db.prepare('select version from sync_clock where user_id = ?').get(userId) as
					{ version: number } | undefined
			)?.version ?? 0
	}));
}

function rowData(userId: string, entity: string, id: string): Record<string, unknown> | undefined {
	const row = withDb(
		(db) =>
			db
				.prepare('select data from sync_rows where user_id = ? and entity = ? and row_id = ?')
				.get(userId, entity, id) as { data: string | null } | undefined
	);
	return row?.data ? (JSON.parse(row.data) as Record<string, unknown>) : undefined;
}

/** Waits until the process with `pid` is gone (reaped). */
async function waitForExit(pid: number): Promise<void> {
	await expect
		.poll(
			() => {
				try {
					process.kill(pid, 0);
					return false;
				} catch {
					return true;
				}
			},
			{ timeout: 10_000, message: `server ${pid} exited` }
		)
		.toBe(true);
}

async function signedInDevice(
	device: (s: RunningServer, name: string) => Promise<Device>,
	name: string,
	email: string
): Promise<Device & { session: SignedIn }> {
	const d = await device(server, name);
	const session = await sessions.signIn(d.context, email);
	return { ...d, session };
}

async function openStep(
	page: Page,
	m: Messages,
	step: Parameters<SituationPage['goto']>[0]
): Promise<SituationPage> {
	const situation = new SituationPage(page, m);
	await situation.goto(step);
	await expectUpToDate(page, m);
	return situation;
}

const at = '2026-11-27T10:00:00.000Z';
function debtMutation(id: string, creditor: string, baseVersion = 0) {
	return {
		mutationId: randomUUID(),
		entity: 'debts',
		entityId: id,
		op: 'upsert',
		fields: {
			createdAt: at,
			updatedAt: at,
			creditor,
			type: 'consumerLoan',
			balanceCents: 100_000,
			monthlyPaymentCents: 5_000,
			status: 'late'
		},
		baseVersion,
		clientId: 'http-test'
	};
}

interface HttpAnswer {
	status: number;
	body: {
		results?: { mutationId: string; status: string; version?: number; original?: unknown }[];
		changes?: { entity: string; id: string; version: number; deleted: boolean; data: unknown }[];
		cursor?: number;
		hasMore?: boolean;
		message?: string;
	};
}

async function push(body: unknown, cookie?: string): Promise<HttpAnswer> {
	const res = await fetch(`${server.url}/api/sync/push`, {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			origin: server.url,
			...(cookie ? { cookie } : {})
		},
		body: JSON.stringify(body)
	});
	return { status: res.status, body: (await res.json()) as HttpAnswer['body'] };
}

async function pull(query: string, cookie?: string): Promise<HttpAnswer> {
	const res = await fetch(`${server.url}/api/sync/pull?${query}`, {
		headers: { accept: 'application/json', ...(cookie ? { cookie } : {}) }
	});
	return { status: res.status, body: (await res.json()) as HttpAnswer['body'] };
}

// --- the page closed before its push ---------------------------------------------------------------

test('a write whose page closed before the push is pushed on the next open and reaches the other device', async ({
	device,
	m
}) => {
	test.setTimeout(120_000);
	const email = newEmail();
	const a = await signedInDevice(device, 'A', email);
	const onA = await openStep(a.page, m, 'household');

	// Pushes of this page never reach the server (held until the page is gone), so however slow
	// the machine is, the page closes with the write only on the device.
	const held: Request[] = [];
	await a.page.route('**/api/sync/push', (route) => {
		held.push(route.request());
	});
	await onA.fillText(m.situation.household.municipality, 'Lappeenranta');
	await new AppShell(a.page, m).expectSaved();
	await a.page.close({ runBeforeUnload: true });
	expect(rowData(a.session.userId, 'household', 'household')).toBeUndefined();

	// Next open: the start-up sync sends it.
	a.page = await a.context.newPage();
	const pushed = nextPush(a.page);
	await new SituationPage(a.page, m).goto('household');
	await pushed;
	await expectUpToDate(a.page, m);
	expect(rowData(a.session.userId, 'household', 'household')).toMatchObject({
		municipality: 'Lappeenranta'
	});

	// Closed while offline: kept, and sent on the first open after the network is back.
	await a.context.setOffline(true);
	const again = new SituationPage(a.page, m);
	await again.fillText(m.situation.household.adults, '4');
	await a.page.keyboard.press('Tab');
	await expectOfflineWaiting(a.page, m, 1);
	await a.page.close();
	await a.context.setOffline(false);
	a.page = await a.context.newPage();
	const pushedAgain = nextPush(a.page);
	await new SituationPage(a.page, m).goto('household');
	await pushedAgain;
	await expectUpToDate(a.page, m);

	const b = await signedInDevice(device, 'B', email);
	await openStep(b.page, m, 'household');
	await expect(b.page.getByLabel(m.situation.household.municipality, { exact: true })).toHaveValue(
		'Lappeenranta'
	);
	await expect(b.page.getByLabel(m.situation.household.adults, { exact: true })).toHaveValue('4');
	// One stored change per pushed mutation; nothing applied twice.
	const c = counts(a.session.userId);
	expect(c.clock).toBe(c.mutations);
});

// --- the server killed between commit and reply -------------------------------------------------------

test('server killed after committing a push: the client retries after the restart and nothing is doubled', async ({
	device,
	m
}) => {
	test.setTimeout(180_000);
	const email = newEmail();
	const a = await signedInDevice(device, 'A', email);
	const onA = await openStep(a.page, m, 'debts');

	// The first push goes through to the server; once it has answered (so it has committed), the
	// server is killed and the browser gets a reset connection instead of the answer.
	let killedBody: { mutations: { mutationId: string }[] } | undefined;
	let committed: { results: { mutationId: string; status: string }[] } | undefined;
	await a.context.route(
		'**/api/sync/push',
		async (route) => {
			const response = await route.fetch();
			committed = (await response.json()) as typeof committed;
			killedBody = route.request().postDataJSON() as typeof killedBody;
			process.kill(server.pid, 'SIGKILL');
			await waitForExit(server.pid);
			await route.abort('connectionreset');
		},
		{ times: 1 }
	);
	const retries: { mutations: { mutationId: string }[] }[] = [];
	a.page.on('request', (r) => {
		if (r.url().endsWith('/api/sync/push')) retries.push(r.postDataJSON() as (typeof retries)[0]);
	});

	await a.page.getByRole('button', { name: m.situation.debts.add }).tap();
	const card = onA.debtCards().first();
	await onA.fillText(m.situation.debts.creditor, 'Kaatuva Oy', card);
	await a.page.keyboard.press('Tab');
	await expect.poll(() => killedBody, { timeout: 20_000 }).toBeDefined();
	expect(committed!.results.every((r) => r.status === 'applied')).toBe(true);
	await expect(a.page.getByTestId('sync-status')).toHaveAttribute('data-state', /offline|error/);
	await expect(a.page.getByTestId('sync-status')).not.toHaveAttribute('data-pending', '0');

	// The same server again on the same DATA_DIR and port.
	await server.stop();
	server = await startServer({
		buildDir: BUILD_DIR,
		port: server.port,
		env: { DATA_DIR: server.dataDir }
	});
	// The client's own retry (backoff) gets through; no button is pressed.
	await expectUpToDate(a.page, m, 90_000);

	// The retry carried the same mutation ids, and the server answered them from its records.
	const killedIds = killedBody!.mutations.map((mu) => mu.mutationId);
	const resent = retries.slice(1).flatMap((body) => body.mutations.map((mu) => mu.mutationId));
	for (const id of killedIds) expect(resent).toContain(id);

	const c = counts(a.session.userId);
	const debts = withDb(
		(db) =>
			db
				.prepare(
					"select row_id, data from sync_rows where user_id = ? and entity = 'debts' and deleted = 0"
				)
				.all(a.session.userId) as { row_id: string; data: string }[]
	);
	expect(debts).toHaveLength(1);
	expect(JSON.parse(debts[0]!.data)).toMatchObject({ creditor: 'Kaatuva Oy' });
	for (const id of killedIds) {
		expect(
			withDb((db) =>
				db
					.prepare('select count(*) as n from sync_mutations where user_id = ? and mutation_id = ?')
					.get(a.session.userId, id)
			)
		).toEqual({ n: 1 });
	}
	// Each answered mutation stored exactly one change: a replayed one stored none.
	expect(c.clock).toBe(c.mutations);

	const b = await signedInDevice(device, 'B', email);
	const onB = await openStep(b.page, m, 'debts');
	await expect(onB.debtCards()).toHaveCount(1);
	await expect(onB.debtCards().getByLabel(m.situation.debts.creditor, { exact: true })).toHaveValue(
		'Kaatuva Oy'
	);
});

// --- the same body twice -------------------------------------------------------------------------------

test('the same push body sent twice in parallel and twice in sequence: each mutation applied once', async () => {
	const a = await sessions.createSession(newEmail());
	const parallelBody = {
		mutations: [
			...Array.from({ length: 10 }, (_, i) => debtMutation(`p-${i}`, `Rinnakkain ${i}`)),
			{
				mutationId: randomUUID(),
				entity: 'household',
				entityId: 'household',
				op: 'upsert',
				fields: { createdAt: at, updatedAt: at, adults: 3, children: 0, municipality: 'Pori' },
				baseVersion: 0,
				clientId: 'http-test'
			}
		]
	};
	const [first, second] = await Promise.all([
		push(parallelBody, a.cookie),
		push(parallelBody, a.cookie)
	]);
	expect([first.status, second.status]).toEqual([200, 200]);
	for (let i = 0; i < parallelBody.mutations.length; i++) {
		const pair = [first.body.results![i]!, second.body.results![i]!];
		expect(pair.map((r) => r.mutationId)).toEqual([
			parallelBody.mutations[i]!.mutationId,
			parallelBody.mutations[i]!.mutationId
		]);
		// One of the two requests applied it; the other was answered from the record.
		expect(pair.map((r) => r.status).sort()).toEqual(['applied', 'duplicate']);
		const applied = pair.find((r) => r.status === 'applied')!;
		const duplicate = pair.find((r) => r.status === 'duplicate')!;
		expect(duplicate.original).toEqual({ ...applied });
	}

	const sequenceBody = {
		mutations: Array.from({ length: 5 }, (_, i) => debtMutation(`s-${i}`, `Peräkkäin ${i}`))
	};
	const once = await push(sequenceBody, a.cookie);
	const twice = await push(sequenceBody, a.cookie);
	expect(once.body.results!.map((r) => r.status)).toEqual(Array(5).fill('applied'));
	expect(twice.body.results!.map((r) => r.status)).toEqual(Array(5).fill('duplicate'));
	// And the parallel body a third time, later: still nothing new.
	const third = await push(parallelBody, a.cookie);
	expect(third.body.results!.map((r) => r.status)).toEqual(Array(11).fill('duplicate'));

	expect(counts(a.userId)).toEqual({ rows: 16, mutations: 16, clock: 16 });
	const pulled = await pull('since=0&limit=1000', a.cookie);
	expect(pulled.body.changes).toHaveLength(16);
	expect(new Set(pulled.body.changes!.map((ch) => ch.version)).size).toBe(16);
	expect(pulled.body.cursor).toBe(16);
});

// --- skewed clocks ----------------------------------------------------------------------------------

test('device clocks days apart do not decide who wins: the later arrival at the server does', async ({
	device,
	m
}) => {
	test.setTimeout(150_000);
	const day = 24 * 3600_000;
	const email = newEmail();
	const ahead = await signedInDevice(device, 'ahead', email);
	const behind = await signedInDevice(device, 'behind', email);
	await ahead.page.clock.setFixedTime(new Date(Date.now() + 5 * day));
	await behind.page.clock.setFixedTime(new Date(Date.now() - 10 * day));
	const municipality = m.situation.household.municipality;

	const onAhead = await openStep(ahead.page, m, 'household');
	const pushed = nextPush(ahead.page);
	await onAhead.fillText(municipality, 'Tampere');
	await pushed;
	await expectUpToDate(ahead.page, m);
	const onBehind = await openStep(behind.page, m, 'household');
	await expect(behind.page.getByLabel(municipality, { exact: true })).toHaveValue('Tampere');

	const field = (d: Device) => d.page.getByLabel(municipality, { exact: true });
	async function round(
		first: { d: Device; s: SituationPage; text: string },
		last: { d: Device; s: SituationPage; text: string }
	) {
		for (const x of [first, last]) await x.d.context.setOffline(true);
		for (const x of [first, last]) {
			await x.s.fillText(municipality, x.text);
			await x.d.page.keyboard.press('Tab');
			await expectOfflineWaiting(x.d.page, m, 1);
		}
		await first.d.context.setOffline(false);
		await expectUpToDate(first.d.page, m);
		await last.d.context.setOffline(false);
		await expectUpToDate(last.d.page, m);
		await first.d.page.reload();
		await expectUpToDate(first.d.page, m);
		for (const x of [first, last]) await expect(field(x.d)).toHaveValue(last.text);
	}

	// The device whose clock is 10 days behind arrives last: it wins.
	await round({ d: ahead, s: onAhead, text: 'Oulu' }, { d: behind, s: onBehind, text: 'Turku' });
	// And the other way round: arrival order, not either clock.
	await round(
		{ d: behind, s: new SituationPage(behind.page, m), text: 'Vaasa' },
		{ d: ahead, s: new SituationPage(ahead.page, m), text: 'Pori' }
	);
	expect(rowData(ahead.session.userId, 'household', 'household')).toMatchObject({
		municipality: 'Pori'
	});
});

// --- another tenant and nobody --------------------------------------------------------------------------

test("tenant B can neither read nor write tenant A's rows; anonymous requests get 401", async () => {
	const a = await sessions.createSession(newEmail());
	const b = await sessions.createSession(newEmail());

	// A: a debt, the home row, and an open conflict on the rent (two devices, same base).
	const aDebt = debtMutation('a-debt', 'A:n velkoja');
	const home = (rentCents: number, clientId: string, baseVersion: number) => ({
		mutationId: randomUUID(),
		entity: 'home',
		entityId: 'home',
		op: 'upsert',
		fields: {
			createdAt: at,
			updatedAt: at,
			landlordId: null,
			landlordOther: '',
			rentCents,
			dueDay: 2,
			arrearsCents: 0,
			arrearsMonths: 0,
			...Object.fromEntries(
				[
					'reminder',
					'collectionLetter',
					'termination',
					'evictionApplication',
					'judgment',
					'evictionDate'
				].map((event) => [event, { happened: false, date: null }])
			)
		},
		baseVersion,
		clientId
	});
	const seeded = await push({ mutations: [aDebt, home(60_000, 'a1', 0)] }, a.cookie);
	expect(seeded.body.results!.map((r) => r.status)).toEqual(['applied', 'applied']);
	const homeVersion = seeded.body.results![1]!.version!;
	await push({ mutations: [home(65_000, 'a1', homeVersion)] }, a.cookie);
	const clash = await push({ mutations: [home(70_000, 'a2', homeVersion)] }, a.cookie);
	expect(clash.body.results![0]!.status).toBe('conflict');
	const aBefore = await pull('since=0&limit=1000', a.cookie);
	const aConflict = aBefore.body.changes!.find((ch) => ch.entity === 'conflicts' && !ch.deleted)!;
	expect(aConflict).toBeDefined();
	const aCursor = aBefore.body.cursor!;
	const aCounts = counts(a.userId);

	// Reading: nothing of A's, whatever the cursor or extra parameters.
	for (const query of [
		'since=0',
		'since=0&limit=1000',
		`since=${aCursor - 1}`,
		`since=0&userId=${a.userId}`,
		`since=0&user=${a.userId}&user_id=${a.userId}`
	]) {
		const res = await pull(query, b.cookie);
		expect(res.status, query).toBe(200);
		expect(res.body.changes, query).toEqual([]);
	}

	// Writing with A's ids: it touches B's own rows only.
	// Base versions are B's own (0: B has no such rows); one from A's history is refused whole.
	const bEdit = { ...debtMutation('a-debt', 'B yritti muuttaa') };
	const fromA = await push(
		{ mutations: [debtMutation('a-debt', 'B yritti muuttaa', homeVersion)] },
		b.cookie
	);
	expect(fromA.status).toBe(400);
	const replayedId = { ...debtMutation('b-own', 'B:n oma'), mutationId: aDebt.mutationId };
	const crafted = await push(
		{
			userId: a.userId,
			mutations: [
				{ ...bEdit, userId: a.userId },
				{
					mutationId: randomUUID(),
					entity: 'debts',
					entityId: 'a-debt',
					op: 'delete',
					fields: {},
					baseVersion: 0,
					clientId: 'b'
				},
				{
					mutationId: randomUUID(),
					entity: 'conflicts',
					entityId: aConflict.id,
					op: 'delete',
					fields: {},
					baseVersion: 0,
					clientId: 'b'
				},
				// A's mutation id: answered as B's own new mutation, never with A's recorded answer.
				replayedId
			]
		},
		b.cookie
	);
	expect(crafted.status).toBe(200);
	expect(crafted.body.results!.map((r) => r.status)).not.toContain('duplicate');
	const bPulled = await pull('since=0&limit=1000', b.cookie);
	expect(JSON.stringify(bPulled.body)).not.toContain('A:n velkoja');

	// A's data is exactly as it was.
	const aAfter = await pull('since=0&limit=1000', a.cookie);
	expect(aAfter.body).toEqual(aBefore.body);
	expect(counts(a.userId)).toEqual(aCounts);
	expect(rowData(a.userId, 'debts', 'a-debt')).toMatchObject({ creditor: 'A:n velkoja' });

	// Nobody: 401, and nothing stored.
	const total = () =>
		withDb(
			(db) =>
				(
					db
						.prepare(
							'select (select count(*) from sync_rows) + (select count(*) from sync_mutations) as n'
						)
						.get() as { n: number }
				).n
		);
	const before = total();
	const forged = 'authjs.session-token=' + 'f'.repeat(64);
	for (const cookie of [undefined, forged]) {
		const anonPush = await push({ mutations: [debtMutation('anon', 'Ei kukaan')] }, cookie);
		const anonPull = await pull('since=0', cookie);
		expect(anonPush.status).toBe(401);
		expect(anonPull.status).toBe(401);
	}
	expect(total()).toBe(before);
});
