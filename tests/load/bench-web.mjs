// `npm run bench:web [-- --no-build] [--runs 3] [--path / --path /summary ...] [--locale fi-FI] [--check]`
//
// Builds the app (into build-bench/, so a server running from build/ is left alone), serves it with
// scripts/serve.mjs on a free loopback port and a throw-away DATA_DIR, then measures each page
// (without --path: the start page and every other tenant page the issue names):
//   - first visit in Chromium (mobile emulation, empty cache): script bytes and total bytes, both
//     as transferred (Chromium negotiates brotli) and as gzip level 6 of each decoded body, page
//     requests only (the service worker's precache comes after load)
//   - Lighthouse 12.2.3 mobile scores, FCP and LCP, median of --runs runs
// both with the browser language --locale (Finnish, the default language, unless given).
// and prints them against the targets, then one table of every page. --check makes missed
// targets exit 1.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import zlib from 'node:zlib';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_HELP, findChromium } from '../../scripts/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The start page is the first screen and must paint before its script runs; the other tenant
 * pages carry their forms and rules. A missing limit is not measured against.
 * @typedef {{ jsGzipKB: number, totalGzipKB?: number, fcpMs?: number, lcpMs?: number, performance: number, accessibility: number, bestPractices: number }} Targets
 */
/** @type {Targets} */
const START_PAGE_TARGETS = {
	jsGzipKB: 45,
	totalGzipKB: 70,
	fcpMs: 1000,
	lcpMs: 1200,
	performance: 100,
	accessibility: 100,
	bestPractices: 100
};
/** @type {Targets} */
const TENANT_PAGE_TARGETS = {
	jsGzipKB: 100,
	performance: 98,
	accessibility: 100,
	bestPractices: 100
};
const DEFAULT_PATHS = ['/', '/situation/household', '/summary', '/plan'];
/** @param {string} pathname */
const targetsFor = (pathname) => (pathname === '/' ? START_PAGE_TARGETS : TENANT_PAGE_TARGETS);

const { values: options } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		runs: { type: 'string', default: '3' },
		path: { type: 'string', multiple: true },
		locale: { type: 'string', default: 'fi-FI' },
		check: { type: 'boolean', default: false }
	}
});
const runs = Math.max(1, Number(options.runs) || 3);
const paths = options.path?.length ? options.path : DEFAULT_PATHS;

const chromiumPath = findChromium({ full: true });
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
 * Bytes of the decoded body compressed with gzip level 6, so the figure does not depend on which
 * files the build happened to precompress or on how the server compresses.
 * @param {string} url
 * @returns {Promise<number>}
 */
function gzipSize(url) {
	return new Promise((resolve, reject) => {
		http
			.get(url, { headers: { 'Accept-Encoding': 'identity' } }, (res) => {
				/** @type {Buffer[]} */
				const chunks = [];
				res.on('data', (chunk) => chunks.push(chunk));
				res.on('end', () => resolve(zlib.gzipSync(Buffer.concat(chunks), { level: 6 }).length));
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
console.log(`Serving ${buildDir}/ at ${origin}; measuring ${paths.join(', ')}`);

/**
 * First visit in Chromium: every request the page makes until the network is idle.
 * @param {string} url
 */
async function firstVisit(url) {
	const { chromium, devices } = await import('playwright-core');
	const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
	const context = await browser.newContext({ ...devices['Pixel 7'], locale: options.locale });
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
	return requests;
}

/**
 * Lighthouse mobile, one run.
 * @param {string} url
 */
async function lighthouse(url) {
	const lighthouseBin = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
	// The same browser language as the first visit above (headless Chromium says en-US otherwise,
	// and Lighthouse would measure another language's page than the byte count).
	const chromeFlags = ['--headless=new', `--accept-lang=${options.locale}`, ...CHROMIUM_ARGS].join(
		' '
	);
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
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		/** @type {number} */
		fcp: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
		/** @type {number} */
		lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
		/** @type {number} */
		tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
		/** @type {number} */
		cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
		failing
	};
}

/**
 * @typedef {{ name: string, short: string, value: number, shown: string, target?: number, atMost: boolean }} Figure
 */
/** @param {Figure} f */
const met = (f) => f.target === undefined || (f.atMost ? f.value <= f.target : f.value >= f.target);

/**
 * Measures one page and prints its figures against its targets.
 * @param {string} pathname
 * @returns {Promise<Figure[]>}
 */
async function measure(pathname) {
	const url = new URL(pathname, origin).href;
	const targets = targetsFor(pathname);
	const requests = await firstVisit(url);
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

	/** @type {Awaited<ReturnType<typeof lighthouse>>[]} */
	const reports = [];
	for (let i = 1; i <= runs; i++) {
		process.stdout.write(`${pathname}: Lighthouse run ${i}/${runs} ... `);
		const report = await lighthouse(url);
		reports.push(report);
		console.log(
			`perf ${report.performance}, a11y ${report.accessibility}, bp ${report.bestPractices}, FCP ${report.fcp.toFixed(0)} ms, LCP ${report.lcp.toFixed(0)} ms`
		);
	}
	const med = (/** @type {(r: (typeof reports)[number]) => number} */ pick) =>
		median(reports.map(pick));

	/** @type {Figure[]} */
	const figures = [
		{
			name: 'JS, first visit (gzip)',
			short: 'JS KB',
			value: jsGzip / 1024,
			shown: `${kb(jsGzip)} KB (${scripts.length} files; ${kb(jsTransferred)} KB as sent to Chromium)`,
			target: targets.jsGzipKB,
			atMost: true
		},
		{
			name: 'Total, first visit (gzip)',
			short: 'total KB',
			value: totalGzip / 1024,
			shown: `${kb(totalGzip)} KB (${requests.length} requests; ${kb(totalTransferred)} KB as sent)`,
			target: targets.totalGzipKB,
			atMost: true
		},
		{
			name: `First contentful paint (median of ${runs})`,
			short: 'FCP s',
			value: med((r) => r.fcp) / 1000,
			shown: `${(med((r) => r.fcp) / 1000).toFixed(2)} s`,
			target: targets.fcpMs === undefined ? undefined : targets.fcpMs / 1000,
			atMost: true
		},
		{
			name: 'Largest contentful paint',
			short: 'LCP s',
			value: med((r) => r.lcp) / 1000,
			shown: `${(med((r) => r.lcp) / 1000).toFixed(2)} s`,
			target: targets.lcpMs === undefined ? undefined : targets.lcpMs / 1000,
			atMost: true
		},
		{
			name: 'Lighthouse performance',
			short: 'perf',
			value: med((r) => r.performance),
			shown: String(med((r) => r.performance)),
			target: targets.performance,
			atMost: false
		},
		{
			name: 'Lighthouse accessibility',
			short: 'a11y',
			value: med((r) => r.accessibility),
			shown: String(med((r) => r.accessibility)),
			target: targets.accessibility,
			atMost: false
		},
		{
			name: 'Lighthouse best practices',
			short: 'bp',
			value: med((r) => r.bestPractices),
			shown: String(med((r) => r.bestPractices)),
			target: targets.bestPractices,
			atMost: false
		}
	];
	const width = Math.max(...figures.map((f) => f.name.length));
	const valueWidth = Math.max(...figures.map((f) => f.shown.length));
	console.log(
		`\nbench:web ${url} (${options.locale}, Chromium ${chromiumPath}, Lighthouse mobile)`
	);
	for (const f of figures) {
		const target = f.target === undefined ? '-' : `${f.atMost ? '≤' : '≥'} ${f.target}`;
		console.log(
			`  ${f.name.padEnd(width)}  ${f.shown.padEnd(valueWidth)}  target ${target.padEnd(8)} ${met(f) ? 'ok' : 'MISSED'}`
		);
	}
	console.log(
		`  (median TBT ${med((r) => r.tbt).toFixed(0)} ms, CLS ${med((r) => r.cls).toFixed(3)})`
	);
	const failing = [...new Set(reports.flatMap((r) => r.failing))];
	if (failing.length)
		console.log(`  Failing audits:\n${failing.map((f) => `    - ${f}`).join('\n')}`);
	console.log('\n  Scripts (gzip):');
	for (const r of scripts.sort((a, b) => b.gzip - a.gzip)) {
		console.log(`    ${kb(r.gzip).padStart(6)} KB  ${new URL(r.url).pathname}`);
	}
	console.log('');
	return figures;
}

let exitCode = 0;
try {
	/** @type {[string, Figure[]][]} */
	const results = [];
	for (const pathname of paths) results.push([pathname, await measure(pathname)]);

	// One table of every page; a missed target is marked with "!".
	const columns = results[0]?.[1].map((f) => f.short) ?? [];
	const cell = (/** @type {Figure} */ f) =>
		`${f.short.endsWith('KB') ? f.value.toFixed(1) : f.short.endsWith(' s') ? f.value.toFixed(2) : String(f.value)}${met(f) ? '' : '!'}`;
	const pageWidth = Math.max(4, ...results.map(([p]) => p.length));
	console.log(`bench:web summary (median of ${runs} Lighthouse runs; "!" = target missed)`);
	console.log(`  ${'page'.padEnd(pageWidth)}  ${columns.map((c) => c.padStart(9)).join('')}`);
	for (const [pathname, figures] of results) {
		console.log(
			`  ${pathname.padEnd(pageWidth)}  ${figures.map((f) => cell(f).padStart(9)).join('')}`
		);
	}
	if (options.check && results.some(([, figures]) => figures.some((f) => !met(f)))) exitCode = 1;
} catch (error) {
	console.error(error);
	exitCode = 1;
} finally {
	await stopServer();
}
process.exit(exitCode);
