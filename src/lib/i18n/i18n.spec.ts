import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Messages } from './fi/index';

type Catalogues = Record<'fi' | 'sv' | 'en', Messages>;
let fi: Messages;
let sv: Messages;
let CATALOGUES: Catalogues;

// A fresh module graph per test: the instance remembers what was loaded. The catalogues come from
// the same graph, so the message functions are the very ones the instance loaded.
async function freshI18n() {
	vi.resetModules();
	fi = (await import('./fi/index')).fi;
	sv = (await import('./sv/index')).sv;
	CATALOGUES = { fi, sv, en: (await import('./en/index')).en };
	return (await import('./i18n.svelte')).i18n;
}

describe('i18n namespaces', () => {
	beforeEach(() => {
		// Only what the language switch writes to; the rest of the DOM is not used.
		vi.stubGlobal('document', { documentElement: { lang: 'fi' }, cookie: '' });
		vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined });
	});
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('starts with the layout namespaces in Finnish and nothing else', async () => {
		const i18n = await freshI18n();
		// The sync panel's text comes with the panel (sync-ui.ts); account and privacy with their pages.
		expect(Object.keys(i18n.m).sort()).toEqual(['common']);
		expect(i18n.m.common).toBe(fi.common);
		expect(i18n.has('plan')).toBe(false);
	});

	it('loads a namespace a route asks for, equal to the catalogue', async () => {
		const i18n = await freshI18n();
		await i18n.need(['plan', 'situation']);
		expect(i18n.m.plan).toEqual(fi.plan);
		expect(i18n.m.situation).toEqual(fi.situation);
		expect(i18n.has('booking')).toBe(false);
	});

	for (const lang of ['sv', 'en', 'fi'] as const) {
		it(`switching to ${lang} brings every namespace asked for so far, in ${lang}`, async () => {
			const i18n = await freshI18n();
			await i18n.need(['summary', 'sync']);
			await i18n.choose(lang);
			expect(i18n.lang).toBe(lang);
			expect(Object.keys(i18n.m).sort()).toEqual(['common', 'summary', 'sync']);
			for (const ns of ['common', 'sync', 'summary'] as const) {
				expect(i18n.m[ns]).toEqual(CATALOGUES[lang][ns]);
			}
			expect(document.documentElement.lang).toBe(lang);
		});
	}

	it('every namespace of every language loads under its own name', async () => {
		const i18n = await freshI18n();
		const all = Object.keys(fi) as (keyof Messages)[];
		for (const lang of ['fi', 'sv', 'en'] as const) {
			await i18n.choose(lang);
			await i18n.need(all);
			for (const ns of all) expect(i18n.m[ns]).toEqual(CATALOGUES[lang][ns]);
		}
	});

	it('a namespace asked for during a switch arrives in the new language', async () => {
		const i18n = await freshI18n();
		const switching = i18n.choose('sv');
		const needing = i18n.need(['plan']);
		await Promise.all([switching, needing]);
		expect(i18n.lang).toBe('sv');
		expect(i18n.m.plan).toEqual(sv.plan);
	});
});
