import { i18n, LAYOUT_NAMESPACES, type Namespace } from '$lib/i18n/i18n.svelte';
import type { LayoutLoad } from './$types';

// The tenant's data lives in the browser, so pages render there: one prerendered shell per route
// that the service worker can precache, and no server-rendered copy of anyone's data. Pages whose
// content is the same for everyone turn `ssr` on to prerender their text (docs/architecture.md,
// "First screen").
export const ssr = false;
export const prerender = true;

const ALL_NAMESPACES = [
	'common',
	'situation',
	'summary',
	'sync',
	'account',
	'advisor',
	'plan',
	'privacy',
	'advisorPlan',
	'consent',
	'booking',
	'landlordCodes',
	'admin',
	'landlordShare'
] as const satisfies readonly Namespace[];

/**
 * The message namespaces each route reads beyond the layout's own. The tenant pages people open
 * most load only theirs; every other route loads the whole catalogue, so a route added without an
 * entry here still has all its text.
 */
function namespacesFor(routeId: string | null): readonly Namespace[] {
	if (routeId === '/') return [];
	if (routeId === '/situation/[step]') return ['situation'];
	if (routeId === '/summary') return ['situation', 'summary'];
	// The plan page's frame reads only `plan`; its planner asks for `situation` when it loads.
	if (routeId === '/plan') return ['plan'];
	if (routeId?.startsWith('/plan')) return ['situation', 'plan'];
	if (routeId === '/r' || routeId === '/r/[code]') return ['landlordCodes'];
	return ALL_NAMESPACES;
}

export const load: LayoutLoad = async ({ route }) => {
	await i18n.init();
	await i18n.need([...LAYOUT_NAMESPACES, ...namespacesFor(route.id)]);
};
