/**
 * The admin pages' calls (src/lib/server/admin/README.md): staff and invitations, run-time
 * settings, the audit log.
 */
import { z } from 'zod/mini';
import {
	adminUserListSchema,
	adminUserSchema,
	auditListSchema,
	settingsViewSchema,
	type InviteBody,
	type RuntimeSettings
} from '$lib/schemas/admin';
import type { ROLES } from '$lib/schemas/account';
import { landlordListSchema, type LandlordBody } from '$lib/schemas/landlords';
import { getJson, sendJson } from './client';

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
