import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const NO_SQL = 'No SQL in routes or endpoint files: call a service in lib/server.';
const NO_SQL_PATHS = [
	{ name: 'kysely', allowTypeImports: true, message: NO_SQL },
	{
		name: '$lib/server/db',
		importNames: ['createDb', 'getDb', 'dialectKind', 'migrateToLatest', 'closeDb'],
		message: NO_SQL
	}
];
const NO_SQL_PATTERNS = [
	{
		group: ['$lib/server/db/*', '../db/*', '!$lib/server/db/schema', '!../db/schema'],
		allowTypeImports: true,
		message: NO_SQL
	}
];
const NO_SQL_SYNTAX = [
	{
		selector:
			'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|transaction|connection)$/]',
		message: NO_SQL
	},
	{ selector: "TaggedTemplateExpression[tag.name='sql']", message: NO_SQL }
];
const NO_RESPONSE = 'Answer through endpoint() from $lib/server/http/endpoint.';
const NO_RESPONSE_PATHS = [
	{ name: '@sveltejs/kit', importNames: ['json', 'error', 'text'], message: NO_RESPONSE },
	{ name: '$lib/server/http/guards', message: NO_RESPONSE }
];
const NO_RESPONSE_SYNTAX = [
	{ selector: "NewExpression[callee.name='Response']", message: NO_RESPONSE },
	{
		selector: "CallExpression[callee.object.name='Response'][callee.property.name='json']",
		message: NO_RESPONSE
	}
];

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'data/',
			'test-results/',
			'playwright-report/',
			'node_modules/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error'
		}
	},
	{
		// Domain rules and data shapes stay framework-free so they run anywhere and test in isolation.
		files: ['src/lib/domain/**', 'src/lib/schemas/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '$app/*', '@sveltejs/*'],
							message: 'lib/domain and lib/schemas stay framework-free.'
						},
						{
							group: ['dexie', '$lib/db/*', '$lib/state/*', '$lib/sync/*', '$lib/server/*'],
							message: 'lib/domain and lib/schemas import no storage or server code.'
						}
					]
				}
			]
		}
	},
	{
		// HTTP is split from SQL: routes and endpoint declarations map requests to services, which
		// own every query (docs/architecture.md, "Endpoints").
		files: [
			'src/routes/**/*.ts',
			'src/lib/server/**/endpoints.ts',
			'src/lib/server/http/endpoint.ts'
		],
		ignores: ['src/routes/api/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{ paths: NO_SQL_PATHS, patterns: NO_SQL_PATTERNS }
			],
			'no-restricted-syntax': ['error', ...NO_SQL_SYNTAX]
		}
	},
	{
		// Every /api route binds an endpoint() declaration: the wrapper alone builds responses and
		// problem bodies (no-store, nosniff, a code from PROBLEM_CODES). And no SQL, as above.
		files: ['src/routes/api/**/*.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{ paths: [...NO_SQL_PATHS, ...NO_RESPONSE_PATHS], patterns: NO_SQL_PATTERNS }
			],
			'no-restricted-syntax': ['error', ...NO_SQL_SYNTAX, ...NO_RESPONSE_SYNTAX]
		}
	},
	{
		// Browser-side store code must never pull in server modules.
		files: [
			'src/lib/api/**',
			'src/lib/db/**',
			'src/lib/sync/**',
			'src/lib/state/**',
			'src/lib/components/**'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['$lib/server/*'], message: 'Browser code cannot import lib/server.' }
					]
				}
			]
		}
	},
	{
		// One typed client for the server: browser code reaches it only through src/lib/api, which
		// parses every answer and every problem body. Server code, the service worker and tests
		// are not browser API calls.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: [
			'src/lib/api/**',
			'src/lib/server/**',
			'src/routes/api/**',
			'src/service-worker/**',
			'src/hooks.server.ts',
			'src/**/*.server.ts',
			'src/**/+server.ts',
			'src/**/*.spec.ts'
		],
		rules: {
			'no-restricted-globals': [
				'error',
				{ name: 'fetch', message: 'Call the server through $lib/api (src/lib/api).' },
				{ name: 'XMLHttpRequest', message: 'Call the server through $lib/api (src/lib/api).' }
			],
			'no-restricted-properties': [
				'error',
				...['window', 'globalThis', 'self'].map((object) => ({
					object,
					property: 'fetch',
					message: 'Call the server through $lib/api (src/lib/api).'
				}))
			]
		}
	}
);
