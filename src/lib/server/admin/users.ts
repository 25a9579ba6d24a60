/**
 * Staff accounts: who has which role, invitations, role changes (README.md in this folder).
 *
 * An invitation creates the account with its role (or raises an existing one) and emails a
 * sign-in link made exactly as Auth.js's email provider makes one (a random token, stored as
 * SHA-256 of token + secret in "VerificationToken"), so the link signs in through the same
 * confirmation page and callback as any other; it only lives longer (INVITE_DAYS).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { AdminUser, InviteBody } from '$lib/schemas/admin';
import { homeForRole } from '$lib/domain/role-home';
import { CONFIRM_PATH } from '../auth/sign-in-callback';
import { normalizeEmailAddress } from '../auth/email-address';
import { dialectKind } from '../db/dialect';
import type { Database, Role } from '../db/schema';
import { withWriteTransaction } from '../db/write-transaction';
import { HttpProblem } from '../http/guards';
import { sendMail, type MailSettings } from '../mail/transport';
import { recordAudit, type Actor } from './audit';
import { placeStaff } from './membership';
import { renderInviteEmail } from './mail';

export const INVITE_DAYS = 7;
const DAY_MS = 86_400_000;

export async function listStaff(db: Kysely<Database>): Promise<AdminUser[]> {
	const rows = await db
		.selectFrom('User')
		.select((eb) => [
			'User.id',
			'User.email',
			'User.name',
			'User.role',
			'User.emailVerified',
			eb
				.exists(
					eb.selectFrom('Account').select('Account.id').whereRef('Account.userId', '=', 'User.id')
				)
				.as('linked')
		])
		.where('User.role', '!=', 'tenant')
		.orderBy('User.role')
		.orderBy('User.email')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		email: r.email,
		name: r.name,
		role: r.role,
		signedIn: r.emailVerified !== null || Boolean(r.linked)
	}));
}

function refuse(path: string, message: string): HttpProblem {
	return new HttpProblem(400, { message: 'Invalid request', issues: [{ path, message }] });
}

const badEmail = () => refuse('email', 'expected an email address');

export interface InviteOptions {
	origin: string;
	secret: string;
	mail: MailSettings;
	serviceName: string;
	now: Date;
}

/** Creates or raises the account, records the audit row, then sends the link. */
export async function inviteUser(
	db: Kysely<Database>,
	actor: Actor,
	body: InviteBody,
	options: InviteOptions
): Promise<AdminUser> {
	const email = normalizeEmailAddress(body.email);
	if (!email) throw badEmail();
	const { now } = options;
	const token = randomBytes(32).toString('hex');
	const expires = new Date(now.getTime() + INVITE_DAYS * DAY_MS);

	const user = await withWriteTransaction(db, async (trx) => {
		const existing = await trx
			.selectFrom('User')
			.select(['id', 'role'])
			.where('email', '=', email)
			.executeTakeFirst();
		if (existing?.role === 'admin' && body.role !== 'admin')
			await assertNotLastAdmin(trx, existing.id);
		const id = existing?.id ?? randomUUID();
		if (existing) {
			await trx.updateTable('User').set({ role: body.role }).where('id', '=', id).execute();
		} else {
			await trx
				.insertInto('User')
				.values({ id, email, name: null, image: null, emailVerified: null, role: body.role })
				.execute();
		}
		// The invitation counts as use: the unused-account clock starts now, not at an older row.
		await trx
			.insertInto('account_activity')
			.values({ user_id: id, last_seen_at: now.toISOString(), warned_at: null })
			.onConflict((oc) =>
				oc.column('user_id').doUpdateSet({ last_seen_at: now.toISOString(), warned_at: null })
			)
			.execute();
		// Landlord staff belong to one organisation; any other role ends a membership.
		let org: { orgName: string } | null = null;
		if (body.role === 'landlord') {
			if (!body.orgId) throw refuse('orgId', 'landlord staff need an organisation');
			org = await placeStaff(trx, id, body.orgId, now);
		} else if (existing?.role === 'landlord') {
			await placeStaff(trx, id, null, now);
		}
		await trx
			.insertInto('VerificationToken')
			.values({
				identifier: email,
				token: createHash('sha256').update(`${token}${options.secret}`).digest('hex'),
				expires: dialectKind(trx) === 'postgres' ? expires : expires.toISOString()
			})
			.execute();
		await recordAudit(trx, {
			actor,
			action: 'user.invite',
			target: email,
			details: {
				role: body.role,
				previousRole: existing?.role ?? null,
				lang: body.lang,
				...(org ? { org: org.orgName } : {})
			},
			at: now
		});
		return { id, email, name: null, role: body.role as Role, signedIn: false };
	});

	const callback = new URL('/auth/callback/nodemailer', options.origin);
	callback.search = new URLSearchParams({
		callbackUrl: new URL(homeForRole(body.role), options.origin).href,
		token,
		email
	}).toString();
	callback.pathname = CONFIRM_PATH;
	await sendMail(
		options.mail,
		email,
		renderInviteEmail({
			url: callback.href,
			lang: body.lang,
			role: body.role,
			serviceName: options.serviceName,
			validDays: INVITE_DAYS
		})
	);
	return user;
}

/**
 * Refuses to leave the service without an admin. On PostgreSQL the admins' rows are locked first,
 * so two admins demoting each other at once cannot both pass; SQLite's BEGIN IMMEDIATE already
 * serialises the transactions.
 */
async function assertNotLastAdmin(trx: Kysely<Database>, userId: string): Promise<void> {
	const admins =
		dialectKind(trx) === 'postgres'
			? await sql<{ id: string }>`select id from "User" where role = 'admin' for update`.execute(
					trx
				)
			: { rows: await trx.selectFrom('User').select('id').where('role', '=', 'admin').execute() };
	const others = admins.rows.filter((r) => r.id !== userId);
	if (others.length === 0) {
		throw new HttpProblem(409, { code: 'last_admin', message: 'The last admin cannot be removed' });
	}
}

/** Sets a role; `tenant` removes the staff role (the account itself stays). */
export async function setRole(
	db: Kysely<Database>,
	actor: Actor,
	userId: string,
	role: Role,
	now: Date
): Promise<AdminUser> {
	await withWriteTransaction(db, async (trx) => {
		const user = await trx
			.selectFrom('User')
			.select(['id', 'email', 'role'])
			.where('id', '=', userId)
			.executeTakeFirst();
		if (!user) throw new HttpProblem(404, { message: 'No such user' });
		if (user.role === role) return;
		if (user.role === 'admin') await assertNotLastAdmin(trx, user.id);
		// A landlord role without an organisation would open nothing: staff are made by
		// invitation into one (or `npm run landlord:add`); leaving the role ends the membership.
		if (role === 'landlord') {
			const member = await trx
				.selectFrom('landlord_staff')
				.select('user_id')
				.where('user_id', '=', userId)
				.executeTakeFirst();
			if (!member) throw refuse('role', 'landlord staff are invited into an organisation');
		} else if (user.role === 'landlord') {
			await placeStaff(trx, userId, null, now);
		}
		await trx.updateTable('User').set({ role }).where('id', '=', userId).execute();
		await recordAudit(trx, {
			actor,
			action: 'user.role',
			target: user.email,
			details: { from: user.role, to: role },
			at: now
		});
	});
	const row = (await listStaff(db)).find((u) => u.id === userId);
	if (row) return row;
	const user = await db
		.selectFrom('User')
		.select(['id', 'email', 'name', 'role', 'emailVerified'])
		.where('id', '=', userId)
		.executeTakeFirstOrThrow();
	return { ...user, signedIn: user.emailVerified !== null };
}
