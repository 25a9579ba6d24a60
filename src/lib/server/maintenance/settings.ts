/**
 * Maintenance settings, read from the environment (all optional):
 *
 * - SYNC_OFFLINE_HORIZON_DAYS (90): the longest a device may stay offline with unsent changes
 *   and still have them applied as sent. Idempotency answers and tombstones older than this are
 *   pruned; a device away longer re-sends its changes as new mutations after a full resync.
 * - BACKUP_DAILY (on): a daily SQLite backup into DATA_DIR/backups; `off` turns it off.
 * - BACKUP_KEEP (7): how many of those daily backups to keep.
 */
export interface MaintenanceSettings {
	horizonDays: number;
	dailyBackup: boolean;
	backupKeep: number;
}

export const DEFAULT_HORIZON_DAYS = 90;
export const DEFAULT_BACKUP_KEEP = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

function positiveInt(name: string, raw: string | undefined, fallback: number, max: number): number {
	if (raw === undefined || raw.trim() === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 1 || value > max) {
		console.warn(
			`[maintenance] ${name}=${raw} is not an integer from 1 to ${max}; using ${fallback}`
		);
		return fallback;
	}
	return value;
}

export function maintenanceSettingsFromEnv(
	env: Record<string, string | undefined> = process.env
): MaintenanceSettings {
	return {
		horizonDays: positiveInt(
			'SYNC_OFFLINE_HORIZON_DAYS',
			env.SYNC_OFFLINE_HORIZON_DAYS,
			DEFAULT_HORIZON_DAYS,
			3650
		),
		dailyBackup: !/^(off|false|0|no)$/i.test(env.BACKUP_DAILY?.trim() ?? ''),
		backupKeep: positiveInt('BACKUP_KEEP', env.BACKUP_KEEP, DEFAULT_BACKUP_KEEP, 365)
	};
}

/** The instant before which a record is older than the horizon. */
export function horizonCutoff(now: Date, horizonDays: number): Date {
	return new Date(now.getTime() - horizonDays * DAY_MS);
}
