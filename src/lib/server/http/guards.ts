/**
 * The request checks and the problem answer behind the endpoint wrapper (./endpoint.ts; see
 * docs/architecture.md, "Security rules").
 *
 * SvelteKit's CSRF check covers only form content types (and is off in `vite dev`), so JSON
 * endpoints check Origin and Content-Type themselves. Every helper here either returns a value
 * or throws `HttpProblem`; `withJsonErrors` turns that into the problem JSON of
 * `$lib/schemas/problem`, so a handler reads top to bottom as a list of checks.
 */
import { isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import type { ProblemCode } from '$lib/schemas/problem';
import type { Issue } from '$lib/schemas/sync';
import { dbConfigFromEnv, readyDb } from '$lib/server/db';
import { safeErrorSummary } from '$lib/server/log/safe-error';
import {
	DatabaseRateLimitStore,
	MemoryRateLimitStore,
	WriteBehindRateLimitStore,
	type RateLimitStore
} from './rate-limit';
import { MAX_BODY_BYTES } from '$lib/schemas/body-limit';

export type SessionUser = NonNullable<App.Locals['user']>;

/** The same number as adapter-node's BODY_SIZE_LIMIT (scripts/serve.mjs sets it from this). */
export const MAX_JSON_BYTES = MAX_BODY_BYTES;

/** The problem JSON (`problemSchema`); some codes carry more fields (`nearest`, `used`, ...). */
export interface ProblemBody {
	/** What a client acts on; `message` is for developers and logs, never matched on. */
	code: ProblemCode;
	message: string;
	issues?: Issue[];
	[detail: string]: unknown;
}

/** The code a status means when nothing more specific is said (409 and 422 must say it). */
const CODE_FOR_STATUS = {
	400: 'invalid',
	401: 'unauthenticated',
	403: 'forbidden',
	404: 'not_found',
	413: 'too_large',
	415: 'unsupported_media_type',
	429: 'rate_limited',
	500: 'server_error'
} as const satisfies Record<number, ProblemCode>;
type StatusWithDefaultCode = keyof typeof CODE_FOR_STATUS;

function codeForStatus(status: number): ProblemCode {
	return status in CODE_FOR_STATUS
		? CODE_FOR_STATUS[status as StatusWithDefaultCode]
		: status >= 500
			? 'server_error'
			: 'invalid';
}

interface ProblemInit {
	code?: ProblemCode;
	message: string;
	issues?: Issue[];
	[detail: string]: unknown;
}

export class HttpProblem extends Error {
	readonly body: ProblemBody;
	/** Statuses with a default code may leave `code` out; any other status must name one. */
	constructor(status: StatusWithDefaultCode, body: ProblemInit, headers?: Record<string, string>);
	constructor(status: number, body: ProblemBody, headers?: Record<string, string>);
	constructor(
		readonly status: number,
		body: ProblemInit,
		readonly headers: Record<string, string> = {}
	) {
		super(body.message);
		this.body = { ...body, code: body.code ?? codeForStatus(status) };
	}
}

/** JSON response that no cache (browser, service worker, proxy) may keep: it is tenant data. */
export function json(data: unknown, init: ResponseInit = {}): Response {
	const headers = new Headers(init.headers);
	headers.set('content-type', 'application/json; charset=utf-8');
	headers.set('cache-control', 'no-store');
	headers.set('x-content-type-options', 'nosniff');
	return new Response(JSON.stringify(data), { ...init, headers });
}

export function problem(p: HttpProblem): Response {
	return json(p.body, { status: p.status, headers: p.headers });
}

/**
 * A state-changing request must come from our own pages: browsers always send Origin on POST,
 * and a page on another site cannot forge it. A request without Origin (curl, old proxies) is
 * refused too; API clients can set it.
 */
export function assertSameOrigin(event: Pick<RequestEvent, 'request' | 'url'>): void {
	const origin = event.request.headers.get('origin');
	if (origin !== event.url.origin)
		throw new HttpProblem(403, { code: 'cross_origin', message: 'Cross-origin request refused' });
}

/**
 * For GETs, which browsers send without Origin: refuse when the browser says the request came
 * from another site (Fetch Metadata). Old browsers send no header and pass; the response is
 * not readable cross-origin anyway (no CORS headers).
 */
export function assertNotCrossSite(event: Pick<RequestEvent, 'request'>): void {
	const site = event.request.headers.get('sec-fetch-site');
	if (site === 'cross-site')
		throw new HttpProblem(403, { code: 'cross_origin', message: 'Cross-site request refused' });
}

function assertJsonContentType(request: Request): void {
	const type = request.headers.get('content-type') ?? '';
	const [mediaType = '', ...params] = type.split(';').map((s) => s.trim().toLowerCase());
	const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length);
	if (
		mediaType !== 'application/json' ||
		(charset !== undefined && charset.replace(/"/g, '') !== 'utf-8')
	) {
		throw new HttpProblem(415, { message: 'Send application/json (UTF-8)' });
	}
}

/**
 * adapter-node counts the body too (BODY_SIZE_LIMIT) and errors the stream with a 413 when it is
 * over; that must reach the client as 413, the answer that tells it to send smaller batches, and
 * not as a 500 it would retry unchanged forever.
 */
async function readOrTooLarge(
	reader: ReadableStreamDefaultReader<Uint8Array>,
	tooLarge: () => HttpProblem
): Promise<ReadableStreamReadResult<Uint8Array>> {
	try {
		return await reader.read();
	} catch (e) {
		// kit's SvelteKitError: not an HttpError, but it carries the status.
		if (typeof e === 'object' && e !== null && 'status' in e && e.status === 413) throw tooLarge();
		throw e;
	}
}

/** Reads at most `maxBytes`, whatever Content-Length claims (it may be absent or false). */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
	const tooLarge = () =>
		new HttpProblem(413, { message: `Request body too large (over ${maxBytes} bytes)` });
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
	if (!request.body) return new Uint8Array(0);
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await readOrTooLarge(reader, tooLarge);
		if (done) break;
		size += value.byteLength;
		if (size > maxBytes) {
			await reader.cancel().catch(() => undefined);
			throw tooLarge();
		}
		chunks.push(value);
	}
	const body = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		body.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return body;
}

/**
 * Checks a JSON write request and returns its parsed body: Origin (403), Content-Type (415),
 * size (413), UTF-8 and JSON syntax (400). The body is `unknown`: validate it with zod next.
 */
export async function assertJsonRequest(
	event: Pick<RequestEvent, 'request' | 'url'>,
	maxBytes: number = MAX_JSON_BYTES
): Promise<unknown> {
	assertSameOrigin(event);
	assertJsonContentType(event.request);
	const bytes = await readBodyLimited(event.request, maxBytes);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new HttpProblem(400, { message: 'Body is not valid UTF-8' });
	}
	try {
		const parsed: unknown = JSON.parse(text);
		return parsed;
	} catch {
		throw new HttpProblem(400, { message: 'Body is not valid JSON' });
	}
}

const memoryStore = new MemoryRateLimitStore();
let shared: Promise<RateLimitStore> | undefined;

/**
 * The limiter's state: in the database when DATABASE_URL is set (every instance behind it shares
 * the limits), in this process's memory otherwise. Decided once per process.
 */
function limiterStore(): Promise<RateLimitStore> {
	shared ??=
		dbConfigFromEnv().kind === 'postgres'
			? readyDb().then(
					(db) => new DatabaseRateLimitStore(db),
					(err: unknown) => {
						shared = undefined;
						throw err;
					}
				)
			: Promise.resolve(memoryStore);
	return shared;
}

let writeBehind: Promise<RateLimitStore> | undefined;

/**
 * The write-behind limiter (rate-limit.ts explains its price): the database's when DATABASE_URL
 * is set, else the same memory store as every other limit (one process then sees every request).
 */
function writeBehindStore(): Promise<RateLimitStore> {
	writeBehind ??=
		dbConfigFromEnv().kind === 'postgres'
			? readyDb().then(
					(db) =>
						new WriteBehindRateLimitStore(db, undefined, undefined, (err) =>
							console.error(`[rate-limit] counts not written yet: ${safeErrorSummary(err)}`)
						),
					(err: unknown) => {
						writeBehind = undefined;
						throw err;
					}
				)
			: Promise.resolve(memoryStore);
	return writeBehind;
}

/**
 * Allows `limit` requests per `windowMs` for `key` (a burst of `limit`, then limit/window
 * sustained); throws 429 with Retry-After when over. Every limit in the app goes through here.
 * `writeBehind`: decide in memory and share the count a moment later (only for the public
 * referral-code lookup; see WriteBehindRateLimitStore).
 */
export async function rateLimit(
	key: string,
	limit: number,
	windowMs: number,
	now: number = Date.now(),
	options: { writeBehind?: boolean } = {}
): Promise<void> {
	const store = await (options.writeBehind ? writeBehindStore() : limiterStore());
	const waitMs = await store.take(key, limit, windowMs, now);
	if (waitMs > 0) {
		throw new HttpProblem(
			429,
			{ message: 'Too many requests; try again later' },
			{ 'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))) }
		);
	}
}

/** Test hook: forget the limits kept in memory. */
export function resetRateLimits(): void {
	memoryStore.clear();
}

/**
 * The answer for anything an endpoint throws: HttpProblem as its problem JSON, SvelteKit's
 * error() with the code its status means, anything else a logged, generic 500 (never the error
 * text: it may hold SQL or data). A redirect is rethrown for SvelteKit to answer.
 */
export function problemFor(err: unknown): Response {
	if (err instanceof HttpProblem) return problem(err);
	if (isHttpError(err)) {
		return json(
			{ code: codeForStatus(err.status), message: err.body.message } satisfies ProblemBody,
			{ status: err.status }
		);
	}
	if (isRedirect(err)) throw err;
	console.error(`[api] unexpected error: ${safeErrorSummary(err)}`);
	return json({ code: 'server_error', message: 'Internal error' } satisfies ProblemBody, {
		status: 500
	});
}

/** Runs `handler`, answering whatever it throws with `problemFor`. */
export function withJsonErrors<E>(
	handler: (event: E) => Promise<Response>
): (event: E) => Promise<Response> {
	return async (event) => {
		try {
			return await handler(event);
		} catch (err) {
			return problemFor(err);
		}
	};
}
