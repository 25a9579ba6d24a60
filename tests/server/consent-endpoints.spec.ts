/**
 * The tenant's consent endpoints on SQLite and PostgreSQL: request checks that name the field,
 * nothing assumed (empty categories, unknown fields), idempotent give and withdraw (also under
 * concurrent retries), the consent list's states, the Kantara receipt, contact validation, and
 * account deletion leaving a verifiable ledger that no longer links to the person.
 */
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteUserData } from '$lib/server/auth/account-data';
import { activeConsentCategories } from '$lib/server/consent/access';
import { listCases } from '$lib/server/consent/case-view';
import { exportConsentLedger, recordConsentErasure } from '$lib/server/consent/consents';
import { verifyLedger } from '$lib/server/consent/ledger';
import { resetRateLimits, type SessionUser } from '$lib/server/http/guards';
import { withWriteTransaction } from '$lib/server/db/write-transaction';
import {
	consentListSchema,
	consentViewSchema,
	kantaraReceiptSchema,
	type ConsentView
} from '$lib/schemas/consent';
import { CURRENT_CONSENT_TEXT_VERSION, consentText } from '$lib/consent-texts';
import { BACKENDS, useBackend } from './backends';
import {
	ORIGIN,
	TestClock,
	consentApi,
	createUser,
	giveBody,
	makeEvent,
	seedSituation
} from './consent-harness';
import { handleReceipt } from '$lib/server/consent/endpoints';
import { withJsonErrors } from '$lib/server/http/guards';

describe.each(BACKENDS)('consent endpoints on %s', (kind) => {
	const b = useBackend(kind);
	const clock = new TestClock();
	const api = consentApi(() => b.db, clock);
	let tenant: SessionUser;

	async function ledgerCount(): Promise<number> {
		return (await b.db.selectFrom('consent_events').select('seq').execute()).length;
	}

	beforeEach(async () => {
		resetRateLimits();
		clock.set('2026-11-27T10:00:00.000Z');
		tenant = await createUser(b.db, 'tenant', 'Tiina Vuokralainen');
	});

	describe('giving', () => {
		it('gives once per Idempotency-Key: a retry answers with the same consent', async () => {
			const before = await ledgerCount();
			const first = await api.give(tenant, giveBody(['rentArrears']), 'retry-key-0001');
			expect(first.status).toBe(201);
			const consent = consentViewSchema.parse(first.body.consent);
			expect(consent).toMatchObject({
				recipient: { kind: 'advisorService', name: null },
				categories: ['rentArrears'],
				purpose: 'resolveRentArrears',
				validityMonths: 6,
				givenAt: '2026-11-27T10:00:00.000Z',
				validUntil: '2027-05-27T10:00:00.000Z',
				state: 'active',
				withdrawnAt: null,
				textVersion: CURRENT_CONSENT_TEXT_VERSION,
				language: 'fi',
				receiptUrl: `/api/consents/${consent.id}/receipt`
			});
			clock.advanceDays(1); // the retry arrives from an offline queue a day later
			const retry = await api.give(tenant, giveBody(['rentArrears']), 'retry-key-0001');
			expect(retry.status).toBe(200);
			expect(retry.headers.get('idempotent-replayed')).toBe('true');
			expect((retry.body.consent as ConsentView).id).toBe(consent.id);
			expect((retry.body.consent as ConsentView).givenAt).toBe(consent.givenAt);
			expect(await ledgerCount()).toBe(before + 1);
			const list = consentListSchema.parse((await api.listConsents(tenant)).body);
			expect(list.consents).toHaveLength(1);
		});

		it('concurrent retries with one key still give once', async () => {
			const answers = await Promise.all(
				Array.from({ length: 6 }, () => api.give(tenant, giveBody(['debts']), 'same-key-burst'))
			);
			expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
			expect(new Set(answers.map((a) => (a.body.consent as ConsentView).id)).size).toBe(1);
			expect((await api.listConsents(tenant)).body.consents).toHaveLength(1);
		});

		it('the same key with a different body is a conflict, not a second consent', async () => {
			await api.give(tenant, giveBody(['debts']), 'reused-key-01');
			const other = await api.give(tenant, giveBody(['debts', 'rentArrears']), 'reused-key-01');
			expect(other.status).toBe(409);
			expect(other.body.issues).toEqual([{ path: 'Idempotency-Key', message: expect.any(String) }]);
			expect((await api.listConsents(tenant)).body.consents).toHaveLength(1);
		});

		it('another tenant may use the same key independently', async () => {
			const other = await createUser(b.db, 'tenant');
			expect((await api.give(tenant, giveBody(['debts']), 'shared-key-01')).status).toBe(201);
			expect((await api.give(other, giveBody(['debts']), 'shared-key-01')).status).toBe(201);
		});

		const invalid: [string, unknown, string][] = [
			['empty categories', giveBody([]), 'categories'],
			['an unknown category', giveBody(['everything' as never]), 'categories.0'],
			[
				'a pre-ticked extra field',
				{ ...giveBody(['debts']), allCategories: true },
				'allCategories'
			],
			['validity 0', giveBody(['debts'], undefined, { validityMonths: 0 }), 'validityMonths'],
			['validity 25', giveBody(['debts'], undefined, { validityMonths: 25 }), 'validityMonths'],
			[
				'open-ended validity',
				giveBody(['debts'], undefined, { validityMonths: null }),
				'validityMonths'
			],
			[
				'fractional validity',
				giveBody(['debts'], undefined, { validityMonths: 6.5 }),
				'validityMonths'
			],
			['a landlord without a name', giveBody(['debts'], { kind: 'landlord' }), 'recipient.name'],
			[
				'a blank agency name',
				giveBody(['debts'], { kind: 'collectionAgency', name: '  ' }),
				'recipient.name'
			],
			[
				'a named service',
				giveBody(['debts'], { kind: 'advisorService', name: 'X' }),
				'recipient.name'
			],
			['an unknown recipient', giveBody(['debts'], { kind: 'bank' }), 'recipient.kind'],
			[
				'an unknown text version',
				giveBody(['debts'], undefined, { textVersion: '1999-1' }),
				'textVersion'
			],
			['an unknown language', giveBody(['debts'], undefined, { language: 'de' }), 'language'],
			[
				'no text version',
				{ recipient: { kind: 'advisorService' }, categories: ['debts'], language: 'fi' },
				'textVersion'
			]
		];
		it.each(invalid)('refuses %s with a 400 naming the field', async (_name, body, path) => {
			const before = await ledgerCount();
			const a = await api.give(tenant, body);
			expect(a.status).toBe(400);
			expect((a.body.issues as { path: string }[]).map((i) => i.path)).toContain(path);
			expect(await ledgerCount()).toBe(before);
		});

		it('requires an Idempotency-Key', async () => {
			for (const key of [null, 'short', 'has spaces in it', 'x'.repeat(129)]) {
				const a = await api.give(tenant, giveBody(['debts']), key);
				expect(a.status).toBe(400);
				expect(a.body.issues).toEqual([{ path: 'Idempotency-Key', message: expect.any(String) }]);
			}
			expect((await api.listConsents(tenant)).body.consents).toEqual([]);
		});

		it('checks Origin, Content-Type and size before anything else', async () => {
			const event = (headers: Record<string, string>, rawBody = JSON.stringify(giveBody())) =>
				makeEvent('/api/consents', {
					user: tenant,
					rawBody,
					headers: { 'idempotency-key': randomUUID(), ...headers }
				});
			expect((await api.giveEvent(event({ origin: 'https://evil.example' }))).status).toBe(403);
			expect((await api.giveEvent(event({ 'content-type': 'text/plain' }))).status).toBe(415);
			expect((await api.giveEvent(event({}, 'x'.repeat(9000)))).status).toBe(413);
			expect((await api.giveEvent(event({}, '{"recipient":'))).status).toBe(400);
			expect((await api.listConsents(tenant)).body.consents).toEqual([]);
		});

		it('lets the tenant choose validity from 1 to 24 months, clamped to month ends', async () => {
			clock.set('2026-08-31T09:00:00.000Z');
			const one = await api.give(tenant, giveBody(['debts'], undefined, { validityMonths: 6 }));
			expect((one.body.consent as ConsentView).validUntil).toBe('2027-02-28T09:00:00.000Z');
			const max = await api.give(tenant, giveBody(['debts'], undefined, { validityMonths: 24 }));
			expect((max.body.consent as ConsentView).validUntil).toBe('2028-08-31T09:00:00.000Z');
		});

		it('folds duplicate categories into the canonical order', async () => {
			const a = await api.give(tenant, giveBody(['paymentPlan', 'debts', 'debts']));
			expect((a.body.consent as ConsentView).categories).toEqual(['debts', 'paymentPlan']);
		});
	});

	describe('withdrawing', () => {
		it('takes effect at once and is idempotent', async () => {
			const given = await api.give(tenant, giveBody(['debts']));
			const id = (given.body.consent as ConsentView).id;
			expect(await activeConsentCategories(b.db, tenant.id, clock.now())).toEqual(
				new Set(['debts'])
			);
			const before = await ledgerCount();
			clock.advanceDays(3);
			const first = await api.withdraw(tenant, id);
			expect(first.status).toBe(200);
			expect(first.body.withdrawn).toBe(true);
			expect(first.body.consent).toMatchObject({
				state: 'withdrawn',
				withdrawnAt: '2026-11-30T10:00:00.000Z',
				withdrawnBy: 'tenant'
			});
			expect(await activeConsentCategories(b.db, tenant.id, clock.now())).toEqual(new Set());
			const again = await api.withdraw(tenant, id);
			expect(again.status).toBe(200);
			expect(again.body.withdrawn).toBe(false);
			expect(again.body.consent).toEqual(first.body.consent);
			expect(await ledgerCount()).toBe(before + 1);
		});

		it('concurrent withdrawals append one event', async () => {
			const id = ((await api.give(tenant, giveBody(['debts']))).body.consent as ConsentView).id;
			const before = await ledgerCount();
			const answers = await Promise.all(Array.from({ length: 5 }, () => api.withdraw(tenant, id)));
			expect(answers.every((a) => a.status === 200)).toBe(true);
			expect(answers.filter((a) => a.body.withdrawn === true)).toHaveLength(1);
			expect(await ledgerCount()).toBe(before + 1);
		});

		it('takes exactly {} and a real consent id', async () => {
			const id = ((await api.give(tenant, giveBody(['debts']))).body.consent as ConsentView).id;
			const extra = await api.withdrawEvent(
				makeEvent(`/api/consents/${id}/withdraw`, {
					user: tenant,
					body: { reason: 'x' },
					params: { id }
				})
			);
			expect(extra.status).toBe(400);
			expect(extra.body.issues).toEqual([{ path: 'reason', message: 'Unknown field' }]);
			const noOrigin = await api.withdrawEvent(
				makeEvent(`/api/consents/${id}/withdraw`, {
					user: tenant,
					body: {},
					params: { id },
					headers: { origin: '' }
				})
			);
			expect(noOrigin.status).toBe(403);
			expect((await api.withdraw(tenant, randomUUID())).status).toBe(404);
			expect((await api.withdraw(tenant, '../../etc')).status).toBe(404);
			const list = (await api.listConsents(tenant)).body.consents as ConsentView[];
			expect(list.map((c) => c.state)).toEqual(['active']);
		});
	});

	it('lists active, withdrawn and expired consents with the text seen', async () => {
		const a = await api.give(tenant, giveBody(['debts'], undefined, { validityMonths: 1 }));
		const b2 = await api.give(
			tenant,
			giveBody(['rentArrears'], { kind: 'landlord', name: 'Vuokratalot Oy' }, { language: 'sv' })
		);
		await api.give(
			tenant,
			giveBody(['contactDetails'], { kind: 'socialOffice' }, { language: 'en', validityMonths: 12 })
		);
		await api.withdraw(tenant, (b2.body.consent as ConsentView).id);
		clock.advanceDays(40);
		const list = consentListSchema.parse((await api.listConsents(tenant)).body);
		expect(list.now).toBe(clock.now().toISOString());
		expect(
			list.consents.map((c) => [c.id, c.state, c.language, c.recipient.kind, c.recipient.name])
		).toEqual([
			[(a.body.consent as ConsentView).id, 'expired', 'fi', 'advisorService', null],
			[(b2.body.consent as ConsentView).id, 'withdrawn', 'sv', 'landlord', 'Vuokratalot Oy'],
			[expect.any(String), 'active', 'en', 'socialOffice', null]
		]);
		expect(list.consents.every((c) => c.textVersion === CURRENT_CONSENT_TEXT_VERSION)).toBe(true);
	});

	describe('receipt', () => {
		it('has the Kantara Consent Receipt 1.1 fields, in the language seen', async () => {
			const given = await api.give(
				tenant,
				giveBody(
					['contactDetails', 'rentArrears', 'paymentPlan'],
					{ kind: 'landlord', name: 'Vuokratalot Oy' },
					{ language: 'sv', validityMonths: 12 }
				)
			);
			const id = (given.body.consent as ConsentView).id;
			const r = await api.receipt(tenant, id);
			expect(r.status).toBe(200);
			expect(r.headers.get('cache-control')).toBe('no-store');
			const receipt = kantaraReceiptSchema.parse(r.body);
			const text = consentText(CURRENT_CONSENT_TEXT_VERSION, 'sv');
			expect(receipt).toMatchObject({
				version: 'KI-CR-v1.1.0',
				jurisdiction: 'FI',
				consentTimestamp: Math.floor(Date.parse('2026-11-27T10:00:00.000Z') / 1000),
				consentReceiptID: id,
				language: 'sv',
				policyUrl: `${ORIGIN}/privacy`,
				sensitive: true,
				spiCat: [text?.categories.rentArrears.label, text?.categories.paymentPlan.label]
			});
			expect(receipt.piiControllers[0]).toMatchObject({ piiController: 'Asumisneuvonta' });
			const purpose = receipt.services[0]?.purposes[0];
			expect(purpose).toMatchObject({
				purpose: text?.purpose,
				consentType: 'EXPLICIT',
				primaryPurpose: true,
				thirdPartyDisclosure: true,
				thirdPartyName: 'Vuokratalot Oy',
				piiCategory: ['Kontaktuppgifter', 'Hyra och hyresskulder', 'Betalningsplan'],
				termination: expect.stringContaining('2027-11-27')
			});
			expect(receipt['x-vuokraApu']).toMatchObject({ state: 'active', consentId: id });
		});

		it('names no third party for the service itself, and follows withdrawal', async () => {
			const id = (
				(await api.give(tenant, giveBody(['contactDetails']))).body.consent as ConsentView
			).id;
			const before = kantaraReceiptSchema.parse((await api.receipt(tenant, id)).body);
			expect(before.services[0]?.purposes[0]?.thirdPartyDisclosure).toBe(false);
			expect(before.services[0]?.purposes[0]?.thirdPartyName).toBeUndefined();
			expect(before.services[0]?.purposes[0]?.purposeCategory).toEqual(['Core Function']);
			expect(before.sensitive).toBe(false);
			await api.withdraw(tenant, id);
			const after = kantaraReceiptSchema.parse((await api.receipt(tenant, id)).body);
			expect(after['x-vuokraApu']?.state).toBe('withdrawn');
			expect(after.consentReceiptID).toBe(before.consentReceiptID);
		});

		it('takes the controller from the environment', async () => {
			const id = ((await api.give(tenant, giveBody(['debts']))).body.consent as ConsentView).id;
			const receipt = withJsonErrors((e: Parameters<typeof handleReceipt>[0]) =>
				handleReceipt(e, {
					...api.options,
					env: {
						CONSENT_CONTROLLER_NAME: 'Tampereen kaupunki, asumisneuvonta',
						CONSENT_CONTROLLER_EMAIL: 'asumisneuvonta@tampere.example',
						CONSENT_CONTROLLER_URL: 'https://tampere.example',
						CONSENT_POLICY_URL: 'https://tampere.example/tietosuoja'
					}
				})
			);
			const res = await receipt(
				makeEvent(`/api/consents/${id}/receipt`, { user: tenant, params: { id } })
			);
			const parsed = kantaraReceiptSchema.parse(await res.json());
			expect(parsed.piiControllers[0]).toMatchObject({
				piiController: 'Tampereen kaupunki, asumisneuvonta',
				email: 'asumisneuvonta@tampere.example',
				piiControllerUrl: 'https://tampere.example/'
			});
			expect(parsed.policyUrl).toBe('https://tampere.example/tietosuoja');
		});

		it('the schema rejects a receipt missing a required field', () => {
			expect(kantaraReceiptSchema.safeParse({ version: 'KI-CR-v1.1.0' }).success).toBe(false);
		});
	});

	describe('contacts', () => {
		it('validates the body and naming fields', async () => {
			const advisor = await createUser(b.db, 'advisor');
			const l = await api.give(
				tenant,
				giveBody(['rentArrears'], { kind: 'collectionAgency', name: 'Perintä Oy' })
			);
			const consentId = (l.body.consent as ConsentView).id;
			const cases: [unknown, string][] = [
				[{ consentId, contactedAt: '2026-11-28T10:00:00.000Z', note: 'x' }, 'contactedAt'],
				[{ consentId, contactedAt: '2026-11-26T10:00:00.000Z', note: 'x' }, 'contactedAt'],
				[{ consentId, contactedAt: 'yesterday', note: 'x' }, 'contactedAt'],
				[{ consentId, contactedAt: '2026-11-27T09:00:00.000Z', note: '   ' }, 'note'],
				[{ consentId, contactedAt: '2026-11-27T09:00:00.000Z', note: 'x'.repeat(501) }, 'note'],
				[{ contactedAt: '2026-11-27T09:00:00.000Z', note: 'x' }, 'consentId'],
				[
					{ consentId, contactedAt: '2026-11-27T09:00:00.000Z', note: 'x', tenantId: 'y' },
					'tenantId'
				]
			];
			for (const [body, path] of cases) {
				// Dated before the consent was given: the clock starts at 10:00, the consent too.
				const a = await api.recordContact(advisor, tenant.id, body);
				expect(a.status, JSON.stringify(body)).toBe(400);
				expect((a.body.issues as { path: string }[]).map((i) => i.path)).toContain(path);
			}
			clock.advanceDays(1 / 24);
			const ok = await api.recordContact(advisor, tenant.id, {
				consentId,
				contactedAt: '2026-11-27T12:30:00+02:00',
				note: ' Sovittu maksuaikataulu. '
			});
			expect(ok.status).toBe(201);
			expect(ok.body.contact).toMatchObject({
				contactedAt: '2026-11-27T10:30:00.000Z',
				note: 'Sovittu maksuaikataulu.',
				recipient: { kind: 'collectionAgency', name: 'Perintä Oy' }
			});
		});
	});

	it('account deletion: consents end in the ledger, the link to the person is gone', async () => {
		const advisor = await createUser(b.db, 'advisor');
		await seedSituation(b.db, tenant.id);
		await api.give(tenant, giveBody());
		await api.give(tenant, giveBody(['debts'], { kind: 'other', name: 'Sisko Anna Virtanen' }));
		expect((await api.viewCase(advisor, tenant.id)).status).toBe(200);
		const subject = await b.db
			.selectFrom('consent_subjects')
			.select('subject_id')
			.where('user_id', '=', tenant.id)
			.executeTakeFirstOrThrow();

		const exported = await exportConsentLedger(b.db, tenant.id);
		expect(exported.map((e) => e.type)).toEqual(['given', 'given']);

		// What account-data.ts deleteUserData should do inside its transaction, before deleting.
		const appended = await withWriteTransaction(b.db, (trx) =>
			recordConsentErasure(trx, tenant.id, clock.now())
		);
		expect(appended).toBe(2);
		expect(await deleteUserData(b.db, tenant.id)).toBe(true);

		const verification = await verifyLedger(b.db);
		expect(verification.ok).toBe(true);
		const events = await b.db
			.selectFrom('consent_events')
			.select(['type', 'data'])
			.where('subject_id', '=', subject.subject_id)
			.orderBy('seq')
			.execute();
		expect(events.map((e) => e.type)).toEqual(['given', 'given', 'erased', 'erased']);
		expect(JSON.stringify(events)).not.toContain('Virtanen');
		for (const table of [
			'consent_subjects',
			'consents',
			'consent_access_log',
			'consent_contacts'
		] as const) {
			const left = await b.db
				.selectFrom(table)
				.select('user_id')
				.where('user_id', '=', tenant.id)
				.execute();
			expect(left, table).toEqual([]);
		}
		expect(await activeConsentCategories(b.db, tenant.id, clock.now())).toEqual(new Set());
		expect(await exportConsentLedger(b.db, tenant.id)).toEqual([]);
		const cases = await listCases(b.db, clock.now(), true);
		expect(cases.map((c) => c.tenantId)).not.toContain(tenant.id);
		expect((await api.viewCase(advisor, tenant.id)).status).toBe(403);
	});
});
