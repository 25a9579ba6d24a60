/**
 * The account endpoints: who is signed in, "download my data" and "delete my account". The
 * export and erasure themselves are in ./account-data.ts.
 */
import type { Cookies } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { deleteAccountSchema } from '$lib/schemas/account';
import type { Database } from '$lib/server/db/schema';
import { endpointFor, type EndpointContext } from '$lib/server/http/endpoint';
import { HttpProblem } from '$lib/server/http/guards';
import { deleteUserData, exportUserData } from './account-data';
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from './cookies';

export interface AccountEndpointOptions extends EndpointContext {
	db: () => Promise<Kysely<Database>>;
	/** The request's cookies, so deleting the account also ends this browser's session. */
	cookies?: Pick<Cookies, 'get' | 'delete'>;
}

const accountEndpoint = endpointFor<AccountEndpointOptions>();

/** GET /api/me: who is signed in, `{ id, email, role }`, or 401. */
export const handleMe = accountEndpoint({ roles: 'signed-in', limit: 'read' }, ({ user }) => ({
	id: user.id,
	email: user.email,
	role: user.role
}));

/** GET /api/account/export: everything the server holds about the caller, as a JSON file. */
export const handleExportAccount = accountEndpoint(
	{ roles: 'signed-in', limit: 'read' },
	async ({ ctx, user }) => {
		const data = await exportUserData(await ctx.db(), user.id);
		// The session outlived its user (erased on another device meanwhile).
		if (!data) throw new HttpProblem(401, { message: 'Sign in first' });
		const day = data.exportedAt.slice(0, 10);
		return new Response(JSON.stringify(data, null, 2), {
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'content-disposition': `attachment; filename="vuokra-apu-${day}.json"`
			}
		});
	}
);

/**
 * DELETE /api/account with body `{ "confirm": "delete" }`: erases the caller's server data and
 * every session in one transaction; the client then wipes the device.
 */
export const handleDeleteAccount = accountEndpoint(
	{ roles: 'signed-in', limit: 'write', body: deleteAccountSchema, maxBytes: 1024 },
	async ({ ctx, user }) => {
		await deleteUserData(await ctx.db(), user.id);
		for (const name of [SESSION_COOKIE, SECURE_SESSION_COOKIE]) {
			if (ctx.cookies?.get(name) !== undefined) ctx.cookies.delete(name, { path: '/' });
		}
		return { deleted: true };
	}
);
