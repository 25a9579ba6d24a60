// `npm run bench:web [-- --no-build] [--runs 3] [--path /] [--check]`
//
// Builds the app (into build-bench/, so a server running from build/ is left alone), serves it with
// scripts/serve.mjs on a free loopback port and a throw-away DATA_DIR, then measures the page:
//   - first visit in Chromium (mobile emulation, empty cache): script bytes and total bytes, both
//     as transferred (Chromium negotiates brotli) and as gzip (each response fetched again with
//     `Accept-Encoding: gzip`), page requests only (the service worker's precache comes after load)
//   - Lighthouse 12.2.3 mobile scores, median of --runs runs
// and prints them against the targets. --check makes missed targets exit 1.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_HELP, findChromium } from '../../scripts/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TARGETS = {
	jsGzipKB: 80,
	totalGzipKB: 120,
	performance: 98,
	accessibility: 100,
	bestPractices: 100
};

const { values: options } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		runs: { type: 'string', default: '3' },
		path: { type: 'string', default: '/' },
		check: { type: 'boolean', default: false }
	}
});
const runs = Math.max(1, Number(options.runs) || 3);

const chromiumPath = findChromium();
if (!chromiumPath) {
	console.error(CHROMIUM_HELP);
	process.exit(1);
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, capture?: boolean }} [opts]
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
function run(command, args, { env = process.env, capture = false } = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd: root,
			env,
			stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit'
		});
		let stdout = '';
		let stderr = '';
		child.stdout?.on('data', (chunk) => (stdout += chunk));
		child.stderr?.on('data', (chunk) => (stderr += chunk));
		child.once('error', reject);
		child.once('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
	});
}

/** @returns {Promise<number>} */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				address && typeof address === 'object' ? resolve(address.port) : reject()
			);
		});
	});
}

/**
 * Bytes of the body as sent with `Accept-Encoding: gzip` (compressed when the server compresses).
 * @param {string} url
 * @returns {Promise<number>}
 */
function gzipSize(url) {
	return new Promise((resolve, reject) => {
		http
			.get(url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
				let size = 0;
				res.on('data', (chunk) => (size += chunk.length));
				res.on('end', () => resolve(size));
				res.on('error', reject);
			})
			.on('error', reject);
	});
}

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[mid] ?? NaN)
		: ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);

// 1. Build
let buildDir = process.env.BUILD_DIR ?? 'build-bench';
if (options['no-build']) {
	if (!existsSync(path.join(root, buildDir, 'handler.js')) && !process.env.BUILD_DIR)
		buildDir = 'build';
	if (!existsSync(path.join(root, buildDir, 'handler.js'))) {
		console.error(`--no-build, but there is no build in ${buildDir}/. Run without --no-build.`);
		process.exit(1);
	}
} else {
	console.log(`Building into ${buildDir}/ ...`);
	const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	const build = await run(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
		env: {
			...process.env,
			BUILD_DIR: buildDir,
			APP_VERSION: process.env.APP_VERSION ?? `bench-${Date.now().toString(36)}`
		}
	});
	if (build.code !== 0) process.exit(build.code);
}

// 2. Server
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vuokra-apu-bench-'));
const server = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs')], {
	cwd: root,
	env: {
		...process.env,
		HOST: '127.0.0.1',
		PORT: String(port),
		ORIGIN: origin,
		BUILD_DIR: buildDir,
		DATA_DIR: dataDir,
		AUTH_SECRET: randomBytes(32).toString('base64url')
	},
	stdio: ['ignore', 'pipe', 'pipe']
});
const serverPid = /** @type {number} */ (server.pid);
const serverExited = new Promise((resolve) => server.once('exit', resolve));
let serverOutput = '';
server.stderr.on('data', (chunk) => (serverOutput += chunk));

async function stopServer() {
	if (server.exitCode !== null || server.signalCode !== null) return;
	process.kill(serverPid, 'SIGTERM');
	const timer = setTimeout(() => process.kill(serverPid, 'SIGKILL'), 5000);
	await serverExited;
	clearTimeout(timer);
}
process.once('exit', () => {
	if (server.exitCode === null && server.signalCode === null) process.kill(serverPid, 'SIGKILL');
	rmSync(dataDir, { recursive: true, force: true });
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.once(signal, () => process.exit(130));
}

await new Promise((resolve, reject) => {
	const timer = setTimeout(
		() => reject(new Error(`Server did not start:\n${serverOutput}`)),
		30_000
	);
	server.stdout.on('data', (chunk) => {
		serverOutput += chunk;
		if (serverOutput.includes('Listening on')) {
			clearTimeout(timer);
			resolve(undefined);
		}
	});
	void serverExited.then(() => reject(new Error(`Server exited:\n${serverOutput}`)));
});
const url = new URL(options.path, origin).href;
console.log(`Serving ${buildDir}/ at ${origin}; measuring ${url}`);

let exitCode = 0;
try {
	// 3. First visit in Chromium
	const { chromium, devices } = await import('playwright-core');
	const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
	const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'fi-FI' });
	const page = await context.newPage();
	/** @type {Promise<{ url: string, type: string, status: number, transferred: number }>[]} */
	const pending = [];
	page.on('requestfinished', (request) => {
		pending.push(
			(async () => {
				const sizes = await request.sizes();
				const response = await request.response();
				return {
					url: request.url(),
					type: request.resourceType(),
					status: response?.status() ?? 0,
					transferred: sizes.responseBodySize + sizes.responseHeadersSize
				};
			})()
		);
	});
	const response = await page.goto(url, { waitUntil: 'load' });
	if (!response?.ok()) console.warn(`Warning: ${url} answered ${response?.status()}`);
	await page.waitForLoadState('networkidle');
	const requests = await Promise.all(pending);
	await browser.close();

	const sameOrigin = requests.filter((r) => r.url.startsWith(origin));
	const withGzip = await Promise.all(
		sameOrigin.map(async (r) => ({ ...r, gzip: await gzipSize(r.url) }))
	);
	const sum = (/** @type {number[]} */ list) => list.reduce((a, b) => a + b, 0);
	const scripts = withGzip.filter((r) => r.type === 'script');
	const jsGzip = sum(scripts.map((r) => r.gzip));
	const totalGzip = sum(withGzip.map((r) => r.gzip));
	const jsTransferred = sum(requests.filter((r) => r.type === 'script').map((r) => r.transferred));
	const totalTransferred = sum(requests.map((r) => r.transferred));

	// 4. Lighthouse
	const lighthouseBin = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
	const chromeFlags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
	/** @type {{ performance: number, accessibility: number, bestPractices: number, lcp: number, tbt: number, cls: number, failing: string[] }[]} */
	const reports = [];
	for (let i = 1; i <= runs; i++) {
		process.stdout.write(`Lighthouse run ${i}/${runs} ... `);
		const result = await run(
			process.execPath,
			[
				lighthouseBin,
				url,
				'--output=json',
				'--output-path=stdout',
				'--quiet',
				'--only-categories=performance,accessibility,best-practices',
				`--chrome-flags=${chromeFlags}`
			],
			{ env: { ...process.env, CHROME_PATH: chromiumPath }, capture: true }
		);
		if (result.code !== 0) throw new Error(`lighthouse exited ${result.code}:\n${result.stderr}`);
		const lhr = JSON.parse(result.stdout);
		const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
		/** @type {string[]} */
		const failing = [];
		for (const id of ['accessibility', 'best-practices']) {
			for (const ref of lhr.categories[id]?.auditRefs ?? []) {
				const audit = lhr.audits[ref.id];
				if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
					/** @type {{ description?: string, url?: string }[]} */
					const items = audit.details?.items ?? [];
					const detail = items
						.slice(0, 3)
						.map((item) => item.description ?? item.url ?? '')
						.filter(Boolean)
						.join(' | ');
					failing.push(`${id}: ${audit.id} (${audit.title})${detail ? ` — ${detail}` : ''}`);
				}
			}
		}
		const report = {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
			tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
			cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
			failing
		};
		reports.push(report);
		console.log(
			`perf ${report.performance}, a11y ${report.accessibility}, bp ${report.bestPractices}`
		);
	}
	const med = (/** @type {(r: (typeof reports)[number]) => number} */ pick) =>
		median(reports.map(pick));

	// 5. Report
	/** @type {[string, string, string, boolean][]} */
	const rows = [
		[
			'JS, first visit (gzip)',
			`${kb(jsGzip)} KB (${scripts.length} files; ${kb(jsTransferred)} KB as sent to Chromium)`,
			`≤ ${TARGETS.jsGzipKB} KB`,
			jsGzip <= TARGETS.jsGzipKB * 1024
		],
		[
			'Total, first visit (gzip)',
			`${kb(totalGzip)} KB (${requests.length} requests; ${kb(totalTransferred)} KB as sent)`,
			`≤ ${TARGETS.totalGzipKB} KB`,
			totalGzip <= TARGETS.totalGzipKB * 1024
		],
		[
			`Lighthouse performance (median of ${runs})`,
			String(med((r) => r.performance)),
			`≥ ${TARGETS.performance}`,
			med((r) => r.performance) >= TARGETS.performance
		],
		[
			'Lighthouse accessibility',
			String(med((r) => r.accessibility)),
			`= ${TARGETS.accessibility}`,
			med((r) => r.accessibility) >= TARGETS.accessibility
		],
		[
			'Lighthouse best practices',
			String(med((r) => r.bestPractices)),
			`= ${TARGETS.bestPractices}`,
			med((r) => r.bestPractices) >= TARGETS.bestPractices
		]
	];
	const width = Math.max(...rows.map((r) => r[0].length));
	const valueWidth = Math.max(...rows.map((r) => r[1].length));
	console.log(`\nbench:web ${url} (Chromium ${chromiumPath}, Lighthouse mobile)`);
	for (const [name, value, target, ok] of rows) {
		console.log(
			`  ${name.padEnd(width)}  ${value.padEnd(valueWidth)}  target ${target.padEnd(8)} ${ok ? 'ok' : 'MISSED'}`
		);
	}
	console.log(
		`  (median LCP ${med((r) => r.lcp).toFixed(0)} ms, TBT ${med((r) => r.tbt).toFixed(0)} ms, CLS ${med((r) => r.cls).toFixed(3)})`
	);
	const failing = [...new Set(reports.flatMap((r) => r.failing))];
	if (failing.length)
		console.log(`  Failing audits:\n${failing.map((f) => `    - ${f}`).join('\n')}`);
	console.log('\n  Scripts (gzip):');
	for (const r of scripts.sort((a, b) => b.gzip - a.gzip)) {
		console.log(`    ${kb(r.gzip).padStart(6)} KB  ${new URL(r.url).pathname}`);
	}
	if (options.check && rows.some((row) => !row[3])) exitCode = 1;
} catch (error) {
	console.error(error);
	exitCode = 1;
} finally {
	await stopServer();
}
process.exit(exitCode);
