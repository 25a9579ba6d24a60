/**
 * Consent rules (src/lib/server/consent/README.md): pure functions of the ledger's events and a clock.
 *
 * A consent is given once, to one recipient, for a chosen set of data categories, for a fixed
 * time. It is never edited: withdrawing it (or erasing the account) appends another event. Its
 * state at a moment is therefore a function of (events, now), so "after expiry" needs no
 * background job and a test can move the clock.
 *
 * Framework-free and storage-free (lib/domain): the server's access checks and the client's
 * consent list both use these rules.
 */
import { addMonthsToInstant } from './dates';
import type { LandlordConsentKind } from './landlord-share';

/**
 * Data categories a consent can cover. The wire, the database and the consent texts use these
 * names. `rentArrears` is what the booking engineer ranks urgent requests by.
 */
export const CONSENT_CATEGORIES = [
	'contactDetails',
	'rentArrears',
	'incomeExpenses',
	'debts',
	'benefitDecisions',
	'paymentPlan'
] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

export function isConsentCategory(value: string): value is ConsentCategory {
	return (CONSENT_CATEGORIES as readonly string[]).includes(value);
}

/**
 * Who may receive the tenant's information. `advisorService` is the housing-advice service
 * itself (its advisors see the case view); the others are parties the advisor may talk to on the
 * tenant's behalf. Every kind except `advisorService` and `socialOffice` must carry a name.
 */
export const RECIPIENT_KINDS = [
	'advisorService',
	'landlord',
	'socialOffice',
	'collectionAgency',
	'other'
] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** Recipient kinds whose name the tenant must give (the service's own name comes from config). */
export const NAMED_RECIPIENTS: readonly RecipientKind[] = ['landlord', 'collectionAgency', 'other'];

export function recipientNeedsName(kind: RecipientKind): boolean {
	return NAMED_RECIPIENTS.includes(kind);
}

/** Validity in whole months, chosen by the tenant. Never open-ended. */
export const DEFAULT_VALIDITY_MONTHS = 6;
export const MIN_VALIDITY_MONTHS = 1;
export const MAX_VALIDITY_MONTHS = 24;

export function isValidityMonths(value: number): boolean {
	return Number.isInteger(value) && value >= MIN_VALIDITY_MONTHS && value <= MAX_VALIDITY_MONTHS;
}

export function validUntilFor(givenAt: Date, validityMonths: number): Date {
	if (!isValidityMonths(validityMonths)) {
		throw new RangeError(
			`Validity must be ${MIN_VALIDITY_MONTHS}-${MAX_VALIDITY_MONTHS} whole months`
		);
	}
	// Calendar months, clamped to the end of a shorter month (dates.ts): 31 August + 6 is 28/29 February.
	return addMonthsToInstant(givenAt, validityMonths);
}

export const CONSENT_EVENT_TYPES = ['given', 'withdrawn', 'erased'] as const;
export type ConsentEventType = (typeof CONSENT_EVENT_TYPES)[number];

/** What a `given` event fixes about a consent (no personal data: names live elsewhere). */
export interface ConsentTerms {
	recipientKind: RecipientKind;
	categories: readonly ConsentCategory[];
	/** ISO instants. */
	validFrom: string;
	validUntil: string;
	/**
	 * A consent towards a landlord organisation (recipient kind `landlord`): the org's id and what
	 * the tenant allows it (lib/domain/landlord-share.ts). Absent on every other consent.
	 */
	landlordOrgId?: string;
	landlordKind?: LandlordConsentKind;
}

/** The ledger events of one consent, as the rules need them. */
export type ConsentLedgerEvent =
	| { type: 'given'; consentId: string; at: string; terms: ConsentTerms }
	| { type: 'withdrawn'; consentId: string; at: string }
	/** Account deletion: ends every consent of the subject, like a withdrawal. */
	| { type: 'erased'; consentId: string; at: string };

export const CONSENT_STATES = ['active', 'withdrawn', 'expired'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

export interface ConsentStatus {
	consentId: string;
	terms: ConsentTerms;
	givenAt: string;
	state: ConsentState;
	/** When it was withdrawn (or erased); null while not withdrawn. */
	withdrawnAt: string | null;
	withdrawnBy: 'tenant' | 'erasure' | null;
}

const ms = (iso: string): number => Date.parse(iso);

/**
 * The state at `now`. Withdrawal wins over expiry once it happened (a consent withdrawn and
 * later past its end date reads "withdrawn": that is what the tenant did). A withdrawal stamped
 * after `now` has not happened yet at `now`.
 */
export function consentState(status: Omit<ConsentStatus, 'state'>, now: Date): ConsentState {
	const t = now.getTime();
	if (status.withdrawnAt !== null && ms(status.withdrawnAt) <= t) return 'withdrawn';
	if (t >= ms(status.terms.validUntil)) return 'expired';
	if (t < ms(status.terms.validFrom)) return 'expired'; // not yet valid: treat as not usable
	return 'active';
}

/**
 * Folds ledger events (in ledger order) into one status per consent, in the order the consents
 * were given. Events for a consent never given are ignored; only the first end event counts.
 */
export function foldConsents(events: readonly ConsentLedgerEvent[], now: Date): ConsentStatus[] {
	const byId = new Map<string, Omit<ConsentStatus, 'state'>>();
	for (const e of events) {
		if (e.type === 'given') {
			if (!byId.has(e.consentId)) {
				byId.set(e.consentId, {
					consentId: e.consentId,
					terms: e.terms,
					givenAt: e.at,
					withdrawnAt: null,
					withdrawnBy: null
				});
			}
			continue;
		}
		const status = byId.get(e.consentId);
		if (!status || status.withdrawnAt !== null) continue;
		status.withdrawnAt = e.at;
		status.withdrawnBy = e.type === 'withdrawn' ? 'tenant' : 'erasure';
	}
	return [...byId.values()].map((s) => ({ ...s, state: consentState(s, now) }));
}

/** Categories the active consents to `recipient` cover together, in the canonical order. */
export function coveredCategories(
	statuses: readonly ConsentStatus[],
	recipient: RecipientKind = 'advisorService'
): ConsentCategory[] {
	const covered = new Set<ConsentCategory>();
	for (const s of statuses) {
		if (s.state !== 'active' || s.terms.recipientKind !== recipient) continue;
		for (const c of s.terms.categories) covered.add(c);
	}
	return CONSENT_CATEGORIES.filter((c) => covered.has(c));
}

/** Categories in canonical order without duplicates (a consent stores them like this). */
export function normaliseCategories(categories: readonly ConsentCategory[]): ConsentCategory[] {
	const set = new Set(categories);
	return CONSENT_CATEGORIES.filter((c) => set.has(c));
}
