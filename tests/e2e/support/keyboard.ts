// Moving through a page with the keyboard alone, as the accessibility and navigation tests do.
import type { Locator, Page } from '@playwright/test';

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it never gets there. */
export async function tabTo(
	page: Page,
	target: Locator,
	{ back = false, max = 80 } = {}
): Promise<void> {
	for (let i = 0; i <= max; i++) {
		if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
	}
	throw new Error(`Could not reach ${target} with ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses`);
}
