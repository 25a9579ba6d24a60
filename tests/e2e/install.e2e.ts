/**
 * Chromium reports the app installable: a valid manifest with the right icons, a service worker
 * controlling the page, served from a secure origin (loopback counts). Installability is judged
 * only in a persistent profile (a normal test context is incognito), hence its own browser.
 */
import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

test('Chromium finds nothing that stops installing the app', async ({ baseURL }) => {
	const profile = mkdtempSync(join(tmpdir(), 'vuokra-install-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: findChromium() ?? undefined,
		args: CHROMIUM_ARGS,
		headless: true
	});
	try {
		const page = await context.newPage();
		await page.goto(new URL('/', baseURL).href);
		await page.evaluate(() => navigator.serviceWorker.ready);
		const manifest = (await (
			await page.request.get(new URL('/manifest.webmanifest', baseURL).href)
		).json()) as {
			icons: { sizes: string; purpose?: string }[];
		};
		expect(manifest.icons.map((i) => i.sizes)).toEqual(
			expect.arrayContaining(['192x192', '512x512'])
		);
		expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);

		const cdp = await context.newCDPSession(page);
		// The check runs after the worker controls the page; ask until Chromium has looked.
		await expect
			.poll(
				async () => {
					const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
					return installabilityErrors.map((e) => e.errorId);
				},
				{ timeout: 20_000 }
			)
			.toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
