/**
 * One declaration per endpoint; this wrapper enforces it (docs/architecture.md, "Endpoints").
 *
 *   export const createBooking = endpoint(
 *     { roles: ['tenant'], limit: 'write', body: bookingRequestSchema, maxBytes: 16 * 1024 },
 *     ({ user, body, ctx }) => ...
 *   );
 *
 * In this order, so that a refused request costs as little as possible and tells nothing:
 * identity and role (401/403), where the request comes from (403 `cross_origin`), the rate limit
 * of its class (429), Content-Type, size and JSON syntax of a body (415/413/400), the body and
 * header schemas (400 `invalid`, `issues` naming the fields), path ids (404: an id that cannot be
 * ours is simply not found), the query schema (400). Then the handler, which gets the typed
 * values and the session user and calls a service that knows nothing of HTTP.
 *
 * Every answer is `Cache-Control: no-store` (unless declared `cache: 'immutable'`) and `nosniff`; every refusal and every thrown
 * problem is the problem JSON of `$lib/schemas/problem` (`problemFor`); an unexpected error is a
 * 500 `server_error` logged as class, code and frames only.
 */
import { z } from 'zod/mini';
import type { RequestEvent } from '@sveltejs/kit';
import { toIssues, type Issue } from '$lib/schemas/sync';
import type { Role } from '$lib/server/db/schema';
import {
	HttpProblem,
	MAX_JSON_BYTES,
	assertJsonRequest,
	assertNotCrossSite,
	assertSameOrigin,
	json,
	problemFor,
	rateLimit,
	type SessionUser
} from './guards';
import { RATE_LIMITS, type LimitClass, type RateLimitRule } from './rate-limit';

export type { LimitClass } from './rate-limit';

/** What the wrapper reads from an event: tests drive endpoints without a running server. */
export type EndpointEvent = Pick<RequestEvent, 'request' | 'url'> & {
	locals: Pick<App.Locals, 'user'>;
	params?: Partial<Record<string, string>>;
};

/**
 * Who may call: listed roles (they do not nest: an endpoint open to admins says so), any
 * signed-in user, or anyone (no user data).
 */
export type Roles = readonly [Role, ...Role[]] | 'signed-in' | 'public';

/** Every endpoint's context may override its limit classes (tests use huge or tiny ones). */
export interface EndpointContext {
	limits?: Partial<Record<LimitClass, RateLimitRule>>;
}

type Schema = z.ZodMiniType;
type Out<S> = S extends Schema ? z.output<S> : undefined;
type UserFor<R extends Roles> = R extends 'public' ? SessionUser | null : SessionUser;

export interface EndpointSpec<
	R extends Roles,
	B extends Schema | undefined,
	Q extends Schema | undefined,
	H extends Record<string, Schema>,
	P extends string
> {
	roles: R;
	/** Rate-limit class, counted per user; `none` only where there is no user to count. */
	limit: R extends 'public' ? 'none' : LimitClass;
	/** The JSON body's schema: the request must be a same-origin JSON write. */
	body?: B;
	/** Largest body in bytes (default: the server's body limit). */
	maxBytes?: number;
	/**
	 * A body too big in items rather than bytes: a message makes it a 413 before the schema
	 * runs, so a client learns to send smaller batches instead of fixing a field.
	 */
	tooMany?: (raw: unknown) => string | null;
	/** Header schemas by header name (trimmed; an absent header is ''), checked with the body. */
	headers?: H;
	/** The query's schema: each parameter's first value as a string; empty ones are absent. */
	query?: Q;
	/** Path parameters that are ids. */
	params?: readonly P[];
	/**
	 * `immutable`: a successful answer never changes (a published consent text version), so it
	 * may be kept for a year by the browser and shared caches; refusals stay `no-store`. Only for
	 * public data that is the same for everyone.
	 */
	cache?: 'immutable';
}

export interface EndpointInput<
	R extends Roles,
	B,
	Q,
	H extends Record<string, Schema>,
	P extends string,
	C
> {
	event: EndpointEvent;
	ctx: C;
	user: UserFor<R>;
	body: Out<B>;
	query: Out<Q>;
	headers: { [K in keyof H]: z.output<H[K]> };
	params: Record<P, string>;
}

/** A year, the longest a browser keeps anything; `immutable` spares it revalidating. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The id shape of every path parameter: our ids are UUIDs or short test ids. */
const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

/** The one role check: 401 signed out, 403 for a role the endpoint does not list. */
export function authorize<R extends Roles>(user: App.Locals['user'], roles: R): UserFor<R> {
	if (roles === 'public') return (user ?? null) as UserFor<R>;
	if (!user) throw new HttpProblem(401, { message: 'Sign in first' });
	if (roles !== 'signed-in' && !roles.includes(user.role)) {
		throw new HttpProblem(403, { message: 'Not allowed for your role' });
	}
	return user as UserFor<R>;
}

function invalid(issues: Issue[]): HttpProblem {
	return new HttpProblem(400, { message: 'Invalid request', issues });
}

function validate<S extends Schema>(
	schema: S,
	value: unknown,
	prefix: string[],
	issues: Issue[]
): z.output<S> | undefined {
	const parsed = schema.safeParse(value);
	if (parsed.success) return parsed.data;
	issues.push(...toIssues(parsed.error.issues, prefix));
	return undefined;
}

function queryObject(url: URL): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, value] of url.searchParams) {
		if (value !== '' && !(name in out)) out[name] = value;
	}
	return out;
}

function isWrite(method: string): boolean {
	return method !== 'GET' && method !== 'HEAD';
}

function hardened(response: Response): Response {
	try {
		response.headers.set('cache-control', 'no-store');
		response.headers.set('x-content-type-options', 'nosniff');
		return response;
	} catch {
		// Immutable headers (a fetched or redirect Response): copy it once.
		return hardened(new Response(response.body, response));
	}
}

/** What a declared endpoint does once every check has passed: data (200 JSON) or a Response. */
type EndpointHandler<
	R extends Roles,
	B extends Schema | undefined,
	Q extends Schema | undefined,
	H extends Record<string, Schema>,
	P extends string,
	C extends EndpointContext
> = (input: EndpointInput<R, B, Q, H, P, C>) => Promise<Response | object> | Response | object;

export function endpoint<
	C extends EndpointContext,
	R extends Roles,
	B extends Schema | undefined = undefined,
	Q extends Schema | undefined = undefined,
	H extends Record<string, Schema> = Record<never, Schema>,
	P extends string = never
>(
	spec: EndpointSpec<R, B, Q, H, P>,
	handler: EndpointHandler<R, B, Q, H, P, C>
): (event: EndpointEvent, ctx: C) => Promise<Response> {
	return async (event, ctx) => {
		try {
			const user = authorize(event.locals.user, spec.roles);
			const hasBody = spec.body !== undefined;
			if (hasBody || isWrite(event.request.method)) assertSameOrigin(event);
			else assertNotCrossSite(event);
			const limit: LimitClass | 'none' = spec.limit;
			if (limit !== 'none' && user) {
				const [count, windowMs] = ctx.limits?.[limit] ?? RATE_LIMITS[limit];
				await rateLimit(`${limit}:${user.id}`, count, windowMs);
			}

			const issues: Issue[] = [];
			const headers: Record<string, unknown> = {};
			for (const [name, schema] of Object.entries(spec.headers ?? {})) {
				const raw = event.request.headers.get(name)?.trim() ?? '';
				headers[name] = validate(schema, raw, [name], issues);
			}
			let body: unknown;
			if (spec.body) {
				const raw = await assertJsonRequest(event, spec.maxBytes ?? MAX_JSON_BYTES);
				const tooMany = spec.tooMany?.(raw);
				if (tooMany) throw new HttpProblem(413, { message: tooMany });
				body = validate(spec.body, raw, [], issues);
			}
			if (issues.length > 0) throw invalid(issues);

			const params: Record<string, string> = {};
			for (const name of spec.params ?? []) {
				const value = event.params?.[name] ?? '';
				if (!ID_PATTERN.test(value)) throw new HttpProblem(404, { message: 'Not found' });
				params[name] = value;
			}

			let query: unknown;
			if (spec.query) {
				query = validate(spec.query, queryObject(event.url), [], issues);
				if (issues.length > 0) throw invalid(issues);
			}

			const result = await handler({
				event,
				ctx,
				user,
				body: body as Out<B>,
				query: query as Out<Q>,
				headers: headers as { [K in keyof H]: z.output<H[K]> },
				params: params as Record<P, string>
			});
			const response = hardened(result instanceof Response ? result : json(result));
			if (spec.cache === 'immutable' && response.ok) {
				response.headers.set('cache-control', IMMUTABLE);
			}
			return response;
		} catch (err) {
			return hardened(problemFor(err));
		}
	};
}

/**
 * `endpoint` with the context type fixed, so a module declares its endpoints without repeating
 * it: `const bookingEndpoint = endpointFor<BookingEndpointContext>()`.
 */
export function endpointFor<C extends EndpointContext>() {
	return <
		R extends Roles,
		B extends Schema | undefined = undefined,
		Q extends Schema | undefined = undefined,
		H extends Record<string, Schema> = Record<never, Schema>,
		P extends string = never
	>(
		spec: EndpointSpec<R, B, Q, H, P>,
		handler: EndpointHandler<R, B, Q, H, P, C>
	) => endpoint<C, R, B, Q, H, P>(spec, handler);
}
