import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { problemSchema, type Problem } from '$lib/schemas/problem';
import type { Role } from '$lib/server/db/schema';
import { authorize, endpoint, type EndpointEvent } from './endpoint';
import { HttpProblem, type SessionUser } from './guards';

const ORIGIN = 'https://vuokra.example';

function user(role: Role): SessionUser {
	return { id: `u-${randomUUID()}`, email: `${role}@example.test`, role };
}

interface Init {
	user?: SessionUser | null;
	method?: string;
	headers?: Record<string, string>;
	body?: string;
	params?: Record<string, string>;
}

function event(path: string, init: Init = {}): EndpointEvent {
	const url = new URL(`${ORIGIN}${path}`);
	const request = new Request(url, {
		method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
		headers: init.headers ?? {},
		body: init.body ?? null
	});
	return { request, url, locals: { user: init.user ?? null }, params: init.params ?? {} };
}

const jsonHeaders = { origin: ORIGIN, 'content-type': 'application/json' };

/** A problem body, checked against the shared schema: every refusal must carry a known code. */
async function problemOf(res: Response): Promise<Problem> {
	expect(res.headers.get('cache-control')).toBe('no-store');
	expect(res.headers.get('x-content-type-options')).toBe('nosniff');
	const parsed = problemSchema.safeParse(await res.json());
	expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
	return parsed.data as Problem;
}

const noteSchema = z.object({ text: z.string().check(z.maxLength(5)), count: z.int() });

const tenantRead = endpoint({ roles: ['tenant'], limit: 'read' }, ({ user }) => ({ id: user.id }));

const tenantWrite = endpoint(
	{ roles: ['tenant'], limit: 'write', body: noteSchema, maxBytes: 200 },
	({ body }) => ({ echoed: body.text, count: body.count })
);

describe('endpoint(): who may call', () => {
	it('answers 401 unauthenticated signed out and 403 forbidden for an unlisted role', async () => {
		const anonymous = await tenantRead(event('/x'), {});
		expect(anonymous.status).toBe(401);
		expect((await problemOf(anonymous)).code).toBe('unauthenticated');

		const advisor = await tenantRead(event('/x', { user: user('advisor') }), {});
		expect(advisor.status).toBe(403);
		expect((await problemOf(advisor)).code).toBe('forbidden');

		const tenant = user('tenant');
		const ok = await tenantRead(event('/x', { user: tenant }), {});
		expect(ok.status).toBe(200);
		expect(ok.headers.get('cache-control')).toBe('no-store');
		expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
		expect(await ok.json()).toEqual({ id: tenant.id });
	});

	it('does not nest roles: an admin is let in only where the endpoint lists admins', () => {
		const status = (role: Role, roles: [Role, ...Role[]]) => {
			try {
				authorize(user(role), roles);
				return 'ok';
			} catch (err) {
				return err instanceof HttpProblem ? err.status : 'thrown';
			}
		};
		expect(status('admin', ['advisor'])).toBe(403);
		expect(status('admin', ['advisor', 'admin'])).toBe('ok');
		expect(status('tenant', ['tenant'])).toBe('ok');
	});

	it('lets anyone call a public endpoint, and any role a signed-in one', async () => {
		const open = endpoint({ roles: 'public', limit: 'none' }, () => ({ ok: true }));
		expect((await open(event('/x'), {})).status).toBe(200);
		const anyRole = endpoint({ roles: 'signed-in', limit: 'read' }, ({ user }) => ({
			role: user.role
		}));
		for (const role of ['tenant', 'advisor', 'admin'] as const) {
			expect(await (await anyRole(event('/x', { user: user(role) }), {})).json()).toEqual({ role });
		}
		expect((await anyRole(event('/x'), {})).status).toBe(401);
	});

	it('lets a declared immutable answer be cached, but never a refusal', async () => {
		const fixed = endpoint(
			{ roles: 'public', limit: 'none', params: ['version'], cache: 'immutable' },
			({ params }) => {
				if (params.version !== '2026-1') throw new HttpProblem(404, { message: 'Not found' });
				return { version: params.version };
			}
		);
		const found = await fixed(event('/x', { params: { version: '2026-1' } }), {});
		expect(found.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		const missing = await fixed(event('/x', { params: { version: '2031-1' } }), {});
		expect(missing.status).toBe(404);
		expect((await problemOf(missing)).code).toBe('not_found');
	});
});

describe('endpoint(): where the request comes from', () => {
	it('refuses a write from another origin or with no Origin (403 cross_origin)', async () => {
		const tenant = user('tenant');
		for (const origin of ['https://evil.example', 'null', undefined]) {
			const headers: Record<string, string> = { 'content-type': 'application/json' };
			if (origin) headers.origin = origin;
			const res = await tenantWrite(
				event('/x', { user: tenant, headers, body: '{"text":"a","count":1}' }),
				{}
			);
			expect(res.status, String(origin)).toBe(403);
			expect((await problemOf(res)).code).toBe('cross_origin');
		}
	});

	it('refuses a read the browser marks cross-site, and allows same-origin ones', async () => {
		const tenant = user('tenant');
		const cross = await tenantRead(
			event('/x', { user: tenant, headers: { 'sec-fetch-site': 'cross-site' } }),
			{}
		);
		expect(cross.status).toBe(403);
		expect((await problemOf(cross)).code).toBe('cross_origin');
		const same = await tenantRead(
			event('/x', { user: tenant, headers: { 'sec-fetch-site': 'same-origin' } }),
			{}
		);
		expect(same.status).toBe(200);
	});
});

describe('endpoint(): the body', () => {
	const send = (body: string, headers: Record<string, string> = jsonHeaders) =>
		tenantWrite(event('/x', { user: user('tenant'), headers, body }), {});

	it('answers 415 for anything but JSON in UTF-8', async () => {
		for (const type of [
			'text/plain',
			'application/x-www-form-urlencoded',
			'application/json; charset=latin1'
		]) {
			const res = await send('{"text":"a","count":1}', { origin: ORIGIN, 'content-type': type });
			expect(res.status, type).toBe(415);
			expect((await problemOf(res)).code).toBe('unsupported_media_type');
		}
	});

	it('answers 413 too_large over the declared size, whatever Content-Length says', async () => {
		const res = await send(JSON.stringify({ text: 'a', count: 1, pad: 'x'.repeat(300) }));
		expect(res.status).toBe(413);
		expect((await problemOf(res)).code).toBe('too_large');
	});

	it('answers 413 before the schema when the body has too many items', async () => {
		const batch = endpoint(
			{
				roles: ['tenant'],
				limit: 'write',
				body: z.object({ items: z.array(z.int()).check(z.maxLength(2)) }),
				tooMany: (raw) =>
					typeof raw === 'object' &&
					raw !== null &&
					'items' in raw &&
					Array.isArray(raw.items) &&
					raw.items.length > 2
						? 'At most 2 items'
						: null
			},
			() => ({ ok: true })
		);
		const res = await batch(
			event('/x', { user: user('tenant'), headers: jsonHeaders, body: '{"items":[1,2,3]}' }),
			{}
		);
		expect(res.status).toBe(413);
		expect((await problemOf(res)).message).toBe('At most 2 items');
	});

	it('answers 400 invalid with issues naming each field, for syntax and schema alike', async () => {
		const syntax = await send('{"text":');
		expect(syntax.status).toBe(400);
		expect((await problemOf(syntax)).code).toBe('invalid');

		const wrong = await send('{"text":"too long","count":1.5}');
		expect(wrong.status).toBe(400);
		const p = await problemOf(wrong);
		expect(p.code).toBe('invalid');
		expect(p.issues?.map((i) => i.path).sort()).toEqual(['count', 'text']);
	});

	it('names unknown fields of a strict body, and header issues beside body issues', async () => {
		const strict = endpoint(
			{
				roles: ['tenant'],
				limit: 'write',
				body: z.strictObject({}),
				headers: { 'Idempotency-Key': z.string().check(z.minLength(8)) }
			},
			({ headers }) => ({ key: headers['Idempotency-Key'] })
		);
		const res = await strict(
			event('/x', { user: user('tenant'), headers: jsonHeaders, body: '{"reason":"x"}' }),
			{}
		);
		expect(res.status).toBe(400);
		expect((await problemOf(res)).issues).toEqual([
			{ path: 'Idempotency-Key', message: expect.any(String) },
			{ path: 'reason', message: 'Unknown field' }
		]);
		const ok = await strict(
			event('/x', {
				user: user('tenant'),
				headers: { ...jsonHeaders, 'idempotency-key': ' abcdefgh ' },
				body: '{}'
			}),
			{}
		);
		expect(await ok.json()).toEqual({ key: 'abcdefgh' });
	});

	it('hands the handler the parsed, typed body', async () => {
		const res = await send('{"text":"hei","count":2}');
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ echoed: 'hei', count: 2 });
	});
});

describe('endpoint(): path ids and the query', () => {
	const one = endpoint(
		{
			roles: 'signed-in',
			limit: 'read',
			params: ['id'],
			query: z.object({ page: z.optional(z.string().check(z.regex(/^\d+$/))) })
		},
		({ params, query }) => ({ id: params.id, page: query.page ?? null })
	);

	it('answers 404 not_found for an id that cannot be ours, before looking at anything', async () => {
		for (const id of ['', 'a b', '../etc', 'x'.repeat(65)]) {
			const res = await one(event('/x', { user: user('tenant'), params: { id } }), {});
			expect(res.status, id).toBe(404);
			expect((await problemOf(res)).code).toBe('not_found');
		}
	});

	it('answers 400 naming the query parameter, and drops empty ones', async () => {
		const bad = await one(
			event('/x?page=two', { user: user('tenant'), params: { id: 'a-1' } }),
			{}
		);
		expect(bad.status).toBe(400);
		expect((await problemOf(bad)).issues).toEqual([{ path: 'page', message: expect.any(String) }]);
		const empty = await one(event('/x?page=', { user: user('tenant'), params: { id: 'a-1' } }), {});
		expect(await empty.json()).toEqual({ id: 'a-1', page: null });
	});
});

describe('endpoint(): rate limit class', () => {
	it('answers 429 rate_limited with Retry-After once the class is used up, per user', async () => {
		const tenant = user('tenant');
		const ctx = { limits: { read: [2, 60_000] as const } };
		const call = (u: SessionUser) => tenantRead(event('/x', { user: u }), ctx);
		expect((await call(tenant)).status).toBe(200);
		expect((await call(tenant)).status).toBe(200);
		const third = await call(tenant);
		expect(third.status).toBe(429);
		expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		expect((await problemOf(third)).code).toBe('rate_limited');
		expect((await call(user('tenant'))).status).toBe(200);
	});

	it('counts a class across the endpoints that declare it', async () => {
		const tenant = user('tenant');
		const ctx = { limits: { read: [1, 60_000] as const } };
		const other = endpoint({ roles: ['tenant'], limit: 'read' }, () => ({}));
		expect((await tenantRead(event('/x', { user: tenant }), ctx)).status).toBe(200);
		expect((await other(event('/y', { user: tenant }), ctx)).status).toBe(429);
	});
});

describe('endpoint(): errors', () => {
	afterEach(() => vi.restoreAllMocks());

	it('answers a thrown problem with its status, code and details', async () => {
		const conflict = endpoint({ roles: 'signed-in', limit: 'read' }, () => {
			throw new HttpProblem(409, { code: 'slot_taken', message: 'Taken', nearest: [] });
		});
		const res = await conflict(event('/x', { user: user('tenant') }), {});
		expect(res.status).toBe(409);
		expect(await res.clone().json()).toMatchObject({ nearest: [] });
		expect(await problemOf(res)).toEqual({ code: 'slot_taken', message: 'Taken' });
	});

	it('answers an unexpected error with 500 server_error, never its text, logged without it', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const failing = endpoint({ roles: 'signed-in', limit: 'read' }, () => {
			throw new Error('insert into notes values ("tenant secret")');
		});
		const res = await failing(event('/x', { user: user('tenant') }), {});
		expect(res.status).toBe(500);
		const text = await res.clone().text();
		expect(text).not.toContain('secret');
		expect(await problemOf(res)).toEqual({ code: 'server_error', message: 'Internal error' });
		expect(logged).toHaveBeenCalledTimes(1);
		expect(String(logged.mock.calls[0]?.[0])).not.toContain('secret');
	});

	it('keeps the attachment headers of a handler-built Response and adds no-store', async () => {
		const file = endpoint({ roles: 'signed-in', limit: 'read' }, () => {
			return new Response('BEGIN:VCALENDAR', {
				headers: { 'content-type': 'text/calendar', 'content-disposition': 'attachment' }
			});
		});
		const res = await file(event('/x', { user: user('tenant') }), {});
		expect(res.headers.get('content-disposition')).toBe('attachment');
		expect(res.headers.get('cache-control')).toBe('no-store');
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
	});
});
