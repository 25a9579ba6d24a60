#!/usr/bin/env node
/**
 * npm run bench:reminders — 10,000 tenants with a due reminder each, sent through the real
 * dispatcher (leased claims, web-push encryption and VAPID signing, delivery records) to the
 * loopback push service of the tests, which decrypts and checks every message.
 *
 * Steps, each timed: seed tenants (a synced home row and a push subscription each), compute
 * their reminders (`refreshReminders`, as the daily sweep does), then send everything that is
 * due with one dispatcher. Target: the sending within one minute. SQLite file in a temp dir;
 * PostgreSQL too (a throwaway local cluster, fsync on) unless BENCH_SKIP_PG=1.
 * Env: BENCH_TENANTS (10000), BENCH_CONCURRENCY (64). Loopback only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundleServerModules } from './bundle-server.mjs';

const TENANTS = Number(process.env.BENCH_TENANTS ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const TARGET_MS = 60_000;

const { outDir, modules } = await bundleServerModules('bench-reminders', {
	db: 'src/lib/server/db/index.ts',
	dispatcher: 'src/lib/server/reminders/dispatcher.ts',
	sender: 'src/lib/server/reminders/push-sender.ts',
	store: 'src/lib/server/reminders/store.ts',
	vapid: 'src/lib/server/reminders/vapid.ts',
	time: 'src/lib/domain/helsinki-time.ts',
	push: 'tests/support/push-service.ts',
	postgres: 'tests/support/postgres.ts'
});
const { createDb, migrateToLatest } = modules.db;
const { ReminderDispatcher } = modules.dispatcher;
const { webPushSender } = modules.sender;
const { refreshReminders, stamp } = modules.store;
const { vapidKeysFromEnv } = modules.vapid;
const { fromHelsinki } = modules.time;
const { startPushService } = modules.push;

const NOW = fromHelsinki('2026-12-01', '10:00');
const at = '2026-11-27T10:00:00.000Z';
const noEvent = { happened: false, date: null };
const home = (dueDay) =>
	JSON.stringify({
		id: 'home',
		createdAt: at,
		updatedAt: at,
		version: 1,
		landlordId: null,
		landlordOther: '',
		rentCents: 75_000,
		dueDay,
		arrearsCents: 150_000,
		arrearsMonths: 2,
		reminder: noEvent,
		collectionLetter: noEvent,
		termination: noEvent,
		evictionApplication: noEvent,
		judgment: noEvent,
		evictionDate: noEvent
	});

async function run(label, db, dataDir) {
	await migrateToLatest(db);
	const service = await startPushService();
	try {
		let t = performance.now();
		const ids = Array.from({ length: TENANTS }, (_, i) => `bench-${i}`);
		for (let i = 0; i < ids.length; i += 500) {
			const chunk = ids.slice(i, i + 500);
			await db
				.insertInto('User')
				.values(
					chunk.map((id) => ({
						id,
						email: `${id}@example.test`,
						name: null,
						image: null,
						emailVerified: null
					}))
				)
				.execute();
			await db
				.insertInto('sync_rows')
				.values(
					chunk.map((id) => ({
						user_id: id,
						entity: 'home',
						row_id: 'home',
						version: 1,
						deleted: 0,
						data: home(4),
						field_versions: '{}',
						created_at: stamp(db, NOW),
						updated_at: stamp(db, NOW)
					}))
				)
				.execute();
			await db
				.insertInto('push_subscriptions')
				.values(
					chunk.map((id) => {
						const sub = service.subscribe();
						return {
							id: `sub-${id}`,
							user_id: id,
							device_id: 'phone',
							endpoint: sub.endpoint,
							p256dh: sub.p256dh,
							auth: sub.auth,
							lang: 'fi',
							created_at: stamp(db, NOW)
						};
					})
				)
				.execute();
		}
		const seedMs = performance.now() - t;

		t = performance.now();
		for (const id of ids) await refreshReminders(db, id, new Date(NOW));
		const refreshMs = performance.now() - t;
		const due = await db
			.selectFrom('reminders')
			.select((eb) => eb.fn.countAll().as('n'))
			.where('due_at', '<=', stamp(db, NOW))
			.executeTakeFirstOrThrow();

		const dispatcher = new ReminderDispatcher(
			() => Promise.resolve(db),
			webPushSender(vapidKeysFromEnv({ DATA_DIR: dataDir })),
			{ now: () => new Date(NOW), batchSize: 500, concurrency: CONCURRENCY, log: () => undefined }
		);
		t = performance.now();
		const cpu = process.cpuUsage();
		const result = await dispatcher.tick();
		const sendMs = performance.now() - t;
		const { user, system } = process.cpuUsage(cpu);
		// This one process also plays the push service (decrypting and checking every message).
		const cpuS = ((user + system) / 1e6).toFixed(1);
		const ok =
			result.sent === TENANTS &&
			service.received.length === TENANTS &&
			service.refused.length === 0;
		console.log(
			`${label}: ${TENANTS} tenants, ${Number(due.n)} due reminders; seed ${(seedMs / 1000).toFixed(1)} s, ` +
				`compute ${(refreshMs / 1000).toFixed(1)} s; sent ${result.sent} (push service received and decrypted ` +
				`${service.received.length}, refused ${service.refused.length}) in ${(sendMs / 1000).toFixed(1)} s ` +
				`(${cpuS} s CPU, push service included) = ` +
				`${Math.round((result.sent / sendMs) * 1000)}/s ${ok && sendMs <= TARGET_MS ? 'OK' : 'FAILED'} (target ${TARGET_MS / 1000} s)`
		);
		return ok && sendMs <= TARGET_MS;
	} finally {
		await service.close();
	}
}

const dir = mkdtempSync(join(tmpdir(), 'bench-reminders-'));
let pg = null;
let allOk = true;
try {
	const sqlite = createDb({ kind: 'sqlite', file: join(dir, 'app.sqlite') });
	allOk = (await run('SQLite', sqlite, dir)) && allOk;
	await sqlite.destroy();
	if (process.env.BENCH_SKIP_PG !== '1') {
		pg = await modules.postgres.startTestPostgres({ durable: true });
		if (pg) {
			const db = createDb({ kind: 'postgres', connectionString: pg.url, maxConnections: 10 });
			allOk = (await run('PostgreSQL', db, dir)) && allOk;
			await db.destroy();
		}
	}
} finally {
	await pg?.stop();
	rmSync(dir, { recursive: true, force: true });
	rmSync(outDir, { recursive: true, force: true });
}
process.exit(allOk ? 0 : 1);
