/**
 * Tells the tenant and their advisors by email that the landlord answered a plan. Sent after
 * the answer has committed and never fails the request: a failure is logged without the
 * message (the in-app state is the record).
 */
import type { Kysely } from 'kysely';
import type { MailLang } from '$lib/schemas/booking';
import type { Database } from '../db/schema';
import { safeErrorSummary } from '../log/safe-error';
import { sendMail, type MailSettings } from '../mail/transport';
import { tenantConsents } from '../consent/consents';
import type { AnswerResult } from './service';
import { renderAnswerMail } from './mail-text';

function mailLang(value: string | null | undefined): MailLang {
	return value === 'sv' || value === 'en' ? value : 'fi';
}

export interface AnswerMailOptions {
	settings: MailSettings;
	/** Absolute origin of the app, for the links (null: no link). */
	origin: string | null;
}

export async function notifyAnswer(
	db: Kysely<Database>,
	options: AnswerMailOptions,
	event: AnswerResult['event'],
	now: Date
): Promise<void> {
	const state = event.state;
	if (state !== 'accepted' && state !== 'declined' && state !== 'countered') return;
	try {
		const tenant = await db
			.selectFrom('User')
			.select(['email'])
			.where('id', '=', event.tenantId)
			.executeTakeFirst();
		// The tenant reads in the language they gave the plan consent in.
		const consent = (await tenantConsents(db, event.tenantId, now))
			.filter((c) => c.given.landlordOrgId === event.org.id && c.given.landlordKind === 'sendPlan')
			.at(-1);
		const advisors = await db
			.selectFrom('bookings')
			.innerJoin('User', 'User.id', 'bookings.advisor_id')
			.leftJoin('booking_advisors', 'booking_advisors.advisor_id', 'bookings.advisor_id')
			.select(['User.email', 'booking_advisors.mail_lang'])
			.where('bookings.tenant_id', '=', event.tenantId)
			.where('bookings.status', '=', 'confirmed')
			.distinct()
			.execute();
		const base = options.origin?.replace(/\/$/, '') ?? null;
		if (tenant) {
			await sendMail(
				options.settings,
				tenant.email,
				renderAnswerMail({
					recipient: 'tenant',
					lang: mailLang(consent?.given.language),
					state,
					orgName: event.org.name,
					url: base ? `${base}/landlord-share` : null
				})
			);
		}
		for (const a of advisors) {
			await sendMail(
				options.settings,
				a.email,
				renderAnswerMail({
					recipient: 'advisor',
					lang: mailLang(a.mail_lang),
					state,
					orgName: event.org.name,
					url: base ? `${base}/advisor/cases/${event.tenantId}` : null
				})
			);
		}
	} catch (err) {
		console.error(`[landlord-share] answer mail failed: ${safeErrorSummary(err)}`);
	}
}
