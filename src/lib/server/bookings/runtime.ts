/**
 * The booking endpoints' process-wide wiring: the database, the service with its hold length
 * (an admin's run-time setting, else BOOKING_HOLD_HOURS, default 48) and the mailer (SMTP_URL / MAIL_FROM, as for sign-in).
 */
import { env } from '$env/dynamic/private';
import type { Kysely } from 'kysely';
import { readyDb, type Database } from '../db';
import { readSettings } from '../admin/settings';
import { mailSettingsFromEnv } from '../mail/transport';
import type { BookingEndpointContext } from './endpoints';
import { BookingMailer } from './notify';
import { bookingNotices } from '../reminders/booking-notices';
import { BookingService, DEFAULT_HOLD_HOURS } from './service';

export function holdHoursFromEnv(value: string | undefined): number {
	if (value === undefined || value.trim() === '') return DEFAULT_HOLD_HOURS;
	const hours = Number(value);
	if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) {
		console.warn(`[bookings] BOOKING_HOLD_HOURS=${value} is not 0 < hours <= 720; using 48`);
		return DEFAULT_HOLD_HOURS;
	}
	return hours;
}

const services = new WeakMap<Kysely<Database>, BookingService>();

function appUrl(): string | null {
	const origin = env.ORIGIN?.trim();
	return origin ? `${origin.replace(/\/$/, '')}/book` : null;
}

function serviceFor(db: Kysely<Database>): BookingService {
	let service = services.get(db);
	if (!service) {
		const mailer = new BookingMailer(db, { settings: mailSettingsFromEnv(env), appUrl: appUrl() });
		// The tenant's phone hears of the advisor's answer too (a push message, no second email).
		const notices = bookingNotices(db);
		service = new BookingService(db, {
			holdHours: holdHoursFromEnv(env.BOOKING_HOLD_HOURS),
			// An admin's setting wins over the environment, read at each request (admin/settings.ts).
			readHoldHours: async (db) => (await readSettings(db, env)).bookingHoldHours,
			onEvent: (event) => {
				mailer.handle(event);
				void notices(event);
			}
		});
		services.set(db, service);
	}
	return service;
}

export function bookingContext(): BookingEndpointContext {
	return { db: readyDb, service: serviceFor, appUrl: appUrl() };
}
