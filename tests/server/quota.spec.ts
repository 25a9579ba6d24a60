/**
 * Per-user storage quota on push (src/lib/server/quota/README.md), on SQLite and PostgreSQL,
 * through the real push endpoint: a batch that would go over the row or byte limit is refused
 * whole with 403 `quota_exceeded`, nothing of it stored; deletes and edits that do not grow
 * always pass; other users are not affected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withJsonErrors, type SessionUser } from '$lib/server/http/guards';
import type { EndpointEvent } from '$lib/server/http/endpoint';
import { handlePush, type SyncEndpointOptions } from '$lib/server/sync';
import { DEFAULT_QUOTA, quotaLimits, syncUsage } from '$lib/server/quota/sync-quota';
import type { Mutation } from '$lib/schemas/sync';
import { BACKENDS, useBackend } from './backends';
import { mutation, rowFields } from './factories';

const ORIGIN = 'https://vuokra.example';

function pushEvent(user: SessionUser, mutations: Mutation[]): EndpointEvent {
	const url = new URL(`${ORIGIN}/api/sync/push`);
	return {
		url,
		locals: { user },
		request: new Request(url, {
			method: 'POST',
			headers: { origin: ORIGIN, 'content-type': 'application/json' },
			body: JSON.stringify({ mutations })
		})
	};
}

const debt = (i: number, extra: Record<string, unknown> = {}) =>
	mutation('debts', `debt-${i}`, rowFields('debts', { creditor: `Velkoja ${i}`, ...extra }));

describe('quota limits', () => {
	it('come from the environment, with safe defaults', () => {
		expect(quotaLimits({})).toEqual(DEFAULT_QUOTA);
		expect(quotaLimits({ SYNC_QUOTA_ROWS: '10', SYNC_QUOTA_BYTES: '5000' })).toEqual({
			rows: 10,
			bytes: 5000
		});
		expect(quotaLimits({ SYNC_QUOTA_ROWS: '-1', SYNC_QUOTA_BYTES: '1e3' })).toEqual(DEFAULT_QUOTA);
	});
});

describe.each(BACKENDS)('storage quota on push on %s', (kind) => {
	const b = useBackend(kind);
	const options: SyncEndpointOptions = {
		db: async () => b.db,
		limits: { 'sync-push': [1e9, 1000] }
	};
	const push = withJsonErrors((e: EndpointEvent) => handlePush(e, options));
	const saved = { rows: process.env.SYNC_QUOTA_ROWS, bytes: process.env.SYNC_QUOTA_BYTES };

	beforeAll(() => {
		process.env.SYNC_QUOTA_ROWS = '20';
		process.env.SYNC_QUOTA_BYTES = '1000000';
	});
	afterAll(() => {
		for (const [name, value] of [
			['SYNC_QUOTA_ROWS', saved.rows],
			['SYNC_QUOTA_BYTES', saved.bytes]
		] as const) {
			if (value === undefined) delete process.env[name];
			else process.env[name] = value;
		}
	});

	async function tenant(): Promise<SessionUser> {
		const id = await b.newUser();
		return { id, email: `${id}@example.test`, role: 'tenant' };
	}

	it('refuses a batch that would exceed the row limit, whole, with a clear 403', async () => {
		const user = await tenant();
		const first = await push(
			pushEvent(
				user,
				Array.from({ length: 15 }, (_, i) => debt(i))
			)
		);
		expect(first.status).toBe(200);
		const over = await push(
			pushEvent(
				user,
				Array.from({ length: 6 }, (_, i) => debt(100 + i))
			)
		);
		expect(over.status).toBe(403);
		const problem = (await over.json()) as Record<string, unknown>;
		expect(problem).toMatchObject({
			code: 'quota_exceeded',
			limit: { rows: 20, bytes: 1_000_000 },
			used: { rows: 15 }
		});
		expect(String(problem.message)).toMatch(/at most 20 rows/);
		expect((await syncUsage(b.db, user.id)).rows).toBe(15);
		// Exactly up to the limit is fine; one more is not.
		expect(
			(
				await push(
					pushEvent(
						user,
						Array.from({ length: 5 }, (_, i) => debt(200 + i))
					)
				)
			).status
		).toBe(200);
		expect((await push(pushEvent(user, [debt(300)]))).status).toBe(403);
		// Edits of stored rows, and deletes, still go through at the limit.
		expect((await push(pushEvent(user, [debt(1, { status: 'paid' })]))).status).toBe(200);
		const del = mutation('debts', 'debt-2', {}, { op: 'delete' });
		expect((await push(pushEvent(user, [del]))).status).toBe(200);
		expect((await syncUsage(b.db, user.id)).rows).toBe(19);
		expect((await push(pushEvent(user, [debt(301)]))).status).toBe(200);
		// Another account is not affected by this one's rows.
		expect((await push(pushEvent(await tenant(), [debt(1)]))).status).toBe(200);
	});

	it('refuses growth beyond the byte limit, counting row data in bytes', async () => {
		const user = await tenant();
		process.env.SYNC_QUOTA_BYTES = '6000';
		try {
			const note = (n: number) => 'ä'.repeat(n); // two bytes each in UTF-8
			const decision = (id: string, n: number) =>
				mutation('decisions', id, rowFields('decisions', { note: note(n) }));
			expect((await push(pushEvent(user, [decision('a', 1000)]))).status).toBe(200);
			const used = await syncUsage(b.db, user.id);
			expect(used.bytes).toBeGreaterThan(2000);
			expect(used.bytes).toBeLessThan(2400);
			const over = await push(pushEvent(user, [decision('b', 1000), decision('c', 1000)]));
			expect(over.status).toBe(403);
			expect(await over.json()).toMatchObject({ code: 'quota_exceeded' });
			expect((await syncUsage(b.db, user.id)).rows).toBe(1);
			// Shortening a stored note frees space and is never refused.
			expect((await push(pushEvent(user, [decision('a', 10)]))).status).toBe(200);
			expect((await push(pushEvent(user, [decision('b', 1000)]))).status).toBe(200);
		} finally {
			process.env.SYNC_QUOTA_BYTES = '1000000';
		}
	});
});
