/** The case-work and report endpoints bound to a test database and clock, called like a browser. */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { withJsonErrors, type SessionUser } from '$lib/server/http/guards';
import type { EndpointEvent } from '$lib/server/http/endpoint';
import {
	handleAddNote,
	handleAddTask,
	handleCaseList,
	handleCaseOfTenant,
	handleCloseCase,
	handleCompleteTask,
	handleDisplayName,
	handleGetCase,
	handleMyCases,
	handleReport,
	handleUpdateCase,
	type CaseEndpointContext
} from '$lib/server/cases/endpoints';
import { makeEvent, type Answer, type TestClock } from './consent-harness';

async function answer(res: Response): Promise<Answer> {
	const text = await res.text();
	let body: Record<string, unknown> = {};
	if (text !== '') {
		body = res.headers.get('content-type')?.startsWith('text/csv')
			? { csv: text }
			: (JSON.parse(text) as Record<string, unknown>);
	}
	return { status: res.status, body, headers: res.headers };
}

type User = SessionUser | null;

export function casesApi(getDb: () => Kysely<Database>, clock: TestClock) {
	const ctx: CaseEndpointContext = {
		db: () => Promise.resolve(getDb()),
		now: clock.now,
		limits: { write: [1e9, 1000], read: [1e9, 1000] }
	};
	const call =
		(h: (e: EndpointEvent, c: CaseEndpointContext) => Promise<Response>) =>
		async (e: EndpointEvent): Promise<Answer> =>
			answer(await withJsonErrors((ev: EndpointEvent) => h(ev, ctx))(e));
	return {
		list: (user: User, query = '') =>
			call(handleCaseList)(makeEvent(`/api/cases${query}`, { user })),
		get: (user: User, caseId: string) =>
			call(handleGetCase)(makeEvent(`/api/cases/${caseId}`, { user, params: { caseId } })),
		ofTenant: (user: User, tenantId: string) =>
			call(handleCaseOfTenant)(
				makeEvent(`/api/cases/tenant/${tenantId}`, { user, params: { tenantId } })
			),
		update: (user: User, caseId: string, body: unknown) =>
			call(handleUpdateCase)(makeEvent(`/api/cases/${caseId}`, { user, body, params: { caseId } })),
		close: (user: User, caseId: string, body: unknown) =>
			call(handleCloseCase)(
				makeEvent(`/api/cases/${caseId}/close`, { user, body, params: { caseId } })
			),
		note: (user: User, caseId: string, body: unknown) =>
			call(handleAddNote)(
				makeEvent(`/api/cases/${caseId}/notes`, { user, body, params: { caseId } })
			),
		task: (user: User, caseId: string, body: unknown) =>
			call(handleAddTask)(
				makeEvent(`/api/cases/${caseId}/tasks`, { user, body, params: { caseId } })
			),
		done: (user: User, caseId: string, taskId: string, body: unknown = {}) =>
			call(handleCompleteTask)(
				makeEvent(`/api/cases/${caseId}/tasks/${taskId}/done`, {
					user,
					body,
					params: { caseId, taskId }
				})
			),
		myCases: (user: User) => call(handleMyCases)(makeEvent('/api/my-cases', { user })),
		displayName: (user: User, body: unknown) =>
			call(handleDisplayName)(makeEvent('/api/profile/name', { user, body })),
		report: (user: User, query = '') =>
			call(handleReport)(makeEvent(`/api/report${query}`, { user }))
	};
}
