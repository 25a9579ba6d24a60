/**
 * The migration list, imported statically so it survives bundling (no filesystem globbing).
 * Append-only: add `000N_name.ts` and a line here; never edit or reorder a shipped migration.
 * Kysely runs them in key order, so keys are the file names.
 */
import type { Migration } from 'kysely';
import * as m0001 from './0001_auth';
import * as m0002 from './0002_sync';
import * as m0003 from './0003_sync_field_clients';
import * as m0010 from './0010_consent';
import * as m0020 from './0020_booking';
import * as m0035 from './0035_rate_limits';
import * as m0036 from './0036_hash_session_tokens';
import * as m0040 from './0040_consent_ledger_v2';
import * as m0050 from './0050_maintenance';
import * as m0055 from './0055_more_roles';
import * as m0060 from './0060_landlord_orgs';
import * as m0061 from './0061_landlord_codes';
import * as m0065 from './0065_landlord_share';
import * as m0070 from './0070_reminders';
import * as m0080 from './0080_cases';
import * as m0085 from './0085_admin';
import * as m0086 from './0086_landlords';
import * as m0090 from './0090_consent_texts';
import * as m0091 from './0091_landlord_codes_revoked';

export const MIGRATIONS: Record<string, Migration> = {
	'0001_auth': m0001,
	'0002_sync': m0002,
	'0003_sync_field_clients': m0003,
	'0010_consent': m0010,
	'0020_booking': m0020,
	'0035_rate_limits': m0035,
	'0036_hash_session_tokens': m0036,
	'0040_consent_ledger_v2': m0040,
	'0050_maintenance': m0050,
	'0055_more_roles': m0055,
	'0060_landlord_orgs': m0060,
	'0061_landlord_codes': m0061,
	'0065_landlord_share': m0065,
	'0070_reminders': m0070,
	'0080_cases': m0080,
	'0085_admin': m0085,
	'0086_landlords': m0086,
	'0090_consent_texts': m0090,
	'0091_landlord_codes_revoked': m0091
};
