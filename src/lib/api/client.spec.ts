import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
	codeForStatus,
	issueAt,
	issuesByPath,
	problemAnswer,
	readProblem,
	request
} from './client';

const answerSchema = z.object({ id: z.string(), count: z.int() });

/** A fetch that answers once with `body` (JSON unless a string) and `status`. */
function answering(status: number, body: unknown): typeof fetch {
	return async () =>
		new Response(typeof body === 'string' ? body : JSON.stringify(body), {
			status,
			headers: { 'content-type': 'application/json' }
		});
}

describe('request', () => {
	it('returns the answer parsed with the schema', async () => {
		const result = await request(
			'/api/x',
			answerSchema,
			{},
			answering(200, { id: 'a', count: 2, extra: true })
		);
		expect(result).toEqual({ ok: true, status: 200, data: { id: 'a', count: 2 } });
	});

	it('sends same-origin credentials, no-store and accepts JSON', async () => {
		let seen: RequestInit | undefined;
		const spy: typeof fetch = async (_url, init) => {
			seen = init;
			return new Response('{"id":"a","count":1}', { status: 200 });
		};
		await request('/api/x', answerSchema, { method: 'POST', headers: { 'x-a': '1' } }, spy);
		expect(seen).toMatchObject({
			method: 'POST',
			credentials: 'same-origin',
			cache: 'no-store',
			headers: { accept: 'application/json', 'x-a': '1' }
		});
	});

	it('reads a problem body with its code, message and issues', async () => {
		const body = {
			code: 'slot_taken',
			message: 'Taken',
			issues: [{ path: 'startsAt', message: 'taken' }],
			answeredBy: null
		};
		const result = await request('/api/x', answerSchema, {}, answering(409, body));
		expect(result).toEqual({
			ok: false,
			offline: false,
			status: 409,
			problem: {
				code: 'slot_taken',
				message: 'Taken',
				issues: [{ path: 'startsAt', message: 'taken' }],
				answeredBy: null
			}
		});
	});

	it.each([
		[400, 'invalid'],
		[401, 'unauthenticated'],
		[403, 'forbidden'],
		[404, 'not_found'],
		[413, 'too_large'],
		[429, 'rate_limited'],
		[500, 'server_error'],
		[503, 'server_error']
	] as const)('derives the code of a %i without one', async (status, code) => {
		const result = await request('/api/x', answerSchema, {}, answering(status, { message: 'no' }));
		expect(result).toMatchObject({ ok: false, offline: false, status, problem: { code } });
	});

	it('derives the code when the body names one outside the enum, or is not JSON', async () => {
		const unknown = await request('/api/x', answerSchema, {}, answering(403, { code: 'nope' }));
		expect(unknown).toMatchObject({ problem: { code: 'forbidden', message: '' } });
		const page = await request('/api/x', answerSchema, {}, answering(502, '<html>Bad gateway'));
		expect(page).toMatchObject({ status: 502, problem: { code: 'server_error' } });
	});

	it('says offline when no answer came', async () => {
		const unreachable: typeof fetch = async () => {
			throw new TypeError('Failed to fetch');
		};
		expect(await request('/api/x', answerSchema, {}, unreachable)).toEqual({
			ok: false,
			offline: true
		});
	});

	it('treats an answer that does not match the schema as a failure, never casts it', async () => {
		const wrong = await request('/api/x', answerSchema, {}, answering(200, { id: 1 }));
		expect(wrong).toMatchObject({ ok: false, offline: false, problem: { code: 'server_error' } });
		const notJson = await request('/api/x', answerSchema, {}, answering(200, 'hello'));
		expect(notJson.ok).toBe(false);
	});
});

describe('readProblem', () => {
	it('keeps issues only when every one has a path and a message', () => {
		expect(readProblem(400, { issues: [{ path: 'a', message: 'm' }, { path: 3 }] })).toEqual({
			code: 'invalid',
			message: ''
		});
	});

	it("keeps an issue's rule code, and refuses a code that is not text", () => {
		const issues = [{ path: 'officeAddress', message: 'needs an address', code: 'officeAddress' }];
		expect(readProblem(400, { issues }).issues).toEqual(issues);
		expect(
			readProblem(400, { issues: [{ path: 'a', message: 'm', code: 7 }] }).issues
		).toBeUndefined();
	});

	it('reads a problem kept as text (the sync transport reads a body once)', () => {
		const answer = problemAnswer(409, '{"code":"resync-required","message":"again"}');
		expect(answer.problem).toEqual({ code: 'resync-required', message: 'again' });
		expect(problemAnswer(413, 'Payload Too Large')).toEqual({
			text: 'Payload Too Large',
			problem: { code: 'too_large', message: '' }
		});
	});
});

describe('codeForStatus', () => {
	it('names a code for every error status', () => {
		expect(codeForStatus(415)).toBe('unsupported_media_type');
		expect(codeForStatus(409)).toBe('invalid');
	});
});

describe('issuesByPath', () => {
	it('keeps the first message of each field path', () => {
		const byPath = issuesByPath({
			issues: [
				{ path: 'weekly.0.end', message: 'first' },
				{ path: 'weekly.0.end', message: 'second' },
				{ path: 'note', message: 'long' }
			]
		});
		expect([...byPath]).toEqual([
			['weekly.0.end', 'first'],
			['note', 'long']
		]);
		expect(issuesByPath(null).size).toBe(0);
	});
});

describe('issueAt', () => {
	it('keeps the first whole issue of each path, code included', () => {
		const byPath = issueAt({
			issues: [
				{ path: 'weekly.0.end', message: 'first', code: 'endAfterStart' },
				{ path: 'weekly.0.end', message: 'second', code: 'overlap' }
			]
		});
		expect(byPath.get('weekly.0.end')).toEqual({
			path: 'weekly.0.end',
			message: 'first',
			code: 'endAfterStart'
		});
		expect(issueAt(undefined).size).toBe(0);
	});
});
