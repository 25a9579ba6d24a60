/**
 * Known rental landlords the tenant can pick from. Ids are stored in `home.landlordId`, so an id
 * must never change or be reused once shipped; rename the display name instead.
 *
 * The list is data in one shape (`Landlord`) so that an admin-maintained list can replace these
 * constants later without touching the rules: `landlordName` and `landlordChoice` take the lists
 * as parameters, defaulting to the ones below. New fields on an entry are optional, so older
 * entries stay valid.
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
/** A landlord that no longer exists. Its id stays reserved forever; it is never offered again. */
export interface RetiredLandlord extends Landlord {
	/** Why it went, for the admin who maintains the list (not shown to tenants). */
	readonly reason: string;
}

/** The id meaning "not in the list": `home.landlordOther` then names the landlord. */
export const OTHER_LANDLORD_ID = 'other';

export const LANDLORDS = [
	// Rental companies that funded the original housing advice service in Jyväskylä and still exist.
	{ id: 'jyvaskylan-vuokra-asunnot', name: 'Jyväskylän Vuokra-asunnot Oy' },
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

/**
 * Entities that no longer exist (checked 2026-11-30 against the Finnish trade register,
 * https://www.ytj.fi, and the companies' own announcements). A tenant who picked one of them is
 * asked to pick again.
 */
export const RETIRED_LANDLORDS = [
	{
		id: 'jyvaskylan-mlk-vuokratalot',
		name: 'Jyväskylän maalaiskunnan Vuokratalot Oy',
		reason: 'Jyväskylän maalaiskunta merged into Jyväskylä on 1 January 2009.'
	},
	{
		id: 'vvo-asunnot',
		name: 'VVO Asunnot Oy',
		reason:
			'VVO was split in 2015; its homes are now let under Lumo (Kojamo Oyj), already in the list.'
	}
] as const satisfies readonly RetiredLandlord[];

/**
 * The name as a person would compare it: case, spaces, punctuation and a company-form suffix
 * ("Oy", "Oyj") do not make two entries different landlords.
 */
export function landlordNameKey(name: string): string {
	return name
		.normalize('NFC')
		.toLocaleLowerCase('fi')
		.replace(/\([^)]*\)/g, ' ')
		.replace(/\b(oyj|oy|ab|ry|sr)\b/g, ' ')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * What the landlord select offers: the active entries, without retired ids and without a second
 * entry of the same landlord (first one wins), so an admin's additions cannot bring back a
 * duplicate or an entity that no longer exists.
 */
export function landlordChoices(
	entries: readonly Landlord[] = LANDLORDS,
	retired: readonly Landlord[] = RETIRED_LANDLORDS
): Landlord[] {
	const retiredIds = new Set(retired.map((l) => l.id));
	const seenIds = new Set<string>([OTHER_LANDLORD_ID]);
	const seenNames = new Set<string>();
	return entries.filter((entry) => {
		const key = landlordNameKey(entry.name);
		if (retiredIds.has(entry.id) || seenIds.has(entry.id) || seenNames.has(key)) return false;
		seenIds.add(entry.id);
		seenNames.add(key);
		return true;
	});
}

/** Whether the tenant's saved choice is a landlord that no longer exists. */
export function landlordRetired(
	home: Pick<Home, 'landlordId'> | undefined,
	retired: readonly Landlord[] = RETIRED_LANDLORDS
): boolean {
	return retired.some((l) => l.id === home?.landlordId);
}

/**
 * The landlord's display name: the known name, the tenant's own text for 'other', or '' when
 * nothing is chosen. An id no longer in the list (retired, or removed by an admin) also gives ''
 * rather than a raw id or a company that is gone; the tenant can pick again.
 */
export function landlordName(
	home: Pick<Home, 'landlordId' | 'landlordOther'> | undefined,
	entries: readonly Landlord[] = LANDLORDS
): string {
	if (!home?.landlordId) return '';
	if (home.landlordId === OTHER_LANDLORD_ID) return home.landlordOther.trim();
	return landlordChoices(entries).find((l) => l.id === home.landlordId)?.name ?? '';
}

/** How long an arrears plan the tenant's landlord accepts: its own figure, or the default 12. */
export function acceptableArrearsMonths(
	home: Pick<Home, 'landlordId'> | undefined,
	entries: readonly Landlord[] = LANDLORDS
): number {
	const known = home?.landlordId ? entries.find((l) => l.id === home.landlordId) : undefined;
	return known?.acceptableArrearsMonths ?? DEFAULT_ACCEPTABLE_ARREARS_MONTHS;
}
