/**
 * The browser's one door to the app's own server. Every request the browser code makes goes
 * through `request` (ESLint allows `fetch` nowhere else in browser code), and every outcome comes
 * back as one `ApiResult`: the parsed answer, the server's problem (with a `code` from
 * PROBLEM_CODES), or no answer at all. Never throws, never cached.
 *
 * An answer is parsed with the shared schema; one that does not match is a failure
 * (`server_error`), never cast. An error body without a valid `code` (a proxy's page, or an
 * endpoint that does not send one yet) gets the code its status implies, so pages can always
 * switch on `problem.code`.
 */
import type { Problem } from '$lib/schemas/problem';
import { isProblemCode, type ProblemCode } from '$lib/schemas/problem-codes';
import type { Issue } from '$lib/schemas/sync';
import { noteAnswered, noteUnanswered } from './reachability.svelte';

/**
 * The problem a page sees. Kept free of zod so the start page's layout (sync status, sign-out)
 * can use this module without loading it; `problemSchema` is the server's side of the shape.
 */
export type ApiProblem = Problem;

export type ApiResult<T> =
	| { ok: true; status: number; data: T }
	| { ok: false; offline: false; status: number; problem: ApiProblem }
	/** No answer: offline, or the server could not be reached. */
	| { ok: false; offline: true };

/** What a schema from `$lib/schemas` offers (zod/mini's safeParse), or a hand-written reader. */
export interface Parser<T> {
	safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export type Fetch = typeof fetch;

/** The code an answer's status implies, for error bodies that name none. */
export function codeForStatus(status: number): ProblemCode {
	if (status === 401) return 'unauthenticated';
	if (status === 403) return 'forbidden';
	if (status === 404) return 'not_found';
	if (status === 413) return 'too_large';
	if (status === 415) return 'unsupported_media_type';
	if (status === 429) return 'rate_limited';
	if (status >= 500) return 'server_error';
	return 'invalid';
}

export function field(body: unknown, key: string): unknown {
	return typeof body === 'object' && body !== null && key in body
		? (body as Record<string, unknown>)[key]
		: undefined;
}

/**
 * Reads an error body (already parsed JSON, or null) into a problem. Each part is kept only when
 * it has the shared shape; a missing or unknown code is derived from the status.
 */
export function readProblem(status: number, body: unknown): ApiProblem {
	const code = field(body, 'code');
	const message = field(body, 'message');
	const problem: ApiProblem = {
		code: isProblemCode(code) ? code : codeForStatus(status),
		message: typeof message === 'string' ? message : ''
	};
	const issues = field(body, 'issues');
	if (Array.isArray(issues) && issues.every(isIssue)) problem.issues = issues;
	const bookingStatus = field(body, 'status');
	if (typeof bookingStatus === 'string') problem.status = bookingStatus;
	const answeredBy = field(body, 'answeredBy');
	if (typeof answeredBy === 'string' || answeredBy === null) problem.answeredBy = answeredBy;
	return problem;
}

function isIssue(value: unknown): value is Issue {
	const code = field(value, 'code');
	return (
		typeof field(value, 'path') === 'string' &&
		typeof field(value, 'message') === 'string' &&
		(code === undefined || typeof code === 'string')
	);
}

/** An error body as text (it may not be JSON at all), and the problem read from it. */
export interface ProblemAnswer {
	text: string;
	problem: ApiProblem;
}

export function problemAnswer(status: number, text: string): ProblemAnswer {
	let body: unknown = null;
	try {
		body = JSON.parse(text);
	} catch {
		// Not JSON (a proxy's error page): the status is all there is.
	}
	return { text, problem: readProblem(status, body) };
}

/** The first message per field path (`weekly.0.end`, `recipient.name`, ...). */
export function issuesByPath(
	problem: { issues?: Issue[] } | null | undefined
): Map<string, string> {
	return new Map([...issueAt(problem)].map(([path, issue]) => [path, issue.message]));
}

/** The first issue of each path, whole (with its `code`, for pages that explain the rule). */
export function issueAt(problem: { issues?: Issue[] } | null | undefined): Map<string, Issue> {
	const out = new Map<string, Issue>();
	for (const issue of problem?.issues ?? []) {
		if (!out.has(issue.path)) out.set(issue.path, issue);
	}
	return out;
}

/** The problem of a failed result, or null (answered, or offline). */
export function problemOf<T>(result: ApiResult<T>): ApiProblem | null {
	return !result.ok && !result.offline ? result.problem : null;
}

/** The raw exchange, for callers that need the response itself (a download, Auth.js). */
export async function send(url: string, init: RequestInit = {}, fetchFn: Fetch = fetch) {
	try {
		const response = await fetchFn(url, { credentials: 'same-origin', cache: 'no-store', ...init });
		noteAnswered();
		return response;
	} catch (error) {
		noteUnanswered(error);
		return null;
	}
}

/** A JSON request whose answer is parsed with `parser`. */
export async function request<T>(
	url: string,
	parser: Parser<T>,
	init: RequestInit = {},
	fetchFn: Fetch = fetch
): Promise<ApiResult<T>> {
	const response = await send(
		url,
		{ ...init, headers: { accept: 'application/json', ...init.headers } },
		fetchFn
	);
	if (!response) return { ok: false, offline: true };
	const body: unknown = await response.json().catch(() => null);
	if (!response.ok) {
		return {
			ok: false,
			offline: false,
			status: response.status,
			problem: readProblem(response.status, body)
		};
	}
	const parsed = parser.safeParse(body);
	if (!parsed.success) {
		console.error('Unexpected answer from', url);
		return {
			ok: false,
			offline: false,
			status: 502,
			problem: { code: 'server_error', message: 'Unexpected answer' }
		};
	}
	return { ok: true, status: response.status, data: parsed.data };
}

export function getJson<T>(url: string, parser: Parser<T>, fetchFn?: Fetch): Promise<ApiResult<T>> {
	return request(url, parser, {}, fetchFn);
}

export function sendJson<T>(
	url: string,
	body: unknown,
	parser: Parser<T>,
	options: { method?: 'POST' | 'PUT' | 'DELETE'; headers?: Record<string, string> } = {}
): Promise<ApiResult<T>> {
	return request(url, parser, {
		method: options.method ?? 'POST',
		headers: { 'content-type': 'application/json', ...options.headers },
		body: JSON.stringify(body)
	});
}
