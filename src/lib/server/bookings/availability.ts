/**
 * An advisor's availability: settings, weekly template and date exceptions, read and replaced
 * as one document. Who may edit whose is decided here too (an admin may edit any advisor's or
 * admin's), so the endpoint only maps HTTP to these calls.
 */
import type { Availability } from '$lib/schemas/booking';
import { withWriteTransaction } from '../db/write-transaction';
import type { Role } from '../db/schema';
import { HttpProblem } from '../http/guards';
import { iso, loadCalendars, lockCalendars, type Db } from './store';

export interface AvailabilityOwner {
	id: string;
	role: Role;
}

export interface AvailabilityAnswer {
	advisorId: string;
	configured: boolean;
	availability: Availability;
}

/** Whose availability `caller` means: their own, or (admins only) the named advisor's or admin's. */
export async function availabilityOwner(
	db: Db,
	caller: AvailabilityOwner,
	named: string | undefined
): Promise<AvailabilityOwner> {
	if (named === undefined || named === caller.id) return caller;
	if (caller.role !== 'admin')
		throw new HttpProblem(403, { message: 'Only an admin may edit another advisor' });
	const target = await db
		.selectFrom('User')
		.select(['id', 'role'])
		.where('id', '=', named)
		.executeTakeFirst();
	if (!target || (target.role !== 'advisor' && target.role !== 'admin')) {
		throw new HttpProblem(404, { message: 'No such advisor' });
	}
	return target;
}

function defaultAvailability(name: string): Availability {
	return {
		displayName: name,
		meetingMinutes: 45,
		bufferMinutes: 15,
		minNoticeMinutes: 120,
		horizonDays: 28,
		channels: ['phone'],
		officeAddress: null,
		active: false,
		mailLang: 'fi',
		weekly: [],
		exceptions: []
	};
}

/** The stored availability, or a starting point (not yet offered) named after the account. */
export async function readAvailability(db: Db, advisorId: string): Promise<AvailabilityAnswer> {
	const [c] = await loadCalendars(db, [advisorId]);
	if (!c) {
		const who = await db
			.selectFrom('User')
			.select(['name', 'email'])
			.where('id', '=', advisorId)
			.executeTakeFirst();
		return {
			advisorId,
			configured: false,
			availability: defaultAvailability(who?.name ?? who?.email ?? '')
		};
	}
	return {
		advisorId,
		configured: true,
		availability: {
			displayName: c.displayName,
			meetingMinutes: c.meetingMinutes,
			bufferMinutes: c.bufferMinutes,
			minNoticeMinutes: c.minNoticeMinutes,
			horizonDays: c.horizonDays,
			channels: [...c.channels],
			officeAddress: c.officeAddress,
			active: c.active,
			mailLang: c.mailLang,
			weekly: [...c.weekly],
			exceptions: [...c.exceptions]
		}
	};
}

/** Replaces settings, weekly template and exceptions in one transaction. */
export async function saveAvailability(
	db: Db,
	advisorId: string,
	body: Availability,
	now: number
): Promise<AvailabilityAnswer> {
	await withWriteTransaction(db, async (trx) => {
		const row = {
			display_name: body.displayName,
			meeting_minutes: body.meetingMinutes,
			buffer_minutes: body.bufferMinutes,
			min_notice_minutes: body.minNoticeMinutes,
			horizon_days: body.horizonDays,
			channels: JSON.stringify(body.channels),
			office_address: body.officeAddress || null,
			active: body.active ? 1 : 0,
			mail_lang: body.mailLang,
			updated_at: iso(now)
		};
		await trx
			.insertInto('booking_advisors')
			.values({ advisor_id: advisorId, ...row })
			.onConflict((oc) => oc.column('advisor_id').doUpdateSet(row))
			.execute();
		// Same lock as the booking writers: a request never sees half a template.
		await lockCalendars(trx, [advisorId]);
		await trx.deleteFrom('booking_weekly_hours').where('advisor_id', '=', advisorId).execute();
		await trx.deleteFrom('booking_exceptions').where('advisor_id', '=', advisorId).execute();
		if (body.weekly.length) {
			await trx
				.insertInto('booking_weekly_hours')
				.values(
					body.weekly.map((w) => ({
						advisor_id: advisorId,
						weekday: w.weekday,
						start_time: w.start,
						end_time: w.end
					}))
				)
				.execute();
		}
		if (body.exceptions.length) {
			await trx
				.insertInto('booking_exceptions')
				.values(
					body.exceptions.map((e) => ({
						advisor_id: advisorId,
						date: e.date,
						ranges: JSON.stringify(e.ranges),
						note: e.note
					}))
				)
				.execute();
		}
	});
	return { advisorId, configured: true, availability: body };
}
