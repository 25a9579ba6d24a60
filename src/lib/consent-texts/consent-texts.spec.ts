import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONSENT_CATEGORIES, RECIPIENT_KINDS } from '$lib/domain/consent';
import { LANDLORD_CONSENT_KINDS } from '$lib/domain/landlord-share';
import {
	CONSENT_LANGUAGES,
	CONSENT_TEXTS,
	CURRENT_CONSENT_TEXT_VERSION,
	CURRENT_LANDLORD_CONSENT_TEXT_VERSION,
	consentText,
	isConsentTextVersion
} from '.';

/**
 * Digests of every shipped text. Consents point at these exact words, so a shipped version must
 * never change: if this fails, revert the edit and add a new version instead.
 */
const SHIPPED: Record<string, string> = {
	'2026-1': 'd2db18ee05e207a79bb4178730f0b904913a59de189ad337c555d326a147619e',
	'2026-2': '796bfbd29952485d2c0bbd0b5f42a25a1ae157fa46f98f712131bcad2482f017',
	'2026-3': '71186660a3ad0e7b375e0a2b3ac10819aa4b9a9b93701a8108bc661c770ed008'
};

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('consent texts', () => {
	it('the current version exists in every language', () => {
		expect(isConsentTextVersion(CURRENT_CONSENT_TEXT_VERSION)).toBe(true);
		expect(isConsentTextVersion('nope')).toBe(false);
		expect(consentText('nope', 'fi')).toBeUndefined();
		for (const lang of CONSENT_LANGUAGES) {
			expect(consentText(CURRENT_CONSENT_TEXT_VERSION, lang)?.language).toBe(lang);
		}
	});

	it.each(Object.keys(CONSENT_TEXTS))('version %s is complete and non-empty', (version) => {
		for (const lang of CONSENT_LANGUAGES) {
			const text = consentText(version, lang);
			expect(text?.version).toBe(version);
			if (!text) continue;
			const strings = [
				text.title,
				text.intro,
				text.purpose,
				text.voluntary,
				text.validity,
				text.termination,
				text.withdrawal,
				text.accessLog,
				text.confirm,
				...RECIPIENT_KINDS.flatMap((k) => [
					text.recipients[k].label,
					text.recipients[k].description
				]),
				...CONSENT_CATEGORIES.flatMap((c) => [
					text.categories[c].label,
					text.categories[c].description
				])
			];
			for (const s of strings) expect(s.trim().length, `${version}/${lang}`).toBeGreaterThan(1);
			expect(text.termination).toContain('{date}');
			// The validity text states the default and the maximum.
			expect(text.validity).toMatch(/\b6\b/);
			expect(text.validity).toMatch(/\b24\b/);
			// Labels are distinct, so a receipt's category list is unambiguous.
			const labels = CONSENT_CATEGORIES.map((c) => text.categories[c].label);
			expect(new Set(labels).size).toBe(labels.length);
		}
	});

	it.each(Object.entries(SHIPPED))('shipped version %s is unchanged', (version, expected) => {
		expect(digest(CONSENT_TEXTS[version])).toBe(expected);
	});

	it('publishes the plainer wording as a new version and keeps 2026-1 readable', () => {
		expect(CURRENT_CONSENT_TEXT_VERSION).toBe('2026-2');
		expect(consentText('2026-1', 'fi')?.withdrawal).toContain('Peruutus tulee voimaan heti');
		const fi = consentText('2026-2', 'fi');
		expect(fi?.withdrawal).toContain('Peruminen tulee voimaan heti.');
		// Swedish uses one term for the service and the advisor.
		const sv = JSON.stringify(consentText('2026-2', 'sv'));
		expect(sv).not.toMatch(/bostadsrådgiv/i);
		expect(sv).toMatch(/boenderådgiv/i);
	});

	it('2026-3 is 2026-2 plus the landlord consent kinds, in every language', () => {
		expect(CURRENT_LANDLORD_CONSENT_TEXT_VERSION).toBe('2026-3');
		for (const lang of CONSENT_LANGUAGES) {
			const { landlordKinds, version, ...rest } = consentText('2026-3', lang)!;
			const { version: previous, ...before } = consentText('2026-2', lang)!;
			expect([version, previous]).toEqual(['2026-3', '2026-2']);
			expect(rest).toEqual(before);
			for (const kind of LANDLORD_CONSENT_KINDS) {
				expect(landlordKinds?.[kind].description).toContain('{landlord}');
			}
		}
		expect(consentText('2026-2', 'fi')?.landlordKinds).toBeUndefined();
	});

	it('every version in the registry is pinned', () => {
		expect(Object.keys(CONSENT_TEXTS).sort()).toEqual(Object.keys(SHIPPED).sort());
	});
});
