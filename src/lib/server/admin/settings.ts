/**
 * Run-time settings: what an admin set (`app_settings`), else the environment, else the built-in
 * default. Read at use time (every call reads the table), so a change applies to the next
 * request without a restart. A stored value that no longer passes the schema (a narrowed range
 * after an upgrade) is ignored in favour of the default rather than used.
 *
 * Environment:
 *   SERVICE_NAME                     (default "Asumisneuvonta")
 *   SERVICE_PHONE                    (default none)
 *   BOOKING_HOLD_HOURS               (default 48)
 *   RETENTION_CLOSED_CASE_MONTHS     (default 12)
 *   RETENTION_UNUSED_ACCOUNT_MONTHS  (default 24)
 *   RETENTION_WARNING_DAYS           (default 30)
 */
import type { Kysely } from 'kysely';
import { DEFAULT_RETENTION } from '$lib/domain/retention';
import {
	SETTING_KEYS,
	runtimeSettingsSchema,
	type RuntimeSettings,
	type SettingsView
} from '$lib/schemas/admin';
import type { Database } from '../db/schema';
import { withWriteTransaction } from '../db/write-transaction';
import { recordAudit, type Actor } from './audit';

type Env = Record<string, string | undefined>;

const BUILT_IN: RuntimeSettings = {
	serviceName: 'Asumisneuvonta',
	servicePhone: '',
	bookingHoldHours: 48,
	...DEFAULT_RETENTION
};

const ENV_NAMES: Record<keyof RuntimeSettings, string> = {
	serviceName: 'SERVICE_NAME',
	servicePhone: 'SERVICE_PHONE',
	bookingHoldHours: 'BOOKING_HOLD_HOURS',
	closedCaseMonths: 'RETENTION_CLOSED_CASE_MONTHS',
	unusedAccountMonths: 'RETENTION_UNUSED_ACCOUNT_MONTHS',
	accountWarningDays: 'RETENTION_WARNING_DAYS'
};

function field<K extends keyof RuntimeSettings>(key: K) {
	return runtimeSettingsSchema.def.shape[key];
}

/** One value checked against its field's schema; undefined when it does not pass. */
function checked<K extends keyof RuntimeSettings>(
	key: K,
	value: unknown
): RuntimeSettings[K] | undefined {
	const parsed = field(key).safeParse(value);
	return parsed.success ? (parsed.data as RuntimeSettings[K]) : undefined;
}

/** The defaults: each environment variable that passes its field's schema, else the built-in. */
export function settingsFromEnv(env: Env): RuntimeSettings {
	const out = { ...BUILT_IN };
	for (const key of SETTING_KEYS) {
		const raw = env[ENV_NAMES[key]]?.trim();
		if (raw === undefined || raw === '') continue;
		const value = typeof BUILT_IN[key] === 'number' ? Number(raw) : raw;
		const ok = checked(key, value);
		if (ok === undefined) {
			console.warn(`[settings] ${ENV_NAMES[key]} is out of range; using ${BUILT_IN[key]}`);
			continue;
		}
		Object.assign(out, { [key]: ok });
	}
	return out;
}

export async function readSettingsView(db: Kysely<Database>, env: Env): Promise<SettingsView> {
	const defaults = settingsFromEnv(env);
	const values = { ...defaults };
	const rows = await db.selectFrom('app_settings').select(['key', 'value']).execute();
	for (const row of rows) {
		if (!(SETTING_KEYS as string[]).includes(row.key)) continue;
		const key = row.key as keyof RuntimeSettings;
		let stored: unknown;
		try {
			stored = JSON.parse(row.value);
		} catch {
			continue;
		}
		const ok = checked(key, stored);
		if (ok !== undefined) Object.assign(values, { [key]: ok });
	}
	return { values, defaults };
}

export async function readSettings(db: Kysely<Database>, env: Env): Promise<RuntimeSettings> {
	return (await readSettingsView(db, env)).values;
}

/**
 * Saves `next`: a value equal to its default is removed (so a later change of the environment
 * applies again), any other is stored. One audit row lists what changed, old and new.
 */
export async function writeSettings(
	db: Kysely<Database>,
	actor: Actor,
	next: RuntimeSettings,
	now: Date,
	env: Env
): Promise<SettingsView> {
	const before = await readSettingsView(db, env);
	await withWriteTransaction(db, async (trx) => {
		const changed: Record<string, { from: unknown; to: unknown }> = {};
		for (const key of SETTING_KEYS) {
			if (before.values[key] !== next[key]) {
				changed[key] = { from: before.values[key], to: next[key] };
			}
			if (next[key] === before.defaults[key]) {
				await trx.deleteFrom('app_settings').where('key', '=', key).execute();
				continue;
			}
			const row = {
				key,
				value: JSON.stringify(next[key]),
				updated_at: now.toISOString(),
				updated_by: actor.id
			};
			await trx
				.insertInto('app_settings')
				.values(row)
				.onConflict((oc) =>
					oc.column('key').doUpdateSet({
						value: row.value,
						updated_at: row.updated_at,
						updated_by: row.updated_by
					})
				)
				.execute();
		}
		if (Object.keys(changed).length > 0) {
			await recordAudit(trx, { actor, action: 'settings.update', details: changed, at: now });
		}
	});
	return readSettingsView(db, env);
}
