import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/guards';
import { assertNotCrossSite, HttpProblem, json, problem } from '$lib/server/http/guards';

export const prerender = false;

/** Who is signed in: { id, email, role }, or 401. */
export const GET: RequestHandler = (event) => {
	try {
		assertNotCrossSite(event);
	} catch (err) {
		if (err instanceof HttpProblem) return problem(err);
		throw err;
	}
	const user = requireUser(event);
	return json({ id: user.id, email: user.email, role: user.role });
};
