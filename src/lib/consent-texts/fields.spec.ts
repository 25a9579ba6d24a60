import { describe, expect, it } from 'vitest';
import { CONSENT_LANGUAGES, consentText, type ConsentLanguage } from '.';
import {
	CONSENT_TEXT_FIELDS,
	contentOf,
	fieldValue,
	isLaterVersion,
	nextVersionName,
	placeholderIssues,
	placeholdersIn,
	type ConsentTextContentSet
} from './fields';

const base = Object.fromEntries(
	CONSENT_LANGUAGES.map((l) => [l, consentText('2026-3', l)!])
) as Record<ConsentLanguage, NonNullable<ReturnType<typeof consentText>>>;

function contentSet(): ConsentTextContentSet {
	return structuredClone(
		Object.fromEntries(CONSENT_LANGUAGES.map((l) => [l, contentOf(base[l])!]))
	) as ConsentTextContentSet;
}

describe('consent text fields', () => {
	it('lists every string of a text with landlord kinds, each once', () => {
		const paths = CONSENT_TEXT_FIELDS.map((f) => f.path);
		expect(new Set(paths).size).toBe(paths.length);
		// 9 general fields, 5 recipients, 6 categories and 3 landlord kinds with label and description.
		expect(paths).toHaveLength(9 + 2 * (5 + 6 + 3));
		for (const path of paths) expect(fieldValue(base.fi, path), path).not.toBe('');
		expect(fieldValue(base.fi, 'landlordKinds.sendPlan.label')).toBe(
			base.fi.landlordKinds?.sendPlan.label
		);
		expect(fieldValue(consentText('2026-2', 'fi'), 'landlordKinds.sendPlan.label')).toBe('');
	});

	it('finds placeholders once each, sorted', () => {
		expect(placeholdersIn('{landlord} ja {date} ja {landlord}')).toEqual(['{date}', '{landlord}']);
		expect(placeholdersIn('ei mitään { } {1}')).toEqual([]);
	});

	it('accepts a new version that keeps every placeholder where it was', () => {
		const next = contentSet();
		next.fi.title = 'Uusi otsikko';
		next.fi.landlordKinds.sendPlan.description = 'Lähetä suunnitelma, {landlord} näkee sen.';
		expect(placeholderIssues(base, next)).toEqual([]);
	});

	it('names each field, in each language, that loses, gains or moves a placeholder', () => {
		const next = contentSet();
		next.fi.termination = 'Päättyy, kun peruutat.';
		next.sv.title = 'Samtycke till {landlord}';
		next.en.landlordKinds.tellGettingHelp.description = 'The landlord sees your name. {date}';
		const issues = placeholderIssues(base, next);
		expect(issues.map((i) => i.path)).toEqual([
			'texts.fi.termination',
			'texts.sv.title',
			'texts.en.landlordKinds.tellGettingHelp.description'
		]);
		expect(issues[0]?.expected).toEqual(['{date}']);
		expect(issues[1]?.expected).toEqual([]);
		expect(issues[2]?.expected).toEqual(['{landlord}']);
	});

	it('names the next version after the highest, in the Helsinki year', () => {
		expect(nextVersionName(['2026-1', '2026-2', '2026-3'], 2026)).toBe('2026-4');
		expect(nextVersionName(['2026-3', '2026-10', '2026-9'], 2026)).toBe('2026-11');
		expect(nextVersionName(['2026-1', '2026-3'], 2027)).toBe('2027-1');
		// A clock behind the newest name never goes back a year.
		expect(nextVersionName(['2026-3', '2027-2'], 2026)).toBe('2027-3');
		expect(nextVersionName([], 2026)).toBe('2026-1');
		expect(nextVersionName(['draft'], 2026)).toBe('2026-1');
	});

	it('orders versions by year, then number', () => {
		expect(isLaterVersion('2026-10', '2026-9')).toBe(true);
		expect(isLaterVersion('2027-1', '2026-9')).toBe(true);
		expect(isLaterVersion('2026-3', '2026-3')).toBe(false);
		expect(isLaterVersion('2026-2', '2026-3')).toBe(false);
	});
});
