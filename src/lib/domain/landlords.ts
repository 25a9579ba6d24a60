/**
 * Known rental landlords the tenant can pick from. Ids are stored in `home.landlordId`, so an id
 * must never change or be reused once shipped; rename the display name instead.
 */
import type { Home } from '$lib/schemas/situation';

export interface Landlord {
	readonly id: string;
	readonly name: string;
	/**
	 * Months this landlord accepts for a rent-arrears payment plan, when known (a landlord's own
	 * policy); otherwise DEFAULT_ACCEPTABLE_ARREARS_MONTHS.
	 */
	readonly acceptableArrearsMonths?: number;
}

/** Landlords commonly accept arrears plans of about a year (housing advisors' practice). */
export const DEFAULT_ACCEPTABLE_ARREARS_MONTHS = 12;

/** The id meaning "not in the list": `home.landlordOther` then names the landlord. */
export const OTHER_LANDLORD_ID = 'other';

export const LANDLORDS = [
	// The rental companies that funded the original housing advice service in Jyväskylä (seed text).
	{ id: 'jyvaskylan-vuokra-asunnot', name: 'Jyväskylän Vuokra-asunnot Oy' },
	{ id: 'jyvaskylan-mlk-vuokratalot', name: 'Jyväskylän maalaiskunnan Vuokratalot Oy' },
	{ id: 'vvo-asunnot', name: 'VVO Asunnot Oy' },
	{ id: 'yh-asunnot', name: 'YH-Asunnot' },
	// Large rental landlords elsewhere in Finland.
	{ id: 'lumo-kojamo', name: 'Lumo (Kojamo Oyj)' },
	{ id: 'sato', name: 'SATO Oyj' },
	{ id: 'heka', name: 'Helsingin kaupungin asunnot Oy (Heka)' },
	{ id: 'espoon-asunnot', name: 'Espoon Asunnot Oy' },
	{ id: 'vav-asunnot', name: 'VAV Asunnot Oy' },
	{ id: 'tvt-asunnot', name: 'TVT Asunnot Oy' },
	{ id: 'y-saatio', name: 'Y-Säätiö' }
] as const satisfies readonly Landlord[];

export type KnownLandlordId = (typeof LANDLORDS)[number]['id'];

const NAMES = new Map<string, string>(LANDLORDS.map((l) => [l.id, l.name]));
const BY_ID = new Map<string, Landlord>(LANDLORDS.map((l) => [l.id, l]));

/**
 * The landlord's display name: the known name, the tenant's own text for 'other', or '' when
 * nothing is chosen. An id no longer in the list (removed by an admin) also gives '' rather than
 * showing a raw id; the tenant can pick again.
 */
export function landlordName(home: Pick<Home, 'landlordId' | 'landlordOther'> | undefined): string {
	if (!home?.landlordId) return '';
	if (home.landlordId === OTHER_LANDLORD_ID) return home.landlordOther.trim();
	return NAMES.get(home.landlordId) ?? '';
}

/** How long an arrears plan the tenant's landlord accepts: its own figure, or the default 12. */
export function acceptableArrearsMonths(home: Pick<Home, 'landlordId'> | undefined): number {
	const known = home?.landlordId ? BY_ID.get(home.landlordId) : undefined;
	return known?.acceptableArrearsMonths ?? DEFAULT_ACCEPTABLE_ARREARS_MONTHS;
}
