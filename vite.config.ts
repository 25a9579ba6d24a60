import { sveltekit } from '@sveltejs/kit/vite';
import { configDefaults, defineConfig } from 'vitest/config';

// The HTTP-level server tests need a built app: `npm test` runs them after the build with
// HTTP_TEST_BUILD_DIR set (or HTTP_TESTS=1 builds one); otherwise they are not collected at all.
const httpTests = Boolean(process.env.HTTP_TEST_BUILD_DIR) || process.env.HTTP_TESTS === '1';

/** Component specs mount Svelte components: they run in jsdom with Svelte's browser build. */
const COMPONENT_SPECS = 'src/**/*.svelte.spec.ts';

export default defineConfig({
	plugins: [sveltekit()],
	resolve: {
		alias: [
			// Dexie's `import` entry wraps its UMD build (to guard against a second copy loaded by
			// `require`); nothing here uses `require`, and the ES module build is smaller in every
			// page that stores data.
			{ find: /^dexie$/, replacement: 'dexie/dist/dexie.mjs' }
		]
	},
	test: {
		// One PostgreSQL cluster per run; every suite creates its own database on it.
		globalSetup: ['tests/support/vitest-postgres-setup.ts'],
		testTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					include: [
						'src/**/*.spec.ts',
						'tests/server/**/*.spec.ts',
						'tests/integration/**/*.spec.ts'
					],
					exclude: [
						...configDefaults.exclude,
						COMPONENT_SPECS,
						...(httpTests ? [] : ['tests/server/http-*.spec.ts'])
					],
					environment: 'node'
				}
			},
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'components',
					include: [COMPONENT_SPECS],
					environment: 'jsdom',
					setupFiles: ['@testing-library/svelte/vitest']
				}
			}
		]
	}
});
