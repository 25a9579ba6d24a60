/**
 * The sync panel (state line, conflicts, notices) and its text, loaded the first time the layout
 * has something of it to show: a signed-in device, a conflict or a notice. An anonymous visitor,
 * the start page's first visit included, never downloads them.
 */
import type { Component } from 'svelte';
import { i18n } from '$lib/i18n/i18n.svelte';

export interface SyncUi {
	SyncIndicator: Component;
	ConflictList: Component;
	SyncNotices: Component;
}

let loading: Promise<SyncUi> | undefined;

export function loadSyncUi(): Promise<SyncUi> {
	loading ??= Promise.all([
		import('$lib/components/SyncIndicator.svelte'),
		import('$lib/components/ConflictList.svelte'),
		import('$lib/components/SyncNotices.svelte'),
		i18n.need(['sync'])
	]).then(
		([indicator, conflicts, notices]) => ({
			SyncIndicator: indicator.default,
			ConflictList: conflicts.default,
			SyncNotices: notices.default
		}),
		(error: unknown) => {
			// Offline before the service worker had the chunks: try again on the next change.
			loading = undefined;
			throw error;
		}
	);
	return loading;
}
