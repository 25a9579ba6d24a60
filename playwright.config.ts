// Browser tests: tests/e2e/**/*.e2e.ts against the production build (scripts/serve.mjs), in
// Debian's Chromium or Playwright's own (scripts/chromium.mjs).
//
// `npm test` builds first; `npx playwright test` alone builds only when build/handler.js is missing.
//
// Base URL: tests use relative paths (`page.goto('/')`); the absolute one is `baseURL` in a fixture,
// E2E_BASE_URL below, or process.env.E2E_BASE_URL. The server listens on 127.0.0.1:4173 — or, while
// another run holds that (e.g. in the same checkout), on 4174, 4175, ... — or on $E2E_PORT.
// It uses a fresh, empty DATA_DIR per run (process.env.E2E_DATA_DIR).
//
// Projects: everything runs as `phone` (412x915, touch, fi-FI, Europe/Helsinki). A file that needs a
// desktop browser says so with
//   test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });
// Tests that need their own servers (two servers, a rebuilt version) use tests/e2e/support/server.ts.
import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import {
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const CI = !!process.env.CI;
const root = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_PORT = 4173;
const DATA_DIR_PREFIX = 'vuokra-apu-e2e-';

/** Whether nothing listens on 127.0.0.1:port. Synchronous because the config is. */
function portIsFree(port: number): boolean {
	const script = `require('node:net').createServer().once('error', () => process.exit(1))
		.listen(${port}, '127.0.0.1', function () { this.close(() => process.exit(0)); });`;
	try {
		execFileSync(process.execPath, ['-e', script], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/** Whether a process with this pid is alive. */
function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * 4173, or the next port whose lock no other live run holds. A lock file per port (not just a bind
 * test) because the web server binds the port only seconds after the config has picked it.
 */
function pickPort(): number {
	for (let port = DEFAULT_PORT; port < DEFAULT_PORT + 50; port++) {
		const lock = path.join(os.tmpdir(), `vuokra-apu-e2e-port-${port}.pid`);
		try {
			writeFileSync(lock, String(process.pid), { flag: 'wx' });
		} catch {
			const owner = Number(readFileSync(lock, 'utf8').trim());
			if (owner && owner !== process.pid && alive(owner)) continue;
			writeFileSync(lock, String(process.pid)); // stale lock of a run that was killed
		}
		if (!portIsFree(port)) {
			rmSync(lock, { force: true });
			continue;
		}
		process.once('exit', () => {
			try {
				if (readFileSync(lock, 'utf8').trim() === String(process.pid)) rmSync(lock);
			} catch {
				// already gone
			}
		});
		return port;
	}
	throw new Error(`No free port in ${DEFAULT_PORT}-${DEFAULT_PORT + 49}; set E2E_PORT.`);
}

/** A fresh data directory per run; drops ones older than a day left by earlier runs. */
function freshDataDir(): string {
	const tmp = os.tmpdir();
	for (const name of readdirSync(tmp)) {
		if (!name.startsWith(DATA_DIR_PREFIX)) continue;
		const dir = path.join(tmp, name);
		try {
			if (Date.now() - statSync(dir).mtimeMs > 24 * 3600_000) rmSync(dir, { recursive: true });
		} catch {
			// another run is using or removing it
		}
	}
	return mkdtempSync(path.join(tmp, DATA_DIR_PREFIX));
}

// The config is evaluated in the runner and again in every worker; workers inherit the runner's
// environment, so these are decided once per run.
process.env.E2E_PORT ||= String(pickPort());
process.env.E2E_DATA_DIR ||= freshDataDir();
const dataDir = process.env.E2E_DATA_DIR;

const port = Number(process.env.E2E_PORT);
export const E2E_BASE_URL = `http://127.0.0.1:${port}`;
process.env.E2E_BASE_URL = E2E_BASE_URL;

/** Test value only; real deployments generate and keep their own (scripts/serve.mjs). */
export const E2E_AUTH_SECRET = 'e2e-test-secret-not-for-production-0123456789abcdef';

const chromiumPath = findChromium();
const PHONE = {
	...devices['Pixel 7'],
	viewport: { width: 412, height: 915 },
	// Pixel 7's 2.625 makes Chromium rasterise seven times the pixels on every frame, in
	// software (no GPU here): CPU the two cores need for the app itself. Nothing the tests
	// check depends on the pixel density.
	deviceScaleFactor: 1,
	locale: 'fi-FI',
	timezoneId: 'Europe/Helsinki'
};
const NOTIFICATION_TESTS = /reminders\.e2e\.ts$/;
const fullChromiumPath = findChromium({ full: true });

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	// A second, concurrent run in the same checkout must not wipe the first one's artifacts.
	outputDir: port === DEFAULT_PORT ? 'test-results' : `test-results/run-${port}`,
	fullyParallel: false,
	forbidOnly: CI,
	retries: 0,
	workers: Number(process.env.E2E_WORKERS) || 2,
	timeout: 30_000,
	expect: { timeout: 10_000 },
	// CI keeps only its printed log: an HTML report and traces nobody can open there would cost the
	// two cores time (a trace snapshots the page at every action) and slow the tests they record.
	reporter: 'list',
	use: {
		baseURL: E2E_BASE_URL,
		serviceWorkers: 'allow',
		trace: CI ? 'off' : 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: chromiumPath ?? undefined,
			args: CHROMIUM_ARGS
		}
	},
	projects: [
		{
			name: 'phone',
			testIgnore: NOTIFICATION_TESTS,
			use: PHONE
		},
		{
			// Shown notifications need the whole browser: the headless shell refuses every
			// notification permission, granted or not, so showNotification() always fails there.
			name: 'phone-notifications',
			testMatch: NOTIFICATION_TESTS,
			use: {
				...PHONE,
				launchOptions: {
					executablePath: fullChromiumPath ?? undefined,
					args: CHROMIUM_ARGS
				}
			}
		}
	],
	webServer: {
		command: existsSync(path.join(root, 'build', 'handler.js'))
			? 'node scripts/serve.mjs'
			: 'node node_modules/vite/bin/vite.js build && node scripts/serve.mjs',
		// Exists in every SvelteKit build, whatever the routes are.
		url: `${E2E_BASE_URL}/_app/version.json`,
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'ignore',
		stderr: 'pipe',
		gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
		env: {
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: E2E_BASE_URL,
			BUILD_DIR: 'build',
			DATA_DIR: dataDir,
			AUTH_SECRET: E2E_AUTH_SECRET,
			AUTH_TRUST_HOST: 'true',
			// Only used when the command has to build first.
			APP_VERSION: process.env.APP_VERSION ?? `e2e-${Date.now().toString(36)}`
		}
	}
});
