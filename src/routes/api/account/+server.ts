import type { RequestHandler } from './$types';
import { deleteUserData } from '$lib/server/auth/account-data';
import { requireUser } from '$lib/server/auth/guards';
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from '$lib/server/auth/cookies';
import { readyDb } from '$lib/server/db';
import { assertJsonRequest, HttpProblem, json, problem } from '$lib/server/http/guards';

export const prerender = false;

/**
 * "Delete my account": body `{ "confirm": "delete" }`. Erases the user's server data and every
 * session in one transaction; the client then wipes the device.
 */
export const DELETE: RequestHandler = async (event) => {
	const user = requireUser(event);
	try {
		const body = await assertJsonRequest(event, 1024);
		if (
			typeof body !== 'object' ||
			body === null ||
			!('confirm' in body) ||
			body.confirm !== 'delete'
		) {
			throw new HttpProblem(400, { message: 'Send { "confirm": "delete" }' });
		}
	} catch (err) {
		if (err instanceof HttpProblem) return problem(err);
		throw err;
	}
	await deleteUserData(await readyDb(), user.id);
	for (const name of [SESSION_COOKIE, SECURE_SESSION_COOKIE]) {
		if (event.cookies.get(name) !== undefined) event.cookies.delete(name, { path: '/' });
	}
	return json({ deleted: true });
};
