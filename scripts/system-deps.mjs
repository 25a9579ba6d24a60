// The system packages every test needs: Chromium (browser tests) and PostgreSQL (server tests run on
// SQLite and PostgreSQL). `npm test` calls this first, so no test is ever left out because a part is
// missing: as root on a Debian-like machine it installs what is missing with apt-get (as .ci/run
// does); anywhere else it stops and prints the exact command to run.
//
// TEST_DATABASE_URL (an existing PostgreSQL server) replaces the local PostgreSQL binaries.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { HEADLESS_SHELL, findChromium } from './chromium.mjs';

/** @returns {boolean} */
function havePostgres() {
	if (process.env.TEST_DATABASE_URL?.trim()) return true;
	const fromEnv = process.env.PG_BIN;
	if (fromEnv && existsSync(path.join(fromEnv, 'initdb'))) return true;
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return false;
	return readdirSync(root).some((v) => existsSync(path.join(root, v, 'bin', 'initdb')));
}

/** As root the test cluster runs as `postgres` (initdb refuses root); Debian's package creates it. */
function havePostgresUser() {
	if (typeof process.getuid !== 'function' || process.getuid() !== 0) return true;
	if (process.env.TEST_DATABASE_URL?.trim()) return true;
	return spawnSync('id', ['-u', 'postgres'], { stdio: 'ignore' }).status === 0;
}

/** @returns {string[]} the Debian package names that are missing */
export function missingPackages() {
	const missing = [];
	if (!findChromium()) missing.push('chromium-headless-shell');
	// The notification tests need the whole browser (playwright.config.ts says why).
	if (!findChromium({ full: true })) missing.push('chromium');
	if (!havePostgres() || !havePostgresUser()) missing.push('postgresql');
	return missing;
}

const hasAptGet = () =>
	spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** @param {string[]} packages */
function helpText(packages) {
	return [
		`Missing for the tests: ${packages.join(', ')}.`,
		'Install them, then run npm test again:',
		`  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
		...(packages.includes('chromium-headless-shell')
			? ['  Chromium elsewhere: npx playwright install chromium, or CHROMIUM_PATH=/path/to/chrome']
			: []),
		...(packages.includes('postgresql')
			? [
					'  PostgreSQL elsewhere: PG_BIN=/path/to/postgresql/bin, or TEST_DATABASE_URL=postgres://…'
				]
			: [])
	].join('\n');
}

/**
 * Installs what is missing when it can (root with apt-get), otherwise exits with the command to run.
 * @returns {void}
 */
export function ensureSystemPackages() {
	const missing = missingPackages();
	const canInstall = isRoot() && hasAptGet();
	// The lighter browser for the tests (see chromium.mjs) where apt-get can install it; otherwise an
	// installed whole browser runs them.
	if (
		canInstall &&
		!process.env.CHROMIUM_PATH &&
		!existsSync(HEADLESS_SHELL) &&
		!missing.includes('chromium-headless-shell')
	) {
		missing.push('chromium-headless-shell');
	}
	if (missing.length === 0) return;
	if (!canInstall) {
		console.error(helpText(missing));
		process.exit(1);
	}
	console.log(`Installing ${missing.join(', ')} with apt-get (as .ci/run does) ...`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const aptGet = (/** @type {string[]} */ args) =>
		spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
	// The package lists are often there already: try without the slow `apt-get update` first.
	const installed =
		aptGet(['install', '-y', ...missing]) ||
		(aptGet(['update']) && aptGet(['install', '-y', ...missing]));
	if (!installed) {
		console.error(`apt-get install failed.\n${helpText(missing)}`);
		process.exit(1);
	}
	const still = missingPackages();
	if (still.length > 0) {
		console.error(helpText(still));
		process.exit(1);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) ensureSystemPackages();
