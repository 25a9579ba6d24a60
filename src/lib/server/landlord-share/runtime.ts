/** The landlord-share endpoints' process-wide wiring: the database and the answer mail. */
import { env } from '$env/dynamic/private';
import { readyDb } from '../db';
import { mailSettingsFromEnv } from '../mail/transport';
import type { LandlordShareContext } from './endpoints';

export function landlordShareContext(): LandlordShareContext {
	return {
		db: readyDb,
		mail: { settings: mailSettingsFromEnv(env), origin: env.ORIGIN?.trim() || null }
	};
}
