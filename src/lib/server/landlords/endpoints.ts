/**
 * The referral-code endpoints (README.md in this folder): the landlord's (staff of one
 * organisation, through `landlordEndpoint`) and the tenant's (the public lookup, attaching a code
 * after sign-in). No SQL here: ./codes.ts does it.
 */
import { z } from 'zod/mini';
import {
	codeBodySchema,
	codeListQuerySchema,
	createCodesBodySchema
} from '$lib/schemas/landlord-codes';
import { MAX_CODES_PER_MAILING } from '$lib/domain/referral-code';
import { endpointFor } from '../http/endpoint';
import { HttpProblem, json, rateLimit } from '../http/guards';
import type { RateLimitRule } from '../http/rate-limit';
import { openCase } from '../cases/service';
import { attachCodeToTenant, createCodes, listCodes, lookupCode, revokeCode } from './codes';
import { landlordEndpoint, type LandlordEndpointContext } from './guard';

export interface CodeEndpointContext extends LandlordEndpointContext {
	/** The caller's network address (the route passes `event.getClientAddress()`). */
	clientAddress?: string;
	/** Lookups per address: [count, window ms]; default LOOKUP_LIMIT. */
	lookupLimit?: RateLimitRule;
}

/**
 * Code lookups per network address: a burst of 20, then one per 30 seconds (20 per 10 minutes).
 * A person mistyping a code a few times never meets it; a guesser gets 2,880 tries a day per
 * address against a keyspace of 2^55 (README.md: the numbers).
 */
export const LOOKUP_LIMIT: RateLimitRule = [20, 10 * 60_000];

/** A mailing's JSON: 10,000 internal references of 64 characters fit with room to spare. */
const CREATE_BYTES = 1024 * 1024;

const clock = (ctx: LandlordEndpointContext) => ctx.now?.() ?? new Date();
const landlord = landlordEndpoint<CodeEndpointContext>();
const open = endpointFor<CodeEndpointContext>();

/**
 * The key lookups are counted under: the IPv4 address, or an IPv6 address's /64 (one household
 * or phone gets a whole /64, so counting single IPv6 addresses would count nothing).
 */
export function lookupKey(address: string | undefined): string {
	const a = (address ?? 'unknown').toLowerCase();
	if (!a.includes(':') || a.startsWith('::ffff:'))
		return `referral-lookup:${a.replace('::ffff:', '')}`;
	const [head, tail = ''] = a.split('::');
	const left = head ? head.split(':') : [];
	const right = tail ? tail.split(':') : [];
	const full = a.includes('::')
		? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
		: left;
	return `referral-lookup:${full
		.slice(0, 4)
		.map((g) => g.replace(/^0+(?=.)/, ''))
		.join(':')}::/64`;
}

async function limitLookups(ctx: CodeEndpointContext): Promise<void> {
	const [count, windowMs] = ctx.lookupLimit ?? LOOKUP_LIMIT;
	// Write-behind: a lookup waits for no database write (the price is in rate-limit.ts).
	await rateLimit(lookupKey(ctx.clientAddress), count, windowMs, clock(ctx).getTime(), {
		writeBehind: true
	});
}

// --- landlord staff ---------------------------------------------------------------------------

/** GET /api/landlord/codes?status=&page=: the caller's organisation's codes and mailings. */
export const handleListCodes = landlord(
	{ limit: 'read', query: codeListQuerySchema },
	async ({ ctx, org, query }) =>
		listCodes(await ctx.db(), org, { status: query.status, page: query.page }, clock(ctx))
);

/** POST /api/landlord/codes: one code or a mailing of up to 10,000, all or none. */
export const handleCreateCodes = landlord(
	{
		limit: 'write',
		body: createCodesBodySchema,
		maxBytes: CREATE_BYTES,
		tooMany: (raw) => {
			const refs = (raw as { internalRefs?: unknown } | null)?.internalRefs;
			return Array.isArray(refs) && refs.length > MAX_CODES_PER_MAILING
				? `At most ${MAX_CODES_PER_MAILING} codes at a time`
				: null;
		}
	},
	async ({ ctx, org, user, body }) =>
		json(await createCodes(await ctx.db(), org, user.id, body, clock(ctx)), { status: 201 })
);

/** POST /api/landlord/codes/[id]/revoke: 404 for a code of another organisation. */
export const handleRevokeCode = landlord(
	{ limit: 'write', body: z.strictObject({}), params: ['id'] },
	async ({ ctx, org, params }) => {
		const code = await revokeCode(await ctx.db(), org, params.id, clock(ctx));
		if (!code) throw new HttpProblem(404, { message: 'Not found' });
		return { code };
	}
);

// --- tenants ------------------------------------------------------------------------------------

/**
 * POST /api/referral/lookup: anyone, limited per address. The code travels in the body, not the
 * address, so it does not end up in access logs. 404 for no such code (or a mistyped one).
 */
export const handleLookupCode = open(
	{ roles: 'public', limit: 'none', body: codeBodySchema, maxBytes: 1024 },
	async ({ ctx, body }) => {
		await limitLookups(ctx);
		const answer = await lookupCode(await ctx.db(), body.code, clock(ctx));
		if (!answer) throw new HttpProblem(404, { message: 'No such code' });
		return answer;
	}
);

/**
 * POST /api/referral/attach: a signed-in tenant's device hands over the code it kept. Counted
 * against the same per-address lookup limit, so an account is no way around it. 404 when the
 * code is unknown, expired or revoked: the device then forgets it.
 */
export const handleAttachCode = open(
	{ roles: ['tenant'], limit: 'write', body: codeBodySchema, maxBytes: 1024 },
	async ({ ctx, user, body }) => {
		await limitLookups(ctx);
		const db = await ctx.db();
		const attached = await attachCodeToTenant(db, user.id, body.code, clock(ctx));
		if (!attached) throw new HttpProblem(404, { message: 'No such code' });
		// A referred tenant has a case from the start, counted for the partner whose code it was.
		await openCase(db, user.id, 'referral', {
			now: clock(ctx),
			landlordOrgId: attached.orgId,
			referralCodeId: attached.codeId
		});
		return { landlord: attached.landlord };
	}
);
