/**
 * The case-work and outcome-report endpoints (README.md in this folder): each a declaration
 * (`endpoint()` in ../http/endpoint.ts) and a handler that calls the services. No SQL here.
 *
 * Cases are the service's own records: advisors read and write them; notes and tasks need no
 * consent, but nothing here returns the tenant's situation (the consented case view does that).
 * The report is aggregates only, for admins and funders.
 */
import type { Kysely } from 'kysely';
import {
	addNoteBodySchema,
	addTaskBodySchema,
	caseListQuerySchema,
	closeCaseBodySchema,
	completeTaskBodySchema,
	displayNameBodySchema,
	reportQuerySchema,
	updateCaseBodySchema
} from '$lib/schemas/cases';
import { reportCsv } from '$lib/domain/report';
import type { Database } from '../db/schema';
import { endpointFor, type EndpointContext } from '../http/endpoint';
import { HttpProblem, json } from '../http/guards';
import { outcomeReport } from './report';
import {
	addNote,
	addTask,
	caseOfTenant,
	closeCase,
	completeTask,
	displayName,
	getCase,
	listCaseSummaries,
	setDisplayName,
	tenantCases,
	updateCase
} from './service';

export interface CaseEndpointContext extends EndpointContext {
	db: () => Promise<Kysely<Database>>;
	/** The server clock; tests move it. */
	now?: () => Date;
	/** Landlord partner names for the report, by organisation id. */
	partnerNames?: (db: Kysely<Database>) => Promise<ReadonlyMap<string, string>>;
}

const BODY_BYTES = 8 * 1024;
const caseEndpoint = endpointFor<CaseEndpointContext>();
const clock = (ctx: CaseEndpointContext) => ctx.now?.() ?? new Date();

/** GET /api/cases?status=&advisor=&urgency= */
export const handleCaseList = caseEndpoint(
	{ roles: ['advisor'], limit: 'read', query: caseListQuerySchema },
	async ({ ctx, user, query }) => listCaseSummaries(await ctx.db(), user, query, clock(ctx))
);

/** GET /api/cases/[caseId] */
export const handleGetCase = caseEndpoint(
	{ roles: ['advisor'], limit: 'read', params: ['caseId'] },
	async ({ ctx, params }) => getCase(await ctx.db(), params.caseId, clock(ctx))
);

/** GET /api/cases/tenant/[tenantId]: the tenant's open case, else their latest. */
export const handleCaseOfTenant = caseEndpoint(
	{ roles: ['advisor'], limit: 'read', params: ['tenantId'] },
	async ({ ctx, params }) => {
		const db = await ctx.db();
		const id = await caseOfTenant(db, params.tenantId);
		if (id === undefined) throw new HttpProblem(404, { message: 'No case' });
		return getCase(db, id, clock(ctx));
	}
);

/** POST /api/cases/[caseId]: move the status and/or assign. */
export const handleUpdateCase = caseEndpoint(
	{
		roles: ['advisor'],
		limit: 'write',
		body: updateCaseBodySchema,
		maxBytes: BODY_BYTES,
		params: ['caseId']
	},
	async ({ ctx, user, body, params }) =>
		updateCase(await ctx.db(), user, params.caseId, body, clock(ctx))
);

/** POST /api/cases/[caseId]/close */
export const handleCloseCase = caseEndpoint(
	{
		roles: ['advisor'],
		limit: 'write',
		body: closeCaseBodySchema,
		maxBytes: BODY_BYTES,
		params: ['caseId']
	},
	async ({ ctx, user, body, params }) =>
		closeCase(await ctx.db(), user, params.caseId, body.outcome, clock(ctx))
);

/** POST /api/cases/[caseId]/notes */
export const handleAddNote = caseEndpoint(
	{
		roles: ['advisor'],
		limit: 'write',
		body: addNoteBodySchema,
		maxBytes: BODY_BYTES,
		params: ['caseId']
	},
	async ({ ctx, user, body, params }) =>
		json(
			{ note: await addNote(await ctx.db(), user, params.caseId, body.body, clock(ctx)) },
			{ status: 201 }
		)
);

/** POST /api/cases/[caseId]/tasks */
export const handleAddTask = caseEndpoint(
	{
		roles: ['advisor'],
		limit: 'write',
		body: addTaskBodySchema,
		maxBytes: BODY_BYTES,
		params: ['caseId']
	},
	async ({ ctx, body, params }) =>
		json({ task: await addTask(await ctx.db(), params.caseId, body, clock(ctx)) }, { status: 201 })
);

/** POST /api/cases/[caseId]/tasks/[taskId]/done */
export const handleCompleteTask = caseEndpoint(
	{
		roles: ['advisor'],
		limit: 'write',
		body: completeTaskBodySchema,
		maxBytes: BODY_BYTES,
		params: ['caseId', 'taskId']
	},
	async ({ ctx, user, body, params }) => ({
		task: await completeTask(
			await ctx.db(),
			user,
			params.caseId,
			params.taskId,
			body.answer,
			clock(ctx)
		)
	})
);

/** GET /api/my-cases: what the service records about the caller (any signed-in user). */
export const handleMyCases = caseEndpoint(
	{ roles: 'signed-in', limit: 'read' },
	async ({ ctx, user }) => ({ cases: await tenantCases(await ctx.db(), user.id) })
);

/** POST /api/profile/name: staff set the name tenants and colleagues see. */
export const handleDisplayName = caseEndpoint(
	{
		roles: ['advisor', 'admin', 'landlord', 'funder'],
		limit: 'write',
		body: displayNameBodySchema,
		maxBytes: BODY_BYTES
	},
	async ({ ctx, user, body }) => {
		await setDisplayName(await ctx.db(), user.id, body.displayName, clock(ctx));
		return { displayName: body.displayName };
	}
);

/** GET /api/profile/name: the caller's name, null until set (the advisor pages then ask for it). */
export const handleGetDisplayName = caseEndpoint(
	{ roles: ['advisor', 'admin', 'landlord', 'funder'], limit: 'read' },
	async ({ ctx, user }) => ({ displayName: await displayName(await ctx.db(), user.id) })
);

/** GET /api/report?from=&to=&format=json|csv: admins and funders, aggregates only. */
export const handleReport = caseEndpoint(
	{ roles: ['admin', 'funder'], limit: 'read', query: reportQuerySchema },
	async ({ ctx, query }) => {
		const db = await ctx.db();
		const report = await outcomeReport(db, {
			from: query.from,
			to: query.to,
			now: clock(ctx),
			partnerNames: ctx.partnerNames ? await ctx.partnerNames(db) : undefined
		});
		if (query.format !== 'csv') return report;
		return new Response(reportCsv(report.rows), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': 'attachment; filename="vuokra-apu-report.csv"'
			}
		});
	}
);
