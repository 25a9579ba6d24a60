/**
 * The one check every landlord endpoint makes: the caller has role `landlord` AND a staff row.
 * A landlord-role user without a row (added by `npm run user:role`, or whose row was removed) is
 * refused like any other role: 403 `forbidden`, never an empty list, so a misconfigured account
 * is noticed rather than shown someone's nothing.
 *
 *   export const handleListCodes = landlordEndpoint<MyContext>()(
 *     { limit: 'read', query: ... },
 *     async ({ org, ctx, query }) => ...   // org: StaffOrg of the caller, never another's
 *   );
 *
 * The role check runs first (in the endpoint wrapper, before origin, rate limit and body), the
 * staff row after the wrapper's checks, so a refused request costs one indexed read at most.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod/mini';
import type { Database } from '../db/schema';
import {
	endpointFor,
	type EndpointContext,
	type EndpointEvent,
	type EndpointInput,
	type EndpointSpec
} from '../http/endpoint';
import { HttpProblem, type SessionUser } from '../http/guards';
import { staffOrgOf, type StaffOrg } from './staff';

/** What every landlord endpoint's context provides. */
export interface LandlordEndpointContext extends EndpointContext {
	db: () => Promise<Kysely<Database>>;
	/** The server clock; tests move it. */
	now?: () => Date;
}

/** The caller's organisation, or 403: role `landlord` and a staff row are both required. */
export async function requireStaffOrg(
	db: Kysely<Database>,
	user: Pick<SessionUser, 'id' | 'role'>
): Promise<StaffOrg> {
	if (user.role !== 'landlord') {
		throw new HttpProblem(403, { message: 'Not allowed for your role' });
	}
	const org = await staffOrgOf(db, user.id);
	if (!org) throw new HttpProblem(403, { message: 'Not staff of any landlord organisation' });
	return org;
}

type Schema = z.ZodMiniType;

/** A landlord endpoint's input: the wrapper's, plus the caller's organisation. */
export type LandlordEndpointInput<
	B,
	Q,
	H extends Record<string, Schema>,
	P extends string,
	C
> = EndpointInput<['landlord'], B, Q, H, P, C> & { org: StaffOrg };

/**
 * `endpointFor` for landlord staff: roles fixed to `['landlord']`, and the handler gets `org`.
 * Admins are not let in: an admin is not staff of the organisation whose data this is.
 */
export function landlordEndpoint<C extends LandlordEndpointContext>() {
	const declare = endpointFor<C>();
	return <
		B extends Schema | undefined = undefined,
		Q extends Schema | undefined = undefined,
		H extends Record<string, Schema> = Record<never, Schema>,
		P extends string = never
	>(
		spec: Omit<EndpointSpec<['landlord'], B, Q, H, P>, 'roles'>,
		handler: (
			input: LandlordEndpointInput<B, Q, H, P, C>
		) => Promise<Response | object> | Response | object
	): ((event: EndpointEvent, ctx: C) => Promise<Response>) =>
		declare<['landlord'], B, Q, H, P>({ ...spec, roles: ['landlord'] }, async (input) => {
			const org = await requireStaffOrg(await input.ctx.db(), input.user);
			return handler({ ...input, org });
		});
}
