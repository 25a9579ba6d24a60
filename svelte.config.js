import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

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
				'script-src': ['self'],
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
