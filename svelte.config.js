import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// app.html's one inline script (the language check before first paint) is allowed by its hash, so
// the policy still refuses every other inline script.
const headScript = /<script>([\s\S]*?)<\/script>/.exec(
	readFileSync(new URL('./src/app.html', import.meta.url), 'utf8')
)?.[1];
if (headScript === undefined) throw new Error('src/app.html has lost its inline head script');
const headScriptHash = `sha256-${createHash('sha256').update(headScript).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR lets the update-prompt test build a second version beside the first.
		adapter: adapter({ out: process.env.BUILD_DIR ?? 'build', precompress: true }),
		version: {
			// A new name per build makes the service worker byte-different, which is what triggers an update.
			// Assigned once: the config is loaded more than once per build, and client and server must agree.
			name: (process.env.APP_VERSION ??= Date.now().toString(36))
		},
		serviceWorker: { register: false },
		// The shared and layout styles are small: inline in the prerendered page, they cost the first
		// paint no extra request. With the layout's modules in one chunk (vite.config.ts) their CSS is
		// one file of about 8.5 KB, under this limit.
		inlineStyleThreshold: 12 * 1024,
		// Root-relative asset paths (`/_app/...`, `/favicon.svg`). Relative ones (`../favicon.svg`)
		// are resolved against the address bar, which changes on every client-side navigation: the
		// favicon and manifest of a page first opened at `/advisor` were then asked for under
		// `/advisor/...` and 404ed; and the service worker's offline fallback (the `/` shell, served
		// at any depth) loaded its scripts from the wrong folder and stayed blank.
		paths: { relative: false },
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../playwright.config.ts');
			}
		},
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', /** @type {`sha256-${string}`} */ (headScriptHash)],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
