/**
 * The administration endpoints (README.md in this folder): admins only, every change written to
 * the audit log by the service it calls. No SQL here.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod/mini';
import {
	inviteBodySchema,
	landlordOrgBodySchema,
	roleBodySchema,
	runtimeSettingsSchema
} from '$lib/schemas/admin';
import { landlordBodySchema } from '$lib/schemas/landlords';
import { publishConsentTextBodySchema } from '$lib/schemas/consent-texts';
import { queryInt } from '$lib/schemas/query';
import type { Database } from '../db/schema';
import { endpointFor, type EndpointContext } from '../http/endpoint';
import { json } from '../http/guards';
import type { MailSettings } from '../mail/transport';
import { listAudit } from './audit';
import { listConsentTextVersions, publishConsentText } from '../consent/texts';
import { listLandlordOrgs, removeLandlordStaff, saveLandlordOrg } from './landlord-orgs';
import { listLandlords, saveLandlord } from './landlords';
import { readSettings, readSettingsView, writeSettings } from './settings';
import { inviteUser, listStaff, setRole } from './users';

export interface AdminEndpointContext extends EndpointContext {
	db: () => Promise<Kysely<Database>>;
	env: Record<string, string | undefined>;
	mail: MailSettings;
	/** Auth.js's secret: invitation links are made as its email provider makes them. */
	secret: string;
	now?: () => Date;
}

const adminEndpoint = endpointFor<AdminEndpointContext>();
const ADMIN = ['admin'] as const;
const BODY_BYTES = 4 * 1024;

const clock = (ctx: AdminEndpointContext) => ctx.now?.() ?? new Date();
const actorOf = (user: { id: string; email: string }) => ({ id: user.id, email: user.email });

/** GET /api/admin/users: everyone with a role other than tenant. */
export const handleListUsers = adminEndpoint({ roles: ADMIN, limit: 'read' }, async ({ ctx }) => ({
	users: await listStaff(await ctx.db())
}));

/** POST /api/admin/users: invite by email with a role; sends the sign-in link. */
export const handleInviteUser = adminEndpoint(
	{ roles: ADMIN, limit: 'write', body: inviteBodySchema, maxBytes: BODY_BYTES },
	async ({ ctx, user, body, event }) => {
		const db = await ctx.db();
		const settings = await readSettings(db, ctx.env);
		const invited = await inviteUser(db, actorOf(user), body, {
			origin: event.url.origin,
			secret: ctx.secret,
			mail: ctx.mail,
			serviceName: settings.serviceName,
			now: clock(ctx)
		});
		return json({ user: invited }, { status: 201 });
	}
);

/** POST /api/admin/users/[id]/role: change or remove (`tenant`) a role. */
export const handleSetRole = adminEndpoint(
	{ roles: ADMIN, limit: 'write', body: roleBodySchema, maxBytes: BODY_BYTES, params: ['id'] },
	async ({ ctx, user, body, params }) => ({
		user: await setRole(await ctx.db(), actorOf(user), params.id, body.role, clock(ctx))
	})
);

/** GET /api/admin/settings: values in force and their defaults from the environment. */
export const handleGetSettings = adminEndpoint({ roles: ADMIN, limit: 'read' }, async ({ ctx }) =>
	readSettingsView(await ctx.db(), ctx.env)
);

/** PUT /api/admin/settings: every setting, validated; takes effect on the next use. */
export const handlePutSettings = adminEndpoint(
	{ roles: ADMIN, limit: 'write', body: runtimeSettingsSchema, maxBytes: BODY_BYTES },
	async ({ ctx, user, body }) =>
		writeSettings(await ctx.db(), actorOf(user), body, clock(ctx), ctx.env)
);

const auditQuerySchema = z.object({ before: z.optional(queryInt(1, Number.MAX_SAFE_INTEGER)) });

/** GET /api/admin/audit?before=seq: the audit log, newest first, 100 at a time. */
export const handleAuditLog = adminEndpoint(
	{ roles: ADMIN, limit: 'read', query: auditQuerySchema },
	async ({ ctx, query }) => ({
		entries: await listAudit(await ctx.db(), { before: query.before })
	})
);

/** GET /api/landlords: the situation map's landlord list; public (no user data), kept offline. */
export const handleLandlordList = adminEndpoint(
	{ roles: 'public', limit: 'none' },
	async ({ ctx }) => listLandlords(await ctx.db())
);

/** PUT /api/admin/landlords/[id]: add, rename or retire one landlord. */
export const handleSaveLandlord = adminEndpoint(
	{ roles: ADMIN, limit: 'write', body: landlordBodySchema, maxBytes: BODY_BYTES, params: ['id'] },
	async ({ ctx, user, body, params }) =>
		saveLandlord(await ctx.db(), actorOf(user), params.id, body, clock(ctx))
);

/** GET /api/admin/landlord-orgs: the organisations with their staff. */
export const handleListLandlordOrgs = adminEndpoint(
	{ roles: ADMIN, limit: 'read' },
	async ({ ctx }) => listLandlordOrgs(await ctx.db())
);

/** PUT /api/admin/landlord-orgs/[id]: create an organisation or change its name and link. */
export const handleSaveLandlordOrg = adminEndpoint(
	{
		roles: ADMIN,
		limit: 'write',
		body: landlordOrgBodySchema,
		maxBytes: BODY_BYTES,
		params: ['id']
	},
	async ({ ctx, user, body, params }) =>
		saveLandlordOrg(await ctx.db(), actorOf(user), params.id, body, clock(ctx))
);

/** DELETE /api/admin/landlord-orgs/[id]/staff/[userId]: a staff member leaves the organisation. */
export const handleRemoveLandlordStaff = adminEndpoint(
	{ roles: ADMIN, limit: 'write', params: ['id', 'userId'] },
	async ({ ctx, user, params }) =>
		removeLandlordStaff(await ctx.db(), actorOf(user), params.id, params.userId, clock(ctx))
);

/** A publish carries every field in three languages; the current texts are about 30 KiB. */
const CONSENT_TEXT_BYTES = 128 * 1024;

/** GET /api/admin/consent-texts: every version (built in and published), newest first. */
export const handleListConsentTexts = adminEndpoint(
	{ roles: ADMIN, limit: 'read' },
	async ({ ctx }) => listConsentTextVersions(await ctx.db())
);

/** POST /api/admin/consent-texts: publish a new version; it is current for every new consent. */
export const handlePublishConsentText = adminEndpoint(
	{
		roles: ADMIN,
		limit: 'write',
		body: publishConsentTextBodySchema,
		maxBytes: CONSENT_TEXT_BYTES
	},
	async ({ ctx, user, body }) => {
		const version = await publishConsentText(await ctx.db(), actorOf(user), body, clock(ctx));
		return json({ version }, { status: 201 });
	}
);
