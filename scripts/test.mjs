// `npm test` (after the `pretest` hook has installed dependencies):
//   0. system packages  Chromium and PostgreSQL, installed with apt-get when missing (scripts/system-deps.mjs)
//   1. vitest run       unit and server tests (server tests start their own PostgreSQL cluster when
//                       /usr/lib/postgresql/*/bin/initdb exists, or use TEST_DATABASE_URL when set)
//   2. vite build       production build into build/
//   3. vitest run       the HTTP-level server tests against that build (tests/server/http-*.spec.ts)
//   4. playwright test  browser tests against that build (see playwright.config.ts)
// Exits with the first failing step's exit code.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_HELP, findChromium } from './chromium.mjs';
import { ensureSystemPackages } from './system-deps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (/** @type {string} */ name) => path.join(root, 'node_modules', '.bin', name);

// Chromium and PostgreSQL: installed here when missing (root with apt-get), or the exact command.
ensureSystemPackages();
const chromium = findChromium();
if (!chromium) {
	console.error(CHROMIUM_HELP);
	process.exit(1);
}

/**
 * Environment for every step: TEST_DATABASE_URL and CHROMIUM_PATH pass through (without it, the
 * tests find the headless shell or the whole browser, scripts/chromium.mjs), and
 * one APP_VERSION for the whole build (the client and server halves must agree on it).
 */
const env = {
	...process.env,
	APP_VERSION: process.env.APP_VERSION ?? `test-${Date.now().toString(36)}`
};

/**
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<number>} exit code
 */
function run(command, args, extraEnv = {}) {
	return new Promise((resolve) => {
		const child = spawn(command, args, {
			cwd: root,
			env: { ...env, ...extraEnv },
			stdio: 'inherit',
			shell: process.platform === 'win32'
		});
		child.on('error', (error) => {
			console.error(`Could not start ${command}: ${error.message}`);
			resolve(127);
		});
		child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 + 15 : 1)));
	});
}

/** Forward Ctrl-C to the running step (it gets it from the terminal too) and do not start the next. */
let interrupted = false;
process.on('SIGINT', () => (interrupted = true));
process.on('SIGTERM', () => (interrupted = true));

/** @type {{ name: string, command: string, args: string[], needed?: boolean, env?: Record<string, string> }[]} */
const steps = [
	{ name: 'vitest', command: bin('vitest'), args: ['run'], needed: false },
	{ name: 'vite build', command: bin('vite'), args: ['build'], needed: true },
	{
		name: 'vitest http',
		command: bin('vitest'),
		args: ['run', 'tests/server/http-'],
		env: { HTTP_TEST_BUILD_DIR: path.join(root, 'build') }
	},
	{ name: 'playwright', command: bin('playwright'), args: ['test'] }
];

console.log(`Using Chromium at ${chromium}`);
/** @type {{ name: string, code: number, seconds: number }[]} */
const results = [];
for (const step of steps) {
	if (interrupted) break;
	console.log(`\n=== ${step.name} ===`);
	const started = performance.now();
	const code = await run(step.command, step.args, step.env);
	results.push({ name: step.name, code, seconds: (performance.now() - started) / 1000 });
	// Unit test failures still let the browser tests run (more signal per CI run); a failed build stops.
	if (code !== 0 && step.needed) break;
}

const failed = results.find((result) => result.code !== 0);
const summary = results
	.map(
		(r) => `${r.name} ${r.code === 0 ? 'ok' : `FAILED (exit ${r.code})`} ${r.seconds.toFixed(0)}s`
	)
	.join(', ');
const skipped = steps.length - results.length;
console.log(
	`\nnpm test: ${failed || interrupted ? 'FAILED' : 'passed'} — ${summary}${skipped ? `, ${skipped} step(s) not run` : ''}`
);
process.exit(failed ? failed.code : interrupted ? 130 : 0);
