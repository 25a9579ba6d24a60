/**
 * Shapes of the administration API (src/lib/server/admin/README.md), shared by the admin pages
 * and the server.
 */
import { z } from 'zod/mini';
import { parseServicePhone } from '$lib/domain/service-phone';
import { ROLES } from './account';
import { LANDLORD_ID_PATTERN } from './landlords';
import { trimmedOneLine } from './text';

/** Roles an admin grants by invitation: everyone but tenants, who sign up themselves. */
export const STAFF_ROLES = ['advisor', 'admin', 'funder', 'landlord'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const MAIL_LANGS = ['fi', 'sv', 'en'] as const;

/**
 * POST /api/admin/users: invite by email with the role given at once. Landlord staff are
 * members of exactly one organisation, so `orgId` is required with role `landlord` (the server
 * says so at that path) and ignored with the others.
 */
export const inviteBodySchema = z.object({
	email: z.string().check(z.trim(), z.maxLength(254), z.email()),
	role: z.enum(STAFF_ROLES),
	lang: z.enum(MAIL_LANGS),
	orgId: z.optional(z.string().check(z.minLength(1), z.maxLength(64)))
});
export type InviteBody = z.infer<typeof inviteBodySchema>;

/** POST /api/admin/users/[id]/role: `tenant` removes a staff role. */
export const roleBodySchema = z.object({ role: z.enum(ROLES) });
export type RoleBody = z.infer<typeof roleBodySchema>;

export const adminUserSchema = z.object({
	id: z.string(),
	email: z.string(),
	name: z.nullable(z.string()),
	role: z.enum(ROLES),
	/** Has signed in at least once (an invitation not yet used: false). */
	signedIn: z.boolean()
});
export type AdminUser = z.infer<typeof adminUserSchema>;
export const adminUserListSchema = z.object({ users: z.array(adminUserSchema) });

/**
 * Settings an admin changes at run time; each falls back to its environment variable (README.md
 * in src/lib/server/admin) when not set here.
 */
export const runtimeSettingsSchema = z.object({
	serviceName: trimmedOneLine(1, 80),
	/** '' = no phone number shown. */
	servicePhone: z.string().check(
		z.trim(),
		z.maxLength(30),
		z.refine((s) => s === '' || parseServicePhone(s) !== null, 'expected a phone number')
	),
	bookingHoldHours: z.number().check(z.int(), z.minimum(1), z.maximum(720)),
	/** Months after a case is closed before its personal data is erased. */
	closedCaseMonths: z.number().check(z.int(), z.minimum(1), z.maximum(120)),
	/** Months without use before an account is erased. */
	unusedAccountMonths: z.number().check(z.int(), z.minimum(3), z.maximum(120)),
	/** Days between the warning email and the erasure of an unused account. */
	accountWarningDays: z.number().check(z.int(), z.minimum(7), z.maximum(90))
});
export type RuntimeSettings = z.infer<typeof runtimeSettingsSchema>;
export const SETTING_KEYS = Object.keys(
	runtimeSettingsSchema.def.shape
) as (keyof RuntimeSettings)[];

export const settingsViewSchema = z.object({
	values: runtimeSettingsSchema,
	defaults: runtimeSettingsSchema
});
export type SettingsView = z.infer<typeof settingsViewSchema>;

export const auditEntrySchema = z.object({
	seq: z.number(),
	at: z.string(),
	actorEmail: z.string(),
	action: z.string(),
	target: z.nullable(z.string()),
	details: z.record(z.string(), z.unknown())
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditListSchema = z.object({ entries: z.array(auditEntrySchema) });

/** PUT /api/admin/landlord-orgs/[id]: create or change an organisation (ids are made by the page). */
export const landlordOrgBodySchema = z.object({
	name: trimmedOneLine(2, 200),
	/** Its entry in the situation map's landlord list, or null for none. */
	landlordKey: z.nullable(z.string().check(z.maxLength(64), z.regex(LANDLORD_ID_PATTERN)))
});
export type LandlordOrgBody = z.infer<typeof landlordOrgBodySchema>;

export const landlordOrgSchema = z.object({
	id: z.string(),
	name: z.string(),
	landlordKey: z.nullable(z.string()),
	staff: z.array(adminUserSchema)
});
export type LandlordOrg = z.infer<typeof landlordOrgSchema>;
export const landlordOrgListSchema = z.object({ orgs: z.array(landlordOrgSchema) });
export type LandlordOrgList = z.infer<typeof landlordOrgListSchema>;
/** Organisation ids: a UUID made by the admin page, so a repeated save does not make two. */
export const ORG_ID_PATTERN = /^[0-9a-f-]{36}$/;
