/**
 * The sync HTTP endpoints as plain functions of (event, options), so tests drive them with
 * real Requests and a real database but without a server. Routes bind them to `readyDb()`.
 */
import type { Kysely } from 'kysely';
import {
	DEFAULT_PULL_LIMIT,
	MAX_PULL_LIMIT,
	MAX_PUSH_MUTATIONS,
	pushRequestSchema,
	toIssues,
	type Issue
} from '$lib/schemas/sync';
import type { Database } from '../db/schema';
import {
	HttpProblem,
	MAX_JSON_BYTES,
	assertJsonRequest,
	assertNotCrossSite,
	json,
	rateLimit,
	requireUser,
	type JsonEvent
} from '../http/guards';
import { refuseStaleDevices } from '../maintenance/devices';
import { assertPushWithinQuota } from '../quota/sync-quota';
import { applyPush, InvalidPushError } from './push';
import { pull } from './pull';

export interface SyncEndpointOptions {
	db: () => Promise<Kysely<Database>>;
	/** [requests, per ms] per user. Pushes are debounced by the client, so 120/min is generous. */
	pushLimit?: readonly [number, number];
	pullLimit?: readonly [number, number];
	maxBodyBytes?: number;
	/** The clock and offline horizon of the device-away rule (tests); default: now, from the env. */
	now?: () => Date;
	horizonDays?: number;
}

const DEFAULT_PUSH_LIMIT = [120, 60_000] as const;
const DEFAULT_PULL_RATE = [240, 60_000] as const;

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export async function handlePush(
	event: JsonEvent,
	options: SyncEndpointOptions
): Promise<Response> {
	const user = requireUser(event);
	const [limit, windowMs] = options.pushLimit ?? DEFAULT_PUSH_LIMIT;
	await rateLimit(`sync-push:${user.id}`, limit, windowMs);
	const body = await assertJsonRequest(event, options.maxBodyBytes ?? MAX_JSON_BYTES);
	// Checked before the schema so an oversized batch gets 413 (send smaller chunks), not 400.
	if (
		isRecord(body) &&
		Array.isArray(body.mutations) &&
		body.mutations.length > MAX_PUSH_MUTATIONS
	) {
		throw new HttpProblem(413, { message: `At most ${MAX_PUSH_MUTATIONS} mutations per push` });
	}
	// The whole envelope must be well-formed: a malformed mutation means a broken client, and
	// storing its neighbours while answering with an unusable result list would be worse.
	const parsed = pushRequestSchema.safeParse(body);
	if (!parsed.success) {
		throw new HttpProblem(400, {
			message: 'Invalid push body',
			issues: toIssues(parsed.error.issues)
		});
	}
	const db = await options.db();
	await refuseStaleDevices(db, user.id, parsed.data.mutations, options);
	await assertPushWithinQuota(db, user.id, parsed.data.mutations);
	return json({ results: await pushOrRefuse(db, user.id, parsed.data.mutations) });
}

async function pushOrRefuse(db: Kysely<Database>, userId: string, mutations: unknown[]) {
	try {
		return await applyPush(db, userId, mutations);
	} catch (e) {
		if (e instanceof InvalidPushError) {
			throw new HttpProblem(400, { message: 'Invalid push body', issues: e.issues });
		}
		throw e;
	}
}

/** Strict non-negative integer from a query parameter: digits only, no "1e3", no "0x10". */
function intParam(url: URL, name: string, fallback: number, max: number, issues: Issue[]): number {
	const raw = url.searchParams.get(name);
	if (raw === null || raw === '') return fallback;
	const value = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
	if (!Number.isSafeInteger(value) || value > max) {
		issues.push({ path: name, message: `Expected an integer from 0 to ${max}` });
	}
	return value;
}

export async function handlePull(
	event: JsonEvent,
	options: SyncEndpointOptions
): Promise<Response> {
	const user = requireUser(event);
	assertNotCrossSite(event);
	const [limit, windowMs] = options.pullLimit ?? DEFAULT_PULL_RATE;
	await rateLimit(`sync-pull:${user.id}`, limit, windowMs);
	const issues: Issue[] = [];
	const since = intParam(event.url, 'since', 0, 2 ** 31 - 1, issues);
	const pageSize = intParam(event.url, 'limit', DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT, issues);
	// The cursor this run of pulls started from (see pull.ts); defaults to `since`.
	const base = intParam(event.url, 'base', since, 2 ** 31 - 1, issues);
	if (pageSize === 0) issues.push({ path: 'limit', message: 'Expected at least 1' });
	if (issues.length > 0) throw new HttpProblem(400, { message: 'Invalid pull query', issues });
	const db = await options.db();
	return json(await pull(db, user.id, since, pageSize, base));
}
