/**
 * The landlord-share endpoints: tenant (`/api/landlord-share/*`), landlord staff
 * (`/api/landlord/*`) and advisor (`/api/advisor/cases/[tenantId]/landlord`). Declarations
 * only; the rules are in ./service.ts and lib/domain/landlord-share.ts. README.md here lists them.
 */
import type { Kysely } from 'kysely';
import {
	csvIssuePath,
	emptyBodySchema,
	parseRentAccountCsv,
	paymentConfirmationBodySchema,
	proposalAnswerBodySchema,
	rentAccountBodySchema,
	rentAccountCsvBodySchema,
	sendPlanBodySchema,
	tenantShareQuerySchema,
	MAX_RENT_CSV_CHARS
} from '$lib/schemas/landlord-share';
import type { Database } from '../db/schema';
import { endpointFor, type EndpointContext } from '../http/endpoint';
import { HttpProblem, json } from '../http/guards';
import { landlordEndpoint } from '../landlords';
import { staffOrgRef } from './orgs';
import type { AnswerMailOptions } from './notify';
import { notifyAnswer } from './notify';
import {
	acceptCounter,
	advisorShareView,
	answerProposal,
	confirmPayment,
	fillRentAccount,
	sendPlan,
	staffOverview,
	staffProposal,
	staffRequest,
	tenantShareView
} from './service';

export interface LandlordShareContext extends EndpointContext {
	db: () => Promise<Kysely<Database>>;
	now?: () => Date;
	/** Where the answer mail goes; without it no mail is sent (tests of other things). */
	mail?: AnswerMailOptions;
}

const shareEndpoint = endpointFor<LandlordShareContext>();
const staffEndpoint = landlordEndpoint<LandlordShareContext>();
const clock = (ctx: LandlordShareContext) => ctx.now?.() ?? new Date();
const SMALL = 8 * 1024;

// --- tenant -------------------------------------------------------------------------------

export const handleTenantShare = shareEndpoint(
	{ roles: ['tenant'], limit: 'read', query: tenantShareQuerySchema },
	async ({ ctx, user, query }) => tenantShareView(await ctx.db(), user.id, query.landlordKey)
);

export const handleSendPlan = shareEndpoint(
	{ roles: ['tenant'], limit: 'write', body: sendPlanBodySchema, maxBytes: SMALL },
	async ({ ctx, user, body }) => {
		const result = await sendPlan(await ctx.db(), user.id, body, clock(ctx));
		return json({ proposal: result.proposal }, { status: result.created ? 201 : 200 });
	}
);

export const handleAcceptCounter = shareEndpoint(
	{ roles: ['tenant'], limit: 'write', body: emptyBodySchema, maxBytes: SMALL, params: ['id'] },
	async ({ ctx, user, params }) => ({
		proposal: await acceptCounter(await ctx.db(), user.id, params.id, clock(ctx))
	})
);

// --- landlord staff -----------------------------------------------------------------------

export const handleStaffOverview = staffEndpoint({ limit: 'read' }, async ({ ctx, user, org }) =>
	staffOverview(await ctx.db(), user, staffOrgRef(org), clock(ctx))
);

export const handleStaffRequest = staffEndpoint(
	{ limit: 'read', params: ['id'] },
	async ({ ctx, user, org, params }) =>
		staffRequest(await ctx.db(), user, staffOrgRef(org), params.id, clock(ctx))
);

export const handleFillRentAccount = staffEndpoint(
	{
		limit: 'write',
		body: rentAccountBodySchema,
		maxBytes: 64 * 1024,
		params: ['id']
	},
	async ({ ctx, user, org, body, params }) =>
		fillRentAccount(await ctx.db(), user, staffOrgRef(org), params.id, body.account, clock(ctx))
);

/** The CSV goes through the same schema; every problem names its row and column. */
export const handleUploadRentCsv = staffEndpoint(
	{
		limit: 'write',
		body: rentAccountCsvBodySchema,
		maxBytes: MAX_RENT_CSV_CHARS * 4 + 1024,
		params: ['id']
	},
	async ({ ctx, user, org, body, params }) => {
		const readCsv = () => {
			const parsed = parseRentAccountCsv(body.csv);
			if (parsed.ok) return parsed.account;
			throw new HttpProblem(400, {
				message: 'The CSV has errors; nothing was stored',
				issues: parsed.issues.map((i) => ({
					path: csvIssuePath(i),
					message: i.message,
					code: i.code
				}))
			});
		};
		return fillRentAccount(await ctx.db(), user, staffOrgRef(org), params.id, readCsv, clock(ctx));
	}
);

export const handleStaffProposal = staffEndpoint(
	{ limit: 'read', params: ['id'] },
	async ({ ctx, user, org, params }) =>
		staffProposal(await ctx.db(), user, staffOrgRef(org), params.id, clock(ctx))
);

export const handleAnswerProposal = staffEndpoint(
	{ limit: 'write', body: proposalAnswerBodySchema, maxBytes: SMALL, params: ['id'] },
	async ({ ctx, user, org, body, params }) => {
		const db = await ctx.db();
		const now = clock(ctx);
		const result = await answerProposal(db, user, staffOrgRef(org), params.id, body, now);
		if (ctx.mail) await notifyAnswer(db, ctx.mail, result.event, now);
		return result.proposal;
	}
);

export const handleConfirmPayment = staffEndpoint(
	{ limit: 'write', body: paymentConfirmationBodySchema, maxBytes: SMALL, params: ['id'] },
	async ({ ctx, user, org, body, params }) =>
		confirmPayment(await ctx.db(), user, staffOrgRef(org), params.id, body, clock(ctx))
);

// --- advisor ------------------------------------------------------------------------------

export const handleAdvisorShare = shareEndpoint(
	{ roles: ['advisor'], limit: 'case-view', params: ['tenantId'] },
	async ({ ctx, user, params }) =>
		advisorShareView(await ctx.db(), user, params.tenantId, clock(ctx))
);
