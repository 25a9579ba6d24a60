// Finding one's way on a phone: the bottom tab bar shows every main destination at 390 and 320 px
// (and with 200% text) without scrolling sideways or covering the page, in Tab order, opened with
// Enter, the current one marked; "More" holds the rest. And the app's frame around it: an unknown
// address offline shows the not-found page, every page's icon links resolve, every control the
// keyboard reaches shows the focus ring, and the manifest follows the language.
import type { Locator, Page } from '@playwright/test';
import { en } from '../../src/lib/i18n/en/index';
import { fi, type Messages } from '../../src/lib/i18n/fi/index';
import { sv } from '../../src/lib/i18n/sv/index';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, horizontalOverflow } from './support/a11y';
import { TabBar, TABS } from './pages/tab-bar';
import { tabTo } from './support/keyboard';

/**
 * Every tab is wholly on screen, at least 44 × 44 px, shows its whole label, and the five take at
 * most `maxRows` rows (in one row: left to right in Tab order).
 */
async function expectTabsInSight(bar: TabBar, maxRows = 1): Promise<void> {
	const boxes: { x: number; y: number; width: number; height: number }[] = [];
	for (const control of bar.controls()) {
		await expect(control).toBeInViewport({ ratio: 1 });
		const box = (await control.boundingBox())!;
		expect(box.width, 'tab width').toBeGreaterThanOrEqual(44);
		expect(box.height, 'tab height').toBeGreaterThanOrEqual(44);
		// The label is not cut off or spilling over a neighbour.
		const label = (await control.locator('span').boundingBox())!;
		expect(label.x, 'label inside its tab').toBeGreaterThanOrEqual(box.x - 0.5);
		expect(label.x + label.width, 'label inside its tab').toBeLessThanOrEqual(
			box.x + box.width + 0.5
		);
		boxes.push(box);
	}
	const tops = [...new Set(boxes.map((b) => Math.round(b.y)))];
	expect(tops.length, 'rows of tabs').toBeLessThanOrEqual(maxRows);
	if (tops.length === 1) {
		const xs = boxes.map((b) => b.x);
		expect(xs, 'tabs left to right in Tab order').toEqual([...xs].sort((a, b) => a - b));
	}
}

/** The page's last line (the footer link) scrolled as far as it goes is above the bar. */
async function expectEndClearOfBar(page: Page, bar: TabBar): Promise<void> {
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	const last = page.getByRole('contentinfo').getByRole('link');
	await expect(last).toBeInViewport();
	const end = (await last.boundingBox())!;
	const top = (await bar.nav().boundingBox())!.y;
	expect(end.y + end.height, 'end of the page above the tab bar').toBeLessThanOrEqual(top);
}

for (const width of [390, 320]) {
	test(`at ${width} px every main destination is in sight without scrolling sideways`, async ({
		page,
		m
	}) => {
		test.setTimeout(90_000);
		await page.setViewportSize({ width, height: 640 });
		const bar = new TabBar(page, m);
		for (const path of ['/', '/situation/household', '/summary', '/book', '/settings']) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
			await expectTabsInSight(bar);
			expect(await horizontalOverflow(page), `sideways scroll on ${path}`).toBe(0);
			await expectEndClearOfBar(page, bar);
		}
		// Book, the way to an advisor, is one tap away and then marked as the current page.
		await bar.tab('book').tap();
		await expect(page).toHaveURL(/\/book$/);
		await expect(bar.tab('book')).toHaveAttribute('aria-current', 'page');
		for (const tab of TABS.filter((t) => t !== 'book')) {
			await expect(bar.tab(tab)).not.toHaveAttribute('aria-current');
		}
	});
}

for (const [lang, messages] of [
	['sv', sv],
	['en', en]
] as const) {
	test.describe(`in ${lang}`, () => {
		test.use({ locale: lang === 'sv' ? 'sv-FI' : 'en-GB', m: messages });

		test('the tab labels fit one row at 320 px', async ({ page, m }) => {
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto('/summary');
			const bar = new TabBar(page, m);
			await expect(bar.tab('summary')).toHaveAttribute('aria-current', 'page');
			await expectTabsInSight(bar);
			expect(await horizontalOverflow(page)).toBe(0);
		});
	});
}

test('with 200% text the tabs take at most two rows and still cover nothing', async ({
	page,
	m
}) => {
	await page.setViewportSize({ width: 390, height: 800 });
	const bar = new TabBar(page, m);
	await page.goto('/summary');
	await expect(bar.tab('summary')).toBeVisible();
	await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
	await expectTabsInSight(bar, 2);
	expect(await horizontalOverflow(page)).toBe(0);
	await expectEndClearOfBar(page, bar);
});

test('the tabs come in Tab order, open with Enter and mark the current page; More holds the rest', async ({
	page,
	m
}) => {
	await page.setViewportSize({ width: 320, height: 640 });
	const bar = new TabBar(page, m);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: m.common.home.title })).toBeVisible();

	// From the top of the page, Tab reaches the five tab controls one after another, left to right.
	const reached: string[] = [];
	await tabTo(page, bar.tab('situation'));
	for (let i = 0; i < 5; i++) {
		reached.push(
			await bar.nav().evaluate((nav) => {
				const active = document.activeElement;
				return active && nav.contains(active) ? (active.textContent ?? '').trim() : '(outside)';
			})
		);
		// The focused tab shows the app's focus ring.
		expect(await focusRing(page)).toBe(true);
		await page.keyboard.press('Tab');
	}
	const n = m.common.nav;
	expect(reached).toEqual([n.situation, n.summary, n.plan, n.book, n.more]);

	await tabTo(page, bar.tab('plan'), { back: true });
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/plan$/);
	await expect(bar.tab('plan')).toHaveAttribute('aria-current', 'page');

	// More: Enter opens the sheet, Tab goes into it in order, Escape closes it and focus goes back.
	await tabTo(page, bar.moreButton());
	await expect(bar.moreButton()).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.press('Enter');
	await expect(bar.moreButton()).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('Tab');
	await expect(bar.moreLink('home')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(bar.moreLink('consent')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(bar.moreLink('consent')).toBeHidden();
	await expect(bar.moreButton()).toBeFocused();
	await expect(bar.moreButton()).toHaveAttribute('aria-expanded', 'false');

	// Settings through More; the sheet closes on the way and shows the page as current next time.
	await page.keyboard.press('Enter');
	await tabTo(page, bar.moreLink('settings'));
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('heading', { level: 1, name: m.account.settings.title })
	).toBeVisible();
	await expect(bar.moreLink('settings')).toBeHidden();
	for (const tab of TABS) await expect(bar.tab(tab)).not.toHaveAttribute('aria-current');
	await bar.openMore();
	await expect(bar.moreLink('settings')).toHaveAttribute('aria-current', 'page');
	await expect(bar.moreLink('privacy')).not.toHaveAttribute('aria-current');
	// A tap outside closes it.
	await page.getByRole('heading', { level: 1 }).tap();
	await expect(bar.moreLink('settings')).toBeHidden();
});

test('advisor pages keep their own navigation, without the tenant tab bar', async ({ page, m }) => {
	await page.goto('/advisor/bookings');
	await expect(page.getByText(m.advisor.signInNeeded)).toBeVisible();
	await expect(new TabBar(page, m).nav()).toHaveCount(0);
	expect(await page.evaluate(() => getComputedStyle(document.body).paddingBottom)).toBe('0px');
});

/** Whether the focused element shows a focus ring: an outline or a box shadow. */
async function focusRing(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return false;
		const style = getComputedStyle(el);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
		return outline || style.boxShadow !== 'none';
	});
}

/**
 * Tabs through the whole page from the top (call it on a freshly loaded page) and returns what got
 * focus without a ring (tag, type, text), until focus comes back to the first element or leaves.
 */
async function controlsWithoutRing(page: Page): Promise<string[]> {
	const missing: string[] = [];
	let first: string | undefined;
	for (let i = 0; i < 120; i++) {
		await page.keyboard.press('Tab');
		const id = await page.evaluate(() => {
			const el = document.activeElement;
			if (!el || el === document.body) return '';
			const type = el.getAttribute('type');
			const text = (el.textContent ?? '').trim().slice(0, 30);
			const path = [...document.querySelectorAll('*')].indexOf(el);
			return `${el.tagName.toLowerCase()}${type ? `[${type}]` : ''} "${text}" #${path}`;
		});
		if (!id || id === first) break;
		first ??= id;
		if (!(await focusRing(page))) missing.push(id);
	}
	expect(first, 'Tab reached something').toBeDefined();
	return missing;
}

test('every control the keyboard reaches shows the focus ring, date fields too', async ({
	page,
	m,
	situation
}) => {
	test.setTimeout(60_000);
	await situation.goto('home');
	await situation.event('termination').tap();
	const date = situation.eventDate('termination');
	await expect(date).toBeVisible();

	// A date field focused by keyboard and by touch.
	await situation.event('termination').focus();
	await page.keyboard.press('Tab');
	await expect(date).toBeFocused();
	expect(await ring(date)).toEqual({ style: 'solid', width: '3px', color: 'rgb(11, 83, 148)' });
	await page.getByRole('heading', { level: 1 }).tap();
	await expect(date).not.toBeFocused();
	await date.tap();
	await expect(date).toBeFocused();
	expect(await ring(date)).toEqual({ style: 'solid', width: '3px', color: 'rgb(11, 83, 148)' });

	// Every control on pages with text, number, date, select, checkbox, details and links.
	await page.reload();
	await expect(date).toBeVisible();
	expect(await controlsWithoutRing(page), 'on the home step').toEqual([]);
	await page.goto('/summary');
	await expect(page.getByRole('heading', { level: 1, name: m.summary.title })).toBeVisible();
	expect(await controlsWithoutRing(page), 'on the summary').toEqual([]);
});

async function ring(field: Locator): Promise<{ style: string; width: string; color: string }> {
	return field.evaluate((el) => {
		const style = getComputedStyle(el);
		return { style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor };
	});
}

test('every page links a favicon, touch icon and manifest that exist, also after moving within the app', async ({
	page,
	request
}) => {
	const missing: string[] = [];
	page.on('response', (response) => {
		if (/favicon|\.webmanifest|touch-icon/.test(response.url()) && response.status() !== 200) {
			missing.push(`${response.status()} ${response.url()}`);
		}
	});
	/** The page's icon and manifest links as the browser resolves them at the current address. */
	const expectLinksResolve = async (where: string) => {
		const links = () =>
			page.evaluate(() =>
				[
					...document.querySelectorAll<HTMLLinkElement>(
						'link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]'
					)
				].map((link) => link.href)
			);
		// The manifest link is the page's own (in the page's language), added as it starts: wait
		// for it as a person's browser would, rather than read the head before the page has run.
		await expect.poll(links, { message: `icon and manifest links on ${where}` }).toHaveLength(3);
		const hrefs = await links();
		for (const href of hrefs)
			expect((await request.get(href)).status(), `${href} on ${where}`).toBe(200);
	};

	// The advisor's way in: /advisor sends the browser on to the request queue.
	await page.goto('/advisor');
	await expect(page).toHaveURL(/\/advisor\/bookings$/);
	await expectLinksResolve('/advisor/bookings after /advisor');
	// A case page has no prerendered shell; the server renders one.
	await page.goto('/advisor/cases/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0');
	await expectLinksResolve('an advisor case page');
	// A tenant who opened the app at / and moved two levels down without a page load.
	await page.goto('/');
	await new TabBar(page, fi).tab('situation').tap();
	await expect(page).toHaveURL(/\/situation\/household$/);
	await expectLinksResolve('/situation/household after /');
	expect(missing).toEqual([]);
});

test('an unknown address shows the not-found page, offline too, in the chosen language', async ({
	context,
	page,
	m,
	app
}) => {
	test.setTimeout(90_000);
	const notFound = (messages: Messages) =>
		page.getByRole('heading', { level: 1, name: messages.common.notFound });

	// Online: the server's answer.
	const online = await page.goto('/no/such/page');
	expect(online?.status()).toBe(404);
	await expect(notFound(m)).toBeVisible();

	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: m.common.home.title })).toBeVisible();
	await app.waitForServiceWorker();
	await context.setOffline(true);

	for (const path of ['/no-such-page', '/no/such/page', '/situation/no-such-step/x']) {
		const response = await page.goto(path);
		expect(response?.fromServiceWorker(), `${path} from the service worker`).toBe(true);
		await expect(notFound(m), path).toBeVisible();
		await expect(page.getByRole('link', { name: m.common.backHome })).toBeVisible();
	}

	// The chosen language, offline.
	await app.languageSelect().selectOption('sv');
	await app.expectLang('sv');
	await page.goto('/ingen/sida');
	await expect(notFound(sv)).toBeVisible();
	await app.expectLang('sv');
	await page.getByRole('link', { name: sv.common.backHome }).tap();
	await expect(page.getByRole('heading', { level: 1, name: sv.common.home.title })).toBeVisible();

	// Still nothing but the app in Cache Storage: the not-found answers were not stored.
	const urls = (await app.cacheEntries()).map((e) => new URL(e.url).pathname);
	expect(urls.filter((u) => /no-such|no\/such|ingen/.test(u))).toEqual([]);
	await context.setOffline(false);
});

test('the manifest follows the chosen language', async ({ page, app, request }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: fi.common.home.title })).toBeVisible();
	const manifests: Record<string, { lang: string; description: string; icons: unknown }> = {};
	let previous: Messages = fi;
	for (const [lang, messages] of [
		['fi', fi],
		['sv', sv],
		['en', en]
	] as const) {
		if (lang !== 'fi') await app.languageSelect(previous).selectOption(lang);
		await app.expectLang(lang);
		previous = messages;
		const link = page.locator('link[rel="manifest"]');
		await expect(link).toHaveCount(1);
		const href = await link.evaluate((l: HTMLLinkElement) => l.href);
		const manifest = (await (await request.get(href)).json()) as {
			id: string;
			start_url: string;
			name: string;
			lang: string;
			description: string;
			icons: unknown;
		};
		expect(manifest.lang, href).toBe(lang);
		expect(manifest.name).toBe(messages.common.appName);
		// One app whatever the language: same identity, start and icons.
		expect([manifest.id, manifest.start_url]).toEqual(['/', '/']);
		manifests[lang] = manifest;
	}
	const descriptions = new Set(Object.values(manifests).map((x) => x.description));
	expect(descriptions.size, 'a description per language').toBe(3);
	expect(manifests.sv!.icons).toEqual(manifests.fi!.icons);
	expect(manifests.en!.icons).toEqual(manifests.fi!.icons);
});

test('"I have a code" pressed before the start page has started its script leads to the code form', async ({
	page,
	m
}) => {
	// The start page is prerendered and shows before its script runs; on a slow phone a tenant can
	// press the button in that time. Hold every script until the button has been pressed.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/**/*.js', async (route) => {
		await held;
		await route.continue().catch(() => {
			// The request belonged to the page that the press left.
		});
	});
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	const open = page.getByRole('button', { name: m.common.haveCode });
	await open.focus();
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/r\?*$/, { waitUntil: 'commit' });
	release();
	await expect(page.getByRole('heading', { level: 1, name: m.common.haveCode })).toBeVisible();
	await expect(page.getByLabel(m.landlordCodes.entry.label, { exact: true })).toBeFocused();
	await page.setViewportSize({ width: 320, height: 640 });
	expect(await horizontalOverflow(page)).toBe(0);
	await expectNoAxeViolations(page, 'the code page');
});
