// Page model of the tenant's main navigation: the bottom tab bar (four destinations and "More") and
// the More sheet with the secondary destinations.
import { expect, type Locator, type Page } from '@playwright/test';
import { fi, type Messages } from '../../../src/lib/i18n/fi/index';

/** The tabs, in the order they are shown and reached with Tab. */
export const TABS = ['situation', 'summary', 'plan', 'book'] as const;
export type Tab = (typeof TABS)[number];

/** What the More sheet lists, in order. */
export const MORE = ['home', 'consent', 'settings', 'privacy'] as const;
export type MoreLink = (typeof MORE)[number];

export class TabBar {
	constructor(
		readonly page: Page,
		readonly m: Messages = fi
	) {}

	nav(): Locator {
		return this.page.getByRole('navigation', { name: this.m.common.mainNav });
	}

	tab(tab: Tab): Locator {
		return this.nav().getByRole('link', { name: this.m.common.nav[tab], exact: true });
	}

	moreButton(): Locator {
		return this.nav().getByRole('button', { name: this.m.common.nav.more, exact: true });
	}

	/** Every tab control: the four links and the More button. */
	controls(): Locator[] {
		return [...TABS.map((t) => this.tab(t)), this.moreButton()];
	}

	moreLink(link: MoreLink): Locator {
		const label = link === 'privacy' ? this.m.common.nav.privacy : this.m.common.nav[link];
		return this.nav().getByRole('link', { name: label, exact: true });
	}

	async openMore(): Promise<void> {
		await this.moreButton().tap();
		await expect(this.moreButton()).toHaveAttribute('aria-expanded', 'true');
		await expect(this.moreLink('settings')).toBeVisible();
	}
}
