/**
 * The /consent page's state as the tenant meets it, with only the network faked: the consents
 * grouped by state from the server's list, a withdrawal made offline waiting in the queue (the
 * kept copy shown meanwhile) and sent when the network is back, a refusal kept until dismissed,
 * and "signed out" from a 401; and the consent form's checks, its answer from the server and the
 * retry key. Real Dexie over fake-indexeddb, the real queue and cache.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_CONSENT_TEXT_VERSION } from '$lib/consent-texts';
import { deleteAppDb } from '$lib/db/app-db';
import type { ConsentView } from '$lib/schemas/consent';
import { ConsentState, GiveConsentState } from './consent-state.svelte';

const NOW = '2026-11-30T10:00:00.000Z';

function consent(id: string, state: ConsentView['state'], givenAt: string): ConsentView {
	return {
		id,
		recipient: { kind: 'landlord', name: `Vuokratalot ${id}` },
		categories: ['rentArrears'],
		purpose: 'resolveRentArrears',
		validityMonths: 6,
		givenAt,
		validUntil: '2027-05-30T10:00:00.000Z',
		state,
		withdrawnAt: state === 'withdrawn' ? '2026-11-01T10:00:00.000Z' : null,
		withdrawnBy: state === 'withdrawn' ? 'tenant' : null,
		textVersion: CURRENT_CONSENT_TEXT_VERSION,
		language: 'fi',
		receiptUrl: `/api/consents/${id}/receipt`
	};
}

/** Oldest first, as the server lists them. */
const CONSENTS = [
	consent('c1', 'expired', '2025-01-01T10:00:00.000Z'),
	consent('c2', 'active', '2026-10-01T10:00:00.000Z'),
	consent('c3', 'withdrawn', '2026-10-15T10:00:00.000Z'),
	consent('c4', 'active', '2026-11-20T10:00:00.000Z')
];

const json = (status: number, body: unknown) =>
	new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json' }
	});

type Call = { method: string; url: string };

/** The server as the page sees it; `offline` makes every request fail as a lost network does. */
function server(options: { offline?: boolean; withdraw?: number; status?: number } = {}) {
	const calls: Call[] = [];
	const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = String(input);
		const method = init?.method ?? 'GET';
		calls.push({ method, url });
		if (options.offline) throw new TypeError('Failed to fetch');
		if (options.status) return json(options.status, { code: 'unauthenticated', message: '' });
		if (method === 'POST' && /^\/api\/consents\/[^/]+\/withdraw$/.test(url)) {
			const status = options.withdraw ?? 200;
			if (status !== 200) return json(status, { code: 'not_found', message: 'No such consent' });
			const id = decodeURIComponent(url.split('/')[3]!);
			const found = CONSENTS.find((c) => c.id === id)!;
			return json(200, { consent: { ...found, state: 'withdrawn' }, withdrawn: true });
		}
		if (url === '/api/consents') return json(200, { consents: CONSENTS, now: NOW });
		if (url === '/api/access-log') return json(200, { entries: [] });
		if (url === '/api/contacts') return json(200, { contacts: [] });
		return json(404, { code: 'not_found', message: '' });
	});
	vi.stubGlobal('fetch', fetch);
	return calls;
}

afterEach(async () => {
	vi.unstubAllGlobals();
	await deleteAppDb();
});

const account = { account: { id: 'tenant-1' } };

describe('ConsentState', () => {
	it('groups the loaded consents by state, newest first', async () => {
		server();
		const state = new ConsentState(account);
		expect(state.consents.kind).toBe('loading');
		expect(state.groups.every((g) => g.items.length === 0)).toBe(true);

		await state.refresh();

		expect(state.consents.kind).toBe('ok');
		expect(state.signedOut).toBe(false);
		expect(state.list.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
		expect(state.groups.map((g) => [g.state, g.items.map((c) => c.id)])).toEqual([
			['active', ['c4', 'c2']],
			['withdrawn', ['c3']],
			['expired', ['c1']]
		]);
		expect(state.accessLog).toMatchObject({ kind: 'ok', value: { entries: [] } });
		expect(state.contacts).toMatchObject({ kind: 'ok', value: { contacts: [] } });
	});

	it('queues a withdrawal made offline, shows the kept copy, and sends it when back online', async () => {
		server();
		const state = new ConsentState(account);
		await state.refresh();

		const calls = server({ offline: true });
		state.askWithdraw(CONSENTS[1]!);
		const notice = await state.confirmWithdraw();

		expect(notice).toEqual({ outcome: 'queued' });
		expect(state.notice).toEqual({ outcome: 'queued' });
		expect(state.busyId).toBeNull();
		expect(calls).toContainEqual({ method: 'POST', url: '/api/consents/c2/withdraw' });
		expect(state.pending).toEqual([expect.objectContaining({ consentId: 'c2', refused: false })]);
		expect([...state.waitingIds]).toEqual(['c2']);
		expect(state.refused).toEqual([]);
		// The server could not answer: the copy kept on the device stands in, marked stale.
		expect(state.consents).toMatchObject({ kind: 'ok', stale: true });
		expect(state.groups[0]!.items.map((c) => c.id)).toEqual(['c4', 'c2']);

		const back = server();
		await state.reconnected();

		expect(back.filter((c) => c.method === 'POST')).toEqual([
			{ method: 'POST', url: '/api/consents/c2/withdraw' }
		]);
		expect(state.pending).toEqual([]);
		expect(state.waitingIds.size).toBe(0);
		expect(state.consents).toMatchObject({ kind: 'ok', stale: false });
	});

	it('announces a withdrawal the server made', async () => {
		server();
		const state = new ConsentState(account);
		await state.refresh();
		state.askWithdraw(CONSENTS[3]!);
		await state.confirmWithdraw();
		expect(state.notice).toEqual({ outcome: 'done', recipient: CONSENTS[3]!.recipient });
		expect(state.pending).toEqual([]);
	});

	it('keeps a refused withdrawal listed until it is dismissed', async () => {
		server({ withdraw: 404 });
		const state = new ConsentState(account);
		await state.refresh();
		state.askWithdraw(CONSENTS[1]!);

		expect(await state.confirmWithdraw()).toEqual({ outcome: 'refused' });
		expect(state.refused).toEqual([expect.objectContaining({ consentId: 'c2', refused: true })]);
		expect(state.waitingIds.size).toBe(0);

		await state.dismiss(state.refused[0]!.seq);
		expect(state.refused).toEqual([]);
		expect(state.pending).toEqual([]);
	});

	it('is signed out on a 401, and offline without a remembered account', async () => {
		server({ status: 401 });
		const signedOut = new ConsentState(account);
		await signedOut.refresh();
		expect(signedOut.consents.kind).toBe('signedOut');
		expect(signedOut.signedOut).toBe(true);

		server({ offline: true });
		const remembered = new ConsentState(account);
		await remembered.refresh();
		expect(remembered.consents.kind).toBe('offline');
		expect(remembered.signedOut).toBe(false);

		const unknown = new ConsentState({ account: null });
		await unknown.refresh();
		expect(unknown.signedOut).toBe(true);
	});
});

describe('GiveConsentState', () => {
	/** Records the POSTs to /api/consents; each answer is taken from `answers` in turn. */
	function giving(answers: (() => Response)[]) {
		const posts: { key: string | null; body: unknown }[] = [];
		vi.stubGlobal(
			'fetch',
			vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
				expect(String(input)).toBe('/api/consents');
				const headers = new Headers(init?.headers);
				posts.push({
					key: headers.get('idempotency-key'),
					body: JSON.parse(String(init?.body))
				});
				return answers.shift()!();
			})
		);
		return posts;
	}

	it('reads the kept form back, and prefills the landlord only after that, never over what the tenant typed', async () => {
		const typed = new GiveConsentState();
		typed.kind = 'other';
		typed.names.other = 'Velkaneuvonta';
		typed.categories = ['contactDetails'];
		typed.months = 12;
		typed.keep();

		const form = new GiveConsentState();
		form.prefillLandlord(() => 'Ei vielä');
		expect(form.names.landlord).toBe('');
		await vi.waitFor(
			async () => {
				const again = new GiveConsentState();
				await again.restore();
				expect(again.months).toBe(12);
			},
			{ timeout: 5_000, interval: 20 }
		);
		await form.restore();
		expect(form.restored).toBe(true);
		expect(form.kind).toBe('other');
		expect(form.names.other).toBe('Velkaneuvonta');
		expect(form.categories).toEqual(['contactDetails']);
		form.prefillLandlord(() => 'Vuokratalot Oy');
		expect(form.names.landlord).toBe('Vuokratalot Oy');
		expect(form.landlordPrefilled).toBe(true);

		// A name the tenant cleared stays cleared when the situation is read again.
		form.kind = 'landlord';
		form.names.landlord = '';
		form.nameTyped();
		form.prefillLandlord(() => 'Vuokratalot Oy');
		expect(form.names.landlord).toBe('');

		// A landlord's name the tenant typed and kept is theirs: the situation does not replace it.
		form.names.landlord = 'Oma Vuokranantaja';
		form.nameTyped();
		form.keep();
		await vi.waitFor(
			async () => {
				const again = new GiveConsentState();
				await again.restore();
				expect(again.names.landlord).toBe('Oma Vuokranantaja');
			},
			{ timeout: 5_000, interval: 20 }
		);
		const reopened = new GiveConsentState();
		await reopened.restore();
		reopened.prefillLandlord(() => 'Vuokratalot Oy');
		expect(reopened.names.landlord).toBe('Oma Vuokranantaja');
		expect(reopened.landlordPrefilled).toBe(false);
	});

	it('names the fields to fix and sends nothing', async () => {
		const posts = giving([]);
		const form = new GiveConsentState();
		form.kind = 'landlord';
		form.names.landlord = '  ';
		expect(await form.submit('fi')).toBe(false);
		expect(form.errors).toEqual({ name: 'name', categories: 'categories' });
		expect(posts).toEqual([]);
	});

	it('keeps the key for a retry after a lost reply, and gives the consent', async () => {
		const posts = giving([
			() => {
				throw new TypeError('Failed to fetch');
			},
			() => json(201, { consent: consent('c9', 'active', NOW) })
		]);
		const form = new GiveConsentState();
		form.kind = 'socialOffice';
		form.names.socialOffice = ' Kela ';
		form.categories = ['incomeExpenses', 'rentArrears'];

		expect(await form.submit('sv')).toBe(false);
		expect(form.errors).toEqual({ form: 'offline' });
		expect(form.busy).toBe(false);

		expect(await form.submit('sv')).toBe('c9');
		expect(form.errors).toEqual({});
		expect(posts).toHaveLength(2);
		expect(posts[1]!.key).toBe(posts[0]!.key);
		expect(posts[0]!.body).toEqual({
			recipient: { kind: 'socialOffice', name: 'Kela' },
			categories: ['rentArrears', 'incomeExpenses'],
			validityMonths: 6,
			textVersion: CURRENT_CONSENT_TEXT_VERSION,
			language: 'sv'
		});
	});

	it("shows the server's field issues, and a new key once the old one was used for another body", async () => {
		const posts = giving([
			() =>
				json(400, {
					code: 'invalid',
					message: 'Invalid',
					issues: [
						{ path: 'categories.0', message: 'Unknown category' },
						{ path: 'Idempotency-Key', message: 'Used for another body' }
					]
				}),
			() => json(401, { code: 'unauthenticated', message: 'Sign in' })
		]);
		const form = new GiveConsentState();
		form.kind = 'advisorService';
		form.categories = ['rentArrears'];

		expect(await form.submit('fi')).toBe(false);
		expect(form.errors).toEqual({ categories: 'categories', form: 'failed' });
		expect(await form.submit('fi')).toBe(false);
		expect(form.errors).toEqual({ form: 'signedOut' });
		expect(posts[0]!.body).toMatchObject({ recipient: { kind: 'advisorService' } });
		expect(posts[1]!.key).not.toBe(posts[0]!.key);
	});
});
