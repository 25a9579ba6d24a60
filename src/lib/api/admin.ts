/**
 * The admin pages' calls (src/lib/server/admin/README.md): staff and invitations, run-time
 * settings, the audit log, the landlord list and landlord organisations.
 */
import { z } from 'zod/mini';
import {
	adminUserListSchema,
	adminUserSchema,
	auditListSchema,
	landlordOrgListSchema,
	settingsViewSchema,
	type InviteBody,
	type LandlordOrgBody,
	type RuntimeSettings
} from '$lib/schemas/admin';
import type { ROLES } from '$lib/schemas/account';
import { landlordListSchema, type LandlordBody } from '$lib/schemas/landlords';
import { getJson, request, sendJson } from './client';

const userAnswer = z.object({ user: adminUserSchema });

export const fetchStaff = () => getJson('/api/admin/users', adminUserListSchema);

export const inviteUser = (body: InviteBody) => sendJson('/api/admin/users', body, userAnswer);

export const setUserRole = (id: string, role: (typeof ROLES)[number]) =>
	sendJson(`/api/admin/users/${encodeURIComponent(id)}/role`, { role }, userAnswer);

export const fetchSettings = () => getJson('/api/admin/settings', settingsViewSchema);

export const saveSettings = (settings: RuntimeSettings) =>
	sendJson('/api/admin/settings', settings, settingsViewSchema, { method: 'PUT' });

export const fetchAudit = (before?: number) =>
	getJson(`/api/admin/audit${before ? `?before=${before}` : ''}`, auditListSchema);

export const saveLandlord = (id: string, body: LandlordBody) =>
	sendJson(`/api/admin/landlords/${encodeURIComponent(id)}`, body, landlordListSchema, {
		method: 'PUT'
	});

export const fetchLandlordOrgs = () => getJson('/api/admin/landlord-orgs', landlordOrgListSchema);

export const saveLandlordOrg = (id: string, body: LandlordOrgBody) =>
	sendJson(`/api/admin/landlord-orgs/${encodeURIComponent(id)}`, body, landlordOrgListSchema, {
		method: 'PUT'
	});

export const removeLandlordStaff = (orgId: string, userId: string) =>
	request(
		`/api/admin/landlord-orgs/${encodeURIComponent(orgId)}/staff/${encodeURIComponent(userId)}`,
		landlordOrgListSchema,
		{ method: 'DELETE' }
	);
