/**
 * Plain-language names and values for what sync tells the tenant (conflicts, notices): which
 * field of which row, and a value as the tenant typed it.
 */
import { formatMoney, type MoneyLocale } from '$lib/domain/money';
import type { Messages } from '$lib/i18n/fi/index';

function stringAt(source: unknown, key: string): string | undefined {
	if (typeof source !== 'object' || source === null) return undefined;
	const value = (source as Record<string, unknown>)[key];
	return typeof value === 'string' ? value : undefined;
}

/** Where a row's field labels are on the situation pages. */
function situationLabels(m: Messages, entity: string): unknown[] {
	const s = m.situation;
	switch (entity) {
		case 'household':
			return [s.household];
		case 'home':
			return [s.home, s.home.events];
		case 'decisions':
			return [s.decisions];
		case 'incomes':
		case 'expenses':
			return [s.money];
		default:
			return [];
	}
}

/** "Kotikunta", "Kuukausivuokra": the field's label, as the situation pages show it. */
export function fieldLabel(m: Messages, entity: string, field: string): string {
	const own = m.sync.fieldNames[field];
	if (own) return own;
	for (const labels of situationLabels(m, entity)) {
		const label = stringAt(labels, field);
		if (label) return label;
	}
	return field;
}

/** "Tulot – Palkka", "Velka": which row, for a heading. */
export function rowLabel(m: Messages, entity: string, entityId: string): string {
	const s = m.situation;
	const source = stringAt(s.income.sources, entityId);
	if (entity === 'incomes' && source) return source;
	const category = stringAt(s.expenses.categories, entityId);
	if (entity === 'expenses' && category) return category;
	return m.sync.entityNames[entity] ?? entity;
}

function isEventMark(value: unknown): value is { happened: boolean; date: string | null } {
	return typeof value === 'object' && value !== null && 'happened' in value;
}

export function valueText(m: Messages, lang: MoneyLocale, field: string, value: unknown): string {
	if (value === null || value === undefined || value === '') return m.sync.emptyValue;
	if (field.endsWith('Cents') && typeof value === 'number') return formatMoney(value, lang);
	if (typeof value === 'boolean') return value ? m.sync.yes : m.sync.no;
	if (isEventMark(value)) {
		if (!value.happened) return m.sync.no;
		return value.date ? `${m.sync.yes}, ${value.date}` : m.sync.yes;
	}
	if (typeof value === 'object') return JSON.stringify(value);
	return String(value);
}
