// Finds a Chromium for Playwright, Lighthouse and the benches.
// Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium-headless-shell (browser tests only), Debian/
// Ubuntu's /usr/bin/chromium(-browser), Playwright's own download.
//
// The browser tests prefer the headless shell: the whole browser in headless mode also runs its own
// user interface, which took about a fifth more CPU per test on the 2-core CI machine, where CPU is
// what the suite waits for. Lighthouse needs the whole browser.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Flags needed to run Chromium as root in a container without it calling home. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run'
];

export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Synchronous so playwright.config.ts can call it at load time.
 * @param {{ full?: boolean }} [options] `full`: the whole browser (Lighthouse), not
 *   the headless shell
 * @returns {string | null} path to a Chromium executable, or null if none is installed
 */
export function findChromium({ full = false } = {}) {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		console.warn(`CHROMIUM_PATH=${fromEnv} does not exist; looking elsewhere.`);
	}
	if (!full && existsSync(HEADLESS_SHELL)) return HEADLESS_SHELL;
	for (const candidate of SYSTEM_PATHS) {
		if (existsSync(candidate)) return candidate;
	}
	try {
		/** @type {typeof import('playwright-core')} */
		const { chromium } = require('playwright-core');
		const own = chromium.executablePath();
		if (own && existsSync(own)) return own;
	} catch {
		// playwright-core not installed or has no browser registry entry
	}
	return null;
}

/** Human-readable hint printed when findChromium() returns null. */
export const CHROMIUM_HELP = [
	'No Chromium found. The browser tests need one. Any of these works:',
	'  Debian/Ubuntu:   sudo apt-get install chromium-headless-shell',
	'  elsewhere:       npx playwright install chromium',
	'  or point to one: CHROMIUM_PATH=/path/to/chrome npm test'
].join('\n');
