/**
 * The push and pull endpoints driven with real Requests against a real database (no server):
 * identity from locals only, origin / content-type / size / rate checks, error bodies that name
 * the field, `no-store` everywhere, and a fuzz of the body parser that must never reach a 5xx
 * or store anything.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_PUSH_MUTATIONS, mutationSchema } from '$lib/schemas/sync';
import { resetRateLimits, withJsonErrors, type SessionUser } from '$lib/server/http/guards';
import type { EndpointEvent } from '$lib/server/http/endpoint';
import { handlePull, handlePush, type SyncEndpointOptions } from '$lib/server/sync';
import { BACKENDS, useBackend, type Backend } from './backends';
import { create } from './factories';

const ORIGIN = 'https://vuokra.example';

interface EventInit {
	user?: SessionUser | null;
	body?: BodyInit | null;
	headers?: Record<string, string>;
	method?: string;
	query?: string;
}

function makeEvent(path: string, init: EventInit = {}): EndpointEvent {
	const url = new URL(`${ORIGIN}${path}${init.query ?? ''}`);
	const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
	const request = new Request(url, {
		method,
		body: init.body ?? null,
		headers: init.headers ?? {},
		...(init.body instanceof ReadableStream ? { duplex: 'half' } : {})
	});
	return { request, url, locals: { user: init.user ?? null } } satisfies EndpointEvent;
}

const jsonHeaders = { origin: ORIGIN, 'content-type': 'application/json' };

describe.each(BACKENDS)('sync endpoints on %s', (kind) => {
	const b = useBackend(kind);
	const options: SyncEndpointOptions = {
		db: () => Promise.resolve(b.db),
		limits: { 'sync-push': [1e9, 1000], 'sync-pull': [1e9, 1000] }
	};
	const push = withJsonErrors((e: EndpointEvent) => handlePush(e, options));
	const pullEp = withJsonErrors((e: EndpointEvent) => handlePull(e, options));
	let user: SessionUser;

	async function tenant(): Promise<SessionUser> {
		const id = await b.newUser();
		return { id, email: `${id}@example.test`, role: 'tenant' };
	}
	async function stored(backend: Backend, userId: string): Promise<number> {
		const rows = await backend.db
			.selectFrom('sync_rows')
			.select('row_id')
			.where('user_id', '=', userId)
			.execute();
		const answers = await backend.db
			.selectFrom('sync_mutations')
			.select('mutation_id')
			.where('user_id', '=', userId)
			.execute();
		return rows.length + answers.length;
	}

	beforeEach(async () => {
		resetRateLimits();
		user = await tenant();
	});

	it('refuses anonymous callers with 401 before reading anything', async () => {
		const r1 = await push(makeEvent('/api/sync/push', { body: '{}', headers: jsonHeaders }));
		const r2 = await pullEp(makeEvent('/api/sync/pull'));
		for (const r of [r1, r2]) {
			expect(r.status).toBe(401);
			expect(r.headers.get('cache-control')).toBe('no-store');
		}
	});

	it('applies a push for the session user only, ignoring any user named in the body', async () => {
		const other = await tenant();
		const body = JSON.stringify({
			userId: other.id,
			user: other,
			mutations: [create('debts', 'd1')]
		});
		const res = await push(makeEvent('/api/sync/push', { user, body, headers: jsonHeaders }));
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('no-store');
		expect(res.headers.get('content-type')).toMatch(/^application\/json/);
		const json: unknown = await res.json();
		expect(json).toMatchObject({ results: [{ status: 'applied', version: 1 }] });
		expect(await stored(b, other.id)).toBe(0);

		const mine = await pullEp(makeEvent('/api/sync/pull', { user, query: '?since=0&limit=10' }));
		expect(mine.status).toBe(200);
		expect(await mine.json()).toMatchObject({
			changes: [{ id: 'd1', version: 1 }],
			cursor: 1,
			hasMore: false
		});
		const theirs = await pullEp(makeEvent('/api/sync/pull', { user: other }));
		expect(await theirs.json()).toEqual({ changes: [], cursor: 0, hasMore: false });
	});

	it.each([
		['no Origin', { 'content-type': 'application/json' }],
		['another Origin', { origin: 'https://evil.example', 'content-type': 'application/json' }],
		[
			'a lookalike Origin',
			{ origin: `${ORIGIN}.evil.example`, 'content-type': 'application/json' }
		],
		['the null Origin', { origin: 'null', 'content-type': 'application/json' }]
	])('refuses a push with %s (403)', async (_name, headers) => {
		const res = await push(
			makeEvent('/api/sync/push', {
				user,
				body: JSON.stringify({ mutations: [create('debts', 'x')] }),
				headers
			})
		);
		expect(res.status).toBe(403);
		expect(await stored(b, user.id)).toBe(0);
	});

	it.each([
		'text/plain',
		'application/x-www-form-urlencoded',
		'multipart/form-data; boundary=x',
		'application/json; charset=latin1',
		''
	])('refuses Content-Type %j (415)', async (type) => {
		const res = await push(
			makeEvent('/api/sync/push', {
				user,
				body: JSON.stringify({ mutations: [create('debts', 'x')] }),
				headers: { origin: ORIGIN, 'content-type': type }
			})
		);
		expect(res.status).toBe(415);
		expect(await stored(b, user.id)).toBe(0);
	});

	it('accepts application/json with a UTF-8 charset', async () => {
		const res = await push(
			makeEvent('/api/sync/push', {
				user,
				body: JSON.stringify({ mutations: [] }),
				headers: { origin: ORIGIN, 'content-type': 'Application/JSON; charset="UTF-8"' }
			})
		);
		expect(res.status).toBe(200);
	});

	it('refuses bodies over 1 MiB (413), whether or not Content-Length says so', async () => {
		const big = JSON.stringify({ mutations: [], pad: 'x'.repeat(1024 * 1024) });
		const declared = await push(
			makeEvent('/api/sync/push', { user, body: big, headers: jsonHeaders })
		);
		expect(declared.status).toBe(413);
		const bytes = new TextEncoder().encode(big);
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				for (let i = 0; i < bytes.length; i += 65536) controller.enqueue(bytes.slice(i, i + 65536));
				controller.close();
			}
		});
		const streamed = await push(
			makeEvent('/api/sync/push', { user, body: stream, headers: jsonHeaders })
		);
		expect(streamed.status).toBe(413);
	});

	it(`refuses more than ${MAX_PUSH_MUTATIONS} mutations in one push (413)`, async () => {
		const mutations = Array.from({ length: MAX_PUSH_MUTATIONS + 1 }, (_, i) =>
			create('debts', `m${i}`)
		);
		const res = await push(
			makeEvent('/api/sync/push', {
				user,
				body: JSON.stringify({ mutations }),
				headers: jsonHeaders
			})
		);
		expect(res.status).toBe(413);
		expect(await stored(b, user.id)).toBe(0);
	});

	it('answers malformed bodies with 400 and issues naming the field, storing nothing', async () => {
		const good = create('debts', 'ok');
		const cases: [string, string][] = [
			['{', ''],
			['', ''],
			['[]', ''],
			['{"mutations": 5}', 'mutations'],
			[
				JSON.stringify({
					mutations: [good, { ...good, mutationId: crypto.randomUUID(), baseVersion: -1 }]
				}),
				'mutations.1.baseVersion'
			],
			[JSON.stringify({ mutations: [{ ...good, op: 'drop' }] }), 'mutations.0.op']
		];
		for (const [body, path] of cases) {
			const res = await push(makeEvent('/api/sync/push', { user, body, headers: jsonHeaders }));
			expect(res.status, body).toBe(400);
			expect(res.headers.get('cache-control')).toBe('no-store');
			const json: unknown = await res.json();
			if (path)
				expect(json).toMatchObject({
					issues: expect.arrayContaining([expect.objectContaining({ path })])
				});
		}
		const badUtf8 = await push(
			makeEvent('/api/sync/push', {
				user,
				body: new Uint8Array([0x7b, 0xff, 0x7d]),
				headers: jsonHeaders
			})
		);
		expect(badUtf8.status).toBe(400);
		expect(await stored(b, user.id)).toBe(0);
	});

	it('rate-limits pushes per user with 429 and Retry-After', async () => {
		const limited = withJsonErrors((e: EndpointEvent) =>
			handlePush(e, { ...options, limits: { 'sync-push': [2, 60_000] } })
		);
		const send = (u: SessionUser) =>
			limited(
				makeEvent('/api/sync/push', { user: u, body: '{"mutations":[]}', headers: jsonHeaders })
			);
		expect((await send(user)).status).toBe(200);
		expect((await send(user)).status).toBe(200);
		const third = await send(user);
		expect(third.status).toBe(429);
		expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		expect((await send(await tenant())).status).toBe(200);
	});

	it('validates the pull query and refuses cross-site pulls', async () => {
		for (const query of [
			'?since=-1',
			'?since=abc',
			'?since=1e3',
			'?limit=0',
			'?limit=5000',
			'?since=99999999999999999'
		]) {
			const res = await pullEp(makeEvent('/api/sync/pull', { user, query }));
			expect(res.status, query).toBe(400);
			const json: unknown = await res.json();
			expect(json).toMatchObject({ issues: [{ path: query.slice(1).split('=')[0] }] });
		}
		const cross = await pullEp(
			makeEvent('/api/sync/pull', { user, headers: { 'sec-fetch-site': 'cross-site' } })
		);
		expect(cross.status).toBe(403);
		const same = await pullEp(
			makeEvent('/api/sync/pull', { user, headers: { 'sec-fetch-site': 'same-origin' } })
		);
		expect(same.status).toBe(200);
	});

	it('never answers a malformed push with 5xx and never stores anything from one', async () => {
		const valid = () => create('debts', 'fz');
		const corruptions: fc.Arbitrary<string | Uint8Array<ArrayBuffer>> = fc.oneof(
			fc.string({ maxLength: 200 }),
			fc.uint8Array({ maxLength: 200 }).map((u) => new Uint8Array(u)),
			fc.anything({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'undefined'),
			fc
				.record({ mutations: fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }) })
				.map((v) => JSON.stringify(v)),
			// A valid mutation with one field replaced by junk, or one field removed.
			fc
				.tuple(
					fc.constantFrom(
						'mutationId',
						'entity',
						'entityId',
						'op',
						'fields',
						'baseVersion',
						'clientId'
					),
					fc.anything({ maxDepth: 1 }),
					fc.boolean()
				)
				.map(([key, junk, drop]) => {
					const m: Record<string, unknown> = { ...valid() };
					if (drop && key !== 'clientId') delete m[key];
					else m[key] = junk;
					return m;
				})
				// Junk that happens to be valid (an id of " ") is not a malformed body.
				.filter((m) => !mutationSchema.safeParse(m).success)
				.map((m) => JSON.stringify({ mutations: [m] }))
		);
		let seen = 0;
		await fc.assert(
			fc.asyncProperty(corruptions, async (body) => {
				const res = await push(makeEvent('/api/sync/push', { user, body, headers: jsonHeaders }));
				expect(res.status).toBeLessThan(500);
				expect(res.headers.get('cache-control')).toBe('no-store');
				if (res.status === 200) {
					const json: unknown = await res.json();
					expect(json).toMatchObject({ results: expect.any(Array) });
					if (
						typeof json === 'object' &&
						json &&
						'results' in json &&
						Array.isArray(json.results)
					) {
						for (const r of json.results) expect(r).toMatchObject({ status: 'rejected' });
					}
				} else {
					expect([400, 413, 415]).toContain(res.status);
				}
				seen += 1;
			}),
			{ numRuns: 3000 }
		);
		expect(seen).toBe(3000);
		expect(await stored(b, user.id)).toBe(0);
	}, 120_000);
});
