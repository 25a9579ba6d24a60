// Production server: adapter-node's request handler behind node:http, plus security and cache headers
// on every response (also the static and prerendered files that never reach SvelteKit's hooks).
//
//   node scripts/serve.mjs            (after `vite build`; `npm start` does both)
//
// Environment (all optional):
//   PORT (3000), HOST (0.0.0.0), ORIGIN (http://localhost:$PORT), BUILD_DIR (build),
//   DATA_DIR (./data; also $DATA_DIR/mail/*.eml when SMTP_URL is unset),
//   AUTH_SECRET (generated once, kept in $DATA_DIR/auth-secret),
//   AUTH_TRUST_HOST (true), SHUTDOWN_TIMEOUT (seconds, 10), KEEP_ALIVE_TIMEOUT (seconds, 65),
//   BODY_SIZE_LIMIT (bytes, the JSON
//   endpoints' own limit: src/lib/schemas/body-limit.js), plus adapter-node's own variables
//   (PROTOCOL_HEADER, HOST_HEADER, ADDRESS_HEADER, XFF_DEPTH, ...).
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MAX_BODY_BYTES } from '../src/lib/schemas/body-limit.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Headers every response gets. */
const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'X-Frame-Options': 'DENY',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
	'Cross-Origin-Opener-Policy': 'same-origin'
};
const HSTS = 'max-age=63072000; includeSubDomains';
const FRAME_ANCESTORS = "frame-ancestors 'none'";

/**
 * Reads AUTH_SECRET from $DATA_DIR/auth-secret, creating it (32 random bytes, mode 600) on first run.
 * @param {string} dataDir
 */
function persistentSecret(dataDir) {
	const file = path.join(dataDir, 'auth-secret');
	mkdirSync(dataDir, { recursive: true });
	try {
		writeFileSync(file, randomBytes(32).toString('base64url') + '\n', { flag: 'wx', mode: 0o600 });
		console.log(`Generated AUTH_SECRET in ${file}`);
	} catch (error) {
		if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
	}
	chmodSync(file, 0o600);
	const secret = readFileSync(file, 'utf8').trim();
	if (secret.length < 32) throw new Error(`${file} is too short to be an AUTH_SECRET`);
	return secret;
}

/** Fills in the defaults so `npm start` needs no settings. Must run before the handler is imported. */
export function applyEnvDefaults(env = process.env) {
	env.PORT ||= '3000';
	env.HOST ||= '0.0.0.0';
	env.ORIGIN ||= `http://localhost:${env.PORT}`;
	env.DATA_DIR ||= path.resolve('data');
	env.AUTH_SECRET ||= persistentSecret(env.DATA_DIR);
	env.AUTH_TRUST_HOST ||= 'true';
	// adapter-node's default (512K) is below what the sync endpoint accepts: a push in between was
	// refused by the adapter mid-stream. One number for both.
	env.BODY_SIZE_LIMIT ||= String(MAX_BODY_BYTES);
	return env;
}

/**
 * Adds the security and cache headers just before the status line goes out. Patching writeHead
 * covers both explicit writeHead calls (sirv, SvelteKit) and implicit headers from write()/end().
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {{ https: boolean }} options
 */
function decorate(req, res, { https }) {
	const writeHead = res.writeHead;
	const pathname = (req.url ?? '/').split('?')[0] ?? '/';

	/** @type {typeof res.writeHead} */
	const patched = function (statusCode, ...rest) {
		if (!res.headersSent) {
			// Move headers passed to writeHead onto the response so they can be inspected and merged.
			const last = rest.at(-1);
			if (last && typeof last === 'object') {
				rest.pop();
				if (Array.isArray(last)) {
					const pairs = Array.isArray(last[0])
						? /** @type {[string, string][]} */ (last)
						: Array.from({ length: last.length / 2 }, (_, i) => [last[2 * i], last[2 * i + 1]]);
					for (const [name, value] of pairs) res.appendHeader(String(name), value);
				} else {
					for (const [name, value] of Object.entries(last)) {
						if (value !== undefined) res.setHeader(name, value);
					}
				}
			}
			addHeaders(pathname, res, https);
		}
		return writeHead.call(res, statusCode, .../** @type {[]} */ (rest));
	};
	res.writeHead = patched;
}

/**
 * @param {string} pathname
 * @param {http.ServerResponse} res
 * @param {boolean} https
 */
function addHeaders(pathname, res, https) {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		if (!res.hasHeader(name)) res.setHeader(name, value);
	}
	if (https) res.setHeader('Strict-Transport-Security', HSTS);

	// SvelteKit sends its own CSP (with nonces/hashes) on dynamic pages: extend it, never replace it.
	const csp = res.getHeader('Content-Security-Policy');
	if (csp === undefined) {
		res.setHeader('Content-Security-Policy', FRAME_ANCESTORS);
	} else {
		const policy = String(csp);
		if (!/(^|;)\s*frame-ancestors\b/i.test(policy)) {
			res.setHeader(
				'Content-Security-Policy',
				`${policy.replace(/[;\s]+$/, '')}; ${FRAME_ANCESTORS}`
			);
		}
	}

	// Caching: content-hashed assets keep adapter-node's `immutable`; the service worker and pages must
	// be revalidated so that a new version is found; everything else without a policy revalidates
	// too (with ETags that costs a 304), instead of browsers guessing a lifetime from Last-Modified.
	if (pathname === '/service-worker.js') {
		res.setHeader('Cache-Control', 'no-cache');
	} else if (!pathname.startsWith('/_app/immutable/')) {
		const type = String(res.getHeader('Content-Type') ?? '');
		const current = res.getHeader('Cache-Control');
		if (
			current === undefined ||
			(type.startsWith('text/html') && !/no-store/i.test(String(current)))
		) {
			res.setHeader('Cache-Control', 'no-cache');
		}
	}
}

/**
 * Starts the production server.
 * @returns {Promise<http.Server>}
 */
export async function serve() {
	const env = applyEnvDefaults();
	const buildDir = path.resolve(root, env.BUILD_DIR || 'build');
	const handlerFile = path.join(buildDir, 'handler.js');
	if (!existsSync(handlerFile)) {
		console.error(`${handlerFile} not found. Build the app first: npx vite build`);
		process.exit(1);
	}
	const https = env.ORIGIN?.startsWith('https:') ?? false;
	const host = env.HOST ?? '0.0.0.0';
	const port = Number(env.PORT);

	// The handler reads ORIGIN etc. and runs SvelteKit's `init` hook (migrations) when it is imported.
	/** @type {{ handler: (req: http.IncomingMessage, res: http.ServerResponse, next?: () => void) => void }} */
	const { handler } = await import(pathToFileURL(handlerFile).href);

	let stopping = false;
	const server = http.createServer((req, res) => {
		decorate(req, res, { https });
		// While shutting down, drop keep-alive connections as soon as their response is done.
		res.on('finish', () => {
			if (stopping) server.closeIdleConnections();
		});
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});

	// A client reusing an idle kept-alive connection races the server closing it, and loses with a
	// reset (Node's own clients do not retry; a proxy in front logs a 502). Node's default of 5 s
	// made that race common; a reverse proxy's idle timeout is usually 60 s, so the server keeps an
	// idle connection a little longer than that and the client side always closes first.
	server.keepAliveTimeout = Number(env.KEEP_ALIVE_TIMEOUT ?? 65) * 1000;
	server.headersTimeout = server.keepAliveTimeout + 1000;

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve(undefined);
		});
	});
	console.log(`Listening on http://${host}:${port}`);

	const shutdownTimeout = Number(env.SHUTDOWN_TIMEOUT ?? 10) * 1000;
	/** @param {NodeJS.Signals} signal */
	const shutdown = (signal) => {
		if (stopping) {
			console.log(`${signal} again: exiting now.`);
			process.exit(1);
		}
		stopping = true;
		console.log(`${signal}: closing the server ...`);
		server.closeIdleConnections();
		const force = setTimeout(() => server.closeAllConnections(), shutdownTimeout);
		force.unref();
		server.close(() => {
			clearTimeout(force);
			// Same event adapter-node emits, so the app can close its database pool.
			/** @type {(event: string, reason: string) => void} */ (process.emit)(
				'sveltekit:shutdown',
				signal
			);
			// Exit as soon as the app's cleanup is done, at most a couple of seconds from now.
			setTimeout(() => process.exit(0), 2000).unref();
		});
	};
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);
	return server;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	await serve();
}
