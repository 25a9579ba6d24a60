// Language: the first visit follows the browser's languages (Finnish when none match); a choice in
// the header switches every text and <html lang> at once and is remembered over the browser's.
import type { Messages } from '../../src/lib/i18n/fi/index';
import { en } from '../../src/lib/i18n/en/index';
import { fi } from '../../src/lib/i18n/fi/index';
import { sv } from '../../src/lib/i18n/sv/index';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';

const LANGUAGES = { fi, sv, en } satisfies Record<string, Messages>;
type Lang = keyof typeof LANGUAGES;

/** The start page is in `lang`: heading, navigation, the header's own label, and <html lang>. */
async function expectStartPageIn(app: AppShell, lang: Lang): Promise<void> {
	const m = LANGUAGES[lang];
	const { page } = app;
	await expect(page.getByRole('heading', { level: 1, name: m.common.home.title })).toBeVisible();
	await app.expectLang(lang);
	await expect(app.languageSelect(m)).toHaveValue(lang);
	const nav = page.getByRole('navigation', { name: m.common.mainNav });
	await expect(nav.getByRole('link', { name: m.common.nav.summary })).toBeVisible();
	await expect(page.getByRole('link', { name: m.common.home.start })).toBeVisible();
	await expect(page).toHaveTitle(`${m.common.appName} – ${m.common.tagline}`);
}

const FIRST_VISIT: { locale: string; lang: Lang }[] = [
	{ locale: 'en-GB', lang: 'en' },
	{ locale: 'sv-FI', lang: 'sv' },
	{ locale: 'de-DE', lang: 'fi' },
	{ locale: 'fi-FI', lang: 'fi' }
];

for (const { locale, lang } of FIRST_VISIT) {
	test.describe(`browser language ${locale}`, () => {
		test.use({ locale });

		test(`the first visit is in ${lang}`, async ({ page }) => {
			// Precondition: the browser really reports this language to the page.
			await page.goto('/');
			expect(await page.evaluate(() => navigator.language)).toBe(locale);
			await expectStartPageIn(new AppShell(page), lang);
			// Nothing is stored until the tenant chooses.
			expect(await page.evaluate(() => localStorage.getItem('lang'))).toBeNull();
		});
	});
}

test.describe('browser language en-GB', () => {
	test.use({ locale: 'en-GB' });

	test('choosing Finnish in the header wins over the browser and is remembered', async ({
		page
	}) => {
		const app = new AppShell(page);
		await page.goto('/');
		await expectStartPageIn(app, 'en');

		await app.languageSelect(en).selectOption({ label: en.common.languageNames.fi });
		await expectStartPageIn(app, 'fi');

		await page.reload();
		await expectStartPageIn(app, 'fi');
		// Other pages too, after a full load.
		await page.goto('/summary');
		await expect(page.getByRole('heading', { level: 1, name: fi.summary.title })).toBeVisible();
		await expect(page.getByTestId('summary-empty')).toHaveText(fi.summary.empty);
	});
});

test('choosing a language switches every text at once, on any page, and is remembered', async ({
	page,
	app
}) => {
	await page.goto('/situation/home');
	await expect(
		page.getByRole('heading', { level: 1, name: fi.situation.steps.home })
	).toBeVisible();
	await expect(page.getByLabel(fi.situation.home.rent, { exact: true })).toBeVisible();

	await app.languageSelect(fi).selectOption('sv');
	await app.expectLang('sv');
	await expect(
		page.getByRole('heading', { level: 1, name: sv.situation.steps.home })
	).toBeVisible();
	await expect(page.getByLabel(sv.situation.home.rent, { exact: true })).toBeVisible();
	await expect(page.getByLabel(fi.situation.home.rent, { exact: true })).toHaveCount(0);
	await expect(page).toHaveTitle(`${sv.situation.steps.home} – ${sv.common.appName}`);

	await app.languageSelect(sv).selectOption('en');
	await app.expectLang('en');
	await expect(
		page.getByRole('heading', { level: 1, name: en.situation.steps.home })
	).toBeVisible();
	await expect(page.getByLabel(en.situation.home.rent, { exact: true })).toBeVisible();

	await page.reload();
	await app.expectLang('en');
	await expect(
		page.getByRole('heading', { level: 1, name: en.situation.steps.home })
	).toBeVisible();

	// A fresh page in the same browser, starting at another address.
	const other = await page.context().newPage();
	await other.goto('/settings');
	await expect(
		other.getByRole('heading', { level: 1, name: en.account.settings.title })
	).toBeVisible();
	await expect(other.locator('html')).toHaveAttribute('lang', 'en');
	// The settings page's own language select shows the same choice.
	await expect(
		other.locator('main').getByRole('combobox', { name: en.common.language, exact: true })
	).toHaveValue('en');
});

test('money is shown the language’s way', async ({ page, app, situation, summary }) => {
	await situation.goto('home');
	await situation.fillMoney(fi.situation.home.rent, '1234,5');
	await app.expectSaved();
	await summary.goto();
	await summary.expectFigure('expenses', '1 234,50 €');
	await app.languageSelect(fi).selectOption('en');
	await app.expectLang('en');
	await summary.expectFigure('expenses', '€1,234.50');
	await app.languageSelect(en).selectOption('sv');
	await app.expectLang('sv');
	await summary.expectFigure('expenses', '1 234,50 €');
	// The input shows the value back in the language's own decimal style.
	await page.goto('/situation/home');
	await expect(page.getByLabel(sv.situation.home.rent, { exact: true })).toHaveValue('1234,50');
	await app.languageSelect(sv).selectOption('en');
	await expect(page.getByLabel(en.situation.home.rent, { exact: true })).toHaveValue('1234.50');
});
