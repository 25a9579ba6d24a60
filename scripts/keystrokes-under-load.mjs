// Runs tests/e2e/keystrokes.e2e.ts many times while every core is kept busy, to show that nothing
// typed is lost on a loaded machine (a slow phone). Not part of `npm test`: it takes long.
//
//   node scripts/keystrokes-under-load.mjs [repeats=50] [grep]
//
// Uses the existing build/ (run `npx vite build` first). One `for(;;);` process per core runs for
// the whole loop and is stopped by its pid at the end. Prints Playwright's summary.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repeats = Number(process.argv[2] ?? 50);
const grep = process.argv[3];

const cores = os.availableParallelism();
const burners = Array.from({ length: cores }, () =>
	spawn(process.execPath, ['-e', 'for(;;);'], { stdio: 'ignore' })
);
const stopBurners = () => burners.forEach((b) => b.kill('SIGKILL'));
process.on('exit', stopBurners);

const args = [
	'playwright',
	'test',
	'tests/e2e/keystrokes.e2e.ts',
	`--repeat-each=${repeats}`,
	'--retries=0',
	'--reporter=line',
	...(grep ? ['-g', grep] : [])
];
console.log(`${cores} busy-loop processes; npx ${args.join(' ')}`);
const started = Date.now();
const run = spawn('npx', args, {
	cwd: root,
	stdio: 'inherit',
	env: { ...process.env, CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? findChromium() ?? '' }
});
run.on('exit', (code) => {
	stopBurners();
	console.log(
		`exit ${code} after ${Math.round((Date.now() - started) / 1000)} s, load ${os.loadavg()[0].toFixed(1)}`
	);
	process.exit(code ?? 1);
});
