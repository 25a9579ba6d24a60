// Updates: a tenant with version 1 open gets "a new version is available" once version 2 is deployed,
// and pressing Update reloads the app into version 2 (under the new service worker).
//
// Version 1 is the shared build (build/) on a server of this test's own, so it can be stopped;
// version 2 is built into build-e2e-update/ with another version name while version 1 runs.
import { axeFor } from './support/a11y';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { buildApp, freePort, repoRoot, startServer, type RunningServer } from './support/server';

/** SvelteKit names the page's global after the build's version: `__sveltekit_<hash>`. */
function versionGlobalOf(buildDir: string): string {
	const html = readFileSync(path.join(buildDir, 'prerendered', 'index.html'), 'utf8');
	const name = /__sveltekit_[a-z0-9]+/.exec(html)?.[0];
	if (!name) throw new Error(`No __sveltekit_ global in ${buildDir}/prerendered/index.html`);
	return name;
}

/** The version global of the code running in the page now. */
function runningVersion(page: Page): Promise<string | undefined> {
	return page.evaluate(() => Object.keys(window).find((key) => key.startsWith('__sveltekit_')));
}

test('a new build shows the update prompt, and Update reloads into it', async ({
	page,
	m,
	app,
	situation
}) => {
	test.setTimeout(150_000);
	const v2Dir = path.join(repoRoot, 'build-e2e-update');
	const port = await freePort();
	const servers: RunningServer[] = [];
	try {
		const v1 = await startServer({ buildDir: 'build', port });
		servers.push(v1);
		// Version 2 builds while version 1 is being used.
		const building = buildApp({ outDir: 'build-e2e-update', version: `e2e-update-${Date.now()}` });
		building.catch(() => {}); // awaited below; don't let an early failure go unhandled

		const v1Global = versionGlobalOf(path.join(repoRoot, 'build'));
		await page.goto(`${v1.url}/situation/household`);
		await situation.expectStep('household');
		await app.waitForServiceWorker();
		expect(await runningVersion(page)).toBe(v1Global);
		const v1Worker = await page.evaluate(async () => {
			const response = await fetch('/service-worker.js', { cache: 'no-store' });
			return response.text();
		});
		// Something typed in version 1 must still be there in version 2.
		await situation.fillText(m.situation.household.municipality, 'Päivityskylä');
		await app.expectSaved();
		await expect(app.updatePrompt()).toHaveCount(0);

		await building;
		const v2Global = versionGlobalOf(v2Dir);
		expect(v2Global, 'the two builds have different versions').not.toBe(v1Global);

		await v1.stop();
		const v2 = await startServer({ buildDir: v2Dir, port, env: { DATA_DIR: v1.dataDir } });
		servers.push(v2);

		// The page asks for updates when it becomes visible again, hourly, or when the browser
		// checks on navigation; here the check is triggered directly.
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			await registration?.update();
		});
		const prompt = app.updatePrompt();
		await expect(prompt).toBeVisible({ timeout: 20_000 });
		await expect(prompt).toContainText(m.common.update.available);
		// The old version keeps running until the tenant chooses.
		expect(await runningVersion(page)).toBe(v1Global);
		const { violations } = await axeFor(page).analyze();
		expect(violations.map((v) => v.id)).toEqual([]);

		const reloaded = page.waitForEvent('load');
		await prompt.getByRole('button', { name: m.common.update.action }).tap();
		await reloaded;
		await situation.expectStep('household');
		expect(await runningVersion(page)).toBe(v2Global);
		await expect(app.updatePrompt()).toHaveCount(0);
		// The new worker controls the page, and it is version 2's script.
		await app.waitForServiceWorker();
		const v2Worker = await page.evaluate(async () => {
			const response = await fetch('/service-worker.js', { cache: 'no-store' });
			return response.text();
		});
		expect(v2Worker).not.toBe(v1Worker);
		const activeIsNew = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			return registration?.waiting === null && registration.active !== null;
		});
		expect(activeIsNew, 'no worker left waiting').toBe(true);
		await expect(page.getByLabel(m.situation.household.municipality, { exact: true })).toHaveValue(
			'Päivityskylä'
		);
	} finally {
		for (const server of servers.reverse()) await server.stop({ removeData: true });
		rmSync(v2Dir, { recursive: true, force: true });
	}
});
