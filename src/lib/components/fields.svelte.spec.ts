/**
 * The field components as a tenant meets them: each input is named by its label, an error sits
 * next to the field and is tied to it (aria-invalid, aria-describedby), bad text is kept as a draft
 * and never reaches the row (its value is cleared meanwhile), and good text is saved in the row
 * through the repos. Real Dexie over
 * fake-indexeddb, the real situation state, Finnish messages.
 */
import 'fake-indexeddb/auto';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { flushSync, type Component } from 'svelte';
import { appDb, deleteAppDb } from '$lib/db/app-db';
import { draftKey } from '$lib/db/situation-repo';
import { fi } from '$lib/i18n/fi/index';
import { HOME_ID, HOUSEHOLD_ID } from '$lib/schemas/situation';
import WithSituation from '../../../tests/support/WithSituation.svelte';
import MoneyField from './MoneyField.svelte';
import MoneyInput from './MoneyInput.svelte';
import NumberField from './NumberField.svelte';
import SelectField from './SelectField.svelte';
import TextField from './TextField.svelte';

afterAll(async () => {
	await deleteAppDb();
});

function withSituation<P extends Record<string, unknown>>(field: Component<P>, props: P) {
	return render(WithSituation<P>, { props: { field, props } });
}

/** Saving runs after the input event (journal first, then the row): wait for it, generously. */
function eventually(check: () => Promise<void>): Promise<void> {
	return vi.waitFor(check, { timeout: 10_000, interval: 20 });
}

async function homeRow() {
	return appDb().home.get(HOME_ID);
}

/** The input named by `label`, checked to be tied to it by `for`. */
function fieldNamed(label: string): HTMLInputElement {
	const input = screen.getByLabelText<HTMLInputElement>(label);
	expect(screen.getByText(label).closest('label')?.htmlFor).toBe(input.id);
	return input;
}

function expectError(input: HTMLElement, text: string): void {
	expect(input.getAttribute('aria-invalid')).toBe('true');
	const error = document.getElementById(`${input.id}-error`);
	expect(error?.textContent).toContain(text);
	expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(error?.id);
	// Next to the field: in the same field group as the input.
	expect(error?.closest('.field')).toBe(input.closest('.field'));
}

function expectNoError(input: HTMLElement): void {
	expect(input.getAttribute('aria-invalid')).toBeNull();
	expect(document.getElementById(`${input.id}-error`)).toBeNull();
}

describe('MoneyField', () => {
	it('saves a good amount in the row and keeps a bad one as a draft, explained', async () => {
		withSituation(MoneyField<'home'>, {
			id: 'rent',
			label: 'Vuokra',
			entity: 'home',
			rowId: HOME_ID,
			field: 'rentCents',
			value: null,
			hint: 'Kuukausivuokra'
		});
		const input = fieldNamed('Vuokra');
		expect(input.getAttribute('aria-describedby')).toBe('rent-hint');
		expectNoError(input);

		await fireEvent.input(input, { target: { value: '825,50' } });
		expectNoError(input);
		await eventually(async () => expect((await homeRow())?.rentCents).toBe(82_550));

		await fireEvent.input(input, { target: { value: '82x' } });
		expectError(input, fi.common.moneyErrors.invalid);
		expect(document.getElementById('rent-error')?.textContent).toContain(fi.common.fieldKept);
		expect(input.getAttribute('aria-describedby')).toBe('rent-hint rent-error');
		const key = draftKey('home', HOME_ID, 'rentCents');
		await eventually(async () => expect((await appDb().drafts.get(key))?.text).toBe('82x'));
		// Nothing invalid reaches the synced row: the amount is cleared until the text is fixed, so
		// the summary counts only what the screen shows as valid (situation-repo's saveInvalid).
		expect((await homeRow())?.rentCents).toBeNull();

		await fireEvent.input(input, { target: { value: '-5' } });
		expectError(input, fi.common.moneyErrors.negative);
		await fireEvent.input(input, { target: { value: '900' } });
		expectNoError(input);
		await eventually(async () => expect((await homeRow())?.rentCents).toBe(90_000));
		await eventually(async () => expect(await appDb().drafts.get(key)).toBeUndefined());
	});
});

describe('outside changes', () => {
	// The props are reactive state, as the page's live query is: another tab or a sync changes them.
	it('show in a field the tenant is not in, and never replace what is being typed', async () => {
		const props = $state({
			id: 'arrears',
			label: 'Rästit',
			entity: 'home' as const,
			rowId: HOME_ID,
			field: 'arrearsCents' as const,
			value: 2_000
		});
		withSituation(MoneyField<'home'>, props);
		const input = fieldNamed('Rästit');
		expect(input.value).toBe('20,00');

		props.value = 2_500;
		flushSync();
		expect(input.value).toBe('25,00');

		// The tenant is typing here: an outside change waits until they leave the field.
		await fireEvent.focus(input);
		await fireEvent.input(input, { target: { value: '31' } });
		props.value = 4_000;
		flushSync();
		expect(input.value).toBe('31');
		await fireEvent.blur(input);
		expect(input.value).toBe('40,00');
	});

	it('in a number and a text field alike', async () => {
		const number = $state({
			id: 'adults',
			label: 'Aikuisia',
			entity: 'household' as const,
			rowId: HOUSEHOLD_ID,
			field: 'adults' as const,
			value: 1,
			min: 0,
			max: 20
		});
		const n = withSituation(NumberField<'household'>, number);
		const count = fieldNamed('Aikuisia');
		await fireEvent.focus(count);
		await fireEvent.input(count, { target: { value: '3' } });
		number.value = 2;
		flushSync();
		expect(count.value).toBe('3');
		await fireEvent.blur(count);
		expect(count.value).toBe('2');
		n.unmount();

		const text = $state({
			id: 'town',
			label: 'Kunta',
			entity: 'household' as const,
			rowId: HOUSEHOLD_ID,
			field: 'municipality' as const,
			value: 'Oulu'
		});
		withSituation(TextField<'household'>, text);
		const town = fieldNamed('Kunta');
		await fireEvent.focus(town);
		await fireEvent.input(town, { target: { value: 'Tur' } });
		text.value = 'Espoo';
		flushSync();
		expect(town.value).toBe('Tur');
		await fireEvent.blur(town);
		expect(town.value).toBe('Espoo');
	});
});

describe('NumberField', () => {
	it('saves a number in range and explains one out of range without saving it', async () => {
		withSituation(NumberField<'home'>, {
			id: 'due',
			label: 'Eräpäivä',
			entity: 'home',
			rowId: HOME_ID,
			field: 'dueDay',
			value: null,
			min: 1,
			max: 31
		});
		const input = fieldNamed('Eräpäivä');
		await fireEvent.input(input, { target: { value: '5' } });
		expectNoError(input);
		await eventually(async () => expect((await homeRow())?.dueDay).toBe(5));

		await fireEvent.input(input, { target: { value: '32' } });
		expectError(input, fi.common.numberErrors.range(1, 31));
		await fireEvent.input(input, { target: { value: 'viisi' } });
		expectError(input, fi.common.numberErrors.invalid);
		const key = draftKey('home', HOME_ID, 'dueDay');
		await eventually(async () => expect((await appDb().drafts.get(key))?.text).toBe('viisi'));
		expect((await homeRow())?.dueDay).toBeNull();
		await fireEvent.input(input, { target: { value: '31' } });
		expectNoError(input);
		await eventually(async () => expect((await homeRow())?.dueDay).toBe(31));
	});
});

describe('TextField', () => {
	it('is labelled and saves what is typed', async () => {
		withSituation(TextField<'home'>, {
			id: 'landlord',
			label: 'Vuokranantaja',
			entity: 'home',
			rowId: HOME_ID,
			field: 'landlordOther',
			value: undefined
		});
		const input = fieldNamed('Vuokranantaja');
		expect(input.maxLength).toBe(200);
		await fireEvent.input(input, { target: { value: 'Vuokratalot Oy' } });
		await eventually(async () => expect((await homeRow())?.landlordOther).toBe('Vuokratalot Oy'));
	});

	it('can be several lines long', () => {
		withSituation(TextField<'home'>, {
			id: 'note',
			label: 'Lisätietoja',
			entity: 'home',
			rowId: HOME_ID,
			field: 'landlordOther',
			value: 'Aiempi',
			multiline: true
		});
		const area = fieldNamed('Lisätietoja');
		expect(area.tagName).toBe('TEXTAREA');
		expect(area.value).toBe('Aiempi');
	});
});

describe('SelectField', () => {
	const options = [
		{ value: 'monthly', label: 'Kuukaudessa' },
		{ value: 'yearly', label: 'Vuodessa' }
	] as const;

	it('is labelled, offers a placeholder until chosen, and hands over the option value', async () => {
		const chosen: string[] = [];
		render(SelectField<'monthly' | 'yearly'>, {
			id: 'freq',
			label: 'Kuinka usein',
			value: null,
			options,
			placeholder: 'Valitse',
			onchange: (v) => chosen.push(v)
		});
		const select = fieldNamed('Kuinka usein') as unknown as HTMLSelectElement;
		expect([...select.options].map((o) => o.textContent)).toEqual([
			'Valitse',
			'Kuukaudessa',
			'Vuodessa'
		]);
		expect(select.value).toBe('');
		await fireEvent.change(select, { target: { value: 'yearly' } });
		expect(chosen).toEqual(['yearly']);
	});
});

describe('MoneyInput', () => {
	it('ties its hint, its error and a group error to the input', () => {
		render(MoneyInput, {
			id: 'floor',
			label: 'Elämiseen',
			hint: 'Ruoka ja muut menot',
			error: fi.common.moneyErrors.tooManyDecimals,
			describedBy: 'group-error',
			oninput: () => undefined,
			onfocus: () => undefined,
			onblur: () => undefined
		});
		const input = fieldNamed('Elämiseen');
		expectError(input, fi.common.moneyErrors.tooManyDecimals);
		expect(input.getAttribute('aria-describedby')).toBe('floor-hint floor-error group-error');
		expect(document.getElementById('floor-hint')?.textContent).toBe('Ruoka ja muut menot');
		// Only a field that keeps the typed text says it is kept.
		expect(document.getElementById('floor-error')?.textContent).not.toContain(fi.common.fieldKept);
	});

	it('has no error state without an error, and hands typing to the caller', async () => {
		const typed: string[] = [];
		render(MoneyInput, {
			id: 'amount',
			label: 'Summa',
			oninput: () => typed.push((document.getElementById('amount') as HTMLInputElement).value),
			onfocus: () => undefined,
			onblur: () => undefined
		});
		const input = fieldNamed('Summa');
		expectNoError(input);
		expect(input.getAttribute('aria-describedby')).toBeNull();
		expect(input.inputMode).toBe('decimal');
		await fireEvent.input(input, { target: { value: '12,5' } });
		expect(typed).toEqual(['12,5']);
	});
});
