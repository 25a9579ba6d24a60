/**
 * Language state. The tenant app renders only in the browser (ssr = false), so one module-level
 * instance is safe here: it never holds per-user data on the server.
 *
 * Finnish is bundled (it is the default and the fallback); Swedish and English load on demand so a
 * Finnish first visit pays for one language only.
 */
import { fi, type Messages } from './fi/index';

export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const STORAGE_KEY = 'lang';

const loaders: Record<Lang, () => Promise<Messages>> = {
	fi: async () => fi,
	sv: async () => (await import('./sv/index')).sv,
	en: async () => (await import('./en/index')).en
};

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The first of the browser's languages we speak, Finnish when none match. */
export function pickLang(preferred: readonly string[]): Lang {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLang(base)) return base;
	}
	return 'fi';
}

class I18n {
	lang = $state<Lang>('fi');
	m = $state.raw<Messages>(fi);

	/** Picks the remembered choice, else the browser's languages. Awaited before the first render. */
	async init(): Promise<void> {
		let stored: string | null = null;
		try {
			stored = localStorage.getItem(STORAGE_KEY);
		} catch {
			// Storage can be blocked (private modes); the browser's languages still decide.
		}
		await this.#apply(isLang(stored) ? stored : pickLang(navigator.languages ?? []));
	}

	/** The user's explicit choice: applied and remembered. */
	async choose(lang: Lang): Promise<void> {
		await this.#apply(lang);
		try {
			localStorage.setItem(STORAGE_KEY, lang);
		} catch {
			// Not remembered, but still applied for this visit.
		}
	}

	async #apply(lang: Lang): Promise<void> {
		this.m = await loaders[lang]();
		this.lang = lang;
		document.documentElement.lang = lang;
		// The server reads this only to write emails (sign-in links) in the same language.
		document.cookie = `lang=${lang}; path=/; max-age=31536000; samesite=lax`;
	}
}

export const i18n = new I18n();
export type { Messages };
