/**
 * Giving, withdrawing, listing and erasing consents (README.md here). Every write runs in the
 * serialised write transaction with the ledger locked, so the state a decision is based on is
 * the state it is appended after.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
	DEFAULT_VALIDITY_MONTHS,
	foldConsents,
	normaliseCategories,
	validUntilFor,
	type ConsentLedgerEvent,
	type ConsentStatus
} from '$lib/domain/consent';
import type { ConsentLanguage } from '$lib/consent-texts';
import type { LandlordOrgRef } from '$lib/schemas/landlord-share';
import { findOrgByKey } from '../landlord-share/orgs';
import { linkLandlordConsent } from '../landlord-share/links';
import type { ConsentView, GiveConsentBody } from '$lib/schemas/consent';
import type { ConsentEventTable, ConsentTable, Database } from '../db/schema';
import { HttpProblem } from '../http/guards';
import { canonicalJson } from '../db/json';
import { withWriteTransaction } from '../db/write-transaction';
import { findSubjectId } from './access';
import { currentVersions, findConsentText, findConsentTextVersion } from './texts';
import {
	appendEvent,
	givenDataSchema,
	lockLedger,
	recipientNameDigest,
	sha256Hex,
	subjectEvents,
	toLedgerEvent,
	type GivenData
} from './ledger';

/** How the consent was collected (the receipt's collectionMethod). */
export const COLLECTION_METHOD = 'Web form in the app, signed-in tenant';

/** Everything known about one of a tenant's consents. */
export interface TenantConsent {
	status: ConsentStatus;
	given: GivenData;
	row: Selectable;
	subjectId: string;
}
type Selectable = Pick<ConsentTable, 'id' | 'recipient_name' | 'name_salt' | 'subject_id'>;

export { recipientNameDigest };

function toView(c: TenantConsent): ConsentView {
	return {
		id: c.status.consentId,
		recipient: { kind: c.given.recipientKind, name: c.row.recipient_name },
		categories: [...c.status.terms.categories],
		purpose: 'resolveRentArrears',
		validityMonths: c.given.validityMonths,
		givenAt: c.status.givenAt,
		validUntil: c.status.terms.validUntil,
		state: c.status.state,
		withdrawnAt: c.status.withdrawnAt,
		withdrawnBy: c.status.withdrawnBy,
		textVersion: c.given.textVersion,
		language: c.given.language as ConsentLanguage,
		receiptUrl: `/api/consents/${c.status.consentId}/receipt`,
		...(c.given.landlordOrgId !== undefined && c.given.landlordKind !== undefined
			? { landlord: { orgId: c.given.landlordOrgId, kind: c.given.landlordKind } }
			: {})
	};
}

function parseGiven(row: ConsentEventTable): GivenData | null {
	try {
		const parsed = givenDataSchema.safeParse(JSON.parse(row.data));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

/** The tenant's consents (oldest first) with their state at `now`. */
export async function tenantConsents(
	db: Kysely<Database>,
	userId: string,
	now: Date
): Promise<TenantConsent[]> {
	const subjectId = await findSubjectId(db, userId);
	if (subjectId === undefined) return [];
	const rows = await subjectEvents(db, subjectId);
	const details = new Map(
		(
			await db
				.selectFrom('consents')
				.select(['id', 'recipient_name', 'name_salt', 'subject_id'])
				.where('user_id', '=', userId)
				.execute()
		).map((r) => [r.id, r])
	);
	const given = new Map<string, GivenData>();
	for (const r of rows) {
		if (r.type !== 'given') continue;
		const data = parseGiven(r);
		if (data) given.set(r.consent_id, data);
	}
	const events = rows.map(toLedgerEvent).filter((e): e is ConsentLedgerEvent => e !== null);
	const out: TenantConsent[] = [];
	for (const status of foldConsents(events, now)) {
		const g = given.get(status.consentId);
		const row = details.get(status.consentId);
		// A consent whose details row is gone (never: both are written together) is not shown.
		if (g && row) out.push({ status, given: g, row, subjectId });
	}
	return out;
}

export async function listConsents(
	db: Kysely<Database>,
	userId: string,
	now: Date
): Promise<ConsentView[]> {
	return (await tenantConsents(db, userId, now)).map(toView);
}

/** The tenant's consent `consentId`, or a 404 (also for another tenant's consent). */
export async function findTenantConsent(
	db: Kysely<Database>,
	userId: string,
	consentId: string,
	now: Date
): Promise<TenantConsent> {
	const found = (await tenantConsents(db, userId, now)).find(
		(c) => c.status.consentId === consentId
	);
	if (!found) throw new HttpProblem(404, { message: 'No such consent' });
	return found;
}

export async function ensureSubject(
	trx: Kysely<Database>,
	userId: string,
	now: Date
): Promise<string> {
	const existing = await findSubjectId(trx, userId);
	if (existing !== undefined) return existing;
	const subjectId = randomUUID();
	await trx
		.insertInto('consent_subjects')
		.values({
			user_id: userId,
			subject_id: subjectId,
			created_at: now.toISOString(),
			link_salt: randomBytes(16).toString('hex')
		})
		.execute();
	return subjectId;
}

export interface GiveResult {
	consent: ConsentView;
	/** False when the Idempotency-Key was seen before with the same body (nothing new given). */
	created: boolean;
}

async function landlordRecipient(
	db: Kysely<Database>,
	body: GiveConsentBody
): Promise<LandlordOrgRef> {
	const text = await findConsentText(db, body.textVersion, body.language);
	if (!text?.landlordKinds) {
		throw new HttpProblem(400, {
			message: 'This consent text version does not describe consents towards a landlord',
			issues: [{ path: 'textVersion', message: 'Use a version with landlord consent kinds' }]
		});
	}
	const org = body.landlord ? await findOrgByKey(db, body.landlord.landlordKey) : null;
	if (!org) {
		throw new HttpProblem(404, {
			message: 'This landlord does not use the service',
			issues: [{ path: 'landlord.landlordKey', message: 'No organisation for this landlord' }]
		});
	}
	return org;
}

/**
 * Gives a consent once per (tenant, Idempotency-Key). A retry with the same key and body answers
 * with the consent given the first time; the same key with another body is a 409.
 */
export async function giveConsent(
	db: Kysely<Database>,
	userId: string,
	body: GiveConsentBody,
	idempotencyKey: string,
	now: Date
): Promise<GiveResult> {
	if (!(await findConsentTextVersion(db, body.textVersion))) {
		throw new HttpProblem(400, {
			message: 'Unknown consent text version',
			issues: [{ path: 'textVersion', message: 'Unknown consent text version' }]
		});
	}
	const categories = normaliseCategories(body.categories);
	const validityMonths = body.validityMonths ?? DEFAULT_VALIDITY_MONTHS;
	// A consent towards a landlord organisation names the organisation as it is registered, not
	// as the tenant's device spelled it, and needs a text that describes the kind.
	const org = body.landlord ? await landlordRecipient(db, body) : null;
	const requestHash = sha256Hex(
		canonicalJson({
			recipient: body.recipient,
			categories,
			validityMonths,
			textVersion: body.textVersion,
			language: body.language,
			...(body.landlord ? { landlord: body.landlord } : {})
		})
	);
	const consentId = await withWriteTransaction(db, async (trx) => {
		await lockLedger(trx);
		const previous = await trx
			.selectFrom('consents')
			.select(['id', 'request_hash'])
			.where('user_id', '=', userId)
			.where('idempotency_key', '=', idempotencyKey)
			.executeTakeFirst();
		if (previous) {
			if (previous.request_hash !== requestHash) {
				throw new HttpProblem(409, {
					code: 'key_reused',
					message: 'This Idempotency-Key was already used for a different consent',
					issues: [{ path: 'Idempotency-Key', message: 'Use a new key for a new consent' }]
				});
			}
			return { id: previous.id, created: false };
		}
		// Only the words in force can be agreed to now. A retry of a consent given before a newer
		// version was published is answered above; an older version is still readable, but a new
		// consent under it is refused so the tenant's page shows the new words and asks again.
		const current = await currentVersions(trx);
		const expected = body.landlord ? current.landlord : current.service;
		if (body.textVersion !== expected) {
			throw new HttpProblem(409, {
				code: 'consent_text_outdated',
				message: `Consent text ${expected} is in force; show it and ask again`,
				issues: [{ path: 'textVersion', message: `The current version is ${expected}` }]
			});
		}
		const subjectId = await ensureSubject(trx, userId, now);
		const id = randomUUID();
		const salt = randomBytes(16).toString('hex');
		const at = now.toISOString();
		await trx
			.insertInto('consents')
			.values({
				id,
				user_id: userId,
				subject_id: subjectId,
				idempotency_key: idempotencyKey,
				request_hash: requestHash,
				recipient_name: org?.name ?? body.recipient.name ?? null,
				name_salt: salt,
				created_at: at
			})
			.execute();
		const data: GivenData = {
			recipientKind: body.recipient.kind,
			recipientNameDigest: recipientNameDigest(salt, org?.name ?? body.recipient.name),
			categories,
			validFrom: at,
			validUntil: validUntilFor(now, validityMonths).toISOString(),
			validityMonths,
			textVersion: body.textVersion,
			language: body.language,
			collectionMethod: COLLECTION_METHOD,
			...(org && body.landlord ? { landlordOrgId: org.id, landlordKind: body.landlord.kind } : {})
		};
		await appendEvent(trx, { consentId: id, subjectId, type: 'given', at, data });
		if (org && body.landlord) {
			await linkLandlordConsent(trx, {
				consentId: id,
				userId,
				orgId: org.id,
				kind: body.landlord.kind,
				now
			});
		}
		return { id, created: true };
	});
	const found = await findTenantConsent(db, userId, consentId.id, now);
	return { consent: toView(found), created: consentId.created };
}

/**
 * Withdraws at once. Idempotent: withdrawing a consent that is already withdrawn or expired
 * appends nothing and answers with its current state.
 */
export async function withdrawConsent(
	db: Kysely<Database>,
	userId: string,
	consentId: string,
	now: Date
): Promise<{ consent: ConsentView; withdrawn: boolean }> {
	const withdrawn = await withWriteTransaction(db, async (trx) => {
		await lockLedger(trx);
		const current = await findTenantConsent(trx, userId, consentId, now);
		if (current.status.state !== 'active') return false;
		await appendEvent(trx, {
			consentId,
			subjectId: current.subjectId,
			type: 'withdrawn',
			at: now.toISOString(),
			data: {}
		});
		return true;
	});
	return { consent: toView(await findTenantConsent(db, userId, consentId, now)), withdrawn };
}

/**
 * For account deletion (src/lib/server/auth/account-data.ts `deleteUserData`): call it inside
 * that write transaction, BEFORE the user's rows are deleted. It appends an `erased` event for
 * every consent of the user not already withdrawn, so the ledger itself shows that those
 * consents ended with the account. The rows that link the ledger to the person
 * (consent_subjects) and the recipients' names (consents) have a `user_id` column, so
 * deleteUserData then removes them like any other user-keyed table; what stays in the ledger is
 * a pseudonymous subject id that nothing links to anyone any more. Returns the events appended.
 */
export async function recordConsentErasure(
	trx: Kysely<Database>,
	userId: string,
	now: Date = new Date()
): Promise<number> {
	const subjectId = await findSubjectId(trx, userId);
	if (subjectId === undefined) return 0;
	await lockLedger(trx);
	const events = (await subjectEvents(trx, subjectId))
		.map(toLedgerEvent)
		.filter((e): e is ConsentLedgerEvent => e !== null);
	let appended = 0;
	for (const status of foldConsents(events, now)) {
		if (status.withdrawnAt !== null) continue;
		await appendEvent(trx, {
			consentId: status.consentId,
			subjectId,
			type: 'erased',
			at: now.toISOString(),
			data: {}
		});
		appended += 1;
	}
	return appended;
}

/**
 * For "download my data" (account-data.ts `exportUserData`): the user's ledger events, which
 * the table scan there misses because the ledger has no `user_id` column. Data parsed.
 */
export async function exportConsentLedger(
	db: Kysely<Database>,
	userId: string
): Promise<Record<string, unknown>[]> {
	const subjectId = await findSubjectId(db, userId);
	if (subjectId === undefined) return [];
	return (await subjectEvents(db, subjectId)).map((r) => ({
		seq: r.seq,
		eventId: r.event_id,
		consentId: r.consent_id,
		type: r.type,
		at: r.at,
		data: JSON.parse(r.data) as unknown,
		hash: r.hash
	}));
}
