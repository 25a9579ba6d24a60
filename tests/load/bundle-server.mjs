// Benchmarks run as plain node scripts, but the server code is TypeScript with `$lib` imports:
// bundle the entries they need with Vite's build API and import the result.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = resolve(fileURLToPath(import.meta.url), '../../..');

/**
 * @param {string} name prefix of the temporary output folder
 * @param {Record<string, string>} entries module name -> path from the project root
 * @returns {Promise<{ outDir: string, modules: Record<string, any> }>} the caller removes outDir
 */
export async function bundleServerModules(name, entries) {
	const { build } = await import('vite');
	// Inside node_modules/.cache so the bundle's external imports (kysely, pg, zod) resolve.
	const cacheDir = join(root, 'node_modules', '.cache');
	mkdirSync(cacheDir, { recursive: true });
	const outDir = mkdtempSync(join(cacheDir, `${name}-`));
	await build({
		configFile: false,
		root,
		logLevel: 'warn',
		resolve: { alias: { $lib: join(root, 'src/lib') } },
		build: {
			ssr: true,
			outDir,
			emptyOutDir: true,
			minify: false,
			rollupOptions: {
				input: Object.fromEntries(
					Object.entries(entries).map(([key, path]) => [key, join(root, path)])
				),
				output: { format: 'es', entryFileNames: '[name].mjs' }
			}
		}
	});
	/** @type {Record<string, any>} */
	const modules = {};
	for (const key of Object.keys(entries)) {
		modules[key] = await import(pathToFileURL(join(outDir, `${key}.mjs`)).href);
	}
	return { outDir, modules };
}
