import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';

// The HTTP-level server tests need a built app: `npm test` runs them after the build with
// HTTP_TEST_BUILD_DIR set (or HTTP_TESTS=1 builds one); otherwise they are not collected at all.
const httpTests = Boolean(process.env.HTTP_TEST_BUILD_DIR) || process.env.HTTP_TESTS === '1';

/** Component specs mount Svelte components: they run in jsdom with Svelte's browser build. */
const COMPONENT_SPECS = 'src/**/*.svelte.spec.ts';

/**
 * Every page loads the SvelteKit client, the root layout and the root error page, and everything
 * they import. Split into the 20-odd chunks the bundler would make, these compress worse than as
 * one file (each starts without a dictionary): put them in one chunk, `app-core`. Which modules
 * those are is read from the module graph, so nothing only some page uses is pulled in.
 */
function firstScreenChunk(): Plugin {
	const core = new Set<string>();
	const roots = [
		/[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$/,
		/[\\/]generated[\\/]client-optimized[\\/]app\.js$/,
		/[\\/]generated[\\/]client-optimized[\\/]nodes[\\/][01]\.js$/,
		// Imported lazily, but by the layout on every start (who is signed in).
		/[\\/]src[\\/]lib[\\/]api[\\/]session\.ts$/,
		// The bundler's own helpers, which every chunk imports.
		/^\0?rolldown[:/]runtime/
	];
	return {
		name: 'vuokra-apu:first-screen-chunk',
		apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
		config: () => ({
			build: {
				rollupOptions: {
					output: {
						codeSplitting: {
							groups: [{ name: 'app-core', test: (id: string) => core.has(id) }]
						}
					}
				}
			}
		}),
		buildEnd() {
			const queue = [...this.getModuleIds()].filter((id) => roots.some((r) => r.test(id)));
			while (queue.length > 0) {
				const id = queue.pop()!;
				if (core.has(id)) continue;
				core.add(id);
				queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
			}
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), firstScreenChunk()],
	build: { modulePreload: false },
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
		// Vitest's default is one worker fewer than the cores: one on a 2-core machine. The server
		// suites spend much of their time waiting on SQLite files and PostgreSQL, so two overlap well.
		maxWorkers: 2,
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
