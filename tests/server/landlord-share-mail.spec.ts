/**
 * The landlord's answer to a plan reaches the tenant and the advisor by email, through a real SMTP
 * server (the sink): each in their own language, with a link to their own page, and with neither
 * amounts nor the tenant's name (mail passes through many systems). A mail that cannot be sent
 * never fails the answer, and the log names no address and no text of the message.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BookingService } from '$lib/server/bookings/service';
import { LANDLORD_MAIL_TEXTS } from '$lib/server/landlord-share/mail-text';
import { useBackend } from './backends';
import { TestClock as BookingClock, insertAdvisor, requestPhoneBooking } from './booking-fixtures';
import { TestClock, consentApi, createUser, seedSituation } from './consent-harness';
import {
	addOrg,
	addStaff,
	landlordConsentBody,
	seedAgreedPlan,
	shareApi
} from './landlord-share-harness';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';

const ORIGIN = 'https://vuokra.example';
const FROM = 'Vuokra-apu <no-reply@vuokra.example>';
const mailTo = (smtpUrl: string) => ({ settings: { smtpUrl, from: FROM }, origin: ORIGIN });

describe('landlord answer emails (SQLite, SMTP sink)', () => {
	const backend = useBackend('sqlite');
	let sink: SmtpSink;
	beforeAll(async () => {
		sink = await startSmtpSink();
	});
	afterAll(async () => {
		await sink.close();
	});
	afterEach(() => {
		vi.restoreAllMocks();
	});

	/** A tenant with an agreed plan and the consent to send it, and an advisor with a confirmed booking. */
	async function world(consentLanguage: 'fi' | 'sv' | 'en', advisorMailLang: 'fi' | 'sv' | 'en') {
		const db = backend.db;
		const clock = new TestClock();
		const key = `heka-${randomUUID().slice(0, 8)}`;
		const orgName = `Vuokrataloyhtiö ${key}`;
		const org = await addOrg(db, orgName, key);
		const staff = await createUser(db, 'landlord', 'Sari Staff');
		await addStaff(db, staff.id, org);
		const tenant = await createUser(db, 'tenant', 'Tiina Salainen');
		await seedSituation(db, tenant.id);
		await seedAgreedPlan(db, tenant.id);
		const given = await consentApi(() => db, clock).give(
			tenant,
			landlordConsentBody(key, 'sendPlan', { language: consentLanguage })
		);
		expect(given.status).toBe(201);

		const advisor = await insertAdvisor(db, {
			displayName: 'Aino Neuvoja',
			mailLang: advisorMailLang
		});
		const bookings = new BookingService(db, { now: new BookingClock().now });
		const { booking } = await requestPhoneBooking(bookings, tenant.id, advisor.id);
		await bookings.confirm({ id: advisor.id, role: 'advisor' }, booking.id, '');
		return { db, clock, org, orgName, staff, tenant, advisor };
	}

	it('an accepted plan: the tenant in the language of their consent, the advisor in theirs, each with a link to their page', async () => {
		const w = await world('en', 'sv');
		const api = shareApi(() => w.db, w.clock, mailTo(sink.url));
		const sent = await api.sendPlan(w.tenant, { planId: 'plan-2', orgId: w.org });
		expect(sent.status).toBe(201);
		const proposalId = (sent.body.proposal as { id: string }).id;

		const since = sink.messages.length;
		const answered = await api.answer(w.staff, proposalId, { answer: 'accept' });
		expect(answered.status).toBe(200);

		const toTenant = await sink.waitFor(w.tenant.email, { since });
		expect(toTenant.subject).toBe(LANDLORD_MAIL_TEXTS.en.subject.tenant);
		expect(toTenant.text).toContain(`${w.orgName} accepted the payment plan.`);
		expect(toTenant.text).toContain(`${ORIGIN}/landlord-share`);

		const toAdvisor = await sink.waitFor(w.advisor.email, { since });
		expect(toAdvisor.subject).toBe(LANDLORD_MAIL_TEXTS.sv.subject.advisor);
		expect(toAdvisor.text).toContain(`${w.orgName} godkände betalningsplanen.`);
		expect(toAdvisor.text).toContain(`${ORIGIN}/advisor/cases/${w.tenant.id}`);

		// Nothing about the tenant or the plan's money travels in the mail.
		for (const mail of [toTenant, toAdvisor]) {
			expect(mail.raw).not.toContain('Tiina');
			expect(mail.raw).not.toContain('Salainen');
			expect(mail.raw).not.toMatch(/\d+[,.]\d{2}\s?(€|EUR)/);
		}
		// One message each, nothing to anyone else.
		const after = sink.messages.slice(since);
		expect(
			after
				.map((m) => m.to)
				.flat()
				.sort()
		).toEqual([w.tenant.email, w.advisor.email].map((e) => e.toLowerCase()).sort());
	});

	it('a counter-proposal and a refusal are told as such, in Finnish by default', async () => {
		const w = await world('fi', 'fi');
		const api = shareApi(() => w.db, w.clock, mailTo(sink.url));
		const first = await api.sendPlan(w.tenant, { planId: 'plan-2', orgId: w.org });
		const firstId = (first.body.proposal as { id: string }).id;
		let since = sink.messages.length;
		const declined = await api.answer(w.staff, firstId, {
			answer: 'decline',
			reason: 'Vuokrarästi on jo perinnässä.'
		});
		expect(declined.status).toBe(200);
		const declinedMail = await sink.waitFor(w.tenant.email, { since });
		expect(declinedMail.subject).toBe(LANDLORD_MAIL_TEXTS.fi.subject.tenant);
		expect(declinedMail.text).toContain(
			`${w.orgName} ei hyväksynyt maksusuunnitelmaa ja kertoi syyn.`
		);
		// The reason is the landlord's words about the tenant's case: shown in the app, not mailed.
		expect(declinedMail.raw).not.toContain('perinnässä');

		const second = await api.sendPlan(w.tenant, { planId: 'plan-2', orgId: w.org });
		expect(second.status).toBe(201);
		const secondId = (second.body.proposal as { id: string }).id;
		since = sink.messages.length;
		const countered = await api.answer(w.staff, secondId, {
			answer: 'counter',
			counter: { instalmentCents: 15_000, startMonth: '2027-01', months: 6 }
		});
		expect(countered.status).toBe(200);
		const counteredMail = await sink.waitFor(w.advisor.email, { since });
		expect(counteredMail.text).toContain(`${w.orgName} ehdottaa toista maksuerää.`);
		// Not the amount, in any part. Headers (Message-ID, Date) and MIME boundaries are left out:
		// random ids and times, where "150" turns up now and then.
		const parts = counteredMail.raw
			.split(/\r?\n\r?\n/)
			.slice(1)
			.join('\n')
			.split(/\r?\n/)
			.filter((line) => !line.startsWith('--'));
		expect(counteredMail.text).not.toContain('150');
		expect(parts.join('\n')).not.toContain('150');
	});

	it('a mail server that does not answer does not fail the answer, and the log keeps no address or text', async () => {
		const w = await world('fi', 'fi');
		const logged: string[] = [];
		vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
			logged.push(args.map(String).join(' '));
		});
		// A port nothing listens on.
		const api = shareApi(() => w.db, w.clock, mailTo('smtp://127.0.0.1:9'));
		const sent = await api.sendPlan(w.tenant, { planId: 'plan-2', orgId: w.org });
		const proposalId = (sent.body.proposal as { id: string }).id;
		const answered = await api.answer(w.staff, proposalId, { answer: 'accept' });
		expect(answered.status).toBe(200);
		expect(answered.body).toMatchObject({ proposal: { state: 'accepted' } });
		expect(logged.length).toBeGreaterThan(0);
		for (const line of logged) {
			expect(line).not.toContain(w.tenant.email);
			expect(line).not.toContain(w.advisor.email);
			expect(line).not.toContain('hyväksyi');
		}
	});
});
