/**
 * The sync endpoints: declarations for the endpoint wrapper (../http/endpoint.ts) and handlers
 * that call push and pull. Tests drive them with real Requests and a real database but without
 * a server; routes bind them to `readyDb()`.
 */
import type { Kysely } from 'kysely';
import {
	DEFAULT_PULL_LIMIT,
	MAX_PUSH_MUTATIONS,
	pullQuerySchema,
	pushRequestSchema,
	type Mutation
} from '$lib/schemas/sync';
import type { Database } from '../db/schema';
import { endpointFor, type EndpointContext } from '../http/endpoint';
import { HttpProblem } from '../http/guards';
import { refuseStaleDevices } from '../maintenance/devices';
import { assertPushWithinQuota } from '../quota/sync-quota';
import { refreshRemindersAfterPush } from '../reminders/refresh-hook';
import { applyPush, InvalidPushError } from './push';
import { pull } from './pull';

export interface SyncEndpointOptions extends EndpointContext {
	db: () => Promise<Kysely<Database>>;
	/** The clock and offline horizon of the device-away rule (tests); default: now, from the env. */
	now?: () => Date;
	horizonDays?: number;
}

const syncEndpoint = endpointFor<SyncEndpointOptions>();

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * POST /api/sync/push. The whole envelope must be well-formed: a malformed mutation means a
 * broken client, and storing its neighbours while answering with an unusable result list would
 * be worse.
 */
export const handlePush = syncEndpoint(
	{
		roles: 'signed-in',
		limit: 'sync-push',
		body: pushRequestSchema,
		// Before the schema, so an oversized batch gets 413 (send smaller chunks), not 400.
		tooMany: (raw) =>
			isRecord(raw) && Array.isArray(raw.mutations) && raw.mutations.length > MAX_PUSH_MUTATIONS
				? `At most ${MAX_PUSH_MUTATIONS} mutations per push`
				: null
	},
	async ({ ctx, user, body }) => {
		const db = await ctx.db();
		await refuseStaleDevices(db, user.id, body.mutations, ctx);
		await assertPushWithinQuota(db, user.id, body.mutations);
		const results = await pushOrRefuse(db, user.id, body.mutations);
		// A due day changed on any device moves the reminders at once (best effort: the daily
		// sweep catches up if this fails).
		await refreshRemindersAfterPush(db, user.id, body.mutations, ctx.now?.() ?? new Date());
		return { results };
	}
);

async function pushOrRefuse(db: Kysely<Database>, userId: string, mutations: Mutation[]) {
	try {
		return await applyPush(db, userId, mutations);
	} catch (e) {
		if (e instanceof InvalidPushError) {
			throw new HttpProblem(400, { message: 'Invalid push body', issues: e.issues });
		}
		throw e;
	}
}

/** GET /api/sync/pull?since=&limit=&base= */
export const handlePull = syncEndpoint(
	{ roles: 'signed-in', limit: 'sync-pull', query: pullQuerySchema },
	async ({ ctx, user, query }) => {
		const since = query.since ?? 0;
		// The cursor this run of pulls started from (see pull.ts); defaults to `since`.
		const base = query.base ?? since;
		return pull(await ctx.db(), user.id, since, query.limit ?? DEFAULT_PULL_LIMIT, base);
	}
);
