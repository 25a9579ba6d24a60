/**
 * The advisor's follow-up list on SQLite and PostgreSQL (server/consent/follow-up.ts): only the
 * advisor's own open cases, only under a consent covering the payment plan, with the signs of
 * arrears coming back (a missed instalment, an unpaid month's rent, a check-in answered "no"),
 * most urgent first; advisors only. The daily digest mails each advisor a count and a link.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendAdvisorDigests } from '$lib/server/reminders/digest';
import { DEFAULT_SETTINGS, writeSettings } from '$lib/server/reminders/store';
import { mimePart } from '../support/mail-parts';
import { applyPush } from '$lib/server/sync';
import type { SessionUser } from '$lib/server/http/guards';
import { resetRateLimits } from '$lib/server/http/guards';
import { BACKENDS, useBackend } from './backends';
import { mutation, rowFields } from './factories';
import { TestClock, consentApi, createUser, giveBody } from './consent-harness';

const AGREED = rowFields('plans', { agreed: true, agreedAt: '2026-12-01T10:00:00.000Z' });

describe.each(BACKENDS)('advisor follow-up on %s', (kind) => {
	const b = useBackend(kind);
	const clock = new TestClock();
	let api: ReturnType<typeof consentApi>;
	let advisor: SessionUser;
	let other: SessionUser;

	beforeAll(async () => {
		resetRateLimits();
		api = consentApi(() => b.db, clock);
		advisor = await createUser(b.db, 'advisor');
		other = await createUser(b.db, 'advisor');
	});
	afterAll(() => resetRateLimits());

	/** A tenant with a consent, synced rows, and a case assigned to `assignee`. */
	async function tenant(
		rows: ReturnType<typeof mutation>[],
		options: { categories?: Parameters<typeof giveBody>[0]; assignee?: SessionUser } = {}
	): Promise<SessionUser> {
		const user = await createUser(b.db, 'tenant');
		const given = await api.give(user, giveBody(options.categories));
		expect(given.status).toBe(201);
		const results = await applyPush(b.db, user.id, rows);
		expect(results.every((r) => r.status === 'applied')).toBe(true);
		await b.db
			.updateTable('cases')
			.set({ advisor_id: (options.assignee ?? advisor).id })
			.where('tenant_id', '=', user.id)
			.execute();
		return user;
	}

	/** An agreed plan whose instalment (600 €) and two months' rent (1500 €) were paid on time. */
	const paidUp = () => [
		mutation('plans', 'plan-1', AGREED),
		mutation(
			'payments',
			'pay-1',
			rowFields('payments', { date: '2026-12-02', amountCents: 60_000 })
		),
		mutation(
			'payments',
			'rent-1',
			rowFields('payments', { date: '2026-12-02', amountCents: 150_000, debtId: 'currentRent' })
		)
	];

	it('lists the advisor’s consented cases with signs of arrears coming back, most urgent first', async () => {
		clock.set('2026-11-27T10:00:00.000Z');
		// Nothing paid since the agreement: December's instalment missed, two months' rent unpaid.
		const behind = await tenant([mutation('plans', 'plan-1', AGREED)]);
		// Everything paid, but the one-month check-in answered "no".
		const answeredNo = await tenant([
			...paidUp(),
			mutation(
				'checkins',
				'checkin:plan-1:1',
				rowFields('checkins', {
					key: 'checkin:plan-1:1',
					planId: 'plan-1',
					months: 1,
					answer: 'no'
				})
			)
		]);
		// All well: not listed.
		await tenant(paidUp());
		// Behind, but the consent does not cover the plan; and behind, but another advisor's case.
		const noPlanConsent = await tenant([mutation('plans', 'plan-1', AGREED)], {
			categories: ['rentArrears', 'contactDetails']
		});
		const othersCase = await tenant([mutation('plans', 'plan-1', AGREED)], { assignee: other });

		clock.set('2027-01-10T10:00:00.000Z');
		const res = await api.followUp(advisor);
		expect(res.status).toBe(200);
		const items = res.body.items as {
			tenantId: string;
			reasons: string[];
			urgency: number;
			ref: string;
		}[];
		expect(items.map((i) => [i.tenantId, i.reasons])).toEqual([
			[behind.id, ['missedInstalment', 'unpaidRent']],
			[answeredNo.id, ['checkinNo']]
		]);
		expect(items[0]!.ref).toMatch(/^[0-9a-f]{8}$/);
		const listed = new Set(items.map((i) => i.tenantId));
		expect(listed.has(noPlanConsent.id)).toBe(false);
		expect(listed.has(othersCase.id)).toBe(false);
		// No amount and no landlord. Ids and refs are random hex, where "600" turns up now and then.
		const withoutIds = JSON.stringify(res.body, (key, value: unknown) =>
			key === 'tenantId' || key === 'ref' ? undefined : value
		);
		expect(withoutIds).toContain('missedInstalment');
		expect(withoutIds).not.toMatch(/600|750|Vuokra Oy/);
		expect(
			((await api.followUp(other)).body.items as { tenantId: string }[]).map((i) => i.tenantId)
		).toEqual([othersCase.id]);
	});

	it('mails each advisor a daily count with a link, never who or how much; not to one who switched it off', async () => {
		const outbox = mkdtempSync(join(tmpdir(), 'vuokra-digest-'));
		try {
			const quiet = await createUser(b.db, 'advisor');
			await tenant([mutation('plans', 'plan-1', AGREED)], { assignee: quiet });
			await writeSettings(b.db, quiet.id, { ...DEFAULT_SETTINGS, digest: false }, clock.now());
			const result = await sendAdvisorDigests(b.db, clock.now(), {
				mail: { smtpUrl: undefined, from: 'apu@vuokra.example', outboxDir: outbox },
				origin: 'https://vuokra.example'
			});
			expect(result.sent).toBe(2);
			const mails = readdirSync(outbox).map((f) => readFileSync(join(outbox, f), 'utf8'));
			const to = (address: string) => mails.filter((m) => m.includes(`To: ${address}`));
			expect(to(quiet.email)).toEqual([]);
			const [mine] = to(advisor.email);
			expect(mine).toBeDefined();
			const text = mimePart(mine!, 'text/plain').text;
			expect(text).toContain('2 asiakkaallasi');
			expect(text).toContain('https://vuokra.example/advisor/follow-up');
			expect(text).not.toMatch(/[0-9a-f]{8}|€|600|Vuokra Oy/);
			expect(mimePart(to(other.email)[0]!, 'text/plain').text).toContain('Yhdellä asiakkaallasi');
		} finally {
			rmSync(outbox, { recursive: true, force: true });
		}
	});

	it('answers advisors only', async () => {
		expect((await api.followUp(null)).status).toBe(401);
		for (const role of ['tenant', 'landlord', 'funder', 'admin'] as const) {
			const res = await api.followUp(await createUser(b.db, role));
			expect(res.status, role).toBe(403);
		}
	});
});
