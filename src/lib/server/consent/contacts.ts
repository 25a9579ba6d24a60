/**
 * Contacts an advisor made on the tenant's behalf under a consent, and the tenant's access log.
 * Both are written only by this module (inserts only) and read by the tenant.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isConsentCategory, type ConsentCategory } from '$lib/domain/consent';
import type { AccessLogEntry, ContactEntry, RecordContactBody } from '$lib/schemas/consent';
import { recipientKindSchema } from '$lib/schemas/consent';
import type { Database } from '../db/schema';
import { HttpProblem, type SessionUser } from '../http/guards';
import { withWriteTransaction } from '../db/write-transaction';
import { tenantConsents } from './consents';
import { lockLedger } from './ledger';

/** A contact may be dated at most this far ahead of the server clock (device clock skew). */
export const CONTACT_CLOCK_SKEW_MS = 5 * 60_000;

function iso(value: Date | string): string {
	return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

function categoriesOf(text: string): ConsentCategory[] {
	try {
		const parsed: unknown = JSON.parse(text);
		return Array.isArray(parsed)
			? parsed.filter((c): c is ConsentCategory => typeof c === 'string' && isConsentCategory(c))
			: [];
	} catch {
		return [];
	}
}

/**
 * Records a contact with the recipient of `body.consentId`. Refused (403) unless that consent
 * is the tenant's, names a party other than the service itself, and is active now. Checked in
 * the ledger-locked write transaction, so a withdrawal that committed first wins.
 */
export async function recordContact(
	db: Kysely<Database>,
	advisor: SessionUser,
	tenantId: string,
	body: RecordContactBody,
	now: Date
): Promise<ContactEntry> {
	const contactedAt = new Date(body.contactedAt);
	if (contactedAt.getTime() > now.getTime() + CONTACT_CLOCK_SKEW_MS) {
		throw new HttpProblem(400, {
			message: 'A contact cannot be in the future',
			issues: [{ path: 'contactedAt', message: 'Must not be in the future' }]
		});
	}
	return withWriteTransaction(db, async (trx) => {
		await lockLedger(trx);
		const consent = (await tenantConsents(trx, tenantId, now)).find(
			(c) => c.status.consentId === body.consentId
		);
		if (!consent || consent.status.state !== 'active') {
			throw new HttpProblem(403, {
				code: 'no_consent',
				message: 'No active consent of this tenant with that id',
				issues: [{ path: 'consentId', message: 'Not an active consent of this tenant' }]
			});
		}
		if (consent.status.terms.recipientKind === 'advisorService') {
			throw new HttpProblem(400, {
				message: 'Record contacts under the consent naming the party contacted',
				issues: [{ path: 'consentId', message: 'Names the housing-advice service itself' }]
			});
		}
		if (contactedAt.getTime() < Date.parse(consent.status.givenAt)) {
			throw new HttpProblem(400, {
				message: 'The contact is dated before the consent was given',
				issues: [{ path: 'contactedAt', message: 'Before the consent was given' }]
			});
		}
		const who = await trx
			.selectFrom('User')
			.select(['name', 'email'])
			.where('id', '=', advisor.id)
			.executeTakeFirst();
		const row = {
			id: randomUUID(),
			user_id: tenantId,
			consent_id: body.consentId,
			advisor_id: advisor.id,
			advisor_name: who?.name ?? null,
			advisor_email: who?.email ?? advisor.email,
			recipient_kind: consent.status.terms.recipientKind,
			recipient_name: consent.row.recipient_name,
			contacted_at: contactedAt.toISOString(),
			note: body.note,
			created_at: now.toISOString()
		};
		await trx.insertInto('consent_contacts').values(row).execute();
		return toContact(row);
	});
}

function toContact(r: {
	id: string;
	consent_id: string;
	recipient_kind: string;
	recipient_name: string | null;
	contacted_at: Date | string;
	note: string;
	advisor_name: string | null;
	advisor_email: string;
	created_at: Date | string;
}): ContactEntry {
	const kind = recipientKindSchema.safeParse(r.recipient_kind);
	return {
		id: r.id,
		consentId: r.consent_id,
		recipient: { kind: kind.success ? kind.data : 'other', name: r.recipient_name },
		contactedAt: iso(r.contacted_at),
		note: r.note,
		advisor: { name: r.advisor_name, email: r.advisor_email },
		recordedAt: iso(r.created_at)
	};
}

/** The tenant's recorded contacts, newest first. */
export async function listContacts(
	db: Kysely<Database>,
	tenantId: string
): Promise<ContactEntry[]> {
	const rows = await db
		.selectFrom('consent_contacts')
		.selectAll()
		.where('user_id', '=', tenantId)
		.orderBy('contacted_at', 'desc')
		.orderBy('id')
		.execute();
	return rows.map(toContact);
}

/** Who has looked at the tenant's information, newest first. */
export async function listAccessLog(
	db: Kysely<Database>,
	tenantId: string
): Promise<AccessLogEntry[]> {
	const rows = await db
		.selectFrom('consent_access_log')
		.selectAll()
		.where('user_id', '=', tenantId)
		.orderBy('viewed_at', 'desc')
		.orderBy('id')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		advisor: { name: r.advisor_name, email: r.advisor_email },
		viewedAt: iso(r.viewed_at),
		categories: categoriesOf(r.categories),
		...(r.org_name ? { organisation: r.org_name } : {})
	}));
}

/**
 * Records that `advisor` looked at these categories of the tenant's data: the one writer of the
 * access log ("who has looked at my information"), for case views, the booking queue's urgency
 * and plan changes alike.
 */
export async function logAccess(
	db: Kysely<Database>,
	advisor: { id: string; email?: string },
	tenantId: string,
	categories: readonly ConsentCategory[],
	at: Date,
	/** The landlord organisation of a staff member who looked; omitted for advisors. */
	orgName: string | null = null
): Promise<void> {
	const who = await db
		.selectFrom('User')
		.select(['name', 'email'])
		.where('id', '=', advisor.id)
		.executeTakeFirst();
	await db
		.insertInto('consent_access_log')
		.values({
			id: randomUUID(),
			user_id: tenantId,
			advisor_id: advisor.id,
			advisor_name: who?.name ?? null,
			advisor_email: who?.email ?? advisor.email ?? '',
			categories: JSON.stringify(categories),
			viewed_at: at.toISOString(),
			org_name: orgName
		})
		.execute();
}
