/**
 * What a tenant currently allows, read from the ledger with the pure rules in lib/domain/consent.
 * Other server modules (bookings, the case view) ask here; none of them reads the ledger itself.
 */
import type { Kysely } from 'kysely';
import {
	coveredCategories,
	foldConsents,
	type ConsentCategory,
	type ConsentLedgerEvent,
	type ConsentStatus,
	type RecipientKind
} from '$lib/domain/consent';
import type { Database } from '../db/schema';
import { subjectEvents, toLedgerEvent } from './ledger';

/** The tenant's pseudonymous ledger id, or undefined if they never gave a consent. */
export async function findSubjectId(
	db: Kysely<Database>,
	tenantId: string
): Promise<string | undefined> {
	const row = await db
		.selectFrom('consent_subjects')
		.select('subject_id')
		.where('user_id', '=', tenantId)
		.executeTakeFirst();
	return row?.subject_id;
}

/** Every consent the tenant has given, with its state at `now`, oldest first. */
export async function consentStatuses(
	db: Kysely<Database>,
	tenantId: string,
	now: Date = new Date()
): Promise<ConsentStatus[]> {
	const subjectId = await findSubjectId(db, tenantId);
	if (subjectId === undefined) return [];
	const events = (await subjectEvents(db, subjectId))
		.map(toLedgerEvent)
		.filter((e): e is ConsentLedgerEvent => e !== null);
	return foldConsents(events, now);
}

/**
 * The categories the tenant currently allows `recipient` (by default the housing-advice service
 * itself, i.e. what its advisors may see). Empty when there is no active consent: withdrawn
 * and expired consents count for nothing, from the instant they end.
 */
export async function activeConsentCategories(
	db: Kysely<Database>,
	tenantId: string,
	now: Date = new Date(),
	recipient: RecipientKind = 'advisorService'
): Promise<Set<ConsentCategory>> {
	return new Set(coveredCategories(await consentStatuses(db, tenantId, now), recipient));
}
