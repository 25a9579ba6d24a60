/**
 * Where the tenant is on the eviction path (docs/domain.md, "Finnish context worth knowing"). The stage drives urgency:
 * a plan agreed with the landlord is usually only possible before the case reaches court.
 */
import type { EvictionEvent, Home } from '$lib/schemas/situation';
// From the zod-free constants: the summary (and so the layout's state) imports this module.
import { EVICTION_EVENTS } from '$lib/schemas/constants';

/** In the order they happen; later means more severe. */
export const EVICTION_STAGES = [
	'none',
	'arrears',
	'reminder',
	'collection',
	'terminated',
	'courtApplication',
	'judgment',
	'evictionScheduled'
] as const;
export type EvictionStage = (typeof EVICTION_STAGES)[number];

/** Which stage each event on the home step puts the tenant in. */
export const STAGE_OF_EVENT = {
	reminder: 'reminder',
	collectionLetter: 'collection',
	termination: 'terminated',
	evictionApplication: 'courtApplication',
	judgment: 'judgment',
	evictionDate: 'evictionScheduled'
} as const satisfies Record<EvictionEvent, EvictionStage>;

/** 0 for 'none' up to 7 for 'evictionScheduled'; compare stages with this, never by name. */
export function stageSeverity(stage: EvictionStage): number {
	return EVICTION_STAGES.indexOf(stage);
}

/**
 * The furthest event marked as happened wins, even if earlier ones were left unticked: a tenant
 * who has a judgment but never noted the reminder is still at 'judgment'.
 */
export function evictionStage(home: Home | undefined): EvictionStage {
	if (!home) return 'none';
	let stage: EvictionStage = 'none';
	for (const event of EVICTION_EVENTS) {
		if (home[event].happened) stage = STAGE_OF_EVENT[event];
	}
	if (stage !== 'none') return stage;
	return (home.arrearsCents ?? 0) > 0 || (home.arrearsMonths ?? 0) > 0 ? 'arrears' : 'none';
}

/** From termination on the tenant should contact an advisor now, not next week. */
export function isUrgent(stage: EvictionStage): boolean {
	return stageSeverity(stage) >= stageSeverity('terminated');
}

/** Once an eviction application is in court, landlords usually no longer agree plans directly. */
export function canUsuallyAgreePlan(stage: EvictionStage): boolean {
	return stageSeverity(stage) < stageSeverity('courtApplication');
}

/**
 * Whether the arrears give the landlord grounds to rescind the lease and apply for eviction: two
 * months of unpaid rent, or arrears of at least twice the monthly rent. Tenants type one or the
 * other (months, or the euro amount), so either counts. The landlord may also go to court without
 * rescinding first, which is why the warning does not wait for a termination letter.
 *
 * Source: Laki asuinhuoneiston vuokrauksesta 481/1995, 61 § 1 mom. 1 k. (rescission for unpaid
 * rent), https://www.finlex.fi/fi/laki/ajantasa/1995/19950481, and the threshold in practice as
 * the Guarantee Foundation describes it,
 * https://www.takuusaatio.fi/selviydy-veloistasi/tietoa-haadosta/haadon-eteneminen/
 * (checked 2026-11-30).
 */
export function arrearsGroundsForEviction(
	home: Pick<Home, 'arrearsMonths' | 'arrearsCents' | 'rentCents'> | undefined
): boolean {
	if (!home) return false;
	if ((home.arrearsMonths ?? 0) >= 2) return true;
	const rent = home.rentCents ?? 0;
	return rent > 0 && (home.arrearsCents ?? 0) >= 2 * rent;
}
