// The advisor follows and adjusts a tenant's payment plan under consent (advisor part),
// end to end against the real built server with its own SQLite DATA_DIR:
//
// - a tenant's situation and plan reach the server through the real sync endpoint (the tenant's
//   session cookie, as the app sends it), and the tenant consents to the plan category;
// - the advisor (desktop) sees the plan in force and its progress, and sets a new instalment;
// - the new version arrives on the tenant's phone through ordinary sync and is listed on /plan;
// - axe finds nothing on the case view with the plan section open.
import { axeFor } from './support/a11y';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fi } from '../../src/lib/i18n/fi/index';
import { CURRENT_CONSENT_TEXT_VERSION } from '../../src/lib/consent-texts/index';
import { repoRoot, startServer, type RunningServer } from './support/server';
import { expect, sessionsFor, test, type Sessions } from './support/session';

const BUILD_DIR = process.env.ADVISOR_PLAN_E2E_BUILD_DIR ?? 'build';
const at = new Date().toISOString();
const none = { happened: false, date: null };

let server: RunningServer;
let sessions: Sessions;

test.beforeAll(async () => {
	server = await startServer({ buildDir: BUILD_DIR });
	sessions = sessionsFor(server);
});
test.afterAll(async () => {
	await sessions?.close();
	await server?.stop({ removeData: true });
});

function mutation(entity: string, entityId: string, fields: Record<string, unknown>) {
	return {
		mutationId: randomUUID(),
		entity,
		entityId,
		op: 'upsert',
		fields: { createdAt: at, updatedAt: at, ...fields },
		baseVersion: 0
	};
}

test('the advisor sees the plan and its progress, and a new instalment reaches the tenant', async ({
	browser,
	device
}) => {
	const tenantEmail = `tenant-${randomUUID().slice(0, 8)}@example.test`;
	const advisorEmail = `advisor-${randomUUID().slice(0, 8)}@example.test`;
	const tenant = await sessions.createSession(tenantEmail);
	const headers = { cookie: tenant.cookie, origin: server.url, 'content-type': 'application/json' };
	const month = at.slice(0, 7);

	// The tenant's data, pushed as the app pushes it.
	const push = await fetch(`${server.url}/api/sync/push`, {
		method: 'POST',
		headers,
		body: JSON.stringify({
			mutations: [
				mutation('home', 'home', {
					landlordId: 'other',
					landlordOther: 'Vuokra Oy',
					rentCents: 75_000,
					dueDay: 28,
					arrearsCents: 60_000,
					arrearsMonths: 1,
					reminder: none,
					collectionLetter: none,
					termination: none,
					evictionApplication: none,
					judgment: none,
					evictionDate: none
				}),
				mutation('plans', 'plan-1', {
					revision: 1,
					basedOnPlanId: null,
					startMonth: month,
					dueDay: 28,
					incomeCents: 200_000,
					livingFloorCents: 90_000,
					rentCents: 75_000,
					debts: [
						{
							debtId: 'homeArrears',
							creditor: 'Vuokra Oy',
							type: 'rentArrears',
							balanceCents: 60_000,
							currentLandlord: true
						}
					],
					adjustments: [],
					months: [
						{ month, dueDate: `${month}-28`, instalmentsCents: [35_000] },
						{
							month: nextMonth(month),
							dueDate: `${nextMonth(month)}-28`,
							instalmentsCents: [25_000]
						}
					],
					agreed: true,
					agreedAt: at,
					note: ''
				})
			]
		})
	});
	expect(push.status).toBe(200);
	const results = ((await push.json()) as { results: { status: string }[] }).results;
	expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);

	const consent = await fetch(`${server.url}/api/consents`, {
		method: 'POST',
		headers: { ...headers, 'idempotency-key': randomUUID() },
		body: JSON.stringify({
			recipient: { kind: 'advisorService' },
			categories: ['paymentPlan', 'rentArrears'],
			textVersion: CURRENT_CONSENT_TEXT_VERSION,
			language: 'fi'
		})
	});
	expect(consent.status).toBe(201);

	// The advisor, on a desktop.
	await sessions.createSession(advisorEmail);
	execFileSync(
		process.execPath,
		[path.join(repoRoot, 'scripts', 'user-role.mjs'), advisorEmail, 'advisor'],
		{
			env: { ...process.env, DATA_DIR: server.dataDir },
			stdio: 'pipe'
		}
	);
	const desk = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		locale: 'fi-FI',
		timezoneId: 'Europe/Helsinki',
		baseURL: server.url
	});
	try {
		await sessions.signIn(desk, advisorEmail);
		const page = await desk.newPage();
		await page.goto(`/advisor/cases/${tenant.userId}`);
		const m = fi.advisorPlan;
		const section = page.getByTestId('advisor-plan');
		await expect(section.getByRole('heading', { name: m.title })).toBeVisible();
		const row = section.getByTestId('advisor-plan-debt');
		await expect(row).toHaveCount(1);
		await expect(row).toContainText('Vuokra Oy');
		// Agreed today, nothing due yet: on track.
		await expect(row.locator('[data-status]')).toHaveAttribute('data-status', 'onTrack');

		const axe = await axeFor(page).analyze();
		expect(axe.violations).toEqual([]);

		const input = page.getByLabel(m.newInstalment('Vuokra Oy'));
		await input.fill('700');
		await page.getByRole('button', { name: m.save }).click();
		await expect(page.getByText(m.problems.exceedsBalance)).toBeVisible();
		await input.fill('200');
		await page.getByRole('button', { name: m.save }).click();
		await expect(section.getByRole('status')).toHaveText(m.saved(2));
	} finally {
		await desk.close();
	}

	// The tenant's phone pulls the new version through ordinary sync.
	const phone = await device(server, 'tenant phone');
	await sessions.signIn(phone.context, tenantEmail);
	await phone.page.goto('/plan');
	await expect(phone.page.getByText(fi.plan.versions.title, { exact: false }).first()).toBeVisible({
		timeout: 20_000
	});
	await expect
		.poll(
			() =>
				phone.page.evaluate(async () => {
					const open = indexedDB.open('vuokra-apu');
					const db = await new Promise<IDBDatabase>((res, rej) => {
						open.onsuccess = () => res(open.result);
						open.onerror = () => rej(open.error);
					});
					const all = await new Promise<{ revision: number }[]>((res) => {
						const req = db.transaction('plans').objectStore('plans').getAll();
						req.onsuccess = () => res(req.result as { revision: number }[]);
					});
					db.close();
					return all.map((p) => p.revision).sort();
				}),
			{ timeout: 30_000 }
		)
		.toEqual([1, 2]);
});

function nextMonth(month: string): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
