/**
 * The situation map's landlord list, kept in the database and edited by admins. The rules over
 * the list (no duplicates, retired ids never offered again) stay in lib/domain/landlords.ts; this
 * module stores and reads entries. An id is stored in tenants' situations, so it never changes:
 * an admin renames or retires an entry, and a retired entry cannot be brought back.
 */
import type { Kysely } from 'kysely';
import type { LandlordBody, LandlordList } from '$lib/schemas/landlords';
import { LANDLORD_ID_PATTERN } from '$lib/schemas/landlords';
import { OTHER_LANDLORD_ID } from '$lib/domain/landlords';
import type { Database } from '../db/schema';
import { withWriteTransaction } from '../db/write-transaction';
import { HttpProblem } from '../http/guards';
import { recordAudit, type Actor } from './audit';

export async function listLandlords(db: Kysely<Database>): Promise<LandlordList> {
	const rows = await db.selectFrom('landlords').selectAll().orderBy('position').execute();
	return {
		landlords: rows
			.filter((r) => r.retired_reason === null)
			.map((r) => ({
				id: r.id,
				name: r.name,
				...(r.acceptable_arrears_months === null
					? {}
					: { acceptableArrearsMonths: r.acceptable_arrears_months })
			})),
		retired: rows
			.filter((r) => r.retired_reason !== null)
			.map((r) => ({ id: r.id, name: r.name, reason: r.retired_reason! }))
	};
}

function refuse(path: string, message: string): HttpProblem {
	return new HttpProblem(400, { message: 'Invalid request', issues: [{ path, message }] });
}

/** Adds `id` or changes it. A retired entry stays retired (its id may be in old situations). */
export async function saveLandlord(
	db: Kysely<Database>,
	actor: Actor,
	id: string,
	body: LandlordBody,
	now: Date
): Promise<LandlordList> {
	if (!LANDLORD_ID_PATTERN.test(id) || id === OTHER_LANDLORD_ID) {
		throw refuse('id', 'expected lower-case words joined by hyphens, not "other"');
	}
	await withWriteTransaction(db, async (trx) => {
		const existing = await trx
			.selectFrom('landlords')
			.selectAll()
			.where('id', '=', id)
			.executeTakeFirst();
		if (existing?.retired_reason && body.retiredReason === null) {
			throw refuse('retiredReason', 'a retired landlord cannot be offered again');
		}
		const values = {
			name: body.name,
			acceptable_arrears_months: body.acceptableArrearsMonths,
			retired_reason: body.retiredReason,
			updated_at: now.toISOString()
		};
		if (existing) {
			await trx.updateTable('landlords').set(values).where('id', '=', id).execute();
		} else {
			const last = await trx
				.selectFrom('landlords')
				.select((eb) => eb.fn.max('position').as('position'))
				.executeTakeFirst();
			await trx
				.insertInto('landlords')
				.values({ id, ...values, position: Number(last?.position ?? -1) + 1 })
				.execute();
		}
		await recordAudit(trx, {
			actor,
			action: 'landlord.save',
			target: id,
			details: {
				created: !existing,
				name: body.name,
				acceptableArrearsMonths: body.acceptableArrearsMonths,
				retiredReason: body.retiredReason
			},
			at: now
		});
	});
	return listLandlords(db);
}
