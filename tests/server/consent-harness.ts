/**
 * Shared set-up for the consent tests: users of each role, a movable clock, the endpoint
 * handlers bound to a test database, requests built like a browser's, and a tenant situation
 * seeded through the real sync path.
 */
import { insertUser } from './booking-fixtures';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Role } from '$lib/server/db/schema';
import { withJsonErrors, type SessionUser } from '$lib/server/http/guards';
import {
	handleAccessLog,
	handleContacts,
	handleFollowUp,
	handleGiveConsent,
	handleListCases,
	handleListConsents,
	handleReceipt,
	handleRecordContact,
	handleViewCase,
	handleWithdrawConsent,
	type ConsentEndpointOptions
} from '$lib/server/consent/endpoints';
import type { EndpointEvent as ConsentEvent } from '$lib/server/http/endpoint';
import { applyPush } from '$lib/server/sync';
import { CURRENT_CONSENT_TEXT_VERSION } from '$lib/consent-texts';
import { CONSENT_CATEGORIES, type ConsentCategory } from '$lib/domain/consent';
import { mutation, rowFields } from './factories';

export const ORIGIN = 'https://vuokra.example';
export const T0 = new Date('2026-11-27T10:00:00.000Z');

export interface RequestInit {
	user?: SessionUser | null;
	body?: unknown;
	rawBody?: string;
	headers?: Record<string, string>;
	params?: Record<string, string>;
	method?: string;
}

export function makeEvent(path: string, init: RequestInit = {}): ConsentEvent {
	const url = new URL(`${ORIGIN}${path}`);
	const hasBody = init.body !== undefined || init.rawBody !== undefined;
	const headers: Record<string, string> = hasBody
		? { origin: ORIGIN, 'content-type': 'application/json', ...init.headers }
		: { ...init.headers };
	const request = new Request(url, {
		method: init.method ?? (hasBody ? 'POST' : 'GET'),
		headers,
		body: init.rawBody ?? (init.body === undefined ? null : JSON.stringify(init.body))
	});
	return { request, url, locals: { user: init.user ?? null }, params: init.params ?? {} };
}

export interface Answer<T = Record<string, unknown>> {
	status: number;
	body: T;
	headers: Headers;
}

async function answer(res: Response): Promise<Answer> {
	const text = await res.text();
	return {
		status: res.status,
		body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
		headers: res.headers
	};
}

/** A movable server clock. */
export class TestClock {
	at = new Date(T0.getTime());
	now = (): Date => new Date(this.at.getTime());
	advanceDays(days: number): void {
		this.at = new Date(this.at.getTime() + days * 86_400_000);
	}
	set(iso: string): void {
		this.at = new Date(iso);
	}
}

export function consentApi(getDb: () => Kysely<Database>, clock: TestClock) {
	const options: ConsentEndpointOptions = {
		db: () => Promise.resolve(getDb()),
		now: clock.now,
		env: {},
		limits: { write: [1e9, 1000], read: [1e9, 1000], 'case-view': [1e9, 1000] }
	};
	const wrap =
		(h: (e: ConsentEvent, o: ConsentEndpointOptions) => Promise<Response>) =>
		async (e: ConsentEvent): Promise<Answer> =>
			answer(await withJsonErrors((ev: ConsentEvent) => h(ev, options))(e));
	const give = wrap(handleGiveConsent);
	const withdraw = wrap(handleWithdrawConsent);
	const viewCase = wrap(handleViewCase);
	const recordContact = wrap(handleRecordContact);
	return {
		options,
		listConsents: (user: SessionUser | null) =>
			wrap(handleListConsents)(makeEvent('/api/consents', { user })),
		give: (user: SessionUser | null, body: unknown, key: string | null = randomUUID()) =>
			give(
				makeEvent('/api/consents', {
					user,
					body,
					headers: key === null ? {} : { 'idempotency-key': key }
				})
			),
		giveEvent: give,
		withdraw: (user: SessionUser | null, id: string) =>
			withdraw(makeEvent(`/api/consents/${id}/withdraw`, { user, body: {}, params: { id } })),
		withdrawEvent: withdraw,
		receipt: (user: SessionUser | null, id: string) =>
			wrap(handleReceipt)(makeEvent(`/api/consents/${id}/receipt`, { user, params: { id } })),
		accessLog: (user: SessionUser | null) =>
			wrap(handleAccessLog)(makeEvent('/api/access-log', { user })),
		contacts: (user: SessionUser | null) =>
			wrap(handleContacts)(makeEvent('/api/contacts', { user })),
		listCases: (user: SessionUser | null) =>
			wrap(handleListCases)(makeEvent('/api/advisor/cases', { user })),
		followUp: (user: SessionUser | null) =>
			wrap(handleFollowUp)(makeEvent('/api/advisor/follow-up', { user })),
		viewCase: (user: SessionUser | null, tenantId: string, query = '') =>
			viewCase(makeEvent(`/api/advisor/cases/${tenantId}${query}`, { user, params: { tenantId } })),
		recordContact: (user: SessionUser | null, tenantId: string, body: unknown) =>
			recordContact(
				makeEvent(`/api/advisor/cases/${tenantId}/contacts`, {
					user,
					body,
					params: { tenantId }
				})
			),
		recordContactEvent: recordContact
	};
}

/** A user row with the given role (the same helper the booking tests use). */
export const createUser: (
	db: Kysely<Database>,
	role: Role,
	name?: string | null
) => Promise<SessionUser> = insertUser;

export function giveBody(
	categories: readonly ConsentCategory[] = CONSENT_CATEGORIES,
	recipient: { kind: string; name?: string } = { kind: 'advisorService' },
	extra: Record<string, unknown> = {}
): Record<string, unknown> {
	return {
		recipient,
		categories,
		textVersion: CURRENT_CONSENT_TEXT_VERSION,
		language: 'fi',
		...extra
	};
}

/** A full situation for `tenantId`, plan and payment included, through applyPush. */
export async function seedSituation(db: Kysely<Database>, tenantId: string): Promise<void> {
	const results = await applyPush(db, tenantId, [
		mutation('household', 'household', rowFields('household')),
		mutation('home', 'home', rowFields('home', { landlordOther: 'Vuokratalot Oy' })),
		mutation('incomes', 'inc-1', rowFields('incomes')),
		mutation('expenses', 'exp-1', rowFields('expenses')),
		mutation('debts', 'debt-1', rowFields('debts')),
		mutation('benefits', 'ben-1', rowFields('benefits')),
		mutation('decisions', 'dec-kela', rowFields('decisions', { type: 'kela', note: 'asumistuki' })),
		mutation('decisions', 'dec-court', rowFields('decisions', { type: 'court', note: 'käräjät' })),
		mutation('plans', 'plan-1', rowFields('plans')),
		mutation('payments', 'pay-1', rowFields('payments'))
	]);
	if (results.some((r) => r.status !== 'applied')) {
		throw new Error(`seeding failed: ${JSON.stringify(results)}`);
	}
}
