/**
 * The admin endpoints bound to a test database, a movable clock and a mail sink (or outbox
 * directory), driven with requests built like a browser's.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import {
	handleAuditLog,
	handleGetSettings,
	handleInviteUser,
	handleLandlordList,
	handleListLandlordOrgs,
	handleListUsers,
	handleRemoveLandlordStaff,
	handleSaveLandlord,
	handleSaveLandlordOrg,
	handlePutSettings,
	handleSetRole,
	type AdminEndpointContext
} from '$lib/server/admin/endpoints';
import type { EndpointEvent } from '$lib/server/http/endpoint';
import { withJsonErrors, type SessionUser } from '$lib/server/http/guards';
import type { MailSettings } from '$lib/server/mail/transport';
import { ORIGIN, makeEvent, type Answer, type TestClock } from './consent-harness';

export const TEST_SECRET = 'admin-test-secret-0123456789';

async function answer(res: Response): Promise<Answer> {
	const text = await res.text();
	return {
		status: res.status,
		body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
		headers: res.headers
	};
}

export function adminApi(
	getDb: () => Kysely<Database>,
	clock: TestClock,
	mail: MailSettings,
	env: Record<string, string | undefined> = {}
) {
	const ctx: AdminEndpointContext = {
		db: () => Promise.resolve(getDb()),
		env,
		mail,
		secret: TEST_SECRET,
		now: clock.now,
		limits: { write: [1e9, 1000], read: [1e9, 1000] }
	};
	const wrap =
		(h: (e: EndpointEvent, c: AdminEndpointContext) => Promise<Response>) =>
		async (e: EndpointEvent): Promise<Answer> =>
			answer(await withJsonErrors((ev: EndpointEvent) => h(ev, ctx))(e));
	return {
		ctx,
		listUsers: (user: SessionUser | null) =>
			wrap(handleListUsers)(makeEvent('/api/admin/users', { user })),
		invite: (user: SessionUser | null, body: unknown) =>
			wrap(handleInviteUser)(makeEvent('/api/admin/users', { user, body })),
		setRole: (user: SessionUser | null, id: string, body: unknown) =>
			wrap(handleSetRole)(makeEvent(`/api/admin/users/${id}/role`, { user, body, params: { id } })),
		getSettings: (user: SessionUser | null) =>
			wrap(handleGetSettings)(makeEvent('/api/admin/settings', { user })),
		putSettings: (user: SessionUser | null, body: unknown) =>
			wrap(handlePutSettings)(makeEvent('/api/admin/settings', { user, body, method: 'PUT' })),
		landlords: (user: SessionUser | null = null) =>
			wrap(handleLandlordList)(makeEvent('/api/landlords', { user })),
		saveLandlord: (user: SessionUser | null, id: string, body: unknown) =>
			wrap(handleSaveLandlord)(
				makeEvent(`/api/admin/landlords/${id}`, { user, body, method: 'PUT', params: { id } })
			),
		orgs: (user: SessionUser | null) =>
			wrap(handleListLandlordOrgs)(makeEvent('/api/admin/landlord-orgs', { user })),
		saveOrg: (user: SessionUser | null, id: string, body: unknown) =>
			wrap(handleSaveLandlordOrg)(
				makeEvent(`/api/admin/landlord-orgs/${id}`, { user, body, method: 'PUT', params: { id } })
			),
		removeStaff: (user: SessionUser | null, id: string, userId: string) =>
			wrap(handleRemoveLandlordStaff)(
				makeEvent(`/api/admin/landlord-orgs/${id}/staff/${userId}`, {
					user,
					method: 'DELETE',
					headers: { origin: ORIGIN },
					params: { id, userId }
				})
			),
		audit: (user: SessionUser | null, query = '') =>
			wrap(handleAuditLog)(makeEvent(`/api/admin/audit${query}`, { user }))
	};
}

export const SETTINGS = {
	serviceName: 'Asumisneuvonta Testilä',
	servicePhone: '+358 9 123 4567',
	bookingHoldHours: 24,
	closedCaseMonths: 12,
	unusedAccountMonths: 24,
	accountWarningDays: 30
};
