/**
 * The consent HTTP endpoints as plain functions of (event, options), like the sync endpoints:
 * tests drive them with real Requests, a real database and an injected clock; the routes bind
 * them to `readyDb()`. API reference: README.md in this folder.
 *
 * Every handler re-checks, in this order: the signed-in user (401), the role (403), the request
 * (Origin 403, Content-Type 415, size 413, body 400 naming the field), then the object itself
 * (the tenant's own consent: 404 for anyone else's; a case: 403 without an active consent).
 * Every response is JSON with `Cache-Control: no-store`.
 */
import type { Kysely } from 'kysely';
import type { Role } from '../db/schema';
import {
	IDEMPOTENCY_KEY_PATTERN,
	consentIssues,
	giveConsentBodySchema,
	recordContactBodySchema
} from '$lib/schemas/consent';
import type { Database } from '../db/schema';
import {
	HttpProblem,
	assertJsonRequest,
	assertNotCrossSite,
	json,
	rateLimit,
	requireUser,
	type JsonEvent,
	type SessionUser
} from '../http/guards';
import { listCases, viewCase } from './case-view';
import { findTenantConsent, giveConsent, listConsents, withdrawConsent } from './consents';
import { listAccessLog, listContacts, recordContact } from './contacts';
import { buildReceipt, controllerFromEnv } from './receipt';

export interface ConsentEndpointOptions {
	db: () => Promise<Kysely<Database>>;
	/** The server clock; tests move it to check expiry. */
	now?: () => Date;
	/** Environment for the receipt's controller (default process.env). */
	env?: NodeJS.ProcessEnv;
	/** [requests, per ms] per user for writes and for case views. */
	writeLimit?: readonly [number, number];
	viewLimit?: readonly [number, number];
}

export type ConsentEvent = JsonEvent & { params: Partial<Record<string, string>> };

const DEFAULT_WRITE_LIMIT = [30, 60_000] as const;
const DEFAULT_VIEW_LIMIT = [120, 60_000] as const;
/** Consent bodies are tiny; anything bigger is not a consent. */
const MAX_BODY_BYTES = 8 * 1024;
const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

function clock(options: ConsentEndpointOptions): Date {
	return options.now?.() ?? new Date();
}

/** Like requireRole in auth/guards, but as an HttpProblem so the JSON error wrapper answers. */
export function requireRoleJson(event: JsonEvent, ...roles: [Role, ...Role[]]): SessionUser {
	const user = requireUser(event);
	if (!roles.includes(user.role)) {
		throw new HttpProblem(403, { message: 'Not allowed for your role' });
	}
	return user;
}

/** A path id; anything that cannot be one of ours is simply not found. */
function pathId(event: ConsentEvent, name: string): string {
	const value = event.params[name] ?? '';
	if (!ID_PATTERN.test(value)) throw new HttpProblem(404, { message: 'Not found' });
	return value;
}

async function limitWrites(
	user: SessionUser,
	what: string,
	options: ConsentEndpointOptions
): Promise<void> {
	const [limit, windowMs] = options.writeLimit ?? DEFAULT_WRITE_LIMIT;
	await rateLimit(`consent-${what}:${user.id}`, limit, windowMs);
}

// --- tenant -------------------------------------------------------------------------------

/** GET /api/consents: the caller's own consents, every state. */
export async function handleListConsents(
	event: ConsentEvent,
	options: ConsentEndpointOptions
): Promise<Response> {
	const user = requireUser(event);
	assertNotCrossSite(event);
	const now = clock(options);
	const db = await options.db();
	return json({ consents: await listConsents(db, user.id, now), now: now.toISOString() });
}

/** POST /api/consents (tenants only), with an Idempotency-Key header. */
export async function handleGiveConsent(
	event: ConsentEvent,
	options: ConsentEndpointOptions
): Promise<Response> {
	const user = requireRoleJson(event, 'tenant');
	await limitWrites(user, 'give', options);
	const raw = await assertJsonRequest(event, MAX_BODY_BYTES);
	const key = event.request.headers.get('idempotency-key')?.trim() ?? '';
	const parsed = giveConsentBodySchema.safeParse(raw);
	const issues = parsed.success ? [] : consentIssues(parsed.error.issues);
	if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
		issues.unshift({
			path: 'Idempotency-Key',
			message: 'Send an Idempotency-Key header (8-128 letters, digits, - or _), e.g. a UUID'
		});
	}
	if (!parsed.success || issues.length > 0) {
		throw new HttpProblem(400, { message: 'Invalid consent', issues });
	}
	const db = await options.db();
	const result = await giveConsent(db, user.id, parsed.data, key, clock(options));
	return json(
		{ consent: result.consent },
		{
			status: result.created ? 201 : 200,
			headers: result.created ? {} : { 'idempotent-replayed': 'true' }
		}
	);
}

/** POST /api/consents/[id]/withdraw with body `{}`. Idempotent. */
export async function handleWithdrawConsent(
	event: ConsentEvent,
	options: ConsentEndpointOptions
): Promise<Response> {
	const user = requireUser(event);
	await limitWrites(user, 'withdraw', options);
	const body = await assertJsonRequest(event, MAX_BODY_BYTES);
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		throw new HttpProblem(400, { message: 'Send {}', issues: [{ path: '', message: 'Send {}' }] });
	}
	const extra = Object.keys(body);
	if (extra.length > 0) {
		throw new HttpProblem(400, {
			message: 'Withdrawal takes no fields',
			issues: extra.map((path) => ({ path, message: 'Unknown field' }))
		});
	}
	const id = pathId(event, 'id');
	const db = await options.db();
	return json(await withdrawConsent(db, user.id, id, clock(options)));
}

/** GET /api/consents/[id]/receipt: the Kantara CR 1.1 receipt of one of the caller's consents. */
export async function handleReceipt(
	event: ConsentEvent,
	options: ConsentEndpointOptions
): Promise<Response> {
	const user = requireUser(event);
	assertNotCrossSite(event);
	const id = pathId(event, 'id');
	const db = await options.db();
	const consent = await findTenantConsent(db, user.id, id, clock(options));
	return json(buildReceipt(consent, controllerFromEnv(event.url.origin, options.env)));
}

/** GET /api/access-log: who has looked at the caller's information. */
export async function handleAccessLog(
	event: ConsentEvent,
	options: ConsentEndpointOptions
): Promise<Response> {
	const user = requireUser(event);
	assertNotCrossSite(event);
	return json({ entries: await listAccessLog(await options.db(), user.id) });
}

/** GET /api/contacts: contacts advisors recorded on the caller's behalf. */
export async function handleContacts(
	event: ConsentEvent,
	options: ConsentEndpointOptions
): Promise<Response> {
	const user = requireUser(event);
	assertNotCrossSite(event);
	return json({ contacts: await listContacts(await options.db(), user.id) });
}

// --- advisor / admin ----------------------------------------------------------------------

/** GET /api/advisor/cases: advisors (with contact details where allowed) and admins (without). */
export async function handleListCases(
	event: ConsentEvent,
	options: ConsentEndpointOptions
): Promise<Response> {
	const user = requireRoleJson(event, 'advisor', 'admin');
	assertNotCrossSite(event);
	const db = await options.db();
	return json({ cases: await listCases(db, clock(options), user.role === 'advisor') });
}

/** GET /api/advisor/cases/[tenantId]: advisors only; 403 without an active consent. Logged. */
export async function handleViewCase(
	event: ConsentEvent,
	options: ConsentEndpointOptions
): Promise<Response> {
	const user = requireRoleJson(event, 'advisor');
	assertNotCrossSite(event);
	const [limit, windowMs] = options.viewLimit ?? DEFAULT_VIEW_LIMIT;
	await rateLimit(`consent-view:${user.id}`, limit, windowMs);
	const tenantId = pathId(event, 'tenantId');
	const rawPage = event.url.searchParams.get('page') ?? '0';
	if (!/^\d{1,6}$/.test(rawPage)) {
		throw new HttpProblem(400, {
			message: 'Invalid page',
			issues: [{ path: 'page', message: 'Expected a page number 0, 1, 2, ...' }]
		});
	}
	const db = await options.db();
	return json(await viewCase(db, user, tenantId, clock(options), Number(rawPage)));
}

/** POST /api/advisor/cases/[tenantId]/contacts: advisors only, under an active consent. */
export async function handleRecordContact(
	event: ConsentEvent,
	options: ConsentEndpointOptions
): Promise<Response> {
	const user = requireRoleJson(event, 'advisor');
	await limitWrites(user, 'contact', options);
	const raw = await assertJsonRequest(event, MAX_BODY_BYTES);
	const parsed = recordContactBodySchema.safeParse(raw);
	if (!parsed.success) {
		throw new HttpProblem(400, {
			message: 'Invalid contact',
			issues: consentIssues(parsed.error.issues)
		});
	}
	const tenantId = pathId(event, 'tenantId');
	const db = await options.db();
	const contact = await recordContact(db, user, tenantId, parsed.data, clock(options));
	return json({ contact }, { status: 201 });
}
