// Runs `npm ci` (or `npm install` without a lock file) when node_modules is missing or older than
// package-lock.json. Otherwise a quick no-op. Used as the `prestart` and `pretest` npm hooks.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lock = path.join(root, 'package-lock.json');
// npm writes this "hidden lockfile" at the end of every successful install.
const installedLock = path.join(root, 'node_modules', '.package-lock.json');

/** @returns {string | null} why an install is needed, or null when node_modules is current */
function reason() {
	if (!existsSync(path.join(root, 'node_modules'))) return 'node_modules is missing';
	if (!existsSync(installedLock)) return 'node_modules looks incomplete';
	if (existsSync(lock) && statSync(lock).mtimeMs > statSync(installedLock).mtimeMs) {
		return 'package-lock.json is newer than node_modules';
	}
	return null;
}

const why = reason();
if (why) {
	// No audit or funding report: neither changes what is installed, and the audit is a round trip
	// to the registry on every fresh checkout.
	const args = [...(existsSync(lock) ? ['ci'] : ['install']), '--no-audit', '--no-fund'];
	console.log(`${why}: running npm ${args.join(' ')} ...`);
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const result = spawnSync(npm, args, {
		cwd: root,
		stdio: 'inherit',
		shell: process.platform === 'win32'
	});
	if (result.error) {
		console.error(`Could not run npm: ${result.error.message}`);
		process.exit(1);
	}
	if (result.status !== 0) process.exit(result.status ?? 1);
}
