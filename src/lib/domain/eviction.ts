/**
 * Where the tenant is on the eviction path (domain.md, "Eviction path"). The stage drives urgency:
 * a plan agreed with the landlord is usually only possible before the case reaches court.
 */
import type { EvictionEvent, Home } from '$lib/schemas/situation';
import { EVICTION_EVENTS } from '$lib/schemas/situation';

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

/** Two unpaid months are typically grounds for an eviction application (domain.md). */
export function arrearsGroundsForEviction(home: Home | undefined): boolean {
	return (home?.arrearsMonths ?? 0) >= 2;
}
