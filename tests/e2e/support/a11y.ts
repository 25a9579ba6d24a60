// Accessibility checks shared by the browser tests: axe (WCAG 2.2 AA rules) and the 320 px reflow
// check. axe is asked for violations only: by default it also serialises every passing and
// inapplicable node, which costs seconds per scan on a phone-sized page and is never read.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe for the page as it is now; `allRules` adds axe's best-practice rules to the WCAG ones. */
export function axeFor(page: Page, { allRules = false } = {}): AxeBuilder {
	const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
	return allRules ? builder : builder.withTags(WCAG_TAGS);
}

/**
 * Runs axe on the page as it is now. Violations are collected softly (the test goes on, so every
 * page of a walk-through is scanned) and named by rule, help text and element.
 */
export async function expectNoAxeViolations(
	page: Page,
	where: string,
	{ soft = true, allRules = false } = {}
): Promise<void> {
	const { violations } = await axeFor(page, { allRules }).analyze();
	const found = violations.map((v) => ({
		rule: v.id,
		impact: v.impact,
		help: v.help,
		nodes: v.nodes.map((n) => `${n.target.join(' ')} :: ${n.failureSummary ?? ''}`)
	}));
	(soft ? expect.soft(found, `axe violations on ${where}`) : expect(found, where)).toEqual([]);
}

/** Horizontal scrolling of the whole page (the 320 px check); 0 when nothing sticks out. */
export async function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}
