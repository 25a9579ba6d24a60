// Accessibility checks shared by the browser tests: axe (WCAG 2.2 AA rules) and the 320 px reflow
// check. axe is asked for violations only: by default it also serialises every passing and
// inapplicable node, which costs seconds per scan on a phone-sized page and is never read.
//
// axe runs inside the page (`axe.run`), injected once per document. @axe-core/playwright's
// `analyze()` injected the 550 KB script on every scan and finished each one in a new blank page:
// 1-2 s a scan on the 2-core CI machine against about 0.1-0.2 s this way, over some 150 scans a run.
// What that extra work buys, frames from other origins, does not apply: the app has no frames, and
// a page that has some is scanned through @axe-core/playwright as before.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

export interface AxeScan {
	analyze(): Promise<AxeResults>;
}

/** axe for the page as it is now; `allRules` adds axe's best-practice rules to the WCAG ones. */
export function axeFor(page: Page, { allRules = false } = {}): AxeScan {
	const options: RunOptions = {
		resultTypes: ['violations'],
		...(allRules ? {} : { runOnly: { type: 'tag', values: WCAG_TAGS } })
	};
	return {
		async analyze() {
			if (page.frames().length > 1) {
				const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
				return (allRules ? builder : builder.withTags(WCAG_TAGS)).analyze();
			}
			const present = await page.evaluate(
				() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function'
			);
			if (!present) await page.evaluate(AXE_SOURCE);
			return page.evaluate(
				(opts) =>
					(
						window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }
					).axe.run(document, opts),
				options
			);
		}
	};
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
