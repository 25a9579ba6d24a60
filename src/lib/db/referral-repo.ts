/**
 * A referral code kept on the device (meta `referral`, never synced) from the moment the tenant
 * opens it until their account has it: then the server holds the "used" mark and the device
 * forgets it. "Forget this device" and sign-out delete it with the rest of the database.
 */
import { HOME_ID } from '$lib/schemas/constants';
import type { ReferralLandlord } from '$lib/schemas/landlord-codes';
import { OTHER_LANDLORD_ID, landlordChoices } from '$lib/domain/landlords';
import { keepValue } from './typed-journal';
import { appDb, type AppDb } from './app-db';

export const REFERRAL_KEY = 'referral';

export interface KeptReferral {
	/** Canonical, without dashes. */
	code: string;
	/** Null until the code was checked online. */
	landlord: ReferralLandlord | null;
	keptAt: string;
}

function isKept(value: unknown): value is KeptReferral {
	const v = value as KeptReferral | null;
	return typeof v?.code === 'string' && typeof v.keptAt === 'string';
}

export async function readReferral(db: AppDb = appDb()): Promise<KeptReferral | null> {
	const value = (await db.meta.get(REFERRAL_KEY))?.value;
	return isKept(value) ? value : null;
}

export async function keepReferral(
	code: string,
	landlord: ReferralLandlord | null,
	db: AppDb = appDb()
): Promise<void> {
	const kept: KeptReferral = { code, landlord, keptAt: new Date().toISOString() };
	await db.meta.put({ key: REFERRAL_KEY, value: kept });
}

export async function forgetReferral(db: AppDb = appDb()): Promise<void> {
	await db.meta.delete(REFERRAL_KEY);
}

/**
 * Puts the code's landlord in the map's landlord step, unless the tenant already chose one (what
 * they typed wins). A landlord outside the list is "other" with its name.
 */
export async function preselectLandlord(
	landlord: ReferralLandlord,
	db: AppDb = appDb()
): Promise<void> {
	const home = await db.home.get(HOME_ID);
	if (home?.landlordId) return;
	if (landlordChoices().some((l) => l.id === landlord.landlordKey)) {
		await keepValue('home', HOME_ID, 'landlordId', landlord.landlordKey as string, db);
	} else {
		await keepValue('home', HOME_ID, 'landlordId', OTHER_LANDLORD_ID, db);
		await keepValue('home', HOME_ID, 'landlordOther', landlord.name, db);
	}
}
