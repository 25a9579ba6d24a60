/**
 * The sync endpoints' transport. Unlike `request`, a network failure is thrown (a TypeError, as
 * `fetch` throws it) because the sync client unwinds a whole push/pull run on it; every refusal
 * is read here, once, into its text (the batch splitter looks for "too large" in it) and its
 * problem (the code that asks for a restart or says the account is full, the issues naming
 * refused mutations).
 */
import {
	pullResponseSchema,
	pushResponseSchema,
	type MutationResult,
	type PullResponse
} from '$lib/schemas/sync';
import { problemAnswer, type Fetch, type ProblemAnswer } from './client';

export type SyncRefusal = {
	ok: false;
	status: number;
	statusText: string;
	/** How long the server asked us to wait (`Retry-After` on 429 or 503), when it said. */
	retryAfterMs?: number;
} & ProblemAnswer;
export type SyncAnswer<T> = { ok: true; data: T } | SyncRefusal;

/**
 * `Retry-After` in milliseconds from `now`: delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Anything else, or a date already past, is no answer.
 */
export function readRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
	const text = value?.trim();
	if (!text) return undefined;
	if (/^\d+$/.test(text)) return Number(text) * 1000;
	const at = Date.parse(text);
	if (Number.isNaN(at) || at <= now) return undefined;
	return at - now;
}

async function refusal(response: Response): Promise<SyncRefusal> {
	const text = await response.text().catch(() => '');
	const retryAfterMs =
		response.status === 429 || response.status === 503
			? readRetryAfter(response.headers.get('retry-after'))
			: undefined;
	return {
		ok: false,
		status: response.status,
		statusText: response.statusText,
		...(retryAfterMs === undefined ? {} : { retryAfterMs }),
		...problemAnswer(response.status, text)
	};
}

/** POST /api/sync/push with a body already cut to size (`pushBody`). */
export async function pushMutations(
	body: string,
	fetchFn: Fetch = fetch
): Promise<SyncAnswer<MutationResult[]>> {
	const response = await fetchFn('/api/sync/push', {
		method: 'POST',
		headers: { 'content-type': 'application/json', accept: 'application/json' },
		credentials: 'same-origin',
		body
	});
	if (!response.ok) return refusal(response);
	return { ok: true, data: pushResponseSchema.parse(await response.json()).results };
}

/** GET one page of /api/sync/pull. */
export async function pullChanges(
	query: { since: number; base: number; limit: number },
	fetchFn: Fetch = fetch
): Promise<SyncAnswer<PullResponse>> {
	const search = `since=${query.since}&base=${query.base}&limit=${query.limit}`;
	const response = await fetchFn(`/api/sync/pull?${search}`, {
		headers: { accept: 'application/json' },
		credentials: 'same-origin'
	});
	if (!response.ok) return refusal(response);
	return { ok: true, data: pullResponseSchema.parse(await response.json()) };
}
