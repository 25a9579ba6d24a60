/**
 * Drives the landlord-share endpoints with real Requests against a real database: organisations
 * and staff as the landlord foundation stores them, consents through the consent endpoints.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { CURRENT_LANDLORD_CONSENT_TEXT_VERSION } from '$lib/consent-texts';
import { LANDLORD_KIND_CATEGORIES, type LandlordConsentKind } from '$lib/domain/landlord-share';
import type { Database } from '$lib/server/db/schema';
import { withJsonErrors, type SessionUser } from '$lib/server/http/guards';
import {
	handleAcceptCounter,
	handleAdvisorShare,
	handleAnswerProposal,
	handleConfirmPayment,
	handleFillRentAccount,
	handleSendPlan,
	handleStaffOverview,
	handleStaffProposal,
	handleStaffRequest,
	handleTenantShare,
	handleUploadRentCsv,
	type LandlordShareContext
} from '$lib/server/landlord-share/endpoints';
import { applyPush } from '$lib/server/sync/push';
import { mutation, rowFields } from './factories';
import { makeEvent, type Answer, type TestClock } from './consent-harness';

export async function addOrg(db: Kysely<Database>, name: string, landlordKey: string | null) {
	const id = randomUUID();
	await db
		.insertInto('landlord_orgs')
		.values({ id, name, landlord_key: landlordKey, created_at: new Date().toISOString() })
		.execute();
	return id;
}

export async function addStaff(db: Kysely<Database>, userId: string, orgId: string) {
	await db
		.insertInto('landlord_staff')
		.values({ user_id: userId, org_id: orgId, created_at: new Date().toISOString() })
		.execute();
}

/** A consent body towards the organisation linked to `landlordKey`. */
export function landlordConsentBody(
	landlordKey: string,
	kind: LandlordConsentKind,
	extra: Record<string, unknown> = {}
): Record<string, unknown> {
	return {
		recipient: { kind: 'landlord', name: 'Vuokranantaja' },
		categories: [...LANDLORD_KIND_CATEGORIES[kind]],
		textVersion: CURRENT_LANDLORD_CONSENT_TEXT_VERSION,
		language: 'fi',
		landlord: { landlordKey, kind },
		...extra
	};
}

/** An agreed plan version `plan-2` (revision 2) beside the seeded `plan-1`. */
export async function seedAgreedPlan(db: Kysely<Database>, tenantId: string): Promise<void> {
	const [r] = await applyPush(db, tenantId, [
		mutation(
			'plans',
			'plan-2',
			rowFields('plans', {
				revision: 2,
				basedOnPlanId: 'plan-1',
				agreed: true,
				agreedAt: '2026-11-20T10:00:00.000Z'
			})
		)
	]);
	if (r?.status !== 'applied') throw new Error(`seeding the agreed plan failed`);
}

export const RENT_ACCOUNT = {
	rentCents: 75_000,
	dueDay: 2,
	months: [
		{ month: '2026-09', dueCents: 75_000, paidCents: 75_000 },
		{ month: '2026-10', dueCents: 75_000, paidCents: 0 },
		{ month: '2026-11', dueCents: 75_000, paidCents: 15_000 }
	],
	interestCents: 1_240,
	collectionCostsCents: 1_500,
	notices: [{ date: '2026-10-20', kind: 'reminder' }]
};

async function answer(res: Response): Promise<Answer> {
	const text = await res.text();
	return {
		status: res.status,
		body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
		headers: res.headers
	};
}

export function shareApi(
	getDb: () => Kysely<Database>,
	clock: TestClock,
	mail?: LandlordShareContext['mail']
) {
	const ctx: LandlordShareContext = {
		db: () => Promise.resolve(getDb()),
		now: clock.now,
		...(mail ? { mail } : {}),
		limits: { write: [1e9, 1000], read: [1e9, 1000], 'case-view': [1e9, 1000] }
	};
	type Handler = (e: ReturnType<typeof makeEvent>, c: LandlordShareContext) => Promise<Response>;
	const call = (h: Handler) => async (e: ReturnType<typeof makeEvent>) =>
		answer(await withJsonErrors((ev: ReturnType<typeof makeEvent>) => h(ev, ctx))(e));
	type U = SessionUser | null;
	return {
		tenantShare: (user: U, landlordKey?: string) =>
			call(handleTenantShare)(
				makeEvent(`/api/landlord-share${landlordKey ? `?landlordKey=${landlordKey}` : ''}`, {
					user
				})
			),
		sendPlan: (user: U, body: unknown) =>
			call(handleSendPlan)(makeEvent('/api/landlord-share/proposals', { user, body })),
		acceptCounter: (user: U, id: string) =>
			call(handleAcceptCounter)(
				makeEvent(`/api/landlord-share/proposals/${id}/accept-counter`, {
					user,
					body: {},
					params: { id }
				})
			),
		overview: (user: U) => call(handleStaffOverview)(makeEvent('/api/landlord/requests', { user })),
		request: (user: U, id: string) =>
			call(handleStaffRequest)(makeEvent(`/api/landlord/requests/${id}`, { user, params: { id } })),
		fill: (user: U, id: string, account: unknown) =>
			call(handleFillRentAccount)(
				makeEvent(`/api/landlord/requests/${id}/account`, {
					user,
					body: { account },
					params: { id }
				})
			),
		csv: (user: U, id: string, csv: string) =>
			call(handleUploadRentCsv)(
				makeEvent(`/api/landlord/requests/${id}/csv`, { user, body: { csv }, params: { id } })
			),
		proposal: (user: U, id: string) =>
			call(handleStaffProposal)(
				makeEvent(`/api/landlord/proposals/${id}`, { user, params: { id } })
			),
		answer: (user: U, id: string, body: unknown) =>
			call(handleAnswerProposal)(
				makeEvent(`/api/landlord/proposals/${id}/answer`, { user, body, params: { id } })
			),
		confirm: (user: U, id: string, body: unknown) =>
			call(handleConfirmPayment)(
				makeEvent(`/api/landlord/proposals/${id}/payments`, { user, body, params: { id } })
			),
		advisorShare: (user: U, tenantId: string) =>
			call(handleAdvisorShare)(
				makeEvent(`/api/advisor/cases/${tenantId}/landlord`, { user, params: { tenantId } })
			)
	};
}
