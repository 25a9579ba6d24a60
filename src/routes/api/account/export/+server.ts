import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { exportUserData } from '$lib/server/auth/account-data';
import { requireUser } from '$lib/server/auth/guards';
import { readyDb } from '$lib/server/db';
import { assertNotCrossSite, HttpProblem, problem } from '$lib/server/http/guards';

export const prerender = false;

/** "Download my data": everything the server holds about the signed-in user, as a JSON file. */
export const GET: RequestHandler = async (event) => {
	try {
		assertNotCrossSite(event);
	} catch (err) {
		if (err instanceof HttpProblem) return problem(err);
		throw err;
	}
	const user = requireUser(event);
	const data = await exportUserData(await readyDb(), user.id);
	if (!data) error(401, 'Sign in first');
	const day = data.exportedAt.slice(0, 10);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="vuokra-apu-${day}.json"`,
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff'
		}
	});
};
