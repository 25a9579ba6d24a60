/**
 * Language state. One module-level instance is safe: the server renders only prerendered pages
 * with no one's data (docs/architecture.md, "First screen"), so it never holds per-user state.
 *
 * The catalogue is split by namespace (one file per namespace and language, one chunk each). The
 * layout's namespaces in Finnish are bundled, because every page shows them and Finnish is the
 * default; every other namespace, and Swedish and English, load when a route asks for them
 * (`need`, called from the root layout's load before the page renders). So the start page pays
 * for the header and its own text only.
 *
 * Invariant: `m` is typed as the whole catalogue but holds only the namespaces asked for; a route
 * that reads a namespace must be listed in `namespacesFor` (routes/+layout.ts) or ask for it.
 */
import { browser } from '$app/environment';
import type { Messages } from './fi/index';
import { common } from './fi/common';

export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Namespace = keyof Messages;

/**
 * What the root layout itself shows on every page (header, tab bar, account link, footer). The
 * sync state's text (`sync`) loads with the sync panel, which only a signed-in device shows.
 */
export const LAYOUT_NAMESPACES = ['common'] as const satisfies Namespace[];

const STORAGE_KEY = 'lang';

/** Set on <html> by app.html's head script while the page waits for a language other than its own. */
export const LANG_PENDING_ATTRIBUTE = 'data-lang-pending';

const files = import.meta.glob<Record<string, unknown>>([
	'./fi/*.ts',
	'./sv/*.ts',
	'./en/*.ts',
	'!./*/index.ts'
]);

async function loadNamespace<N extends Namespace>(lang: Lang, ns: N): Promise<Messages[N]> {
	const load = files[`./${lang}/${ns}.ts`];
	if (!load) throw new Error(`No messages for ${lang}/${ns}`);
	// Each file exports its namespace under the namespace's name, typed against the Finnish shape
	// (`npm run check` fails when a translation does not match).
	return (await load())[ns] as Messages[N];
}

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
	m = $state.raw<Messages>({ common } as Messages);

	#needed = new Set<Namespace>(LAYOUT_NAMESPACES);
	#parts: Record<Lang, Partial<Messages>> = {
		fi: { common },
		sv: {},
		en: {}
	};
	// Loads and switches run one after another, so a switch never lands without a namespace a
	// route asked for meanwhile (or the other way round).
	#queue: Promise<void> = Promise.resolve();
	#initialised = false;

	/**
	 * Picks the remembered choice, else the browser's languages. Awaited before the first render;
	 * later calls (the layout's load runs on every navigation) keep the language already applied.
	 */
	async init(): Promise<void> {
		if (!browser || this.#initialised) return this.#queue;
		this.#initialised = true;
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

	/** Loads these namespaces in the current language (and in any language chosen later). */
	need(namespaces: readonly Namespace[]): Promise<void> {
		const missing = namespaces.filter((ns) => !this.#needed.has(ns));
		if (missing.length === 0) return this.#queue;
		for (const ns of missing) this.#needed.add(ns);
		return this.#enqueue(async () => {
			this.m = await this.#catalogue(this.lang);
		});
	}

	/** Whether a namespace is loaded in the current language (for components shown on any page). */
	has(ns: Namespace): boolean {
		return ns in this.m;
	}

	#apply(lang: Lang): Promise<void> {
		return this.#enqueue(async () => {
			this.m = await this.#catalogue(lang);
			this.lang = lang;
			document.documentElement.lang = lang;
			// The server reads this only to write emails (sign-in links) in the same language.
			document.cookie = `lang=${lang}; path=/; max-age=31536000; samesite=lax`;
		});
	}

	#enqueue(task: () => Promise<void>): Promise<void> {
		const next = this.#queue.then(task);
		// A failed load (offline, chunk missing) must not block every later one.
		this.#queue = next.catch(() => undefined);
		return next;
	}

	async #catalogue(lang: Lang): Promise<Messages> {
		const parts = this.#parts[lang];
		await Promise.all(
			[...this.#needed]
				.filter((ns) => !(ns in parts))
				.map(async (ns) => {
					Object.assign(parts, { [ns]: await loadNamespace(lang, ns) });
				})
		);
		return { ...parts } as Messages;
	}
}

export const i18n = new I18n();
export type { Messages };
