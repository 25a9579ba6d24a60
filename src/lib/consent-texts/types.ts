/**
 * The shape of one consent text: everything the tenant reads before confirming. A text is data,
 * versioned and immutable once shipped; a consent records the version and language shown.
 */
import type { ConsentCategory, RecipientKind } from '$lib/domain/consent';
import type { LandlordConsentKind } from '$lib/domain/landlord-share';

export const CONSENT_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type ConsentLanguage = (typeof CONSENT_LANGUAGES)[number];

export interface LabelledText {
	label: string;
	description: string;
}

export interface ConsentText {
	version: string;
	language: ConsentLanguage;
	title: string;
	intro: string;
	/** The one fixed purpose, stated plainly. */
	purpose: string;
	/** Consent is voluntary and the service is not conditional on it. */
	voluntary: string;
	recipients: Record<RecipientKind, LabelledText>;
	categories: Record<ConsentCategory, LabelledText>;
	/** How long it lasts: chosen by the tenant, default and maximum, never open-ended. */
	validity: string;
	/** The receipt's termination line; `{date}` is replaced with the end date. */
	termination: string;
	/** What withdrawing does, and that it takes effect at once. */
	withdrawal: string;
	/** That views are logged and visible to the tenant. */
	accessLog: string;
	/** The confirm button. */
	confirm: string;
	/**
	 * From 2026-3: what each consent towards a landlord organisation allows; `{landlord}` is
	 * replaced with the organisation's name. Older versions cannot give such consents.
	 */
	landlordKinds?: Record<LandlordConsentKind, LabelledText>;
}
