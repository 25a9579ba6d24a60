/**
 * Publishing a consent text version from /admin, on SQLite and PostgreSQL: who may list and
 * publish (and that everyone may read texts), the body's checks (every field in every language,
 * placeholders as in the previous version) with the field's path and nothing stored on refusal,
 * the server-assigned name, the audit row, rows the database refuses to change, and what a
 * publish does to consents: only the current version is accepted for a new one (409
 * `consent_text_outdated` for an older one), and a receipt shows the words of its own version.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { CONSENT_LANGUAGES, consentText, type ConsentLanguage } from '$lib/consent-texts';
import { contentOf, type ConsentTextContentSet } from '$lib/consent-texts/fields';
import {
	handleListConsentTexts,
	handlePublishConsentText,
	type AdminEndpointContext
} from '$lib/server/admin/endpoints';
import {
	handleConsentTextVersion,
	handleCurrentConsentTexts,
	type ConsentEndpointOptions
} from '$lib/server/consent/endpoints';
import type { EndpointEvent } from '$lib/server/http/endpoint';
import { resetRateLimits, withJsonErrors, type SessionUser } from '$lib/server/http/guards';
import type { Role } from '$lib/server/db/schema';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { adminApi } from './admin-harness';
import { BACKENDS, useBackend } from './backends';
import { insertUser } from './booking-fixtures';
import { TestClock, consentApi, giveBody, makeEvent, type Answer } from './consent-harness';
import { addOrg, landlordConsentBody } from './landlord-share-harness';

const ROLES = ['tenant', 'advisor', 'landlord', 'funder', 'admin'] as const;

/** The current built-in texts (2026-3, with the landlord kinds) as a publish body's `texts`. */
function texts(): ConsentTextContentSet {
	return structuredClone(
		Object.fromEntries(
			CONSENT_LANGUAGES.map((l: ConsentLanguage) => [l, contentOf(consentText('2026-3', l)!)!])
		)
	) as ConsentTextContentSet;
}

async function answer(res: Response): Promise<Answer> {
	const text = await res.text();
	return {
		status: res.status,
		body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
		headers: res.headers
	};
}

describe.each(BACKENDS)('consent text versions on %s', (kind) => {
	const b = useBackend(kind);
	const clock = new TestClock();
	let sink: SmtpSink;
	const users = {} as Record<Role, SessionUser>;
	let consents: ReturnType<typeof consentApi>;
	let admin: ReturnType<typeof adminApi>;

	const adminCtx = (): AdminEndpointContext => admin.ctx;
	const consentCtx = (): ConsentEndpointOptions => consents.options;
	const call = async <C>(
		h: (e: EndpointEvent, c: C) => Promise<Response>,
		ctx: () => C,
		e: EndpointEvent
	) => answer(await withJsonErrors((ev: EndpointEvent) => h(ev, ctx()))(e));

	const api = {
		list: (user: SessionUser | null) =>
			call(handleListConsentTexts, adminCtx, makeEvent('/api/admin/consent-texts', { user })),
		publish: (user: SessionUser | null, body: unknown) =>
			call(
				handlePublishConsentText,
				adminCtx,
				makeEvent('/api/admin/consent-texts', { user, body })
			),
		current: (user: SessionUser | null) =>
			call(
				handleCurrentConsentTexts,
				consentCtx,
				makeEvent('/api/consent-texts/current', { user })
			),
		version: (user: SessionUser | null, version: string) =>
			call(
				handleConsentTextVersion,
				consentCtx,
				makeEvent(`/api/consent-texts/${version}`, { user, params: { version } })
			)
	};

	const counts = async () => ({
		versions: (await b.db.selectFrom('consent_text_versions').select('version').execute()).length,
		audit: (await b.db.selectFrom('admin_audit_log').select('seq').execute()).length
	});
	const paths = (body: Record<string, unknown>) =>
		((body.issues ?? []) as { path: string }[]).map((i) => i.path);

	beforeAll(async () => {
		sink = await startSmtpSink();
		consents = consentApi(() => b.db, clock);
		admin = adminApi(() => b.db, clock, {
			smtpUrl: sink.url,
			from: 'Vuokra-apu <a@vuokra.example>'
		});
		for (const role of ROLES) users[role] = await insertUser(b.db, role);
	});
	afterAll(async () => {
		await sink.close();
	});
	beforeEach(() => resetRateLimits());

	it('before any publish, the built-in versions are current, each for its kind', async () => {
		const current = await api.current(null);
		expect(current.status).toBe(200);
		expect(current.headers.get('cache-control')).toBe('no-store');
		const body = current.body as {
			service: { version: string; texts: Record<string, { title: string }> };
			landlord: { version: string; texts: Record<string, { landlordKinds?: object }> };
		};
		expect(body.service.version).toBe('2026-2');
		expect(body.landlord.version).toBe('2026-3');
		expect(body.service.texts.sv?.title).toBe(consentText('2026-2', 'sv')?.title);
		expect(body.landlord.texts.fi?.landlordKinds).toEqual(
			consentText('2026-3', 'fi')?.landlordKinds
		);

		const list = await api.list(users.admin);
		expect(list.status).toBe(200);
		expect(list.body).toMatchObject({
			current: { service: '2026-2', landlord: '2026-3' },
			versions: [
				{ version: '2026-3', builtIn: true, publishedAt: null, publishedBy: null },
				{ version: '2026-2', builtIn: true },
				{ version: '2026-1', builtIn: true }
			]
		});
	});

	it('lets everyone read texts, only admins list and publish, and a refusal writes nothing', async () => {
		const before = await counts();
		for (const user of [null, ...ROLES.map((r) => users[r])]) {
			const who = user?.role ?? 'anonymous';
			expect((await api.current(user)).status, `current as ${who}`).toBe(200);
			const old = await api.version(user, '2026-1');
			expect(old.status, `2026-1 as ${who}`).toBe(200);
			// A version never changes: the browser may keep it (the service worker never caches /api/).
			expect(old.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		}
		const missing = await api.version(null, '2031-1');
		expect(missing.status).toBe(404);
		expect(missing.headers.get('cache-control')).toBe('no-store');

		const body = { basedOn: '2026-3', texts: texts() };
		expect((await api.list(null)).status).toBe(401);
		expect((await api.publish(null, body)).status).toBe(401);
		for (const role of ['tenant', 'advisor', 'landlord', 'funder'] as const) {
			const listed = await api.list(users[role]);
			expect(listed.status, `list as ${role}`).toBe(403);
			expect(listed.body.code).toBe('forbidden');
			const published = await api.publish(users[role], body);
			expect(published.status, `publish as ${role}`).toBe(403);
			expect(published.body.code).toBe('forbidden');
		}
		expect(await counts()).toEqual(before);
	});

	it('refuses a body with an empty, too long, missing or unknown field, naming its path', async () => {
		const before = await counts();
		const blank = texts();
		blank.sv.intro = '   ';
		blank.en.title = 'x'.repeat(201);
		blank.fi.categories.debts.label = '';
		const refused = await api.publish(users.admin, { basedOn: '2026-3', texts: blank });
		expect(refused.status).toBe(400);
		expect(refused.body.code).toBe('invalid');
		expect(paths(refused.body).sort()).toEqual(
			['texts.en.title', 'texts.fi.categories.debts.label', 'texts.sv.intro'].sort()
		);

		const missing = texts() as unknown as Record<string, Record<string, unknown>>;
		delete missing.sv!.landlordKinds;
		missing.fi!.extra = 'x';
		const incomplete = await api.publish(users.admin, { basedOn: '2026-3', texts: missing });
		expect(incomplete.status).toBe(400);
		expect(paths(incomplete.body).sort()).toEqual(['texts.fi.extra', 'texts.sv.landlordKinds']);

		const noEnglish = texts() as Partial<ConsentTextContentSet>;
		delete noEnglish.en;
		expect(
			paths((await api.publish(users.admin, { basedOn: '2026-3', texts: noEnglish })).body)
		).toEqual(['texts.en']);
		expect(await counts()).toEqual(before);
	});

	it('refuses placeholders that are not where the previous version has them', async () => {
		const before = await counts();
		const moved = texts();
		moved.fi.termination = 'Suostumus päättyy, kun perut sen.';
		moved.sv.title = 'Samtycke till {landlord}';
		moved.en.landlordKinds.sendPlan.description = 'The landlord sees your plan.';
		const refused = await api.publish(users.admin, { basedOn: '2026-3', texts: moved });
		expect(refused.status).toBe(400);
		expect(refused.body.code).toBe('invalid');
		expect(paths(refused.body)).toEqual([
			'texts.fi.termination',
			'texts.sv.title',
			'texts.en.landlordKinds.sendPlan.description'
		]);
		expect(await counts()).toEqual(before);
	});

	it('publishes a version under the next name, audited, current for every new consent', async () => {
		const tenant = users.tenant;
		// Given before the publish, under the built-in version: it keeps its words.
		const key = 'before-publish-key';
		const before = await consents.give(tenant, giveBody(['contactDetails', 'debts']), key);
		expect(before.status).toBe(201);
		const beforeId = (before.body.consent as { id: string }).id;

		const changed = texts();
		changed.fi.categories.debts.label = 'Velat ja maksuhäiriöt';
		changed.fi.purpose = `  ${changed.fi.purpose} Uusi lause.  `;
		const published = await api.publish(users.admin, { basedOn: '2026-3', texts: changed });
		expect(published.status).toBe(201);
		const version = published.body.version as {
			version: string;
			publishedBy: string;
			digest: string;
		};
		expect(version).toMatchObject({
			version: '2026-4',
			builtIn: false,
			publishedAt: clock.now().toISOString(),
			publishedBy: users.admin.email
		});
		expect(version.digest).toMatch(/^[0-9a-f]{64}$/);

		const audit = await admin.audit(users.admin);
		expect((audit.body.entries as Record<string, unknown>[])[0]).toMatchObject({
			actorEmail: users.admin.email,
			action: 'consent-text.publish',
			target: '2026-4',
			details: { basedOn: '2026-3', digest: version.digest }
		});

		const read = await api.version(null, '2026-4');
		expect(read.status).toBe(200);
		const stored = read.body.texts as Record<
			string,
			{
				version: string;
				language: string;
				purpose: string;
				categories: { debts: { label: string } };
			}
		>;
		expect(stored.fi).toMatchObject({ version: '2026-4', language: 'fi' });
		expect(stored.fi?.categories.debts.label).toBe('Velat ja maksuhäiriöt');
		// Trimmed, as every field is.
		expect(stored.fi?.purpose).toBe(`${texts().fi.purpose} Uusi lause.`);
		expect(stored.sv?.language).toBe('sv');
		expect((await api.current(null)).body).toMatchObject({
			service: { version: '2026-4' },
			landlord: { version: '2026-4' }
		});
		const listed = (await api.list(users.admin)).body as { current: unknown; versions: unknown[] };
		expect(listed.current).toEqual({ service: '2026-4', landlord: '2026-4' });
		expect(listed.versions).toHaveLength(4);
		expect(listed.versions[0]).toMatchObject({
			version: '2026-4',
			builtIn: false,
			publishedBy: users.admin.email
		});

		// A new consent under the old version is refused; the form asks again with the new text.
		const outdated = await consents.give(tenant, giveBody(['debts']));
		expect(outdated.status).toBe(409);
		expect(outdated.body.code).toBe('consent_text_outdated');
		expect(paths(outdated.body)).toEqual(['textVersion']);
		// Unknown versions stay a 400.
		const unknown = await consents.give(
			tenant,
			giveBody(['debts'], undefined, { textVersion: '2031-1' })
		);
		expect(unknown.status).toBe(400);
		// A retry of the consent given before the publish is answered as given, not refused.
		const retry = await consents.give(tenant, giveBody(['contactDetails', 'debts']), key);
		expect(retry.status).toBe(200);
		expect((retry.body.consent as { id: string }).id).toBe(beforeId);

		// Consents towards a landlord organisation are given under the same version now.
		await addOrg(b.db, 'Vuokratalot Testi Oy', 'sato');
		const landlordOld = await consents.give(tenant, landlordConsentBody('sato', 'tellGettingHelp'));
		expect(landlordOld.status).toBe(409);
		expect(landlordOld.body.code).toBe('consent_text_outdated');
		const landlordNew = await consents.give(
			tenant,
			landlordConsentBody('sato', 'tellGettingHelp', { textVersion: '2026-4' })
		);
		expect(landlordNew.status).toBe(201);

		const given = await consents.give(
			tenant,
			giveBody(['debts'], undefined, { textVersion: '2026-4' })
		);
		expect(given.status).toBe(201);
		const consent = given.body.consent as { id: string; textVersion: string };
		expect(consent.textVersion).toBe('2026-4');

		// Each receipt shows the words of its own version.
		const receipt = await consents.receipt(tenant, consent.id);
		expect(receipt.status).toBe(200);
		const purpose = (
			receipt.body.services as { purposes: { purpose: string; piiCategory: string[] }[] }[]
		)[0]!.purposes[0]!;
		expect(purpose.piiCategory).toEqual(['Velat ja maksuhäiriöt']);
		expect(purpose.purpose).toContain('Uusi lause.');
		expect(receipt.body['x-vuokraApu']).toMatchObject({ textVersion: '2026-4' });
		const oldReceipt = await consents.receipt(tenant, beforeId);
		const oldPurpose = (oldReceipt.body.services as { purposes: { piiCategory: string[] }[] }[])[0]!
			.purposes[0]!;
		expect(oldPurpose.piiCategory).toEqual([
			consentText('2026-2', 'fi')!.categories.contactDetails.label,
			consentText('2026-2', 'fi')!.categories.debts.label
		]);
	});

	it('refuses a publish based on a version that is no longer current', async () => {
		const before = await counts();
		const stale = await api.publish(users.admin, { basedOn: '2026-3', texts: texts() });
		expect(stale.status).toBe(409);
		expect(stale.body.code).toBe('changed_meanwhile');
		expect(paths(stale.body)).toEqual(['basedOn']);
		expect(await counts()).toEqual(before);
	});

	it('names versions after the highest one, in the Helsinki year', async () => {
		const next = await api.publish(users.admin, { basedOn: '2026-4', texts: texts() });
		expect((next.body.version as { version: string }).version).toBe('2026-5');
		// 31 Dec 22:30 UTC is already 1 January in Helsinki.
		clock.set('2026-12-31T22:30:00.000Z');
		const newYear = await api.publish(users.admin, { basedOn: '2026-5', texts: texts() });
		expect((newYear.body.version as { version: string }).version).toBe('2027-1');
		expect((await api.current(null)).body).toMatchObject({ service: { version: '2027-1' } });
		clock.set('2026-11-27T10:00:00.000Z');
	});

	it('never lets a published version be changed or removed, the application included', async () => {
		const before = await b.db.selectFrom('consent_text_versions').selectAll().execute();
		expect(before.length).toBe(3);
		await expect(
			b.db
				.updateTable('consent_text_versions')
				.set({ texts: '{}' })
				.where('version', '=', '2026-4')
				.execute()
		).rejects.toThrow(/append-only/);
		await expect(
			b.db.deleteFrom('consent_text_versions').where('version', '=', '2026-4').execute()
		).rejects.toThrow(/append-only/);
		if (kind === 'postgres') {
			await expect(sql`truncate consent_text_versions`.execute(b.db)).rejects.toThrow(
				/append-only/
			);
		}
		expect(await b.db.selectFrom('consent_text_versions').selectAll().execute()).toEqual(before);
	});
});
