/**
 * The consent endpoints: each one a declaration (`endpoint()` in ../http/endpoint.ts) and a
 * handler that calls the consent services. No SQL here. Tests drive them with real Requests, a
 * real database and an injected clock; the routes bind them to `readyDb()`. API reference:
 * README.md in this folder.
 *
 * After the wrapper's checks each handler checks the object itself: the tenant's own consent
 * (404 for anyone else's), a case (403 `no_consent` without an active consent).
 */
import type { Kysely } from 'kysely';
import {
	caseViewQuerySchema,
	giveConsentBodySchema,
	idempotencyKeySchema,
	recordContactBodySchema,
	withdrawConsentBodySchema
} from '$lib/schemas/consent';
import type { Database } from '../db/schema';
import { endpointFor, type EndpointContext } from '../http/endpoint';
import { advisorFollowUp } from './follow-up';
import { HttpProblem, json } from '../http/guards';
import { openCase } from '../cases/service';
import { codesOfTenant, markCodeConsented } from '../landlords/codes';
import { listCases, viewCase } from './case-view';
import { findTenantConsent, giveConsent, listConsents, withdrawConsent } from './consents';
import { listAccessLog, listContacts, recordContact } from './contacts';
import { buildReceipt, controllerFromEnv } from './receipt';
import { currentConsentTexts, findConsentTextVersion } from './texts';

export interface ConsentEndpointOptions extends EndpointContext {
	db: () => Promise<Kysely<Database>>;
	/** The server clock; tests move it to check expiry. */
	now?: () => Date;
	/** Environment for the receipt's controller (default process.env). */
	env?: NodeJS.ProcessEnv;
}

/** Consent bodies are tiny; anything bigger is not a consent. */
const BODY_BYTES = 8 * 1024;

const consentEndpoint = endpointFor<ConsentEndpointOptions>();

function clock(options: ConsentEndpointOptions): Date {
	return options.now?.() ?? new Date();
}

// --- tenant -------------------------------------------------------------------------------

/** GET /api/consents: the caller's own consents, every state. */
export const handleListConsents = consentEndpoint(
	{ roles: 'signed-in', limit: 'read' },
	async ({ ctx, user }) => {
		const now = clock(ctx);
		const db = await ctx.db();
		return { consents: await listConsents(db, user.id, now), now: now.toISOString() };
	}
);

/** POST /api/consents (tenants only), with an Idempotency-Key header. */
export const handleGiveConsent = consentEndpoint(
	{
		roles: ['tenant'],
		limit: 'write',
		body: giveConsentBodySchema,
		maxBytes: BODY_BYTES,
		headers: { 'Idempotency-Key': idempotencyKeySchema }
	},
	async ({ ctx, user, body, headers }) => {
		const db = await ctx.db();
		const result = await giveConsent(db, user.id, body, headers['Idempotency-Key'], clock(ctx));
		// A consent to the service itself opens the tenant's case (or marks the open one consented).
		if (result.created && body.recipient.kind === 'advisorService') {
			await openCase(db, user.id, 'consent', { now: clock(ctx) });
			// The landlord's mailing report counts referred tenants who went on to consent.
			for (const code of await codesOfTenant(db, user.id)) {
				await markCodeConsented(db, code.codeId, clock(ctx));
			}
		}
		return json(
			{ consent: result.consent },
			{
				status: result.created ? 201 : 200,
				headers: result.created ? {} : { 'idempotent-replayed': 'true' }
			}
		);
	}
);

/** POST /api/consents/[id]/withdraw with body `{}`. Idempotent. */
export const handleWithdrawConsent = consentEndpoint(
	{
		roles: 'signed-in',
		limit: 'write',
		body: withdrawConsentBodySchema,
		maxBytes: BODY_BYTES,
		params: ['id']
	},
	async ({ ctx, user, params }) => withdrawConsent(await ctx.db(), user.id, params.id, clock(ctx))
);

/** GET /api/consents/[id]/receipt: the Kantara CR 1.1 receipt of one of the caller's consents. */
export const handleReceipt = consentEndpoint(
	{ roles: 'signed-in', limit: 'read', params: ['id'] },
	async ({ event, ctx, user, params }) => {
		const db = await ctx.db();
		const consent = await findTenantConsent(db, user.id, params.id, clock(ctx));
		return buildReceipt(db, consent, controllerFromEnv(event.url.origin, ctx.env));
	}
);

/** GET /api/access-log: who has looked at the caller's information. */
export const handleAccessLog = consentEndpoint(
	{ roles: 'signed-in', limit: 'read' },
	async ({ ctx, user }) => ({ entries: await listAccessLog(await ctx.db(), user.id) })
);

/** GET /api/contacts: contacts advisors recorded on the caller's behalf. */
export const handleContacts = consentEndpoint(
	{ roles: 'signed-in', limit: 'read' },
	async ({ ctx, user }) => ({ contacts: await listContacts(await ctx.db(), user.id) })
);

// --- consent texts (public: the same words for everyone, no user data) ---------------------

/** GET /api/consent-texts/current: the versions new consents are given under, with their texts. */
export const handleCurrentConsentTexts = consentEndpoint(
	{ roles: 'public', limit: 'none' },
	async ({ ctx }) => currentConsentTexts(await ctx.db())
);

/** GET /api/consent-texts/[version]: any known version's texts; a version never changes. */
export const handleConsentTextVersion = consentEndpoint(
	{ roles: 'public', limit: 'none', params: ['version'], cache: 'immutable' },
	async ({ ctx, params }) => {
		const found = await findConsentTextVersion(await ctx.db(), params.version);
		if (!found) throw new HttpProblem(404, { message: 'No such consent text version' });
		return { version: found.version, texts: found.texts };
	}
);

// --- advisor / admin ----------------------------------------------------------------------

/** GET /api/advisor/cases: advisors (with contact details where allowed) and admins (without). */
export const handleListCases = consentEndpoint(
	{ roles: ['advisor', 'admin'], limit: 'read' },
	async ({ ctx, user }) => ({
		cases: await listCases(await ctx.db(), clock(ctx), user.role === 'advisor')
	})
);

/** GET /api/advisor/follow-up: the advisor's own cases with a sign of arrears coming back. */
export const handleFollowUp = consentEndpoint(
	{ roles: ['advisor'], limit: 'read' },
	async ({ ctx, user }) => ({
		items: await advisorFollowUp(await ctx.db(), user.id, clock(ctx))
	})
);

/** GET /api/advisor/cases/[tenantId]: advisors only; 403 without an active consent. Logged. */
export const handleViewCase = consentEndpoint(
	{ roles: ['advisor'], limit: 'case-view', params: ['tenantId'], query: caseViewQuerySchema },
	async ({ ctx, user, params, query }) =>
		viewCase(await ctx.db(), user, params.tenantId, clock(ctx), query.page ?? 0)
);

/** POST /api/advisor/cases/[tenantId]/contacts: advisors only, under an active consent. */
export const handleRecordContact = consentEndpoint(
	{
		roles: ['advisor'],
		limit: 'write',
		body: recordContactBodySchema,
		maxBytes: BODY_BYTES,
		params: ['tenantId']
	},
	async ({ ctx, user, body, params }) => {
		const contact = await recordContact(await ctx.db(), user, params.tenantId, body, clock(ctx));
		return json({ contact }, { status: 201 });
	}
);
