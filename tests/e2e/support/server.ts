// Helpers for browser tests that need app servers of their own: two servers for sync tests, or a
// second build for the update-prompt test. The shared server from playwright.config.ts is at baseURL.
//
//   const v1 = await startServer({ buildDir: 'build', port: await freePort() });
//   await buildApp({ outDir: 'build-v2', version: 'v2' });
//   await v1.stop();
//   const v2 = await startServer({ buildDir: 'build-v2', port: v1.port, env: { DATA_DIR: v1.dataDir } });
//
// Builds take ~10 s each (give the test `test.setTimeout(120_000)`) and are serialised across workers.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from '@playwright/test';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SERVE = path.join(repoRoot, 'scripts', 'serve.mjs');
const VITE = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
export const TEST_AUTH_SECRET = 'e2e-test-secret-not-for-production-0123456789abcdef';

/** A port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => {
				if (address && typeof address === 'object') resolve(address.port);
				else reject(new Error('no port'));
			});
		});
	});
}

/** Cross-process lock (a directory), so parallel workers never run two builds in .svelte-kit at once. */
async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
	const id = createHash('sha256').update(repoRoot).digest('hex').slice(0, 12);
	const lock = path.join(os.tmpdir(), `vuokra-apu-build-${id}.lock`);
	const deadline = Date.now() + 180_000;
	for (;;) {
		try {
			mkdirSync(lock);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			// A lock older than 3 minutes was left behind by a killed run.
			try {
				if (Date.now() - statSync(lock).mtimeMs > 180_000) rmSync(lock, { recursive: true });
			} catch {
				// removed meanwhile
			}
			if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}`);
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
	}
	try {
		return await fn();
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}

/**
 * Production build into `outDir` (relative to the repo root; keep it there, named build-*, so the
 * server bundle still finds node_modules) with the given SvelteKit version name.
 * @returns the absolute build directory
 */
export function buildApp({
	outDir,
	version
}: {
	outDir: string;
	version: string;
}): Promise<string> {
	const dir = path.resolve(repoRoot, outDir);
	return withBuildLock(
		() =>
			new Promise<string>((resolve, reject) => {
				const child = spawn(process.execPath, [VITE, 'build', '--logLevel', 'warn'], {
					cwd: repoRoot,
					env: { ...process.env, BUILD_DIR: dir, APP_VERSION: version },
					stdio: ['ignore', 'pipe', 'pipe']
				});
				let output = '';
				child.stdout.on('data', (chunk) => (output += chunk));
				child.stderr.on('data', (chunk) => (output += chunk));
				child.once('error', reject);
				child.once('exit', (code) => {
					if (code === 0) resolve(dir);
					else reject(new Error(`vite build (${outDir}, ${version}) exited ${code}:\n${output}`));
				});
			})
	);
}

export interface RunningServer {
	/** e.g. http://127.0.0.1:40123 (no trailing slash) */
	url: string;
	port: number;
	/** DATA_DIR of this server; pass it to the next server to keep the data across a restart */
	dataDir: string;
	pid: number;
	/** Everything the server printed so far. */
	output(): string;
	/** SIGTERM by pid, SIGKILL after 5 s; resolves once the process has exited and the port is free. */
	stop(options?: { removeData?: boolean }): Promise<void>;
}

const running = new Set<ChildProcess>();
// Never leave servers holding ports behind a failed or interrupted test.
process.once('exit', () => {
	for (const child of running) child.kill('SIGKILL');
});

/**
 * Starts scripts/serve.mjs on 127.0.0.1:port with ORIGIN set to match, a fresh DATA_DIR (unless
 * env.DATA_DIR is given) and a fixed test AUTH_SECRET. Resolves once it listens.
 */
export async function startServer({
	buildDir = 'build',
	port,
	env = {}
}: {
	buildDir?: string;
	port?: number;
	env?: Record<string, string>;
} = {}): Promise<RunningServer> {
	const actualPort = port ?? (await freePort());
	const url = `http://127.0.0.1:${actualPort}`;
	const dataDir = env.DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'vuokra-apu-e2e-server-'));
	const child = spawn(process.execPath, [SERVE], {
		cwd: repoRoot,
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(actualPort),
			ORIGIN: url,
			BUILD_DIR: path.resolve(repoRoot, buildDir),
			AUTH_SECRET: TEST_AUTH_SECRET,
			AUTH_TRUST_HOST: 'true',
			SHUTDOWN_TIMEOUT: '2',
			...env,
			DATA_DIR: dataDir
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	running.add(child);
	const pid = child.pid;
	if (pid === undefined) throw new Error('Could not start scripts/serve.mjs');

	let output = '';
	const exited = new Promise<void>((resolve) =>
		child.once('exit', () => {
			running.delete(child);
			resolve();
		})
	);

	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`Server on ${url} did not start within 30 s:\n${output}`));
		}, 30_000);
		const onData = (chunk: Buffer) => {
			output += chunk;
			if (output.includes(`Listening on http://127.0.0.1:${actualPort}`)) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', (chunk: Buffer) => (output += chunk));
		void exited.then(() => {
			clearTimeout(timer);
			reject(new Error(`Server for ${url} exited during start-up:\n${output}`));
		});
	});

	return {
		url,
		port: actualPort,
		dataDir,
		pid,
		output: () => output,
		async stop({ removeData = false } = {}) {
			if (running.has(child)) {
				process.kill(pid, 'SIGTERM');
				const timer = setTimeout(() => {
					if (running.has(child)) process.kill(pid, 'SIGKILL');
				}, 5_000);
				await exited;
				clearTimeout(timer);
			}
			if (removeData) rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

/** Sets a user's role with `npm run user:role`, as an operator does on a new installation. */
export function grantRole(server: RunningServer, email: string, role: string): void {
	execFileSync(process.execPath, [path.join(repoRoot, 'scripts/user-role.mjs'), email, role], {
		cwd: repoRoot,
		env: { ...process.env, DATA_DIR: server.dataDir },
		stdio: 'pipe'
	});
}

const DESKTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };

/** A desktop browser in Finnish on `server`, whose pages' uncaught errors go into `errors`. */
export async function desktopContext(
	browser: Browser,
	server: RunningServer,
	errors: Error[]
): Promise<BrowserContext> {
	const context = await browser.newContext({
		...DESKTOP,
		locale: 'fi-FI',
		timezoneId: 'Europe/Helsinki',
		baseURL: server.url
	});
	context.on('page', (p) => p.on('pageerror', (e) => errors.push(e)));
	return context;
}
