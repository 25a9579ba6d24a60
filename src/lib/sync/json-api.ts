/**
 * The browser's JSON requests to the app's own API, with every outcome turned into a value a page
 * can show: an answer, a refusal with its error body (`{ message, issues, ... }`), or no answer at
 * all (status 0: offline or server down). Never throws, never cached.
 */
export type ApiResult<T, P> =
	{ ok: true; status: number; body: T } | { ok: false; status: number; problem: P | null };

/** Reads an answer's body; `null` when it is not what the caller expects. */
export type ReadBody<T> = (body: unknown) => T | null;

export async function requestJson<T, P>(
	url: string,
	init: RequestInit,
	read: ReadBody<T>
): Promise<ApiResult<T, P>> {
	let response: Response;
	try {
		response = await fetch(url, {
			credentials: 'same-origin',
			cache: 'no-store',
			...init,
			headers: { accept: 'application/json', ...init.headers }
		});
	} catch {
		return { ok: false, status: 0, problem: null };
	}
	const body: unknown = await response.json().catch(() => null);
	if (!response.ok)
		return { ok: false, status: response.status, problem: (body as P | null) ?? null };
	const value = read(body);
	if (value === null) {
		console.error('Unexpected answer from', url, body);
		return { ok: false, status: 502, problem: null };
	}
	return { ok: true, status: response.status, body: value };
}
