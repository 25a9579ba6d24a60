/**
 * Reminders sent exactly once when several senders run and when one dies:
 * - two app instances (two dispatchers, each with its own Kysely pool) on one PostgreSQL drain
 *   the same due reminders at the same time: each is sent once;
 * - a sender in a child process claims reminders and is killed with SIGKILL before sending
 *   (SQLite and PostgreSQL): nothing is sent while its lease holds, and after it runs out the
 *   surviving sender sends each reminder once.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHelsinki } from '$lib/domain/helsinki-time';
import { createDb, migrateToLatest, type Database } from '$lib/server/db';
import { LEASE_MS, ReminderDispatcher } from '$lib/server/reminders/dispatcher';
import { webPushSender } from '$lib/server/reminders/push-sender';
import { refreshReminders, saveSubscription, stamp } from '$lib/server/reminders/store';
import { vapidKeysFromEnv } from '$lib/server/reminders/vapid';
import { applyPush } from '$lib/server/sync/push';
import { startTestPostgres, type TestPostgres } from '../support/postgres';
import { startPushService, type LoopbackPushService } from '../support/push-service';
import { BACKENDS } from './backends';
import { mutation, rowFields } from './factories';
import { bundleServerModules } from '../load/bundle-server.mjs';

const NOW = fromHelsinki('2026-12-01', '10:00');
const ROOT = join(import.meta.dirname, '..', '..');

let dataDir: string;
let service: LoopbackPushService;
let bundleDir: string;
let pg: TestPostgres | null = null;

beforeAll(async () => {
	dataDir = mkdtempSync(join(tmpdir(), 'vuokra-reminders-x-'));
	service = await startPushService();
	const bundled = (await bundleServerModules('reminder-crash', {
		db: 'src/lib/server/db/index.ts',
		dispatcher: 'src/lib/server/reminders/dispatcher.ts',
		sender: 'src/lib/server/reminders/push-sender.ts',
		vapid: 'src/lib/server/reminders/vapid.ts'
	})) as { outDir: string };
	bundleDir = bundled.outDir;
	if (BACKENDS.includes('postgres')) pg = await startTestPostgres();
}, 120_000);

afterAll(async () => {
	await service.close();
	await pg?.stop();
	rmSync(dataDir, { recursive: true, force: true });
	if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
});

const vapid = () => vapidKeysFromEnv({ DATA_DIR: dataDir });

/** `count` tenants, each with one reminder due at NOW and one subscription. */
async function seed(db: Kysely<Database>, count: number): Promise<Map<string, string>> {
	const subOf = new Map<string, string>();
	for (let i = 0; i < count; i++) {
		const id = `tenant-${i}-${Math.random().toString(36).slice(2)}`;
		await db
			.insertInto('User')
			.values({ id, email: `${id}@example.test`, name: null, image: null, emailVerified: null })
			.execute();
		await applyPush(db, id, [mutation('home', 'home', rowFields('home', { dueDay: 4 }))]);
		await refreshReminders(db, id, new Date(NOW));
		const sub = service.subscribe();
		await saveSubscription(
			db,
			id,
			{ deviceId: 'phone', endpoint: sub.endpoint, p256dh: sub.p256dh, auth: sub.auth, lang: 'fi' },
			new Date(NOW)
		);
		subOf.set(sub.id, id);
	}
	return subOf;
}

function dueCount(db: Kysely<Database>, status: string) {
	return db
		.selectFrom('reminders')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('status', '=', status)
		.where('due_at', '<=', stamp(db, NOW))
		.executeTakeFirstOrThrow()
		.then((r) => Number(r.n));
}

function receivedFor(subs: Map<string, string>) {
	return service.received.filter((r) => subs.has(r.subscription));
}

// PostgreSQL only: SQLite is one server process by design (docs/architecture.md).
describe.each(BACKENDS.filter((k) => k === 'postgres'))('two instances on one %s', () => {
	it('send each due reminder exactly once', async () => {
		if (!pg) throw new Error('PostgreSQL was expected');
		const a = createDb({ kind: 'postgres', connectionString: pg.url, maxConnections: 4 });
		const b = createDb({ kind: 'postgres', connectionString: pg.url, maxConnections: 4 });
		try {
			await migrateToLatest(a);
			const subs = await seed(a, 120);
			// Each sender's first claim waits until the other has claimed too, so both hold leases
			// at the same time whatever the machine's load (a sender that started late would
			// otherwise find the work done).
			let arrived = 0;
			let release: () => void = () => undefined;
			const bothClaimed = new Promise<void>((done) => (release = done));
			const make = (db: Kysely<Database>, name: string) => {
				let first = true;
				return new ReminderDispatcher(() => Promise.resolve(db), webPushSender(vapid()), {
					now: () => new Date(NOW),
					instance: name,
					batchSize: 7,
					concurrency: 4,
					log: () => undefined,
					afterClaim: () => {
						if (!first) return Promise.resolve();
						first = false;
						if (++arrived === 2) release();
						return bothClaimed;
					}
				});
			};
			// A sender that found nothing at all must not leave the other waiting.
			const [ra, rb] = await Promise.all([
				make(a, 'a').tick().finally(release),
				make(b, 'b').tick().finally(release)
			]);
			// Both took part (small batches interleave), and together they sent each one once.
			expect(ra.claimed).toBeGreaterThan(0);
			expect(rb.claimed).toBeGreaterThan(0);
			expect(ra.sent + rb.sent).toBe(120);
			const got = receivedFor(subs);
			expect(got).toHaveLength(120);
			const tags = got.map((r) => (r.payload as { tag: string }).tag);
			expect(new Set(tags).size).toBe(120);
			expect(new Set(got.map((r) => r.subscription)).size).toBe(120);
			expect(await dueCount(a, 'sent')).toBe(120);
		} finally {
			await a.destroy();
			await b.destroy();
		}
	}, 120_000);
});

describe.each(BACKENDS)('a sender killed between claim and send (%s)', (kind) => {
	it('loses nothing and sends nothing twice', async () => {
		let db: Kysely<Database>;
		let target: string;
		let dir: string | undefined;
		if (kind === 'postgres') {
			if (!pg) throw new Error('PostgreSQL was expected');
			// A database of its own on the shared cluster, so the reminders of the other test do not count.
			const admin = createDb({ kind: 'postgres', connectionString: pg.url, maxConnections: 1 });
			await (await import('kysely')).sql`create database crash_test`.execute(admin);
			await admin.destroy();
			target = pg.url.replace(/\/[^/?]+(\?|$)/, '/crash_test$1');
			db = createDb({ kind: 'postgres', connectionString: target, maxConnections: 4 });
		} else {
			dir = mkdtempSync(join(tmpdir(), 'vuokra-crash-'));
			target = join(dir, 'app.sqlite');
			db = createDb({ kind: 'sqlite', file: target });
		}
		try {
			await migrateToLatest(db);
			const subs = await seed(db, 5);

			const child = spawn(
				process.execPath,
				[
					join(ROOT, 'tests/support/reminder-crash-child.mjs'),
					bundleDir,
					target,
					String(NOW),
					dataDir
				],
				{ stdio: ['ignore', 'pipe', 'inherit'] }
			);
			const exited = new Promise<NodeJS.Signals | null>((done) =>
				child.on('exit', (_c, s) => done(s))
			);
			const line = await new Promise<string>((done, fail) => {
				const rl = createInterface({ input: child.stdout });
				rl.once('line', done);
				child.once('exit', () => fail(new Error('child exited before claiming')));
			});
			const claimedIds = line.replace(/^claimed /, '').split(',');
			expect(claimedIds).toHaveLength(5);
			child.kill('SIGKILL');
			expect(await exited).toBe('SIGKILL');

			// The claim is durable: the rows are leased to the dead sender.
			const leased = await db
				.selectFrom('reminders')
				.select(['id', 'lease_owner', 'status'])
				.where('id', 'in', claimedIds)
				.execute();
			expect(leased.every((r) => r.lease_owner === 'doomed' && r.status === 'pending')).toBe(true);

			let clock = NOW + 1000;
			const survivor = new ReminderDispatcher(() => Promise.resolve(db), webPushSender(vapid()), {
				now: () => new Date(clock),
				instance: 'survivor',
				log: () => undefined
			});
			expect((await survivor.tick()).claimed).toBe(0);
			expect(receivedFor(subs)).toHaveLength(0);

			clock = NOW + LEASE_MS + 1;
			expect(await survivor.tick()).toMatchObject({ claimed: 5, sent: 5 });
			expect((await survivor.tick()).claimed).toBe(0);
			const got = receivedFor(subs);
			expect(got).toHaveLength(5);
			expect(new Set(got.map((r) => (r.payload as { tag: string }).tag))).toEqual(
				new Set(claimedIds)
			);
		} finally {
			await db.destroy();
			if (dir) rmSync(dir, { recursive: true, force: true });
		}
	}, 120_000);
});
