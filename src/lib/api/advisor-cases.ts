/**
 * The advisor's side of consent (src/lib/server/consent/README.md): the cases they may see, one
 * case as its consents allow (`caseViewSchema`), contact records and plan changes. Apart from the
 * tenant's consent calls so a tenant page never loads the case-view shapes.
 */
import { z } from 'zod/mini';
import { caseViewSchema, followUpListSchema } from '$lib/schemas/case-view';
import { caseListSchema, contactEntrySchema, type RecordContactBody } from '$lib/schemas/consent';
import { getJson, sendJson } from './client';

const caseUrl = (tenantId: string) => `/api/advisor/cases/${encodeURIComponent(tenantId)}`;

export const fetchCases = () => getJson('/api/advisor/cases', caseListSchema);

export const fetchFollowUp = () => getJson('/api/advisor/follow-up', followUpListSchema);

export function fetchCase(tenantId: string, page: number) {
	return getJson(`${caseUrl(tenantId)}?page=${page}`, caseViewSchema);
}

export function recordContact(tenantId: string, body: RecordContactBody) {
	return sendJson(`${caseUrl(tenantId)}/contacts`, body, z.object({ contact: contactEntrySchema }));
}

const planChangeResponse = z.object({
	planId: z.string(),
	revision: z.number(),
	version: z.number()
});

/** A new plan version from the advisor (advisorPlanChangeSchema on the server). */
export function changePlan(tenantId: string, body: object) {
	return sendJson(`${caseUrl(tenantId)}/plans`, body, planChangeResponse);
}
