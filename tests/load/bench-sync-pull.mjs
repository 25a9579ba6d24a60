#!/usr/bin/env node
/**
 * A fresh device pulling 10,000 rows into Dexie, in real Chromium against the built server.
 *
 * One tenant gets ROWS debts through the real push endpoint (chunks of 1,000, with a session
 * cookie). Then, RUNS times, a fresh browser context (empty IndexedDB: a new device) with that
 * session opens `/`; the app's own start-up sync (sync-status.svelte.ts -> sync-client.ts) pulls
 * page after page (500 rows each) and stores rows and cursor per page in one Dexie transaction.
 * Measured: from the first pull request leaving the page to the cursor in IndexedDB reaching the
 * server's last version (polled every 10 ms from the test, so +-10 ms). Checked: the device holds
 * exactly ROWS debts afterwards.
 *
 * SQLite (temp DATA_DIR) and PostgreSQL (BENCH_DATABASE_URL or a throwaway durable cluster) when
 * available. Prints the load average with the figures. Build and server helpers are shared with
 * bench-sync-http.mjs (BENCH_BUILD_DIR, BENCH_SKIP_PG=1, BENCH_SKIP_SQLITE=1).
 *
 * Env: BENCH_PULL_ROWS (10000), BENCH_PULL_RUNS (3). There is no target in the issue for this
 * figure; it is printed for the closing note.
 */
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { appBuild, createMutation, load, ms, push, onEachBackend } from './bench-sync-http.mjs';

const ROWS = Number(process.env.BENCH_PULL_ROWS ?? 10_000);
const RUNS = Number(process.env.BENCH_PULL_RUNS ?? 3);

/** The sync cursor and the number of debts in the app's IndexedDB, read with plain IndexedDB. */
function readDevice() {
	return new Promise((resolve) => {
		const open = indexedDB.open('vuokra-apu');
		open.onerror = () => resolve({ cursor: 0, debts: 0 });
		open.onsuccess = () => {
			const db = open.result;
			if (!db.objectStoreNames.contains('meta') || !db.objectStoreNames.contains('debts')) {
				db.close();
				return resolve({ cursor: 0, debts: 0 });
			}
			const tx = db.transaction(['meta', 'debts']);
			const cursor = tx.objectStore('meta').get('syncCursor');
			const debts = tx.objectStore('debts').count();
			tx.oncomplete = () => {
				db.close();
				resolve({ cursor: Number(cursor.result?.value ?? 0), debts: debts.result });
			};
			tx.onerror = () => {
				db.close();
				resolve({ cursor: 0, debts: 0 });
			};
		};
	});
}

async function benchBackend(label, app, sessions, browser) {
	console.log(`\n${label}`);
	const tenant = await sessions.create();
	const seedStart = performance.now();
	let last = 0;
	for (let from = 0; from < ROWS; from += 1000) {
		const chunk = Array.from({ length: Math.min(1000, ROWS - from) }, (_, i) =>
			createMutation(from + i)
		);
		const { results } = await push(app.url, tenant.cookie, chunk);
		if (results.some((r) => r.status !== 'applied')) throw new Error('seed push not applied');
		last = Math.max(last, ...results.map((r) => r.version));
	}
	console.log(
		`  seeded ${ROWS} rows through POST /api/sync/push in ${ms(performance.now() - seedStart)}`
	);
	const token = tenant.cookie.split('=')[1];
	const times = [];
	let pulls = 0;
	for (let run = 0; run < RUNS; run++) {
		const context = await browser.newContext({
			viewport: { width: 412, height: 915 },
			isMobile: true,
			hasTouch: true,
			locale: 'fi-FI',
			serviceWorkers: 'block'
		});
		await context.addCookies([
			{ name: 'authjs.session-token', value: token, url: app.url, httpOnly: true, sameSite: 'Lax' }
		]);
		const page = await context.newPage();
		let first = null;
		let requests = 0;
		page.on('request', (r) => {
			if (!r.url().includes('/api/sync/pull')) return;
			requests++;
			first ??= performance.now();
		});
		await page.goto(`${app.url}/`);
		let state = { cursor: 0, debts: 0 };
		const deadline = performance.now() + 180_000;
		while (state.cursor < last) {
			if (performance.now() > deadline)
				throw new Error(`pull did not finish: ${JSON.stringify(state)}`);
			await new Promise((r) => setTimeout(r, 10));
			state = await page.evaluate(readDevice);
		}
		const took = performance.now() - first;
		if (state.debts !== ROWS)
			throw new Error(`device holds ${state.debts} debts, expected ${ROWS}`);
		times.push(took);
		pulls = requests;
		await context.close();
	}
	times.sort((a, b) => a - b);
	console.log(
		`  fresh device pulls ${ROWS} rows into Dexie (${pulls} pull requests): median ${ms(times[Math.floor(times.length / 2)])}, ` +
			`min ${ms(times[0])}, max ${ms(times.at(-1))} over ${RUNS} devices`
	);
	console.log(`  ${load()}`);
}

async function main() {
	const executablePath = findChromium();
	if (!executablePath) throw new Error('No Chromium (set CHROMIUM_PATH or install chromium)');
	console.log(`bench:sync (pull into Dexie) — ${executablePath}, node ${process.version}`);
	console.log(`  ${load()}`);
	const build = await appBuild();
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	try {
		await onEachBackend(build, ({ kind, label, app, sessions }) =>
			benchBackend(kind === 'sqlite' ? 'SQLite' : `PostgreSQL (${label})`, app, sessions, browser)
		);
	} finally {
		await browser.close();
		build.cleanup();
	}
}

main().catch((err) => {
	console.error(err);
	process.exit(1);
});
