/** The plan endpoint an advisor uses; the rules and SQL are in ./advisor-plan.ts. */
import type { Kysely } from 'kysely';
import { advisorPlanChangeSchema } from '$lib/schemas/plan';
import type { Database } from '$lib/server/db/schema';
import { endpointFor, type EndpointContext } from '$lib/server/http/endpoint';
import { json } from '$lib/server/http/guards';
import { changePlanAsAdvisor } from './advisor-plan';

export interface PlanEndpointOptions extends EndpointContext {
	db: () => Promise<Kysely<Database>>;
	now?: () => Date;
}

/** POST /api/advisor/cases/[tenantId]/plans: advisors only, under a consent covering the plan. */
export const handleAdvisorPlanChange = endpointFor<PlanEndpointOptions>()(
	{
		roles: ['advisor'],
		limit: 'write',
		body: advisorPlanChangeSchema,
		maxBytes: 64 * 1024,
		params: ['tenantId']
	},
	async ({ ctx, user, body, params }) => {
		const result = await changePlanAsAdvisor(
			await ctx.db(),
			user,
			params.tenantId,
			body,
			ctx.now?.() ?? new Date()
		);
		return json(result, { status: 201 });
	}
);
