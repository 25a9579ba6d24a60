/**
 * Case work and the outcome report (src/lib/server/cases/README.md): the advisor's case list and
 * case, its notes, tasks, status and closing; the staff display name; the report for admins and
 * funders; the tenant's own case records.
 */
import { z } from 'zod/mini';
import {
	caseDetailSchema,
	caseListSchema,
	caseNoteSchema,
	caseStatusSchema,
	caseTaskSchema,
	reportSchema,
	type CaseListQuery,
	type UpdateCaseBody
} from '$lib/schemas/cases';
import type { CaseOutcome } from '$lib/domain/cases';
import { getJson, sendJson } from './client';

const caseUrl = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export function fetchCaseList(query: CaseListQuery) {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
	const qs = params.toString();
	return getJson(`/api/cases${qs ? `?${qs}` : ''}`, caseListSchema);
}

export const fetchCaseOfTenant = (tenantId: string) =>
	getJson(`/api/cases/tenant/${encodeURIComponent(tenantId)}`, caseDetailSchema);

export const updateCase = (caseId: string, body: UpdateCaseBody) =>
	sendJson(caseUrl(caseId), body, caseDetailSchema);

export const closeCase = (caseId: string, outcome: CaseOutcome) =>
	sendJson(`${caseUrl(caseId)}/close`, { outcome }, caseDetailSchema);

export const addNote = (caseId: string, body: string) =>
	sendJson(`${caseUrl(caseId)}/notes`, { body }, z.object({ note: caseNoteSchema }));

export const addTask = (caseId: string, title: string, dueDate: string) =>
	sendJson(`${caseUrl(caseId)}/tasks`, { title, dueDate }, z.object({ task: caseTaskSchema }));

export const completeTask = (caseId: string, taskId: string, answer?: boolean) =>
	sendJson(
		`${caseUrl(caseId)}/tasks/${encodeURIComponent(taskId)}/done`,
		answer === undefined ? {} : { answer },
		z.object({ task: caseTaskSchema })
	);

export const setDisplayName = (displayName: string) =>
	sendJson('/api/profile/name', { displayName }, z.object({ displayName: z.string() }));

export const fetchDisplayName = () =>
	getJson('/api/profile/name', z.object({ displayName: z.nullable(z.string()) }));

export const fetchReport = (from?: string, to?: string) => {
	const params = new URLSearchParams();
	if (from) params.set('from', from);
	if (to) params.set('to', to);
	const qs = params.toString();
	return getJson(`/api/report${qs ? `?${qs}` : ''}`, reportSchema);
};

/** The CSV download's address (the browser fetches it itself, as a file). */
export const reportCsvUrl = (from: string, to: string) =>
	`/api/report?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&format=csv`;

export const myCasesSchema = z.object({
	cases: z.array(
		z.object({
			ref: z.string(),
			status: caseStatusSchema,
			openedAt: z.string(),
			closedAt: z.nullable(z.string()),
			outcome: z.nullable(z.string()),
			advisor: z.nullable(z.string()),
			notes: z.array(caseNoteSchema),
			tasks: z.array(caseTaskSchema)
		})
	)
});

export const fetchMyCases = () => getJson('/api/my-cases', myCasesSchema);
