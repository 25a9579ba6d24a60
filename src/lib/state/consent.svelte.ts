/**
 * Browser side of the consent API (src/lib/server/consent/README.md): plain fetches that turn
 * every outcome (offline, 401, 403, 4xx with issues, 429) into a value the pages can show, the
 * offline copy of the tenant's consent views (readCache/writeCache), and withdrawals that wait in
 * the pending-command queue while offline.
 *
 * Dexie and the queue load on first use, so the advisor's pages (which never queue) do not pay
 * for them.
 */
import {
	consentText,
	CURRENT_CONSENT_TEXT_VERSION,
	type ConsentLanguage
} from '$lib/consent-texts';
import type { ConsentCategory, RecipientKind } from '$lib/domain/consent';
import type { Lang } from '$lib/i18n/i18n.svelte';
import { requestJson } from '$lib/sync/json-api';

/** `{ message, issues? }`, the error body of every consent endpoint. */
export interface ApiProblem {
	message?: string;
	issues?: { path: string; message: string }[];
}

export type ApiResult<T> =
	| { ok: true; status: number; body: T }
	/** `status` 0: the request could not be made (offline, server down). */
	| { ok: false; status: number; problem: ApiProblem | null };

function request<T>(url: string, init: RequestInit = {}): Promise<ApiResult<T>> {
	// Consent answers are typed by the server's own schemas; the pages read them as they come.
	return requestJson<T, ApiProblem>(url, init, (body) => body as T);
}

export function getJson<T>(url: string): Promise<ApiResult<T>> {
	return request<T>(url);
}

export function postJson<T>(
	url: string,
	body: unknown,
	headers: Record<string, string> = {}
): Promise<ApiResult<T>> {
	return request<T>(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: JSON.stringify(body)
	});
}

/** The first issue per field path (`categories`, `recipient.name`, ...). */
export function issuesByPath(problem: ApiProblem | null): Record<string, string> {
	const out: Record<string, string> = {};
	for (const issue of problem?.issues ?? []) out[issue.path] ??= issue.message;
	return out;
}

/** Now as an ISO instant. */
function isoNow(): string {
	return new Date(Date.now()).toISOString();
}

/** A server view kept for offline use, with when it was fetched. */
export interface Cached<T> {
	value: T;
	fetchedAt: string;
}

export type Loaded<T> =
	| { kind: 'loading' }
	| { kind: 'ok'; value: T; fetchedAt: string; stale: boolean }
	| { kind: 'signedOut' }
	| { kind: 'offline' }
	| { kind: 'error'; status: number };

/**
 * GET `url`; on success the copy is stored under `cacheKey`. Offline (or a 5xx), the stored copy
 * is returned marked stale. 401 means signed out, and the stored copy is not shown.
 */
export async function loadCached<T>(url: string, cacheKey: string): Promise<Loaded<T>> {
	const { readCache, writeCache } = await import('$lib/sync/pending-client');
	const result = await getJson<T>(url);
	if (result.ok) {
		await writeCache(cacheKey, result.body).catch(() => undefined);
		return { kind: 'ok', value: result.body, fetchedAt: isoNow(), stale: false };
	}
	if (result.status === 401) return { kind: 'signedOut' };
	if (result.status === 0 || result.status >= 500 || result.status === 429) {
		const cached = await readCache<T>(cacheKey).catch(() => undefined);
		if (cached)
			return { kind: 'ok', value: cached.value, fetchedAt: cached.fetchedAt, stale: true };
		return result.status === 0 ? { kind: 'offline' } : { kind: 'error', status: result.status };
	}
	return { kind: 'error', status: result.status };
}

// --- withdrawals that wait for the network --------------------------------------------------

export const WITHDRAW_KIND = 'consent.withdraw';

export function withdrawUrl(consentId: string): string {
	return `/api/consents/${encodeURIComponent(consentId)}/withdraw`;
}

function consentIdOf(url: string): string | null {
	const match = /^\/api\/consents\/([^/]+)\/withdraw$/.exec(url);
	return match?.[1] ? decodeURIComponent(match[1]) : null;
}

export interface PendingWithdrawal {
	seq: number;
	consentId: string;
	/** Set when the server refused it for good (e.g. 404): shown, not retried. */
	refused: boolean;
}

/** Withdrawals still in the queue (not yet sent, or refused and not yet dismissed). */
export async function pendingWithdrawals(): Promise<PendingWithdrawal[]> {
	const { appDb } = await import('$lib/db/app-db');
	const rows = await appDb().pending.where('kind').equals(WITHDRAW_KIND).toArray();
	return rows.flatMap((row) => {
		const consentId = consentIdOf(row.url);
		return consentId && row.seq !== undefined
			? [{ seq: row.seq, consentId, refused: !!row.error }]
			: [];
	});
}

export async function dismissPending(seq: number): Promise<void> {
	const { appDb } = await import('$lib/db/app-db');
	await appDb().pending.delete(seq);
}

/**
 * Withdraws at once when online; offline the request waits in the queue (in order, with its own
 * Idempotency-Key) and is sent by the next sync or reconnect. Withdrawing twice is harmless: the
 * server answers `withdrawn: false` for a consent that already ended.
 */
export async function withdrawConsent(
	consentId: string
): Promise<'sent' | 'queued' | { refused: number }> {
	const { sendOrQueue } = await import('$lib/sync/pending-client');
	const outcome = await sendOrQueue({
		kind: WITHDRAW_KIND,
		url: withdrawUrl(consentId),
		method: 'POST',
		body: {}
	});
	if (outcome.status === 'refused') return { refused: outcome.httpStatus };
	return outcome.status;
}

/** Sends whatever waits in the queue (used when the page sees the network come back). */
export async function flushWithdrawals(): Promise<void> {
	const { flushPending } = await import('$lib/sync/pending-client');
	await flushPending();
}

// --- wording ----------------------------------------------------------------------------------

/** The current consent text in the UI language (the one shown when giving consent). */
export function currentText(lang: Lang) {
	const text = consentText(CURRENT_CONSENT_TEXT_VERSION, lang as ConsentLanguage);
	if (!text) throw new Error(`No consent text ${CURRENT_CONSENT_TEXT_VERSION}/${lang}`);
	return text;
}

/** "Vuokranantajasi: Vuokratalot Oy", in the UI language. */
export function recipientLabel(
	recipient: { kind: RecipientKind | string; name: string | null },
	lang: Lang
): string {
	const labels = currentText(lang).recipients;
	const label = labels[recipient.kind as RecipientKind]?.label ?? recipient.kind;
	return recipient.name ? `${label}: ${recipient.name}` : label;
}

export function categoryLabel(category: ConsentCategory, lang: Lang): string {
	return currentText(lang).categories[category]?.label ?? category;
}
