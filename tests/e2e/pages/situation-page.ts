// Page model of the situation map (/situation/<step>): one step per screen, fields that save on
// every keystroke. Fields are found by their Finnish (or given) labels, the way a tenant finds them.
//
// Input style: `tap()` (a touch on the phone viewport) to focus a field, then the keyboard one key
// at a time (`pressSequentially`) at machine speed, so every keystroke's save runs as it does for a
// person, only faster. Nothing typed may be lost however fast the page moves on (keystrokes.e2e.ts);
// before checking what a save leads to, tests wait for the page's visible "saved" state
// (AppShell.expectSaved), never for a timer.
import { expect, type Locator, type Page } from '@playwright/test';
import { fi, type Messages } from '../../../src/lib/i18n/fi/index';
import { AppShell } from './app-shell';
import type {
	Benefit,
	BenefitStatus,
	DebtData,
	DecisionData,
	EvictionEvent,
	ExpenseCategory,
	Frequency,
	IncomeSource,
	SituationData
} from '../factories';

export const STEPS = [
	'household',
	'home',
	'income',
	'expenses',
	'debts',
	'benefits',
	'decisions'
] as const;
export type Step = (typeof STEPS)[number];

export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type InputMode = 'type' | 'paste';

export class SituationPage {
	constructor(
		readonly page: Page,
		readonly m: Messages = fi
	) {}

	get s() {
		return this.m.situation;
	}

	/** Opens a step by its address and waits until the stored data has been read. */
	async goto(step: Step): Promise<void> {
		await this.page.goto(`/situation/${step}`);
		await this.expectStep(step);
	}

	/** The step's heading is shown and the "loading" status is gone (the live query answered). */
	async expectStep(step: Step): Promise<void> {
		await expect(
			this.page.getByRole('heading', { level: 1, name: this.s.steps[step] })
		).toBeVisible();
		await expect(
			this.page.getByRole('status').filter({ hasText: this.m.common.loading })
		).toHaveCount(0);
	}

	/** "Next →" at the bottom of the step (by touch). */
	async next(to: Step): Promise<void> {
		await this.page.getByRole('link', { name: this.m.common.next }).tap();
		await this.expectStep(to);
	}

	/**
	 * The step list at the top, found by its "Vaihe n/7" prefix. (The step's name is part of the
	 * link only on wide screens; a11y.e2e.ts checks that it should be on phones too.)
	 */
	stepLink(step: Step): Locator {
		const n = STEPS.indexOf(step) + 1;
		return this.page
			.getByRole('navigation', { name: this.s.stepsLabel })
			.getByRole('link', { name: this.s.stepOf(n, STEPS.length) });
	}

	/**
	 * Replaces a text field's content: touch to focus, select what is there, then type key by key
	 * (or, with `mode: 'paste'`, insert the whole text as one input event, like a paste).
	 */
	async typeInto(field: Locator, text: string, mode: InputMode = 'type'): Promise<void> {
		await field.tap();
		await expect(field).toBeFocused();
		// Chromium's touch emulation sometimes leaves the caret outside the input a tap focused: keys
		// then fire keydown on the input but insert nothing. (A phone's on-screen keyboard commits
		// text another way, which works; so do Tab, click and focus().) When that happens, focus the
		// field again and retype; either way the field must end up holding exactly `text`.
		let attempt = 0;
		await expect(async () => {
			if (attempt++ > 0) {
				await field.blur();
				await field.focus();
			}
			if ((await field.inputValue()) !== '') {
				await field.press('ControlOrMeta+a');
				await field.press('Delete');
			}
			if (mode === 'paste') await this.page.keyboard.insertText(text);
			else await field.pressSequentially(text);
			expect(await field.inputValue()).toBe(text);
			// The budget covers the typing itself, which a loaded machine (a slow phone) slows down per
			// key: a fixed one failed long words mid-word while nothing was wrong.
		}).toPass({ intervals: [250, 500, 1000], timeout: 10_000 + 1_000 * text.length });
	}

	/** A money field by its label (within `scope`, e.g. an income row), typed as given. */
	async fillMoney(
		label: string,
		text: string,
		{ scope, mode }: { scope?: Locator; mode?: InputMode } = {}
	): Promise<Locator> {
		const field = (scope ?? this.page).getByLabel(label, { exact: true });
		await this.typeInto(field, text, mode);
		return field;
	}

	async fillText(label: string, text: string, scope?: Locator): Promise<Locator> {
		const field = (scope ?? this.page).getByLabel(label, { exact: true });
		await this.typeInto(field, text);
		return field;
	}

	/** The labelled box a field sits in (label, input, hint, error). */
	fieldBox(field: Locator): Locator {
		return field.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " field ")][1]');
	}

	/**
	 * Checks that `field` is marked invalid and shows `message` right beside it: in its own box,
	 * visible, and tied to it as its accessible description (what a screen reader reads).
	 */
	async expectFieldError(field: Locator, message: string): Promise<void> {
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		await expect(this.fieldBox(field).getByText(message)).toBeVisible();
		await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
	}

	async expectNoFieldError(field: Locator): Promise<void> {
		await expect(field).not.toHaveAttribute('aria-invalid', 'true');
		await expect(this.fieldBox(field).locator('.field-error')).toHaveCount(0);
	}

	// --- household ---------------------------------------------------------------------------

	async fillHousehold(data: SituationData['household']): Promise<void> {
		const h = this.s.household;
		await this.fillText(h.adults, data.adults);
		await this.fillText(h.children, data.children);
		await this.fillText(h.municipality, data.municipality);
	}

	// --- home and rent -----------------------------------------------------------------------

	event(event: EvictionEvent): Locator {
		return this.page.getByRole('checkbox', { name: this.s.home.events[event] });
	}

	/** Date inputs of the ticked events, in the order the events are listed. */
	eventDates(): Locator {
		return this.page.getByLabel(new RegExp(`^${this.s.home.eventDate}: `));
	}

	/** The date input of one event; its label names the event, so each date is told apart. */
	eventDate(event: EvictionEvent): Locator {
		return this.page.getByLabel(`${this.s.home.eventDate}: ${this.s.home.events[event]}`, {
			exact: true
		});
	}

	async fillHome(data: SituationData['home']): Promise<void> {
		const h = this.s.home;
		await this.page.getByLabel(h.landlord, { exact: true }).selectOption({ label: data.landlord });
		await this.fillMoney(h.rent, data.rent.text);
		await this.fillText(h.dueDay, data.dueDay);
		await this.fillMoney(h.arrears, data.arrears.text);
		await this.fillText(h.arrearsMonths, data.arrearsMonths);
		// Events in list order, so the n-th date field belongs to the n-th ticked event.
		const order = Object.keys(h.events) as EvictionEvent[];
		const events = [...data.events].sort((a, b) => order.indexOf(a.event) - order.indexOf(b.event));
		for (const [i, { event, date }] of events.entries()) {
			await this.event(event).tap();
			await expect(this.event(event)).toBeChecked();
			await expect(this.eventDates()).toHaveCount(i + 1);
			await this.eventDate(event).fill(date);
		}
	}

	// --- income and expenses -----------------------------------------------------------------

	/** One income or expense line: a group named by the source/category with amount and frequency. */
	amountRow(label: string): Locator {
		return this.page.getByRole('group', { name: label, exact: true });
	}

	incomeRow(source: IncomeSource): Locator {
		return this.amountRow(this.s.income.sources[source]);
	}

	expenseRow(category: ExpenseCategory): Locator {
		return this.amountRow(this.s.expenses.categories[category]);
	}

	amountField(row: Locator): Locator {
		return row.getByLabel(this.s.money.amount, { exact: true });
	}

	async fillAmountRow(
		row: Locator,
		text: string,
		frequency: Frequency,
		mode?: InputMode
	): Promise<void> {
		await this.fillMoney(this.s.money.amount, text, { scope: row, mode });
		const select = row.getByLabel(this.s.money.frequency, { exact: true });
		await select.selectOption({ label: this.s.frequencies[frequency] });
		await expect(select).toHaveValue(frequency);
	}

	// --- debts -------------------------------------------------------------------------------

	debtCards(): Locator {
		return this.page.getByTestId('debt-card');
	}

	async addDebt(debt: DebtData): Promise<void> {
		const d = this.s.debts;
		const before = await this.debtCards().count();
		await this.page.getByRole('button', { name: d.add }).tap();
		await expect(this.debtCards()).toHaveCount(before + 1);
		const card = this.debtCards().nth(before);
		// The new debt's first field gets focus, so the tenant can type straight away.
		await expect(card.getByLabel(d.creditor, { exact: true })).toBeFocused();
		await this.fillText(d.creditor, debt.creditor, card);
		await card.getByLabel(d.type, { exact: true }).selectOption({ label: d.types[debt.type] });
		await this.fillMoney(d.balance, debt.balance.text, { scope: card });
		await this.fillMoney(d.monthlyPayment, debt.monthly.text, { scope: card });
		await card
			.getByLabel(d.status, { exact: true })
			.selectOption({ label: d.statuses[debt.status] });
		await expect(card.getByRole('heading', { level: 2 })).toContainText(debt.creditor);
	}

	// --- benefits ----------------------------------------------------------------------------

	benefitGroup(benefit: Benefit): Locator {
		return this.page.getByRole('group', { name: this.s.benefits.names[benefit] });
	}

	async setBenefit(benefit: Benefit, status: BenefitStatus): Promise<void> {
		const radio = this.benefitGroup(benefit).getByRole('radio', {
			name: this.s.benefits.statuses[status],
			exact: true
		});
		await radio.tap();
		await expect(radio).toBeChecked();
	}

	// --- decisions ---------------------------------------------------------------------------

	decisionCards(): Locator {
		return this.page.getByTestId('decision-card');
	}

	async addDecision(decision: DecisionData): Promise<void> {
		const d = this.s.decisions;
		const before = await this.decisionCards().count();
		await this.page.getByRole('button', { name: d.add }).tap();
		await expect(this.decisionCards()).toHaveCount(before + 1);
		const card = this.decisionCards().nth(before);
		const type = card.getByLabel(d.type, { exact: true });
		await expect(type).toBeFocused();
		await type.selectOption({ label: d.types[decision.type] });
		await card.getByLabel(d.date, { exact: true }).fill(decision.date);
		await this.fillText(d.note, decision.note, card);
	}

	// --- whole situation ---------------------------------------------------------------------

	/** Walks every step from household to decisions with "Next", filling in `data`. */
	async fillAll(data: SituationData): Promise<void> {
		await this.goto('household');
		await this.fillHousehold(data.household);
		await this.next('home');
		await this.fillHome(data.home);
		await this.next('income');
		for (const line of data.incomes) {
			await this.fillAmountRow(this.incomeRow(line.key), line.amount.text, line.frequency);
		}
		await this.next('expenses');
		for (const line of data.expenses) {
			await this.fillAmountRow(this.expenseRow(line.key), line.amount.text, line.frequency);
		}
		await this.next('debts');
		for (const debt of data.debts) await this.addDebt(debt);
		await this.next('benefits');
		for (const { benefit, status } of data.benefits) await this.setBenefit(benefit, status);
		await this.next('decisions');
		for (const decision of data.decisions) await this.addDecision(decision);
		await new AppShell(this.page, this.m).expectSaved();
	}
}
