/**
 * The admin audit log: one row per admin action, append-only (the database refuses UPDATE and
 * DELETE, migration 0085). Details name what changed (roles, setting values, counts), never a
 * token, a link, an email body or tenant text.
 */
import type { Kysely, Transaction } from 'kysely';
import type { AuditEntry } from '$lib/schemas/admin';
import type { Database } from '../db/schema';

export interface Actor {
	id: string | null;
	email: string;
}

/** Who acts when no person does: the scheduled retention job. */
export const SYSTEM_ACTOR: Actor = { id: null, email: 'system' };

export type AuditAction =
	| 'user.invite'
	| 'user.role'
	| 'settings.update'
	| 'advisor.availability'
	| 'landlord.save'
	| 'org.create'
	| 'org.update'
	| 'org.staff.remove'
	| 'consent-text.publish'
	| 'retention.case-erased'
	| 'retention.account-warned'
	| 'retention.account-erased';

export async function recordAudit(
	db: Kysely<Database> | Transaction<Database>,
	entry: {
		actor: Actor;
		action: AuditAction;
		target?: string | null;
		details?: Record<string, unknown>;
		at: Date;
	}
): Promise<void> {
	await db
		.insertInto('admin_audit_log')
		.values({
			at: entry.at.toISOString(),
			actor_id: entry.actor.id,
			actor_email: entry.actor.email,
			action: entry.action,
			target: entry.target ?? null,
			details: JSON.stringify(entry.details ?? {})
		})
		.execute();
}

/** Newest first; `before` pages back by sequence number. */
export async function listAudit(
	db: Kysely<Database>,
	{ before, limit = 100 }: { before?: number; limit?: number } = {}
): Promise<AuditEntry[]> {
	let query = db.selectFrom('admin_audit_log').selectAll().orderBy('seq', 'desc').limit(limit);
	if (before !== undefined) query = query.where('seq', '<', before);
	const rows = await query.execute();
	return rows.map((r) => ({
		seq: Number(r.seq),
		at: r.at,
		actorEmail: r.actor_email,
		action: r.action,
		target: r.target,
		details: JSON.parse(r.details) as Record<string, unknown>
	}));
}
